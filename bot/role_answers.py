"""A role's own answers: the sections, items and facts of the one role asked about.

`RoleAnswers` is mixed into the `Assistant` and answers the rules about one
role (`role_fact`, `role_items_asked`, `role_named_section`, ...): a facet
with the sections whose own heading reads as it and what other sections say
of it in passing (`_role_answer`, `_told_elsewhere`), the role's items the
question's own words point at (`_within_role`, `_ranked_items`), and a
section the question names by its heading (`_named_instead`). It is apart
from the searches across roles because it reads one profile, never the store.
"""

import re
from dataclasses import replace
from functools import lru_cache

from bot import compose, level_mentions, pay_rows, schedules, within_role
from bot import vocabulary as V
from bot.answer import Answer
from bot.intents import HEADING_MIN_WEIGHT, IntentMatch
from bot.reading import Reading, _accepted
from bot.role_intent import _fallen_back, names_fallen_back
from bot.rules import SEEDS_INTENTS, _from_postings, _stated
from bot.text import fold, tokenize, unspaced_terms, words_of
from bot.within_role import WITHIN_ROLE_MIN_SCORE
from bot.question_words import _stem, _asked_words, _heading_words, _fact_words, _mentions, _topic_word, _other_titles, _term_shaped, needed_last

from knowledge import sections as S

# Facts shown for a question's own words about one role ("who does the
# engineer mentor"): the seed profiles name a word in two to four places.
FACTS_NAMING_SHOWN = 6
# Words of a question about a role that say nothing of what is asked.
QUESTION_FILLER = {"involved", "involve", "involves", "expected", "expect", "situation", "work", "working",
                   "knowledge", "handle", "handles", "responsible", "day", "daily", "role's", "job's",
                   "info", "information", "detail", "details", "detailed", "summary", "brief", "briefly",
                   "overall", "general", "explain", "describe", "description", "short", "sure",
                   # the length asked: "in two sentences", "the one-paragraph version"
                   "sentence", "sentences", "paragraph", "paragraphs", "version"}

# What a level of a job family states for itself, never taken from the
# family's page: what it is, what it pays, how many years it takes.
FAMILY_OWN_INTENTS = (V.OVERVIEW, V.SALARY, V.JOB_DESCRIPTION, V.EXPERIENCE, V.LEVELS)

# Fields never matched by a word of their text: a place or a company named
# in a question says which posting is meant ("the office manager dublin
# job"), not that its location is asked; and sections with their own headings.
FIELDS_NOT_ASKED_BY_TEXT = (S.LOCATION, S.COMPANY) + compose.OWN_HEADING_SECTIONS
# Marks typed for "and" between two asks: "when does it start + how long", "start & length".
JOINING_MARKS = ("+", "&")

# A facet question is answered from a section of the role's own whose text
# (not heading) holds this many of its words that no intent phrase used.
NAMED_TEXT_WORDS = 2
# The sections a role prefers rather than requires: what "the leadership pref" ranks first.
PREFERRED_SECTIONS = (S.EXPERIENCE_PREFERRED, S.EDUCATION_PREFERRED, S.NICE_TO_HAVE)
# Headings and facts already read as intents, kept in memory; one is a few bytes.
MEMO_SIZE = 2048


def _as_typed(r: Reading, stem: str) -> str:
    """A stem of the question's words as the asker typed the word ("C++", "Rust")."""
    return next((r.words(i, i + 1) for i, t in enumerate(r.tokens) if not t.brk and _stem(t.text) == stem), stem)


def _may_be_topic(word: str) -> bool:
    """Not a word every question has, nor one that names a heading, a level or a search's own verb."""
    return not any(word in words for words in (V.FUNCTION_WORDS, V.HEADING_STOP_WORDS, V.WITHIN_STOP_WORDS,
                                               V.SEARCH_NON_TERMS, V.LEVEL_WORDS))


def _side_asked(among: tuple[str, ...], r: Reading | None) -> tuple[str, ...]:
    """The sections of `among` the question asks: what a role needs ("what
    degree does X need") is not what it only prefers, and the other way round."""
    words = set(re.findall(r"[\w']+", r.text)) if r is not None else set()
    needed, preferred = words & (V.MINIMUM_WORDS | V.NEEDED_WORDS), words & V.PREFERRED_WORDS
    if needed and not preferred:
        return tuple(name for name in among if name != S.NICE_TO_HAVE)
    if preferred and not needed:
        return tuple(name for name in among if name != S.REQUIREMENTS)
    return among


def _root(word: str) -> str:
    """A word without its ending, so a verb meets the heading made of it ("close": "Closing date")."""
    return re.sub(r"(?:ing|ed|es|e|s)$", "", word) if len(word) >= 4 else word


# Items of one list that read as a facet for the rest of that list, reading as nothing else, to be read as it too.
LISTED_WITH = 2


# A fact naming a certification ("Must obtain a DoD 8570 IAT Level II certification (e.g., Security+)").
_CERTIFICATION = re.compile(r"\bcertifi(?:cation|cations|cate|cates|ed)\b", re.I)


# Other credentials a posting asks for by name ("A current Washington MAST permit", "Food Worker
# Card", "CDL licence"): a certification asked for is these too, where the role asks for them.
_CREDENTIAL = re.compile(r"\b(?:permits?|cards?|licen[cs]es?|tickets?)\b", re.I)
CREDENTIAL_SECTIONS = (S.REQUIREMENTS, S.NICE_TO_HAVE, S.HARD_SKILLS)


def _certifications_elsewhere(intent: str, profile, r: Reading | None, shown) -> list[tuple[str, list]]:
    """Asked for a certification (education read from "cert", "certification"), the role's facts
    outside the education sections that name one: a requirements line obliging one is the answer."""
    if intent != V.EDUCATION or r is None or not any(
            h.intent == V.EDUCATION and _CERTIFICATION.search(h.phrase)
            for h in r.intents.hits):
        return []
    groups: dict[str, list] = {}
    for fact in profile.facts:
        if id(fact) not in shown and fact.text and fact.section not in compose.ROLE_SECTIONS[intent][1] \
                and fact.section != S.NOT_ABOUT_ROLE and (_CERTIFICATION.search(fact.text) or
                                                          fact.section in CREDENTIAL_SECTIONS and _CREDENTIAL.search(fact.text)):
            group = groups.setdefault(fact.heading or S.TITLES.get(fact.section, fact.section), [])
            if all(f.text != fact.text for f in group):  # a line a feed gives twice (its text and its field)
                group.append(fact)
    return list(groups.items())


class RoleAnswers:
    """What the `Assistant` answers about one role (see the module's docstring)."""

    def _role_answer(self, intent: str, profile, confidence: float, r: Reading | None = None) -> Answer:
        """`compose.role_answer`, with the role's sections whose own heading
        reads as `intent` ("Who you'll work with" as the team, "How to apply"
        as the hiring process) and, asked about one thing, the one whose
        heading the question names ("the shift schedule": a "Shift" field)."""
        if intent != V.SALARY and r is not None and r.intents.has(V.SALARY, V.INTENT_MIN_WEIGHT) \
                and pay_rows.select([s for s in profile.role.salaries if s.stated], r.text)[1]:
            intent = V.SALARY  # "remote salary": the place names one of the role's pay rows
        headed = [(heading, facts) for heading, facts in compose.own_sections(profile).items()
                  if self._heading_intent(heading) == intent]
        named = self._named_section(r, profile) if r is not None else None
        if named and named[0] not in dict(headed):
            headed.append(named)
        among = compose.FOUND_AMONG.get(intent, ())
        if among and not any(profile.section(name) for name in compose.ROLE_SECTIONS[intent][1]):
            before = len(headed)
            # the lines the role's years were read from, in whatever language ("Mindestens 1 Jahr Berufserfahrung")
            years_lines = {e.text for e in profile.role.experience} if intent == V.EXPERIENCE else set()
            for names in (_side_asked(among, r), among):  # the side asked; both when that side says nothing
                for name in names:
                    groups: dict[str, list] = {}
                    for fact in profile.section(name):
                        if fact.text in years_lines \
                                or self.intent_matcher.match(tokenize(fold(fact.text))).has(intent, HEADING_MIN_WEIGHT):
                            groups.setdefault(fact.heading or S.TITLES[name], []).append(fact)
                    headed.extend(groups.items())
                if len(headed) > before:
                    break
        shown = {id(f) for _heading, facts in headed for f in facts}
        headed.extend(self._told_elsewhere(intent, profile, r, shown))
        headed.extend(_certifications_elsewhere(intent, profile, r, shown))
        if not headed and intent in compose.ROLE_SECTIONS and intent not in FAMILY_OWN_INTENTS:
            profile = self._with_family_facts(intent, profile)
        return compose.role_answer(intent, profile, confidence, tuple(headed), asked=r.text if r is not None else "")

    def _facts_naming(self, r: Reading, profile) -> tuple[list[str], list] | None:
        """A question about one role that asks no facet but has words of its
        own ("who does the engineer mentor", "is it involved in cloud cost
        work"): (those words, as the user wrote them, and the role's facts
        that use the most of them, at most FACTS_NAMING_SHOWN), else None."""
        # a facet the role's layout has no section for ("on-call" of a role the seeds describe) is a topic too
        unasked = () if _from_postings(profile) else V.POSTING_INTENTS
        used = {i for h in r.intents.hits if h.intent not in unasked for i in range(h.start, h.end)}
        in_roles = {i for m in r.mentions for i in range(m.start, m.end)}
        in_roles |= {i for q in r.qualifiers for i in range(q.start, q.end)}
        in_roles |= {i for start, end in r.asides for i in range(start, end)}  # "I'm hiring for X —": the asker's
        own = {_stem(w) for w in words_of(profile.role.title)}
        own |= {_stem(w) for company in profile.role.companies for w in words_of(company)}
        words, negated = {}, False
        for i, t in enumerate(r.tokens):
            negated = (negated or t.text in level_mentions.NEGATING_WORDS) and not t.brk  # "not the lead ones"
            stem = _stem(t.text)
            if not t.brk and not negated and i not in used and i not in in_roles and t.text not in V.FUNCTION_WORDS \
                    and t.text not in V.HEADING_STOP_WORDS and t.text not in QUESTION_FILLER \
                    and not t.text.isdigit() and stem not in own and _topic_word(r, t.text):
                words.setdefault(stem, r.words(i, i + 1))
        if not words:
            return None
        scored = []
        for fact in profile.facts:
            said = _fact_words(fact.display)
            named = {w for w in words if _mentions(said, w) or any(
                _mentions(said, other) for other in V.SAID_OTHERWISE.get(w, ()))}
            if named:
                scored.append((len(named), fact))
        if not scored:
            return None
        most = max(n for n, _fact in scored)
        return list(words.values()), [f for n, f in scored if n == most][:FACTS_NAMING_SHOWN]

    def _with_family_facts(self, intent: str, profile):
        """A level of a job family whose own part of the page does not state
        `intent` ("the interview loop for PMs") answers from what the family's
        page says for all its levels; else `profile` as it is."""
        names = compose.ROLE_SECTIONS[intent][1]
        if any(profile.section(name) for name in names):
            return profile
        pages = {s.name.split(" (")[0] for s in profile.role.sources}
        for role in self.knowledge.roles():
            if role.id == profile.role.id or not pages & {s.name.split(" (")[0] for s in role.sources}:
                continue
            family = self._profile(role.id)
            if family is not None and any(f.text == profile.role.title for f in family.section(S.LEVELS)):
                shared = tuple(f for f in family.facts if f.section in names)
                return replace(profile, facts=profile.facts + shared) if shared else profile
        return profile

    def _within_role(self, r: Reading, profile, role_intent: str | None, confidence: float | None = None) -> Answer | None:
        """The role's items the question's own words point at (`within_role`):
        "which message queues should X know", "is X involved in cloud cost
        work". Only when no facet is asked clearly (none, or below
        HEADING_MIN_WEIGHT), and only by words that name no role, company or
        place, nor a facet the role's usual answer covers. None when no
        item is relevant enough: the facet (or overview) answers as before."""
        # the pool the question was read with (`rules.Turn.one_role`): a seeds
        # role's nice-to-haves too, when it states preferred parts
        pool = V.ROLE_INTENTS if _from_postings(profile) else SEEDS_INTENTS + _stated(profile)

        weight = max((r.intents.scores.get(i, 0.0) for i in pool), default=0.0) if role_intent else 0.0
        if role_intent is not None and _fallen_back(r, pool) == role_intent:
            weight = HEADING_MIN_WEIGHT  # "contract dates" of a role without perks: the facet it lacks, said so
        # a facet answered from elsewhere than sections (salary rows, career links) is covered
        covered = role_intent is not None and (role_intent not in compose.ROLE_SECTIONS or any(
            profile.section(name) for name in compose.ROLE_SECTIONS[role_intent][1]))
        # a facet the role lacks, which would answer another in its place,
        # gives way to a topic phrased as such ("does X have direct reports"
        # with no hiring advice: its items on managing people)
        lacking = weight >= HEADING_MIN_WEIGHT
        if lacking and (covered or role_intent not in V.FALLS_BACK):
            return None
        ranked = self._ranked_items(r, profile, covered, phrased_only=lacking and role_intent)
        if ranked is None:
            return None
        if covered and r.used_context and r.carried and set(ranked.words) <= set(r.carried):
            return None  # "same q for X" after a facet with its items about a topic: that facet, with them
        ranked = self._preferred_first(r, profile, covered, lacking and role_intent, ranked)
        # the words that asked a facet, said by some items ("a kubernetes certification"): those first
        ranked = within_role.saying_first(ranked, {_stem(t.text) for h in r.intents.hits if h.intent in V.ROLE_INTENTS
                                                   for t in r.tokens[h.start:h.end] if t.text not in V.FUNCTION_WORDS})
        r.decision = ', '.join(ranked.words)
        r.ranked, r.topic = ranked.items, ranked.words
        return within_role.answer(profile, ranked, r.role_scores[0] if confidence is None else confidence)

    def _preferred_first(self, r: Reading, profile, covered: bool, phrased_only, ranked: "within_role.Ranked"
                         ) -> "within_role.Ranked":
        """`ranked`, with the items of the preferred side on the same words
        first when the question says that side ("does she meet the leadership
        pref?": the three years in a technical leadership capacity it prefers);
        the other items still follow."""
        if not {t.text for t in r.tokens} & V.PREFERRED_WORDS:
            return ranked
        side = self._ranked_items(r, profile, covered, phrased_only=phrased_only, sections=PREFERRED_SECTIONS,
                                  least=0.0)
        if side is None:
            return ranked
        shown = {id(f) for _t, facts in side.groups for f in facts}
        rest = tuple((t, kept) for t, facts in ranked.groups if (kept := tuple(f for f in facts if id(f) not in shown)))
        return replace(ranked, groups=side.groups + rest, words=tuple(dict.fromkeys(side.words + ranked.words)),
                       items=side.items + tuple(x for x in ranked.items if id(x[1]) not in shown))

    def _phrase_led(self, r: Reading, answer: Answer) -> Answer:
        """A facet's answer with, in each section, the items that say the
        phrase that asked for the facet first: "how many directs does X
        have" asks the hiring advice, and of it the item on direct reports
        answers. Only a phrase that asks by itself (HEADING_MIN_WEIGHT), and
        only when some items of a section say it and others do not."""
        asking = [h.phrase.split() for h in r.intents.hits if h.intent == answer.intent and h.weight >= HEADING_MIN_WEIGHT]
        phrases = [words for phrase in asking if (words := {within_role.stem(w) for w in phrase
                                                           if w not in V.FUNCTION_WORDS and w not in V.WH_OBJECT_WORDS})]
        # a phrase that asks about a topic in other words ("span of control"): the topic's words too
        # (not the facet's own topic: "hiring advice" is all of the advice)
        topics = within_role.expanded(set().union(*(within_role.topics(phrase)[0] for phrase in asking))
                                      - {V.FACET_TOPICS.get(answer.intent)})
        if not phrases and not topics:
            return answer

        def says_phrase(item) -> bool:
            return any(words <= within_role._fact_words(item.text) for words in phrases)

        def says_topic(item) -> bool:
            held = within_role._fact_words(item.text)
            return any(within_role._found(variants, held) == 1.0 for variants in topics.values())

        sections = []
        for section in answer.sections:
            for says in (says_phrase, says_topic):  # the phrase's own words first, else its topic's
                first = tuple(i for i in section.items if says(i))
                if first and len(first) < len(section.items):
                    section = replace(section, items=first + tuple(i for i in section.items if not says(i)))
                    break
            sections.append(section)
        return replace(answer, sections=tuple(sections))

    def _with_items_named(self, r: Reading, profile, answer: Answer) -> Answer:
        """A facet's answer with the role's items that the question's other
        words name, when its facet does not show them: "does X need Agile
        experience" shows the experience and the item about Agile."""
        ranked = self._ranked_items(r, profile, True, answered=answer.intent)
        if ranked is None:
            return answer
        more = within_role.not_shown(answer, ranked)
        if not more:  # shown already ("on-call duties" among the duties): still the topic asked, for "and X?" next
            r.topic = r.topic or ranked.words
            return answer
        r.decision += f", with its items about {', '.join(ranked.words)}"
        r.ranked, r.topic = ranked.items, ranked.words
        return replace(answer, sections=answer.sections + more,
                       sources=tuple(dict.fromkeys(answer.sources + tuple(i.source for s in more for i in s.items
                                                                          if i.source))))

    def _ranked_items(self, r: Reading, profile, covered: bool, answered: str | None = None,
                      phrased_only: str | None = None, sections: tuple[str, ...] = (),
                      least: float = WITHIN_ROLE_MIN_SCORE) -> "within_role.Ranked | None":
        """The role's items ranked by the question's words that name no role,
        company or place (nor, when `covered`, the facet asked: the one
        `answered`, else any), if relevant enough. With `phrased_only` (a
        facet the role lacks), only topics phrased as such, other than that facet;
        with `sections`, only their items; relevant enough: scoring `least`."""
        asked, phrased = self._words_asked(r, profile, covered, answered)
        if phrased_only:
            asked = phrased - {V.FACET_TOPICS.get(phrased_only)}
        else:
            asked |= _other_titles(r, self._skipped(r, profile, covered, answered)) | phrased
            if covered:  # the facet's own phrase, where the documents say it too: "ideal candidate"
                asked |= {said for h in r.intents.hits if h.end - h.start > 1 and answered in (None, h.intent)
                          and within_role.said_in_text(profile, said := " ".join(
                              _stem(t.text) for t in r.tokens[h.start:h.end]))}
        ranked = within_role.rank(profile, asked, sections)
        if (ranked is None or ranked.best < least) and r.carried:
            ranked = within_role.rank(profile, set(r.carried), sections)  # "same for the global lead": the words asked before
        return ranked if ranked is not None and ranked.best >= least else None

    def _skipped(self, r: Reading, profile, covered: bool, answered: str | None) -> set[int]:
        """The positions of words that say nothing of a part of the role: its
        name, a company or place, the asker's situation, a negated word, and
        (when `covered`) the phrase of the facet answered."""
        skip = {i for m in r.mentions if _accepted(m, r.intents.used) for i in range(m.start, m.end)}
        skip |= {i for q in r.qualifiers for i in range(q.start, q.end)}
        skip |= set(range(r.preamble))  # "I come from sales hiring… what is X?": the asker's situation
        skip |= {i for start, end in r.asides for i in range(start, end)}  # "I'm hiring for X —": theirs too
        skip |= {i for h in r.intents.hits if h.intent == V.NEUTRAL  # a frame's, unless it asks a topic: "where are we"
                 and not within_role.topics(h.phrase.split())[0] for i in range(h.start, h.end)}
        if covered:  # the words of a facet answered elsewhere say nothing more

            skip |= {i for h in r.intents.hits if answered in (None, h.intent, *_turned_from(h.intent))
                     or answered == V.FALLS_BACK.get(h.intent) and names_fallen_back(r, h)  # "contract dates": perks
                     for i in range(h.start, h.end)}
        negated = False
        for i, t in enumerate(r.tokens):  # "(not the partner one)": a word negated is not asked for
            negated = (negated or t.text in level_mentions.NEGATING_WORDS) and not t.brk
            if negated:
                skip.add(i)
        return skip

    def _words_asked(self, r: Reading, profile, covered: bool, answered: str | None = None
                     ) -> tuple[set[str], set[str]]:
        """The question's content words about a part of the role (stems), and
        the topics its phrases ask (`within_role.topics`): what `_ranked_items` ranks by."""
        skip = self._skipped(r, profile, covered, answered)
        titles = self._title_stems() | {_stem(w) for company in profile.role.companies for w in words_of(company)}
        # a verb of hiring is a topic only when the role does it (no intent took it: `asked_words`)
        hiring = {i for h in r.intents.hits for i in range(h.start, h.end) if r.tokens[i].text in V.DONE_BY_ROLE_VERBS}
        asked, phrased = self._topics_at(r, skip, hiring, titles)
        # "security topics for an X interview rubric": the interview is what the asker prepares, the topic is security
        framing = {i for i, t in enumerate(r.tokens) if t.text in V.INTERVIEW_FRAME_WORDS}
        framing |= {i - 1 for i in framing if i > 0 and r.tokens[i - 1].text in V.INTERVIEW_WORDS}
        if framing and (other := self._topics_at(r, skip | framing, hiring, titles)) and any(other):
            asked, phrased = other
        return asked, phrased

    @staticmethod
    def _topics_at(r: Reading, skip: set[int], hiring: set[int], titles: set[str]) -> tuple[set[str], set[str]]:
        """`_words_asked`'s words and phrased topics, the tokens at `skip` left
        out (and those at `hiring` of the phrased topics)."""
        phrased, taken = within_role.topics([None if i in skip | hiring or t.brk and t.text not in V.EITHER_OR_WORDS
                                             else t.text for i, t in enumerate(r.tokens)])
        # a word and its stem both pass the stop lists: "does" is a function word, its stem "doe" is not
        asked = {_stem(t.text) for i, t in enumerate(r.tokens) if i not in skip | taken and not t.brk
                 and _topic_word(r, t.text) and _may_be_topic(t.text)}
        asked = {w for w in asked - titles if _may_be_topic(w) and len(w) > 1 and not w.isdigit()}
        asked |= unspaced_terms(r.text, asked=True) - titles  # "寮": the tokens hold no Japanese
        return asked, phrased

    def _unsaid(self, r: Reading, profile, role_intent: str | None) -> Answer | None:
        """A thing asked of the role that none of its facts says ("c++ for lead
        backend?", "is the lead backend engineer involved in onboarding?"), when
        no facet is asked clearly and every word asked is a thing the trade
        knows: a topic of `vocabulary.TOPIC_WORDS`, a term's shape ("C++"), or
        a word of another role's documents. Said plainly, with the role's
        skills when a skill was asked; None otherwise (its usual answer)."""
        if role_intent is not None and r.intents.scores.get(role_intent, 0.0) >= HEADING_MIN_WEIGHT:
            return None
        asked, phrased = self._words_asked(r, profile, role_intent is not None)
        if not asked | phrased or any(within_role.rank(profile, {w}) is not None for w in asked | phrased):
            return None
        terms = [w for w in sorted(asked) if not (_term_shaped(w) or w in V.TOPIC_TERMS
                                                   or self._term_matches(w, whole=True)[1])]
        needed = needed_last(r)  # "does X need cobol?": the thing needed is asked, known or not
        if terms and (needed is None or any(w != _stem(needed) for w in terms)):
            return None  # a word no document or table knows ("kotlin", "stuff"): the usual answer
        said = [_as_typed(r, w) for w in sorted(asked)] + sorted(phrased)
        r.decision = f"its documents don't mention {', '.join(said)}"
        # the thing asked, in the asker's order ("GitHub Actions"): what "who does?" asks of every role
        at = [i for i, t in enumerate(r.tokens) if not t.brk and _stem(t.text) in asked]
        if at and not phrased and len(at) == at[-1] - at[0] + 1:
            r.term_asked = r.words(at[0], at[-1] + 1)
        return compose.not_mentioned(profile, said, r.role_scores[0], with_skills=bool(asked))

    def _heading_intent(self, heading: str) -> str | None:
        """What a heading is about, read like a question (cached: headings repeat)."""
        cached = self._headings.get(heading)
        if cached is None:
            match = self.intent_matcher.match(tokenize(fold(heading)))
            intent, weight = match.top(V.ROLE_INTENTS)
            cached = self._headings[heading] = intent if weight >= HEADING_MIN_WEIGHT else ""
            if len(self._headings) > MEMO_SIZE:
                self._headings.clear()
        return cached or None

    def _named_section(self, r: Reading, profile) -> tuple[str, list] | None:
        """The role's own section (OWN_HEADING_SECTIONS) whose heading shares
        the most of the question's content words ("success metrics", "when
        does it start" for a "Start date" field), or None."""
        found = self._named_match(r, profile)
        return found[0] if found else None

    def _named_match(self, r: Reading, profile, fields: bool = False) -> tuple[tuple[str, list], set[str], bool] | None:
        """`_named_section` with the question's words it matched and whether
        it matched the heading (else the text of a fact under it: "do they
        sponsor visas" for a fact saying "we are unable to sponsor visas");
        with `fields`, a facet's field ("is it seasonal": "Employment type:
        Seasonal") is matched by its text too."""
        asked = _asked_words(r)
        best, best_words = None, set()
        sections = compose.own_sections(profile)
        by_label: dict[str, list] = {}  # a facet's field ("Employment type: Seasonal"), by its label
        for fact in profile.facts:
            if fields and fact.label and fact.heading and fact.section not in FIELDS_NOT_ASKED_BY_TEXT \
                    and fact.label not in sections:
                by_label.setdefault(fact.label, []).append(fact)
        # a field's label names it as a heading does, also one written at the head of an item
        # ("contract dates": "Dates: 11 January to ..."), before any text that only mentions the
        # word (a comment below the post: "the rate range is unchanged")
        labelled = dict(by_label)
        for fact in profile.facts if fields else ():
            if not fact.label and fact.section not in (S.LOCATION, S.COMPANY) \
                    and (label := _item_label(fact.text)) and label not in sections:
                labelled.setdefault(label, []).append(fact)
        for heading, facts in sections.items():
            words = _heading_words(heading)
            shared = {a for a in asked if a in words}
            if len(shared) > len(best_words):
                best, best_words = (heading, facts), shared
        if best is not None:
            return best, best_words, True
        for heading, facts in labelled.items():  # named as by its text: no heading of the document
            shared = {a for a in asked if a in _heading_words(heading)}
            if len(shared) > len(best_words):
                best, best_words = (heading, facts), shared
        if best is not None:
            return best, best_words, False
        own = {_stem(w) for w in words_of(profile.role.title)}
        own |= {_stem(w) for company in profile.role.companies for w in words_of(company)}
        for heading, facts in list(sections.items()) + list(by_label.items()):
            for fact in facts:
                shared = {a for a in asked - own if _mentions(_fact_words(fact.text), a)}
                if len(shared) > len(best_words):
                    best, best_words = (heading, facts), shared
        return (best, best_words, False) if best is not None else None

    def _also_named(self, r: Reading, profile, named: tuple[str, list]) -> list[tuple[str, list]]:
        """More of the role's own sections a question in several parts names
        by their headings ("what grade is it and when does it close": a "Grade"
        and a "Closing date"), each by a word the sections before it do not
        have; none when the question has no "and"."""
        if not any(t.brk and (t.text == "and" or r.text[t.start:t.end].strip() in JOINING_MARKS) for t in r.tokens):
            return []
        left = _asked_words(r) - _heading_words(named[0])
        found = []
        for heading, facts in compose.own_sections(profile).items():
            words = _heading_words(heading)
            said = {a for a in left if _root(a) in {_root(w) for w in words}}
            if heading != named[0] and said:
                found.append((heading, facts))
                left -= said
        return found

    def _named_instead(self, r: Reading, profile, role_intent: str | None) -> tuple[str, list] | None:
        """The role's own section the question asks for rather than a facet:
        with no facet asked, the section whose heading (or text) it names;
        else one whose heading it names with a word no intent phrase used
        ("when does the posting close": "Valid through"), or whose text it
        names with NAMED_TEXT_WORDS such words when the facet was only hinted at."""
        found = self._named_match(r, profile, fields=True)
        if found is None:
            return None
        section, words, by_heading = found
        if role_intent is None:
            return section
        used = {_stem(r.tokens[i].text) for h in r.intents.hits for i in range(h.start, h.end)}
        free = words - used
        if by_heading:
            return section if free else None
        weight = r.intents.scores.get(role_intent, 0.0)
        return section if len(free) >= NAMED_TEXT_WORDS and weight < HEADING_MIN_WEIGHT else None

    def _told_elsewhere(self, intent: str, profile, r: Reading | None, shown) -> list[tuple[str, list]]:
        """The role's facts outside `intent`'s own sections that state it in
        passing (TOLD_IN_PASSING), by their heading: each reads as the intent
        and, when the intent's own sections say more than a field's value,
        shares a word with the question; a fact naming a word the question
        asks with beyond the intent's phrases ("any CPA support?") counts too."""
        if intent not in V.TOLD_IN_PASSING or not _from_postings(profile):
            return []
        own_sections = set(compose.ROLE_SECTIONS[intent][1])
        own = [f for f in profile.facts if f.section in own_sections]
        # only fields ("Location: London, GB"); the broad perks are asked by their words
        thin = all(f.label for f in own) and intent in V.POSTING_INTENTS
        asked = _asked_words(r) if r is not None else set()
        used = {_stem(r.tokens[i].text) for h in r.intents.hits for i in range(h.start, h.end)} if r else set()
        title = {_stem(w) for w in words_of(profile.role.title)}
        title |= {_stem(w) for company in profile.role.companies for w in words_of(company)}
        beyond = asked - used - title
        groups: dict[str, list] = {}
        for fact in profile.facts:
            if fact.section in own_sections or id(fact) in shown:
                continue
            words = _fact_words(fact.text)
            # a labelled fact whose label reads as the intent ("Telework eligible: Yes") states it too
            reads = self._text_intents(fact.text).has(intent, HEADING_MIN_WEIGHT) or bool(
                fact.label and fact.section == S.DETAILS and self._text_intents(fact.label).has(intent, HEADING_MIN_WEIGHT))
            # "Work 3 nights a week, 8pm to 8am" among the duties: the hours, however it is worded
            reads = reads or intent == V.EMPLOYMENT_TYPE and schedules.states_schedule(fact.text)
            shares = any(_mentions(words, a) for a in asked - title)
            # an item under a label the question says ("contract dates": "Dates: 11 January to ...")
            reads = reads or bool((label := _item_label(fact.text)) and (said := _heading_words(label))
                                  and said <= asked - title)
            # the company's description, beside a field of the role's own, is the company's places and
            # hours ("working in Nairobi … and in Kisumu"): only with a word the question asks
            thin_here = thin and not (fact.section == S.COMPANY and own)
            if reads and (thin_here or shares) or any(_mentions(words, a) for a in beyond):
                groups.setdefault(fact.heading or S.TITLES.get(fact.section, fact.section), []).append(fact)
        for heading, facts in groups.items():
            if heading and self._text_intents(heading).has(intent, HEADING_MIN_WEIGHT):
                facts[:] = self._under_shared_heading(intent, profile, heading, facts, own_sections, shown)
            else:
                facts[:] = self._listed_with([f for f in profile.facts if f.section not in own_sections
                                              and id(f) not in shown], heading, facts)
        return list(groups.items())

    def _under_shared_heading(self, intent: str, profile, heading: str, picked, own_sections, shown) -> list:
        """A section headed with two facets ("Compensation & benefits") holds
        items of both: beside those `picked` as `intent`, each item that does
        not read as the heading's other facet at least as strongly as the
        heading does ("401(k) with a 5% company match", not "The base salary
        is ..."), in document order."""
        kin = {intent, V.FALLS_BACK.get(intent)} | {i for i, broader in V.FALLS_BACK.items() if broader == intent}
        others = {i: w for i, w in self._text_intents(heading).scores.items()
                  if i not in kin and i in V.ROLE_INTENTS and w >= HEADING_MIN_WEIGHT}
        out = []
        for fact in profile.facts:
            if fact.heading != heading or fact.section in own_sections or id(fact) in shown:
                continue
            scores = self._text_intents(fact.text).scores
            if fact in picked or not any(scores.get(i, 0.0) >= w for i, w in others.items()):
                out.append(fact)
        return out

    def _listed_with(self, facts: list, heading: str, found: list) -> list:
        """Under a heading no facet names ("Additional Information"), a list whose items reading as a
        facet mostly read as `found`'s, at least LISTED_WITH of them ("8% holiday allowance", "A pension
        scheme"): with them, its items that read as nothing ("A company bike or a public transport
        card"). A list of offers is all offers; a paragraph of the role's is not."""
        if len(found) < LISTED_WITH or any(f.section != S.NAMED for f in found):
            return found
        own = [f for f in facts if f.section == S.NAMED and f.heading == heading]
        reading = {id(f) for f in own if any(w >= HEADING_MIN_WEIGHT for i, w in self._text_intents(f.text).scores.items()
                                             if i in V.ROLE_INTENTS)}
        if 2 * len(found) < len(reading):
            return found
        return [f for f in own if f in found or id(f) not in reading]

    def _text_intents(self, text: str) -> IntentMatch:
        """What a fact's text reads as, like a question (cached: facts repeat)."""
        cached = self._facts_read.get(text)
        if cached is None:
            cached = self._facts_read[text] = self.intent_matcher.match(tokenize(fold(text)))
            if len(self._facts_read) > MEMO_SIZE:
                self._facts_read.clear()
        return cached

    def _title_stems(self) -> set[str]:
        """The words of every role's title, stemmed: built once per role index,
        not per question (a store may hold 100,000 roles). Of the version the
        answer was worked out at: one answer reads the version once."""
        index = self._role_index(self.knowledge.version)
        if self._stems_of is not index:
            self._title_stem_set = {_stem(w) for t in index.titles if t.role_id is not None for w in words_of(t.name)}
            self._stems_of = index
        return self._title_stem_set


# An item written as a field, "Dates: 11 January to 19 February 2027": its label of
# one to three words before the colon, a value after it.
ITEM_LABEL = re.compile(r"^\s*([^\W\d_][\w&/'-]*(?: [\w&/'-]+){0,2}):\s+\S")


@lru_cache(maxsize=within_role.FACT_WORDS_KEPT)
def _item_label(text: str) -> str | None:
    """The label an item is written under ("Rate: €55–€70 per hour": "Rate"), or None.
    Kept per text, as a fact's words are: every question about a role reads its facts' labels."""
    m = ITEM_LABEL.match(text)
    return m.group(1) if m else None


def _turned_from(intent: str) -> tuple[str, ...]:
    """The intents a phrase of `intent` is answered as when the side the role
    is named on turns it (`career_direction.settled`): "can X move into
    management" reads as the way in and asks the way on; and a career word
    beside one way ("the career after X") is answered as that way."""
    if intent == V.CAREER_ENTRY:
        return (V.CAREER_NEXT,)
    if intent == V.CAREER:
        return (V.CAREER_ENTRY, V.CAREER_NEXT, V.CAREER_LATERAL)
    return ()

