"""A word of a title said in the possessive before a thing of its own: "a driver's license", "the
nurse's station". The thing is asked about, not the role: "which roles need a driver's license?" asks
which roles need the licence, not about the Truck Driver.

Only one word of a title, not the whole of one ("the Truck Driver's licence" names the role) nor a
short name of one said in more words ("the lead backend's manager" is the Lead Backend Engineer's),
and only before a word no intent phrase reads ("the driver's salary" asks the driver's pay).

Who a role answers to, said as a thing of the role ("the lab technician's manager"), asks its reporting
line: the word is no title of its own, though the store has a Grants Manager."""

from bot.intents import PhraseHit
from bot.roles import Mention
from bot.text import Token
from bot.vocabulary import FUNCTION_WORDS, TEAM

POSSESSIVE_ENDINGS = ("'s", "s'")
# Words for the person a role reports to, after the role in the possessive; weighed as "line manager" is.
REPORTING_NOUNS = {"manager", "supervisor", "boss", "superior"}
REPORTING_WEIGHT = 5.0


def reporting_owned(mentions: list[Mention], tokens: list[Token], folded: str) -> list[PhraseHit]:
    """The reporting line asked as a thing of a role ("the X's manager"): a phrase of the team intent
    for each, and the word's own mention, if it made one, left out (in place)."""
    hits = []
    for owner in mentions:
        at, last = owner.end, tokens[owner.end - 1]
        if at < len(tokens) and tokens[at].text in REPORTING_NOUNS and not tokens[at].brk \
                and folded[last.start:last.end].endswith(POSSESSIVE_ENDINGS):
            hits.append(PhraseHit(TEAM, f"'s {tokens[at].text}", REPORTING_WEIGHT, at, at + 1))
    taken = {h.start for h in hits}
    mentions[:] = [m for m in mentions if not (m.end - m.start == 1 and m.start in taken)]
    return hits


def drop_possessed(mentions: list[Mention], tokens: list[Token], folded: str, used: list[bool]) -> None:
    """Leave out (in place) the mentions that are only a title's word owning the next word."""
    mentions[:] = [m for m in mentions if not _owning(m, tokens, folded, used)]


def _owning(mention: Mention, tokens: list[Token], folded: str, used: list[bool]) -> bool:
    last, after = tokens[mention.end - 1], mention.end
    if not folded[last.start:last.end].endswith(POSSESSIVE_ENDINGS) or after >= len(tokens):
        return False
    thing = tokens[after]
    whole = any(c.score >= 1.0 for c in mention.candidates)
    one_word = mention.end - mention.start == 1
    return one_word and not whole and not thing.brk and not used[after] and thing.text not in FUNCTION_WORDS \
        and thing.text not in REPORTING_NOUNS
