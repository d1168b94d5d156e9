"""Answers about the store as a whole, or about several roles at once.

`AcrossRoles`, mixed into the `Assistant`, answers the rules that name no
one role: list every role, rank them by pay or years, filter them by a
threshold, a currency or the years someone has, the roles leading to a
career target, every role's answer to one fact (`_across_roles`,
`_every_role`); the roles a plural mention names together (`_group_ranked`,
`_ranked_among`); and what a company's postings say about it
(`_company_answer`). Searches for words are `bot.store_search`.
"""

import re

from bot import compose, entry_points, gist, impossible_numbers, search_terms, thresholds
from bot import context as C
from bot import vocabulary as V
from bot.answer import Answer, Item, Section
from bot.qualifiers import PLACE, narrowed
from bot.refining import SALARY, YEARS, Bound
from bot.career import MAX_LINKS_SHOWN
from bot.reading import (
    MANY_ROLES_WORDS,
    one_extreme,
    ROLE_MARGIN,
    ROLE_SUGGEST,
    _HOURLY,
    _MONEY,
    _MONTHLY,
    Reading,
    _about_many,
    _extreme,
    band_width,
)
from bot.fuzzy import singular
from bot.pointing import listed_as, one_role_pointed_at, who_as_object
from bot.text import fold, words_of
from bot.intents import HEADING_MIN_WEIGHT
from bot.store_search import _matched, with_words_between

from knowledge import role_key
from knowledge import sections as S

# A pay question's currency and period ("over €60k", "over 150k USD", "above $40 an hour",
# "which roles pay in swiss francs").
_CURRENCY = ((re.compile(r"€|\beur\b|\beuros?\b", re.I), "EUR"),
             (re.compile(r"£|\bgbp\b|\bpounds?\b|\bsterling\b", re.I), "GBP"),
             (re.compile(r"\bc\$|\bcad\b|\bcanadian dollars?\b", re.I), "CAD"),
             (re.compile(r"\baud\b|\baustralian dollars?\b", re.I), "AUD"),
             (re.compile(r"\bnz\$|\bnzd\b|\bnew zealand dollars?\b|\bkiwi dollars?\b", re.I), "NZD"),
             (re.compile(r"\bchf\b|\bswiss francs?\b", re.I), "CHF"),
             (re.compile(r"\bsek\b|\bkronor\b|\bswedish kron[ao]\b", re.I), "SEK"),
             (re.compile(r"₹|\binr\b|\brupees?\b|\blakhs?\b", re.I), "INR"),
             (re.compile(r"\$|\busd\b|\bdollars?\b", re.I), "USD"))

# A week as a pay question's period ("any roles paid weekly?", "over £500 a week"): the
# period of the roles' pay rows is compared, not the word anywhere in their text ("37
# hours per week", "a weekly stock count").
_WEEKLY = re.compile(r"\bweekly\b|\b(?:per|a|/)\s*(?:week|wk)\b", re.I)
# ... and a day ("any roles paying per day?", "who gets a day rate"): the freelance rate's period.
_DAILY = re.compile(r"\bdaily\b|\bday\s+rates?\b|\b(?:per|a|/)\s*day\b", re.I)

# Words for all of the roles ("every role", "each position", "all the jobs"):
# a fact asked of them is asked of each (`_each_role`).
EACH_WORDS = {"each", "every", "all"}
# ... and words right before one that sort a table by role ("yoe by role",
# "pay per position", "salaries across roles").
BY_ROLE_WORDS = {"by", "per", "across"}
# Roles shown side by side at most when a fact is asked of every one; a
# bigger store is ranked (pay, years) or searched instead.
EACH_ROLE_SHOWN = 8



# A search box's worth of words: a question of at most this many words, none of
# them a role or a word that settles the intent by itself (weight 3, see
# `bot.vocabulary`), is a search for them when the documents say them.
BARE_TERMS = 3
BARE_TERM_MAX_WEIGHT = 3
# Words that make a few words a question, not terms typed into a search box.
BARE_TERM_ASKING = V.WH_OBJECT_WORDS | {"who", "whom", "how", "why", "where", "when", "whose"}

# Words saying a fact is given at all: "how many roles have salaries posted" counts those that state pay.
STATING_WORDS = {"posted", "listed", "stated", "given", "published", "disclosed", "shown", "specified", "public"}
# ... and, beside a facet asked by itself, the verbs and nouns of giving a value:
# "which roles list a salary figure?", "which roles state a salary?" (no search for "figure");
# the nouns also stand for the value on screen ("which one has no figure?" after pay side by side).
STATING_VERBS = {"state", "states", "list", "lists", "give", "gives", "show", "shows", "post", "posts",
                 "publish", "publishes", "disclose", "discloses", "specify", "specifies", "mention", "mentions"}
VALUE_NOUNS = {"figure", "figures", "number", "numbers", "amount", "amounts", "value", "values", "info",
               "details", "data"}


# Words that count several before a title word ("both of the lead roles", "all the engineer ones").
PLURAL_QUANTIFIERS = {"both", "all", "each", "every", "two", "three"}


class AcrossRoles:
    """What the `Assistant` answers about many roles (see the module's docstring)."""

    def _company_answer(self, company: str, hiring, r: Reading) -> Answer | None:
        """What the postings of `company`'s roles say about it, each text once,
        under their own headings and with their sources: their "about the
        company" sections, else the lines of their overview that name it ("Lumen &
        Reed sells handmade lamps ..."). None when they say nothing."""
        named = [q for q in r.qualifiers if q.name == company]
        sections: list[Section] = []
        told, seen = [], set()
        for role in hiring:
            profile = narrowed(self._profile(role.id), named)
            if profile is None:
                continue
            facts = [f for f in profile.facts if f.section == S.COMPANY and f.label != "Company"] or \
                [f for f in profile.facts if f.section in (S.OVERVIEW, S.ABOUT) and not f.label
                 and fold(company) in fold(f.text)]
            facts = [f for f in facts if f.text not in seen]
            if not facts:
                continue
            seen |= {f.text for f in facts}
            told.append((profile, facts))
            groups: dict[str, list] = {}
            for fact in facts:
                groups.setdefault(fact.heading or S.TITLES[fact.section], []).append(fact)
            sections.extend(Section(heading, tuple(Item(f.text, source=f.source) for f in group))
                            for heading, group in groups.items())
        if not told:
            return None
        return Answer(title=f"{company}: about the company", intent=V.COMPANY, sections=tuple(sections),
                      roles=tuple(p.role.title for p, _f in told), confidence=0.9,
                      sources=tuple(dict.fromkeys(f.source for _p, facts in told for f in facts)),
                      suggestions=compose.follow_ups(told[0][0].role, V.COMPANY, told[0][0]))

    def _roles_named_together(self, r: Reading) -> list[int]:
        """The roles a words-in-common mention names in the plural ("the lead
        roles", "the designer roles"): every role whose title has all its words."""
        mention = r.ambiguous
        if mention.end >= len(r.tokens) or r.tokens[mention.end].text not in MANY_ROLES_WORDS:
            return []
        said = {t.text for t in r.tokens[mention.start:mention.end] if not t.brk and t.text not in V.FUNCTION_WORDS}
        ids = []
        for cand in mention.profiled():
            if cand.title.role_id not in ids and len(cand.matched) >= len(said):
                ids.append(cand.title.role_id)
        return ids if len(ids) >= 2 else []

    def _roles_named_in_plural(self, r: Reading) -> list[int]:
        """The roles a title word said in the plural names ("both of the lead
        roles", "same for both leads", "all the engineer ones"): every role
        whose title has the mention's words, when a word before it counts
        several (`PLURAL_QUANTIFIERS`) and the mention is itself plural or
        followed by "ones"/"roles"; [] when the words name fewer than two."""
        mentions = [m for m in r.mentions if m.end <= len(r.tokens)]
        if len(mentions) != 1:
            return []
        mention = mentions[0]
        before = [t.text for t in r.tokens[:mention.start] if not t.brk]
        after = r.tokens[mention.end].text if mention.end < len(r.tokens) else None
        last = r.tokens[mention.end - 1].text
        if not set(before) & PLURAL_QUANTIFIERS or not (after in (*MANY_ROLES_WORDS, "ones") or singular(last)):
            return []
        said = {singular(t.text) or t.text for t in r.tokens[mention.start:mention.end]
                if not t.brk and t.text not in V.FUNCTION_WORDS}
        if not said:
            return []
        ids = [role.id for role in self.knowledge.roles()
               if said <= {w for word in words_of(role.title) for w in (word, singular(word) or word)}]
        return ids if len(ids) >= 2 else []

    def _group_ranked(self, r: Reading, ids: list[int], role_intent: str | None) -> Answer | None:
        """Several roles named together ranked by pay or experience, when the
        question asks which is first or to sort them; else None (they are compared)."""
        extreme = _extreme(r) or ("highest" if any(t.text in V.ORDER_WORDS for t in r.tokens) else None)
        if extreme and role_intent in (V.SALARY, V.EXPERIENCE):
            r.decision = f"rank the roles named together by {role_intent}: {extreme} first"
            group = tuple(role for role in self.knowledge.roles() if role.id in ids)
            return compose.ranking(role_intent, group, highest=extreme == "highest", confidence=0.8)
        return None

    def _figures(self, r: Reading):
        """The store's figures, which rank every role: none when the question
        set roles aside ("other than the engineer"), whose ranking is worked out
        from the roles left."""
        return None if r.excluded else self.knowledge.figures()

    def _across_roles(self, r: Reading, roles, role_intent: str | None) -> Answer | None:
        """Questions about the store as a whole: list, search, filter, career targets."""
        intents = r.intents
        if (bare := self._bare_terms(r)) is not None and (found := self._search_store(r, roles, bare)) is not None:
            return found
        # a verb of searching ("include", "need") asks of the store, unless its subject is
        # the one role in question ("does it include equity?"); "which roles include it" still does
        plural = any(t.text in V.STORE_WIDE_WORDS and not (t.text == "who" and who_as_object(
            [t.text for t in r.tokens])) for t in r.tokens) or (
            intents.has(V.REVERSE, 2) and not one_role_pointed_at(r.tokens)) or _each_role(r, len(roles)) or (  # "every role that lists X"
            # "which role is the 'go-to authority' one, and what does it cover?": "it" is the role found by the quote
            intents.has(V.REVERSE, 2) and search_terms.quoted_phrase(r.display or r.text, r.tokens[r.preamble:]) is not None) or (
            # "Director of Engineering - which other role lists it as a next step?": "it" is the title named
            listed_as(r) is not None)
        own_words = [w for w in r.unknown_words if w not in V.SEARCH_NON_TERMS]  # "stated" says how, not what
        # "how many roles list no salary", "how many roles have perks": a count of the roles that do (or don't)
        # (pay alone is no filter, "how many roles and what do they pay"; pay said to be posted is)
        filtered = search_terms.negation_at(r.tokens, intents.used) is not None or (
            role_intent not in (None, V.SALARY) and intents.has(role_intent, HEADING_MIN_WEIGHT)) or (
            role_intent == V.SALARY and intents.has(role_intent, HEADING_MIN_WEIGHT)
            and any(t.text in STATING_WORDS for t in r.tokens))
        if role_intent is not None and _each_role(r, len(roles)) and thresholds.read(r.text) is None and not _extreme(r) \
                and search_terms.negation_at(r.tokens, intents.used) is None \
                and (each := self._every_role(r, roles, role_intent)) is not None:
            return each
        placed = any(q.kind == PLACE for q in r.qualifiers)  # "list the roles in canada": those posted there
        ranked = role_intent in (V.SALARY, V.EXPERIENCE) and _extreme(r) is not None  # "list roles by salary ceiling"
        if intents.has(V.LIST_ROLES, 5) and not own_words and not filtered and not _money(r.text) and not placed \
                and not ranked:  # not "number of roles over 200k"
            r.decision = "list roles"
            return compose.list_roles(roles)
        if role_intent == V.SALARY and not r.roles and r.ambiguous is None and thresholds.read(r.text) is None \
                and (width := band_width(r)) is not None:  # "which role has the widest pay band"
            r.decision = f"rank every role by the width of its pay band: {'widest' if width == 'highest' else 'narrowest'} first"
            return compose.band_ranking(roles, widest=width == "highest", confidence=0.9)
        extreme = _extreme(r)
        if extreme and role_intent in (V.SALARY, V.EXPERIENCE) and not r.roles and r.ambiguous is None \
                and thresholds.read(r.text) is None:  # "at least 10 years" is a threshold, not "the least"
            r.decision = f"rank every role by {role_intent}: {extreme} first"
            period = "per hour" if _HOURLY.search(r.asked_text) else "per month" if _MONTHLY.search(r.asked_text) else None
            return compose.ranking(role_intent, roles, highest=extreme == "highest", confidence=0.9, period=period,
                                   figures=self._figures(r), end=thresholds.end_named(r.text),
                                   extreme_only=one_extreme(r))
        # "which roles would 10 years fit?", and "someone with 6 yrs, which role?" (years and no comparing words)
        fit_asked = C.years(r.tokens, False) if any(t.text in V.FIT_WORDS for t in r.tokens) or _in_range(r.tokens) or (
            _asks_for_a_role(r) and thresholds.read(r.text) is None) else None
        if not plural and not (fit_asked is not None and _asks_for_a_role(r)):
            return None
        negated = search_terms.negation_at(r.tokens, intents.used) is not None
        phrases = set(intents.phrases(V.REVERSE))
        # "which role lists Director of Engineering as a next step": the roles leading there; a title
        # listed as an entry point is searched for, and found in the facts saying where roles come from
        if (phrases & set(V.CAREER_TARGET_PHRASES) or listed_as(r) == "next") and thresholds.read(r.text) is None:
            # (an amount compared is no role gone on to: "which roles go to 250k or more at the top")
            target = self._career_target(r)
            if target:
                r.decision = f"career target: roles {'not ' if negated else ''}leading to {target}"
                links = self.knowledge.career_links(title_key=role_key(target), limit=MAX_LINKS_SHOWN)
                if negated:
                    return self._not_leading_to(target, links, roles)
                linked = {link.role_id: found for link in links if (found := self.knowledge.role(link.role_id))}
                r.target = target
                return compose.career_into(target, links, linked, 0.9,  # the linked roles, not a map of every role
                                           entry_points.ways_in(self, target, links))
        limit = thresholds.read(r.text)
        if (limit is not None or role_intent == V.SALARY or phrases & (V.ABOVE_WORDS | V.BELOW_WORDS)) \
                and (typed := impossible_numbers.said(r.text, limit and limit[1], r.display)) is not None:
            r.decision = f"no filter: {typed} can be neither pay nor years"
            return impossible_numbers.answer(typed, years=bool(limit and limit[1] is not None))
        if limit is not None and limit[1] is not None and role_intent != V.SALARY:
            threshold, years = limit
            r.decision = f"experience filter: {threshold.word()} {years:g} years, the {threshold.end} compared"
            r.bounds = (Bound(YEARS, threshold.above, threshold.inclusive, years, threshold.end).stored(),)
            return compose.experience_filter(roles, years, threshold, 0.9, figures=self._figures(r))
        if limit is None and fit_asked is not None:  # "which roles would 10 years fit?"
            return self._years_fit(r, roles, fit_asked)
        period = "per hour" if _HOURLY.search(r.asked_text) else "per month" if _MONTHLY.search(r.asked_text) \
            else "per week" if _WEEKLY.search(r.text) else "per day" if _DAILY.search(r.text) else None
        if period is None and (band := pay_band(r.text, role_intent == V.SALARY)) is not None \
                and (figures := self._figures(r)) is not None:
            r.decision = f"salary band: roles paying {band[0]} to {band[1]}"
            currency = next((code for pattern, code in _CURRENCY if pattern.search(r.text)), None)
            return compose.salary_between(*band, figures.pay(currency, None), 0.9)
        amount = _money(r.text, thousands=period is None)
        if amount and (role_intent == V.SALARY or phrases & (V.ABOVE_WORDS | V.BELOW_WORDS) or limit):
            threshold = limit[0] if limit else None
            above = threshold.above if threshold else not (phrases & V.BELOW_WORDS)
            currency = next((code for pattern, code in _CURRENCY if pattern.search(r.text)), None)
            r.decision = f"salary filter: {'above' if above else 'below'} {amount} {currency or ''}".rstrip()
            # an end named with no comparing words ("roles that pay 180k at the low end") is the end compared
            named = threshold.end if threshold and threshold.named_end else \
                thresholds.end_named(r.text) if threshold is None else None
            end = named or (thresholds.TOP if above else thresholds.BOTTOM)
            # an amount with no comparing words counts itself: "roles that can pay 250k" include a range up to 250k
            inclusive = threshold.inclusive if threshold else not phrases & (V.ABOVE_WORDS | V.BELOW_WORDS)
            r.bounds = (Bound(SALARY, above, inclusive, amount, end).stored(),)
            return compose.salary_filter(roles, amount, above, 0.9, currency=currency, period=period,
                                         end=named,
                                         inclusive=inclusive,
                                         figures=self._figures(r))
        currency = next((code for pattern, code in _CURRENCY if pattern.search(r.text)), None)
        if currency and role_intent == V.SALARY:
            r.decision = f"roles paid in {currency}"
            return compose.paid_in(roles, currency, 0.9)
        if period and role_intent == V.SALARY and not amount:  # "which jobs pay by the hour": the rate's period
            r.decision = f"roles paid {period}"
            return compose.paid_by(roles, period, 0.9)
        # the terms of the asking sentence: none of the scene set before it ("Planning for Q3. roles needing kafka")
        search = search_terms.search_of(r.display or r.text, r.tokens[r.preamble:], intents.used[r.preamble:])
        if negated and search is not None and search.excluded:  # "MongoDB but not Redis"
            return self._search_store(r, roles, search)
        if negated:
            return self._roles_lacking(r, roles, role_intent, search)
        facet = self._facet_search(r, role_intent)
        if facet is not None:
            return facet
        if search is not None and (found := self._search_store(r, roles, search)) is not None:
            return found
        # "which roles have salaries posted": how the facet is given, no term to search for
        how_given = STATING_WORDS | STATING_VERBS | VALUE_NOUNS \
            if role_intent is not None and intents.has(role_intent, HEADING_MIN_WEIGHT) else frozenset()
        term = self._search_term(r, how_given)
        if term:
            r.decision = f"search across roles for '{term}'"
            r.searched = (term,)  # what "and Kafka?" asks again (`bot.search_again`)
            said = search_terms.pattern(term)  # as a word or its forms: "intern" is not in "internal"
            matches = [m for m in self.knowledge.search_facts(term) if said.search(m.fact.text)]
            matches = with_words_between(self.knowledge, term, matches)
            return compose.search_results(term, _matched(r, term, matches), 0.9)
        if role_intent is not None and (topic := self._topic_search(r, role_intent)) is not None:
            return topic  # "which roles have directs": the roles saying it, not those stating the facet
        if role_intent is not None and not set(r.unknown_words) - how_given \
                and any(t.text in V.ROLE_LIST_NOUNS for t in r.tokens) and not one_role_pointed_at(r.tokens) \
                and (stating := self._roles_stating(roles, role_intent)):  # roles named, not "who …" of a conversation
            topic, having = stating  # "which roles have salaries", "roles needing a degree"
            r.decision = f"roles whose documents state their {topic}"
            return compose.roles_stating(role_intent, topic, having, len(roles))
        if intents.has(V.LIST_ROLES, 3):
            r.decision = "list roles"
            return compose.list_roles(roles)
        return None

    def _bare_terms(self, r: Reading) -> search_terms.Search | None:
        """A question of only a few words that the documents say, and no role
        ("pulumi", "error budgets", "jenkins circleci"): a search for them, as a
        sourcer types terms into a search box; not when every word asks a fact
        ("skills?" after a role is that role's skills). The words as one phrase, else each
        of them when every one is said somewhere; None when any is not, or when
        a word settles what is asked ("salary") or names a role."""
        if r.roles or r.ambiguous is not None or r.missing or r.titles_without_profile or r.weak \
                or any(h.weight >= BARE_TERM_MAX_WEIGHT for h in r.intents.hits):
            return None
        start = _about_start(r.tokens)  # "what about pulumi?" types "pulumi" as "and pulumi?" does
        tokens = r.tokens[start:]
        words = [t for t in tokens if not t.brk and t.text not in V.FUNCTION_WORDS]
        if not 1 <= len(words) <= BARE_TERMS or any(t.text.isdigit() for t in words) \
                or all(r.intents.used[start + tokens.index(t)] for t in words) \
                or search_terms.negation_at(r.tokens, r.intents.used) is not None \
                or any(t.text in V.ROLE_LIST_NOUNS or t.text in V.STORE_WIDE_WORDS or t.text in BARE_TERM_ASKING
                       or t.text in V.PRONOUNS for t in tokens):
            return None  # "roles with Python and no Kafka", "which certifications help?": asked the usual way
        said = [start + i for i, t in enumerate(tokens) if not t.brk]  # "new relic": "new" is a word of the name
        phrase = r.words(said[0], said[-1] + 1).strip(" ?!.,")
        own = tuple(t.text for t in words if t.text not in V.SEARCH_NON_TERMS)  # "kafka expert": kafka
        for terms in ((phrase,), own):
            if not terms:
                continue
            if all(self.knowledge.mentioned(search_terms.spellings(term), search_terms.pattern(term)) for term in terms):
                r.decision = "a few words the documents say, and nothing else: a search"
                return search_terms.Search(terms)
        return None

    def _every_role(self, r: Reading, roles, role_intent: str) -> Answer | None:
        """"Every role and its salary", "what does each role pay", "compare all
        roles on education": the fact asked, for each role. Pay and years as a
        ranking (roles that don't state them apart); other facts side by side
        when the store is small enough to show every role (EACH_ROLE_SHOWN)."""
        if role_intent in (V.SALARY, V.EXPERIENCE):
            r.decision = f"{role_intent} of every role, highest first"
            return compose.ranking(role_intent, roles, highest=True, confidence=0.9,
                                   figures=self._figures(r))
        if role_intent not in compose.ROLE_SECTIONS or not 1 < len(roles) <= EACH_ROLE_SHOWN:
            return None
        r.decision = f"{role_intent} of every role, side by side"
        return compose.compare(role_intent, [self._profile(role.id) for role in roles], 0.9, asked=r.text)

    def _roles_stating(self, roles, role_intent: str) -> tuple[str, tuple] | None:
        """(the facet's name, the roles whose documents state it), for a
        question about roles that asks a facet and nothing else; None for an
        intent no section or value holds."""
        if role_intent == V.SALARY:
            return "salary", tuple(role for role in roles if any(s.stated for s in role.salaries))
        if role_intent == V.EXPERIENCE:
            return "experience", tuple(role for role in roles if role.experience)
        if role_intent not in compose.ROLE_SECTIONS or role_intent == V.OVERVIEW:
            return None
        topic, sections = compose.ROLE_SECTIONS[role_intent]
        ids = {m.role.id for m in self.knowledge.facts_in(sections, limit=100_000)}
        return topic, tuple(role for role in roles if role.id in ids)

    def _ranked_among(self, r: Reading, role_intent: str | None) -> Answer | None:
        """"Best paid of the lead roles?", "sort the two lead roles by pay": a
        ranking among the roles a plural mention fits, not a question back."""
        extreme = _extreme(r)
        if not extreme or role_intent not in (V.SALARY, V.EXPERIENCE) or not _about_many(r):
            return None
        mention = r.ambiguous
        top = mention.profiled()[0].score
        ids = list(dict.fromkeys(c.title.role_id for c in mention.profiled()
                                 if top - c.score < ROLE_MARGIN * 2 and c.score >= ROLE_SUGGEST))
        fitting = tuple(role for role in (self.knowledge.role(i) for i in ids) if role is not None)
        if len(fitting) < 2:
            return None
        r.decision = f"rank the roles '{r.words(mention.start, mention.end)}' fits by {role_intent}: {extreme} first"
        return compose.ranking(role_intent, fitting, highest=extreme == "highest", confidence=top)

    def _company_line(self, hiring, named) -> str:
        """What the hiring company's postings say it does, in their first
        sentence about it ("" if none): of its own postings (`named`, its
        qualifier), not another company's posting of a role both hire for."""
        for role in hiring:
            line, _facts = gist.company_sentence(narrowed(self._profile(role.id), named))
            if line:
                return line
        return ""


def _each_role(r: Reading, count: int = 0) -> bool:
    """Whether the question asks a fact of each role: "every", "each" or
    "all" a word or two before a noun for roles ("all the roles", "each of
    the roles"), or as many as the store holds (`count`: "how do the four
    roles compare on pay" with four roles stored), or "by", "per" right before
    one ("yoe by role"), no role named, no "which" or "any" picking some of
    them ("which roles have a salary")."""
    words = [t.text for t in r.tokens if not t.brk]
    if r.roles or r.ambiguous is not None or {"which", "any", "anything"} & set(words):
        return False
    nouns = set(V.ONE_ROLE_WORDS) | set(MANY_ROLES_WORDS) | {"jds"}
    return any((w in EACH_WORDS or count > 1 and (V.NUMBER_WORDS.get(w) == count or w == str(count)))
               and nouns & set(words[i + 1:i + 4])
               or w in BY_ROLE_WORDS and words[i + 1:i + 2] and words[i + 1] in nouns
               for i, w in enumerate(words)) or _their_after([t.text for t in r.tokens])


def _their_after(words: list[str]) -> bool:
    """Whether the words after a noun for the roles give each its own:
    "list the roles with their salary ranges", "the jobs and their years",
    "roles along with their pay"."""
    return any(w in MANY_ROLES_WORDS and (words[i + 1:i + 3] in (
        ["with", "their"], ["and", "their"], ["plus", "their"], ["including", "their"])
        or words[i + 1:i + 4] == ["along", "with", "their"]) for i, w in enumerate(words))


def _asks_for_a_role(r: Reading) -> bool:
    """Whether the question asks which role, in the singular, naming none."""
    # "what role fits someone with 5 YOE", "whose range would 9 years fall in?"
    return not r.roles and r.ambiguous is None and any(t.text in V.ONE_ROLE_WORDS or t.text == "whose"
                                                       for t in r.tokens)


def _about_start(tokens) -> int:
    """Where the words asked about start after an opening "what about" or
    "how about" (`bot.context.AGAIN_PHRASES`), else 0."""
    said = [i for i, t in enumerate(tokens) if not t.brk]
    if len(said) > 2 and (tokens[said[0]].text, tokens[said[1]].text) in C.AGAIN_PHRASES \
            and tokens[said[1]].text != "for":
        return said[2]
    return 0


def _in_range(tokens) -> bool:
    """Whether the question says "in range" or "within range": of years told
    ("candidate has 8 years - which roles are in range?"), the roles whose
    years fit them, as "fit" asks; with no years told it asks nothing here."""
    return C.placed_in_range(tokens)


# Two amounts joined as a band: "160-220k", "$150k to $230k", "between 150,000 and 230,000".
_BAND = re.compile(r"(?<![\w.])[$€£]?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k\b)?\s*(?:-|–|—|to|and)\s*"
                   r"[$€£]?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k\b)?(?!\s*(?:\+|%|years?|yrs?|yoe)\b)", re.I)


def pay_band(text: str, pay_asked: bool) -> tuple[int, int] | None:
    """The band of pay a question names ("which role is 160-220k?"), low
    first, as yearly amounts; None when it names none. The amounts must read
    as pay: a "k", a currency sign, thousands, or a question about pay ("pays
    160 to 220"); "3-7 years" is no band."""
    for match in _BAND.finditer(text):
        low, high = (float(match.group(i).replace(",", "")) for i in (1, 3))
        marked = bool(match.group(2) or match.group(4)) or any(c in match.group(0) for c in "$€£")
        if not (marked or pay_asked or low >= 1000):
            continue
        if match.group(4) or (pay_asked or marked) and high < 1000:
            high *= 1000
        if match.group(2) or low < 1000 and (marked or pay_asked):
            low *= 1000
        if 1000 <= low < high:
            return int(low), int(high)
    return None


def _money(text: str, thousands: bool = True) -> int | None:
    """The amount of a pay question; with `thousands`, a bare "above 200"
    means 200,000 (yearly pay), else it is an hourly or monthly rate."""
    for match in _MONEY.finditer(text):
        if thresholds.counted(text, match.start()):
            continue  # "top 2 roles by pay": how many roles, not an amount
        number = float(match.group(1).replace(",", ""))
        if match.group(2):
            number *= 1000
        elif number < 1000 and thousands:
            number *= 1000  # "above 200" in a pay question means thousands
        if number >= 1000 or not thousands and number > 0:
            return int(number)
    return None
