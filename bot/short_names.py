"""A role's short name spelled out: "what does LBE stand for?".

Recruiters write a role by its initials ("LBE", "GLE"); asked what such a
name stands for, the answer is the role's full title as the store has it
(and what the role is), not a search of the role's documents for "stand".
"""

from dataclasses import replace

from bot import compose
from bot import vocabulary as V
from bot.answer import Answer
from bot.reading import Reading, _accepted, _initials_named

# How heavily the question must ask for a name spelled out: a phrase that
# says it by itself ("stand for", "acronym"), not "expand" alone (3).
SPELLED_OUT_MIN_WEIGHT = 4


def short_name(r: Reading) -> str | None:
    """The initials the question named its one role by ("LBE"), as typed,
    when it asks what they stand for; else None."""
    if len(r.roles) != 1 or not r.intents.has(V.SPELLED_OUT, SPELLED_OUT_MIN_WEIGHT):
        return None
    for mention in r.mentions:
        named = _accepted(mention, r.intents.used)
        if named is not None and named.title.role_id == r.roles[0] and _initials_named(named):
            return r.echoed(mention.start, mention.end).upper()
    return None


def answer(said: str, profile, confidence: float) -> Answer:
    """"LBE stands for Lead Back End Engineer", with the role's overview."""
    title = profile.role.title
    overview = compose.role_answer(V.OVERVIEW, profile, confidence)
    return replace(overview, title=f"{said} stands for {title}",
                   summary=f"“{said}” is short for {title}." + (f" {overview.summary}" if overview.summary else ""))
