"""Searches of every role's facts for the question's words.

`StoreSearch`, mixed into the `Assistant`, finds the roles whose documents
mention a term (in any of its spellings, remembered per knowledge version:
`_term_matches`), all or any of several terms, with one excluded, or none of
them (`_search_store`, `_roles_lacking`), and the roles whose facet sections
use the question's facet words ("which roles are fully remote": `_facet_search`).
It is apart from `bot.across_roles` because the follow-ups search among the
roles shown with the same means, and it is the part that runs SQL per term.
"""

import re
from dataclasses import replace

from bot import compose, search_again, search_terms, within_role
from bot import vocabulary as V
from bot.answer import Answer
from bot.reading import Reading
from bot.qualifiers import PLACE
from bot.question_words import _word_pattern
from bot.intents import HEADING_MIN_WEIGHT

from knowledge import sections as S
from knowledge.catalog import FactEntry, FactMatch

def _topic(word: str) -> bool:
    """Whether a facet's word names a thing documents state anywhere ("on
    call", "equity"), not only under the facet's heading."""
    return word in V.SEARCHABLE_INTENT_WORDS or any(word in key.split("|") for key in V.TOPIC_WORDS)


# Where "which roles are <facet word>" looks: the facet's sections and the
# line a posting opens with ("Support · Remote (US) · Part-time").
FACET_SEARCH_SECTIONS = {
    V.LOCATION: (S.LOCATION, S.OVERVIEW, S.ABOUT),
    V.EMPLOYMENT_TYPE: (S.EMPLOYMENT_TYPE, S.OVERVIEW, S.ABOUT),
    V.BENEFITS: (S.PERKS,),
    V.PERKS: (S.PERKS, S.LOCATION, S.EMPLOYMENT_TYPE),
    V.SALARY: (S.COMPENSATION, S.SALARY_BY_LEVEL),
}
# An overview fact this short is the line a posting opens with (company,
# place, "Remote", "Part-time"); longer ones are prose, searched by other means.
OPENING_LINE_CHARS = 100
# Roles of a store-wide search listed by --explain, with the fact that matched.
MATCHED_SHOWN = 10
# Terms whose matching facts are kept, per knowledge version: a follow-up's
# words ("thanks!", "IaC?") are searched among the roles shown at every asking,
# each search several SQL queries. The questions a team asks repeat; a term's
# facts are at most a few hundred (`Knowledge.search_facts`'s limit per spelling).
TERMS_REMEMBERED = 256
# Words asking what a role requires, not what it names anywhere ("which roles require a master's").
# Not "need": the asker's own ("need roles that don't prefer a PhD") as often as a role's.
REQUIRING_WORDS = V.MINIMUM_WORDS | {"necessary", "mandate", "mandates"}
# Where a role states what it requires of a person's education.
REQUIRED_SECTIONS = (S.EDUCATION_MINIMUM, S.REQUIREMENTS)
# The longest phrase looked for as a whole: a fact's term is a few words
# ("continuous integration and delivery"); a longer run of words (a pasted
# paragraph) is looked for by its parts of this many words and fewer, each once,
# not by every start and length (31,000 searches for 250 words).
MAX_PHRASE_WORDS = 5


def _hedged(r: Reading) -> bool:
    """Whether a negated search asks how firmly roles ask the thing ("don't
    *strictly* require"): then, when every role says it, where each does is
    the answer; else the roles that say it are not named (they would read as
    the answer to the opposite question)."""
    return any(t.text in V.HEDGE_WORDS for t in r.tokens)


class StoreSearch:
    """Searches across the store's facts (see the module's docstring)."""

    def _search_store(self, r: Reading, roles, search: search_terms.Search) -> Answer | None:
        """The roles whose facts mention the search's terms, any or all of them
        (`bot.search_terms`); negated, the roles whose facts don't. None when a
        search for what is asked finds nothing (the plain search says so)."""
        if (required := self._required_only(r, roles, search)) is not None:
            return required
        listed = not search.negated  # a negation needs only whether each term is mentioned at all
        wider = [_as_written(*found) for term in search.wider
                 if (found := self._term_matches(term, whole=True, listed=listed))[1]]
        found = wider or [self._term_matches(term, listed=listed) for term in search.terms]
        label = (" and " if search.all_of else " or ").join(term for term, _m in found)
        said = [t for t, (term, _m) in zip(search.terms, found) if term.casefold() != t.casefold()]
        note = f"No document mentions “{'”, “'.join(said)}” as written; looked for “{label}”." if said else None
        if search.negated:  # every role that mentions it, not those of the first facts a search lists
            mentioned = [(search_terms.spellings(term), search_terms.pattern(term)) for term, matches in found if matches]
            if search.all_of and len(mentioned) < len(found):
                mentioned = []  # a term no role mentions: no role mentions them all
            lacking = self.knowledge.roles_lacking(mentioned, all_of=search.all_of, limit=compose.MAX_LISTED_ROLES)
            r.decision = f"roles whose facts don't mention '{label}'"
            r.searched = (search_again.LACKING + label,)  # "and Redis?" asks which lack that
            said = self._where_said([term for term, _m in found]) if not lacking.count and _hedged(r) else ()
            return compose.roles_without(label, list(lacking.items), len(roles) - lacking.count, 0.9, note=note,
                                         count=lacking.count, said=said)
        found = [(term, self._also_posted_in(r, term, _posted_there(r, term, matches)) if matches
                  else self._posted_in(r, term)) for term, matches in found]
        ids = [{m.role.id for m in matches} for _term, matches in found]
        hit = set.intersection(*ids) if search.all_of else set.union(*ids)
        hit -= set(r.excluded)  # "…, not counting the lead backend engineer"
        if search.excluded:  # "MongoDB but not Redis": every role that mentions Redis is out
            wanted = (" and " if search.all_of else " or ").join(f"“{term}”" for term, _m in found)
            unwanted = " or ".join(f"“{term}”" for term in search.excluded)
            label = f"{label} but not {' or '.join(search.excluded)}"
            if not hit:
                r.decision = f"search across roles for '{label}': none mention the terms"
                return compose.search_results(label, [], 0.9, summary=f"No document mentions {wanted}.")
            for term in search.excluded:
                hit -= self.knowledge.roles_mentioning(search_terms.spellings(term), search_terms.pattern(term))
            if not hit:
                r.decision = f"search across roles for '{label}': each also mentions the excluded"
                return compose.search_results(label, [], 0.9,
                                              summary=f"Every role that mentions {wanted} also mentions {unwanted}.")
        if not hit:
            return None
        matches = _most_said_first(r, [m for _term, ms in found for m in ms if m.role.id in hit])
        matches = sorted(matches, key=lambda m: self.knowledge.position(m.role.id))
        r.decision = f"search across roles for '{label}'"
        if not search.excluded:  # what "and Kafka?" asks again (`bot.search_again`)
            r.searched = (label,)
        return compose.search_results(label, _matched(r, label, matches), 0.9)

    def _required_only(self, r: Reading, roles, search: search_terms.Search) -> Answer | None:
        """"Which roles (don't) require a Master's degree as the minimum": a degree
        asked with a word of requiring is what a role asks at the least, not any
        line naming it. Read as any mention, the roles that only prefer a master's
        were said to require one, and "which roles don't require a masters" that
        every role does, though each asks a bachelor's. None when no word of
        requiring is said or a term is no education's (a skill is searched as usual)."""
        if search.excluded or not any(t.text in REQUIRING_WORDS for t in r.tokens):
            return None
        found = [self._term_matches(term) for term in search.terms]
        if not all(matches and any(m.fact.section in S.EDUCATION for m in matches) for _t, matches in found):
            return None
        label = (" and " if search.all_of else " or ").join(term for term, _m in found)
        ids = [{m.role.id for m in matches if m.fact.section in REQUIRED_SECTIONS} for _t, matches in found]
        requiring = set.intersection(*ids) if search.all_of else set.union(*ids)
        if search.negated:
            lacking = [role for role in roles if role.id not in requiring]
            minimums = [FactMatch(role, fact) for role in lacking[:compose.MAX_LISTED_ROLES]
                        for fact in self._profile(role.id).section(S.EDUCATION_MINIMUM)[:1]]
            r.decision = f"roles whose minimum education doesn't ask '{label}'"
            # "which roles don't strictly require a bachelor's": none, and the lines asking it say how firmly
            said = self._where_said([term for term, _m in found], sections=REQUIRED_SECTIONS) \
                if not lacking and _hedged(r) else ()
            return compose.roles_without(label, lacking, len(roles) - len(lacking), 0.9, asked=minimums,
                                         title=f"Roles that don't require {label}", said=said)
        r.decision = f"roles whose minimum education asks '{label}'"
        matches = [m for _t, ms in found for m in ms if m.role.id in requiring and m.fact.section in REQUIRED_SECTIONS]
        preferring = len({m.role.id for _t, ms in found for m in ms} - requiring)
        answer = compose.search_results(label, matches, 0.9, summary=(
            f"No role requires {label}" + (f"; {preferring} name it as preferred or a field of study." if preferring
                                           else ".")))
        return answer if matches else replace(answer, title=f"No role requires {label}")

    def _where_said(self, terms: list[str], whole: bool = False, sections=None) -> list:
        """The first fact of each role that says one of `terms` (in `sections`
        when given), in role order: where each role says what a negated search
        found every role says."""
        first = {}
        for term in terms:
            for m in self._term_matches(term, whole=whole)[1]:
                if sections is None or m.fact.section in sections:
                    first.setdefault(m.role.id, m)
        return sorted(first.values(), key=lambda m: self.knowledge.position(m.role.id))

    def _posted_in(self, r: Reading, term: str) -> tuple:
        """The location facts of the roles a place the question names holds though
        no document writes it: "which roles are in india" of roles in Pune and
        Chennai (`bot.countries`)."""
        posted = sorted(roles_posted_in(r, term), key=self.knowledge.position)
        return tuple(FactMatch(profile.role, fact) for profile in map(self._profile, posted)
                     for fact in profile.section(S.LOCATION)[:1])

    def _also_posted_in(self, r: Reading, term: str, matches: tuple) -> tuple:
        """`matches` of a place some documents write ("Berlin or remote (Germany)") with the roles
        posted there whose documents name only its town ("79104 Freiburg im Breisgau"): "any roles
        in germany?" lists both."""
        said = {m.role.id for m in matches}
        return matches + tuple(m for m in self._posted_in(r, term) if m.role.id not in said)

    def _term_matches(self, term: str, whole: bool = False, listed: bool = True) -> tuple[str, tuple]:
        """The facts that mention `term` in any of its spellings, as a word; a
        phrase no fact has is looked for by its longest part some fact has
        ("TCP/IP" of "TCP/IP stack"), leftmost first (with `whole`, not).
        Not `listed`: (True,) in place of the facts when some fact does.
        Remembered per knowledge version (TERMS_REMEMBERED)."""
        version = self.knowledge.version
        known_at, known = self._terms
        if known_at != version:
            known = {}
            self._terms = (version, known)
        found = known.get((term, whole, listed))
        if found is None:
            if len(known) >= TERMS_REMEMBERED:
                known.clear()
            part, matches = self._facts_mentioning(term, whole, listed)
            found = known[(term, whole, listed)] = (part, tuple(matches))
        return found

    def _facts_mentioning(self, term: str, whole: bool, listed: bool) -> tuple[str, list]:
        """`_term_matches`, from the store."""
        words = term.split()
        tried = set()
        longest = len(words) if whole else min(len(words), MAX_PHRASE_WORDS)
        for n in range(longest, len(words) - 1 if whole else 0, -1):
            for start in range(len(words) - n + 1):
                part = " ".join(words[start:start + n])
                if part in tried:
                    continue
                tried.add(part)
                for written in (part, *self._with_marks(part)):  # "zurich" is also "Zürich"
                    pattern, seen, matches = search_terms.pattern(written), set(), []
                    if not listed:
                        if self.knowledge.mentioned(search_terms.spellings(written), pattern):
                            return written, [True]
                        continue
                    for spelling in search_terms.spellings(written):
                        for m in self.knowledge.search_facts(spelling):
                            key = (m.role.id, m.fact.section, m.fact.position, m.fact.source)
                            if key not in seen and (pattern.search(m.fact.text) or pattern.search(m.fact.label or "")):
                                seen.add(key)
                                matches.append(m)
                    if n > 1:  # a phrase, with a few words between its own too
                        matches = with_words_between(self.knowledge, written, matches)
                    if matches:
                        return written, matches
        return term, []

    def _with_marks(self, part: str) -> list[str]:
        """`part` as the documents write it with the accents a question typed
        without ("zurich" for "Zürich", "cafe" for "café"): each word swapped
        for the documents' words that are it once their marks are dropped."""
        words = part.split()
        if not all(w.isascii() for w in words):
            return []
        marked: dict[str, list[str]] = {}
        for word in self.knowledge.fact_words():
            if not word.isascii():
                bare = V.without_marks(word)
                if bare in words and bare != word:
                    marked.setdefault(bare, []).append(word)
        if not marked:
            return []
        return [" ".join(marked.get(w, [w])[0] for w in words)]

    def _roles_lacking(self, r: Reading, roles, role_intent: str | None,
                       search: search_terms.Search | None) -> Answer | None:
        """"Which roles don't mention GraphQL", "which roles have no perks listed":
        the roles whose documents lack the words, or lack the facet asked for."""
        if search is not None:
            return self._search_store(r, roles, search)
        if role_intent is None:
            return None
        said = [p for p in r.intents.phrases(role_intent) if p not in V.FACET_NAMES]
        if said and role_intent in compose.ROLE_SECTIONS:  # "which roles aren't remote": a word of the facet, not its name
            stating = {m.role.id for p in said for m in self._term_matches(p, whole=True)[1]
                       if m.fact.section in compose.ROLE_SECTIONS[role_intent][1]}
            if stating:
                lacking = [role for role in roles if role.id not in stating]
                r.decision = f"roles whose {compose.ROLE_SECTIONS[role_intent][0]} doesn't say '{said[0]}'"
                where = () if lacking or not _hedged(r) else self._where_said(
                    [said[0]], whole=True, sections=compose.ROLE_SECTIONS[role_intent][1])
                return compose.roles_without(said[0], lacking, len(roles) - len(lacking), 0.9, said=where)
        topics = [p for p in said if _topic(p)]
        if topics and (matches := self._facet_matches(topics, None)):
            # "which roles don't involve on-call": a thing documents name anywhere, as `_facet_search` finds it
            stating = {m.role.id for m in matches}
            lacking = [role for role in roles if role.id not in stating]
            r.decision = f"roles whose documents don't mention '{topics[0]}'"
            return compose.roles_without(topics[0], lacking, len(roles) - len(lacking), 0.9)
        if role_intent == V.SALARY:
            topic, lacking = "salary", list(self.knowledge.figures().pay_unstated)
        elif role_intent == V.EXPERIENCE:
            topic, lacking = "experience", list(self.knowledge.figures().experience_unstated)
        elif role_intent in compose.ROLE_SECTIONS:
            topic, sections = compose.ROLE_SECTIONS[role_intent]
            stating = {m.role.id for m in self.knowledge.facts_in(sections, limit=100_000)}
            lacking = [role for role in roles if role.id not in stating]
        else:
            return None
        r.decision = f"roles whose documents don't state their {topic}"
        return compose.roles_without(topic, lacking, len(roles) - len(lacking), 0.9,
                                     title=f"Roles whose documents don't state their {topic}")

    def _facet_search(self, r: Reading, role_intent: str | None) -> Answer | None:
        """"Which roles are fully remote / contract positions / have an OTE":
        the roles whose facts under that facet (or in their overview line)
        use the question's own facet words, never every role. None when the
        question has words of its own beside the facet's; asked for the facet
        alone ("which roles have benefits"), the roles whose documents state it."""
        sections = FACET_SEARCH_SECTIONS.get(role_intent)
        if sections is None:
            return None
        if any(not t.brk and not r.intents.used[i] and t.text not in V.FUNCTION_WORDS and not t.text.endswith("ly")
               and t.text not in V.SEARCH_NON_TERMS  # "a stated pay range": how it is given, not a thing
               for i, t in enumerate(r.tokens)):
            return None  # words of its own to search for ("ridgeway insurance roles")
        words = []
        for hit in r.intents.hits:
            if hit.intent != role_intent or hit.weight < HEADING_MIN_WEIGHT:
                continue
            for token in r.tokens[hit.start:hit.end]:
                word = token.text
                if word not in V.FUNCTION_WORDS and word not in V.FACET_NAMES and not word.endswith("ly") \
                        and word not in words:
                    words.append(word)
        if not words:
            if not r.intents.has(role_intent, HEADING_MIN_WEIGHT) or role_intent == V.SALARY:
                return None
            topic = compose.ROLE_SECTIONS[role_intent][0]
            r.decision = f"roles whose documents state their {topic}"
            stating = self.knowledge.facts_in(compose.ROLE_SECTIONS[role_intent][1])
            return compose.search_results(topic, _matched(r, topic, stating), 0.9)
        where = f"roles' {role_intent}"
        matches = self._facet_matches(words, sections)
        if role_intent == V.EMPLOYMENT_TYPE:  # "Repairs Planner (Part-time)": its title says it
            matches += self._titles_saying(words, {m.role.id for m in matches})
        topics = [w for w in words if _topic(w)]
        if not matches and topics and (matches := self._facet_matches(topics, None)):
            # "which roles mention on-call", "offer equity": a thing documents name anywhere, not under this facet
            where, words = "roles", topics
        term = " or ".join(words)
        r.decision = f"search across {where} for '{term}'"
        r.searched = (term,)  # a role picked from the list is asked about these words (`context.search_topic`)
        return compose.search_results(term, _matched(r, term, matches), 0.9)

    def _topic_search(self, r: Reading, role_intent: str) -> Answer | None:
        """"Which roles have directs": a facet's phrase that names a thing
        documents state anywhere (a topic, not the facet's name), the roles
        whose facts say it, as `_facet_search` finds one; None when none do."""
        said = [p for p in r.intents.phrases(role_intent) if p not in V.FACET_NAMES and _topic(p)]
        if not said or not (matches := self._facet_matches(said, None)):
            return None
        term = " or ".join(said)
        r.decision = f"search across roles for '{term}'"
        return compose.search_results(term, _matched(r, term, matches), 0.9)

    def _titles_saying(self, words: list[str], found: set[int]) -> list:
        """A match for each role not in `found` whose own title says one of `words`
        ("Visitor Guide (Seasonal)", "Planner, part-time"), shown as its title."""
        patterns = [_word_pattern(spelling) for word in words for spelling in search_terms.spellings(word)]
        matches = []
        for role in self.knowledge.roles():
            if role.id not in found and role.sources and any(p.search(role.title) for p in patterns):
                fact = FactEntry("title", role.title, role.sources[0].name, 0, label="Title")
                matches.append(FactMatch(role, fact))
        return matches

    def _facet_matches(self, words: list[str], sections) -> list:
        """The facts (under `sections`, or anywhere when None) that say one of `words`."""
        matches = []
        for word in words:
            for spelling in search_terms.spellings(word):  # "401k" is written "401(k)"
                pattern = _word_pattern(spelling)
                for match in self.knowledge.search_facts(spelling.split()[0], sections=sections):
                    opening = match.fact.section not in (S.OVERVIEW, S.ABOUT) or \
                        len(match.fact.text) <= OPENING_LINE_CHARS  # prose "about the role" says it in passing
                    if opening and pattern.search(match.fact.text) and match not in matches:
                        matches.append(match)
        return matches

    def _search_term(self, r: Reading, skip=frozenset()) -> str | None:
        """The words a cross-role search is about: what is left once function
        words, intent phrases (and the words of `skip`) are set aside, in the user's spelling."""
        picked = [t for i, t in enumerate(r.tokens) if i >= r.preamble
                  and not t.brk and not r.intents.used[i] and t.text not in V.FUNCTION_WORDS and t.text not in skip
                  and not search_terms.asker_s_verb(r.tokens, i)]  # "I found …": what the asker did
        if not picked:
            return None
        first, last = r.tokens.index(picked[0]), r.tokens.index(picked[-1])
        phrase = r.words(first, last + 1).strip(" ?!.,")
        if len(picked) > 1 and len(phrase) > 40:
            return r.words(first, first + 1)
        return phrase


# Words a phrase searched for may have between its own, as one clause says
# it: "junior engineers" in "a team of mid-level and junior back-end engineers".
WORDS_BETWEEN = 3


def roles_posted_in(r: Reading, term: str) -> set[int]:
    """The ids of the roles whose location the place `term` of the question is."""
    return {i for q in r.qualifiers if q.kind == PLACE and q.name.casefold() == term.casefold() for i in q.role_ids}


def _posted_there(r: Reading, term: str, matches) -> tuple:
    """`matches` of a place the question names without the roles that only name it
    in their company's description: "which roles are in nairobi" asks where roles
    are posted, and an NGO "working in Nairobi's informal settlements and in
    Kisumu" does not put its Kisumu role in Nairobi. All of them when the place is
    no role's location."""
    posted = roles_posted_in(r, term)
    if not posted:
        return matches
    return tuple(m for m in matches if m.role.id in posted or m.fact.section != S.COMPANY)


def with_words_between(knowledge, term: str, matches: list) -> list:
    """`matches` of a search for `term`, a phrase of several words, with
    the facts of other roles that say its words in order with at most
    WORDS_BETWEEN words between them: "who mentors junior engineers" finds
    the role that mentors "junior back-end engineers" too."""
    words = term.split()
    if len(words) < 2 or any(w.casefold() in V.FUNCTION_WORDS or w.casefold() in V.SEPARATORS or len(w) < 3
                             for w in words):
        return matches  # "and to engineering" is no phrase of the documents
    gap = r"(?:\W+[\w'./-]+){0,%d}?\W+" % WORDS_BETWEEN
    pattern = re.compile(r"\b" + gap.join(map(re.escape, words)) + r"\b", re.I)
    found = {m.role.id for m in matches}
    spread = [m for m in knowledge.search_facts(max(words, key=len))
              if m.role.id not in found and pattern.search(m.fact.text)]
    if not spread:
        return matches
    return sorted(matches + spread, key=lambda m: m.role.id)  # stable: each role's facts stay in order


def _as_written(term: str, matches: tuple) -> tuple[str, tuple]:
    """A term found as a phrase, named as the first fact that says it writes
    it ("new relic" typed: "New Relic")."""
    fact = getattr(matches[0], "fact", None) if matches else None
    said = search_terms.pattern(term).search(fact.text) if fact is not None else None
    return (said.group(0) if said and said.group(0).casefold() == term.casefold() else term), matches


def _most_said_first(r: Reading, matches: list) -> list:
    """`matches` once each, those that say the most of the question's words
    first (stably, so a role's own order stays among equals): asked for
    "cloud or kubernetes certs like CKA", the item on a Certified Kubernetes
    Administrator says more of it than the many on cloud platforms."""
    words = {within_role.stem(t.text) for t in r.tokens[r.preamble:] if not t.brk and t.text not in V.FUNCTION_WORDS
             and t.text not in V.SEARCH_NON_TERMS and t.text not in V.ROLE_LIST_NOUNS}
    seen, once = set(), []
    for m in matches:
        key = (m.role.id, m.fact.section, m.fact.position, m.fact.source)
        if key not in seen:
            seen.add(key)
            once.append(m)
    if len(words) < 2:
        return once

    def said(m) -> int:
        fact = within_role._fact_words(" ".join(filter(None, (m.fact.label, m.fact.text))))
        return sum(1 for w in words if within_role._found({w}, fact) == 1.0)
    return sorted(once, key=lambda m: -said(m))


def _matched(r: Reading, term: str, matches: list) -> list:
    """`matches` as they are, noted on the reading for --explain: the roles
    a store-wide search matched (at most MATCHED_SHOWN) and the first fact
    of each that mentions `term`; without the roles the question set aside
    ("roles with kafka, not counting the lead backend engineer")."""
    matches = [m for m in matches if m.role.id not in r.excluded]
    seen: dict[int, dict] = {}
    for m in matches:
        if m.role.id not in seen:
            if len(seen) == MATCHED_SHOWN:
                break
            section = m.fact.heading or S.TITLES.get(m.fact.section, m.fact.section)
            seen[m.role.id] = {"role": m.role.title, "why": f"'{term}' in {section}: {m.fact.text}"}
    r.matched = list(seen.values())
    return matches
