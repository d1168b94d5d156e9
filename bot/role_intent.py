"""Which fact of a role a question asks for, in the role's own terms.

The reading weighs the intent phrases of a question; `RoleIntentReader`,
mixed into the `Assistant`, settles which of them is asked of a role: the
strongest of the intents a role's layout has (`_role_intent`, with every
fact asked in order and the career direction turned), whether it is asked
clearly or only hinted at (`_asks_clearly`), and which of two facets one
phrase asks when only one of them says its word (`_facet_naming_asked`).
Every rule about roles starts from it (`bot.rules.Turn`).
"""

from dataclasses import replace

from bot import career_direction, compose, within_role
from bot import vocabulary as V
from bot.intents import IntentMatch
from bot.reading import Reading, _accepted
from bot.text import Token, fold, tokenize
from bot.question_words import _word_pattern
from bot.intents import HEADING_MIN_WEIGHT


class RoleIntentReader:
    """Which fact of a role the question asks for (see the module's docstring)."""

    def _asks_clearly(self, r: Reading, role_intent: str | None) -> bool:
        """Whether a fact of a role is asked by a phrase that settles it by
        itself ("how many years", "move into"), not by a word that only leans
        that way ("tech" in "tech or leadership first?")."""
        return role_intent is not None and r.intents.has(role_intent, HEADING_MIN_WEIGHT)

    def _role_intent(self, r: Reading, pool, stand_in: list[tuple[int, int]] = ()) -> str | None:
        """The fact of a role the question asks for most, among the intents of
        `pool` (None below INTENT_MIN_WEIGHT); sets what else it asks for.
        `stand_in`: the words standing where the role's name would ("could
        *they* move into data?"), when the conversation gave the role."""
        role_intent, weight = r.intents.top(pool)
        role_intent = _refine(role_intent if weight >= V.INTENT_MIN_WEIGHT else None, r.intents)
        if role_intent is None:
            role_intent = _fallen_back(r, pool)
        spans = [(m.start, m.end) for m in r.mentions if _accepted(m, r.intents.used)] + list(stand_in)
        turned = career_direction.rung_said(career_direction.settled(role_intent, r.intents.hits, spans), r.tokens, spans)
        r.intents_asked = _intents_asked(role_intent, r.intents, r.tokens, pool)
        if turned != role_intent:  # the phrase that read as the way in reads as the way on
            r.intents_asked = tuple(dict.fromkeys(turned if i in (V.CAREER_ENTRY, role_intent) else i
                                                  for i in r.intents_asked))
            role_intent = turned
        if r.intents_asked and V.CAREER_ENTRY not in r.intents_asked and V.CAREER_ENTRY in pool \
                and len(r.roles) == 1 and r.titles_without_profile and any(t.text in V.FIT_WORDS for t in r.tokens):
            # "ex solutions architect with 16 yrs, global lead a fit?": the candidate's
            # title beside the role asks whether it is one of the role's ways in too
            r.intents_asked += (V.CAREER_ENTRY,)
        return role_intent

    def _facet_naming_asked(self, r: Reading, profile, role_intent: str | None, pool) -> str | None:
        """Of the facets one phrase asks for equally ("equity": salary or
        perks), the one whose facts say the phrase's own word, when only one
        does: "is there equity for X" is the perk "equity compensation" when
        X's pay range says nothing of equity."""
        if role_intent is None:
            return role_intent
        top = r.intents.scores.get(role_intent, 0.0)
        tied = [i for i in pool if i != role_intent and r.intents.scores.get(i, 0.0) == top]
        if not tied:
            return role_intent
        words = {p for h in r.intents.hits if h.intent == role_intent for p in h.phrase.split()
                 if p not in V.FUNCTION_WORDS and p not in V.FACET_NAMES}
        if not words:
            return role_intent

        def says(intent: str) -> bool:
            texts = [f.text for name in compose.ROLE_SECTIONS.get(intent, ("", ()))[1] for f in profile.section(name)]
            if intent == V.SALARY:
                texts += [f"{s.text} {s.note or ''}" for s in profile.role.salaries]
            return any(_word_pattern(w).search(t) for w in words for t in texts)

        saying = [i for i in [role_intent] + tied if says(i)]
        return saying[0] if len(saying) == 1 else role_intent

    def _heading_said(self, r: Reading, profile, role_intent: str | None, pool) -> str | None:
        """The facet of a heading of the role's own posting that the question says word for word:
        "minimum qualifications" is a degree where the seeds speak, but under a US posting's
        "Minimum qualifications" heading stand its requirements, so that section's facet is asked."""
        if role_intent is None:
            return role_intent
        headings = {" ".join(t.text for t in tokenize(fold(f.heading)) if not t.brk): f.section
                    for f in profile.facts if f.heading}
        for hit in sorted(r.intents.hits, key=lambda h: -h.weight):
            section = headings.get(hit.phrase)
            if section in compose.ROLE_SECTIONS.get(role_intent, ("", ()))[1]:
                return role_intent  # the facet asked already holds what stands under the heading
            said = [h.intent for h in r.intents.hits if h.phrase == hit.phrase and h.intent in pool]
            owner = next((i for i in said if compose.ROLE_SECTIONS.get(i, ("", ()))[1][:1] == (section,)), None)
            if section is not None and owner is not None and owner != role_intent and role_intent in said:
                r.intents_asked = tuple(dict.fromkeys(owner if i == role_intent else i for i in r.intents_asked))
                return owner
        return role_intent


def _intents_asked(intent: str | None, intents: IntentMatch, tokens: list[Token],
                   pool=V.ROLE_INTENTS) -> tuple[str, ...]:
    """Every fact of a role the question asks for, in the order asked:
    "salary and experience for X", "what's X's salary, and where is it
    located". A second intent counts when a phrase of its own weighs at
    least JOINED_INTENT_WEIGHT and a joining word or punctuation separates
    it from the first intent's phrases; "hard and soft skills" is skills."""
    if intent is None:
        return ()
    first = [h for h in intents.hits if h.intent == intent and h.weight >= V.INTENT_MIN_WEIGHT]  # not a hint ("need")
    asked = {intent: min(h.start for h in first) if first else 0}
    breaks = [i for i, t in enumerate(tokens) if t.brk]
    for hit in intents.hits:
        if hit.intent not in pool and hit.intent in V.TOLD_IN_PASSING and V.FALLS_BACK.get(hit.intent) in pool:
            # "the salary range and the work arrangement" of a role whose layout has no place: its perks say it
            # (a place, a contract, benefits; not "apply", whose process falls back to hiring advice)
            hit = replace(hit, intent=V.FALLS_BACK[hit.intent])
        if hit.intent in asked or hit.intent not in pool or hit.weight < V.JOINED_INTENT_WEIGHT:
            continue
        if intent in V.QUALIFIES.get(hit.intent, ()) or hit.intent in V.QUALIFIES.get(intent, ()):
            continue
        if any(V.FALLS_BACK.get(h.intent) == hit.intent and (h.start, h.end) == (hit.start, hit.end)
               and h.intent in pool for h in intents.hits):
            continue  # "remote" read as the location, not also as the broader perks
        if V.OVERVIEW in (intent, hit.intent) or {intent, hit.intent} & V.BROADER.keys() and \
                {intent, hit.intent} & {narrow for narrows in V.BROADER.values() for narrow in narrows}:
            continue  # the overview, or a broader intent, already covers the other
        apart = all(any(min(h.end, hit.end) <= b < max(h.start, hit.start) for b in breaks) for h in first)
        if apart:
            asked[hit.intent] = hit.start
    for hit in intents.hits:  # "qualifications needed for X": its skills and its education
        several = V.ASKS_SEVERAL.get(hit.phrase, ())
        if several[:1] == (intent,):
            asked.update({also: hit.start + 0.5 for also in several[1:] if also not in asked and also in pool})
    if {V.HARD_SKILLS, V.SOFT_SKILLS} <= set(asked):
        position = min(asked.pop(V.HARD_SKILLS), asked.pop(V.SOFT_SKILLS))
        asked[V.SKILLS] = position
    return tuple(sorted(asked, key=asked.get))


# A way along the career path ("after", "before", "sideways") weighing this
# much, and no other way asked, turns a career question that way: the weight of
# a word that settles an intent by itself (`vocabulary`'s 3).
DIRECTION_SETTLES = 3


# A phrase weighing this much names a facet outright ("contract length",
# "contract dates", "employment type"), not a word of it ("hours", "shift"):
# the weights of such phrases in `vocabulary.INTENT_PHRASES` start here.
NAMES_THE_FACET = 5


def _fallen_back(r: Reading, pool) -> str | None:
    """The broader facet (`V.FALLS_BACK`) of one told in passing that the
    role's layout lacks, when a phrase names that facet outright and no
    thing of the trade (`within_role.names_a_topic`): "contract dates" of a
    role whose perks say "Type: Full-time" are that line, where its words
    alone find API contracts and up-to-date runbooks. None otherwise."""
    for hit in sorted(r.intents.hits, key=lambda h: -h.weight):
        if hit.intent not in pool and V.FALLS_BACK.get(hit.intent) in pool and names_fallen_back(r, hit):
            return V.FALLS_BACK[hit.intent]
    return None


def names_fallen_back(r: Reading, hit) -> bool:
    """Whether `hit` names outright a facet told in passing that falls back
    to a broader one, and no thing of the trade (see `_fallen_back`)."""
    if hit.weight < NAMES_THE_FACET or hit.intent not in V.TOLD_IN_PASSING or hit.intent not in V.FALLS_BACK:
        return False
    words = {within_role.stem(t.text) for t in r.tokens[hit.start:hit.end] if t.text not in V.FUNCTION_WORDS}
    return not within_role.names_a_topic(words)


def _refine(intent: str | None, intents: IntentMatch) -> str | None:
    """Resolve near-synonyms between intents: the more specific one wins."""
    career = [V.CAREER_ENTRY, V.CAREER_NEXT, V.CAREER_LATERAL]
    if intent == V.CAREER:
        specific, weight = intents.top(career)
        if specific and weight >= intents.scores.get(V.CAREER, 0) + 1:
            return specific
        # a career word and one way only, said by a word that settles it: "the career after X"
        ways = [i for i in career if intents.has(i)]
        if ways == [specific] and weight >= DIRECTION_SETTLES:
            return specific
    if intent in V.MADE_OF:
        part, weight = intents.top(V.MADE_OF[intent])
        if part and weight >= V.INTENT_MIN_WEIGHT:
            return part
    if intent == V.SKILLS:
        hard, soft = intents.scores.get(V.HARD_SKILLS, 0), intents.scores.get(V.SOFT_SKILLS, 0)
        if hard > soft + 1:
            return V.HARD_SKILLS
        if soft > hard + 1:
            return V.SOFT_SKILLS
    return intent
