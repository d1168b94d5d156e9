"""The senior (or junior) version of the role the conversation is about.

After the Engineer's years, "senior version?" or "and the senior one?" asks
the same of the step above it in the same family, which the career graph
names ("Moves on to: Senior Engineer / Lead Engineer"). A step the store has
a role for is answered as if named; one it only knows from the career paths
is said to be that, with what the role's own documents say of that level
under the facet asked ("7+ years for senior/lead positions").
"""

import re

from bot import compose
from bot import context as C
from bot import vocabulary as V
from bot.answer import Answer, Item, Section
from bot.reading import Reading
from bot.text import words_of
from knowledge import sections as S

# The level words a reply asks by, and the career links its step is among.
LEVELS = {word: S.CAREER_ADVANCEMENT for word in C.SENIOR_WORDS} | {word: S.CAREER_ENTRY for word in C.JUNIOR_WORDS}
# Words that may stand beside the level word and ask nothing more:
# "senior version?", "and the senior one?", "what about a more senior level".
ASKING_NOTHING_MORE = {"version", "versions", "one", "level", "variant", "equivalent", "flavour", "flavor",
                       "more", "what", "about", "how", "and", "same", "for", "then"}
# Of those, the words that name the role's own version, never a pick among the
# roles shown ("the senior one" after two roles picks the more senior of them).
VERSION_WORDS = {"version", "versions", "level", "variant", "equivalent", "flavour", "flavor"}
# Where a link names several titles: "Senior Engineer / Lead Engineer".
_TITLES_APART = re.compile(r"\s*(?:/|,|\bor\b)\s*")


def asked_level(r: Reading) -> str | None:
    """The level word of a reply that asks only for a level ("senior
    version?", "and for senior/lead?": other level words may stand beside
    it), names no role and no fact; else None."""
    words = [t.text for t in r.tokens if not t.brk]
    levels = [w for w in words if w in LEVELS]
    if len(levels) != 1 or r.roles or r.missing or r.titles_without_profile or r.intents.scores \
            or not all(w in LEVELS or w in ASKING_NOTHING_MORE or w in V.FUNCTION_WORDS or w in V.LEVEL_WORDS
                       for w in words):
        return None
    return levels[0]


def of_the_role(r: Reading, context) -> bool:
    """Whether the level asked is of the one role in question, not a pick
    among roles shown: "senior version?" always; "the senior one" only when no
    other role was shown before it."""
    words = {t.text for t in r.tokens if not t.brk}
    return bool(words & VERSION_WORDS) or not set(context.earlier_role_ids) - set(context.role_ids)


def step_title(profile, level: str) -> str | None:
    """The title of the role's step at `level` that its career links name
    ("Senior Engineer" of the Engineer's "Senior Engineer / Lead Engineer"):
    one with the level word and otherwise only words of the role's title."""
    own = set(words_of(profile.role.title))
    for fact in profile.section(LEVELS[level]):
        for title in _TITLES_APART.split(fact.text or ""):
            words = set(words_of(title))
            if level in words and words - {level} and words - {level} <= own:
                return title.strip()
    return None


def unprofiled_step(profile, title: str, level: str, intent: str | None, confidence: float) -> Answer:
    """A step the store has no role for: where the career paths put it, and
    what the role's documents say of that level, under the facet asked first."""
    role = profile.role
    names = compose.ROLE_SECTIONS[intent][1] if intent in compose.ROLE_SECTIONS else ()
    said = [f for f in profile.facts if f.text and re.search(rf"\b{re.escape(level)}\b", f.text, re.I)]
    facts = [f for f in said if f.section in names] or said
    relation = "a next step from" if LEVELS[level] == S.CAREER_ADVANCEMENT else "a step before"
    sections = (Section(f"What the {role.title} documents say of the {level} level",
                        tuple(Item(text=f.text, label=f.label, source=f.source) for f in facts)),) if facts else ()
    return Answer(
        title=f"{title}: {compose.ROLE_SECTIONS[intent][0] if intent in compose.ROLE_SECTIONS else 'overview'}",
        intent=intent or V.OVERVIEW,
        summary=f"I have no {title} profile; the career paths name it as {relation} the {role.title}.",
        sections=sections, roles=(role.title,), confidence=confidence,
        sources=tuple(dict.fromkeys(f.source for f in facts)) or tuple(s.name for s in role.sources),
        suggestions=compose.follow_ups(role, intent or V.OVERVIEW, profile),
    )
