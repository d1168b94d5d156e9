"""A word of a title said in the possessive before a thing of its own: "a driver's license", "the
nurse's station". The thing is asked about, not the role: "which roles need a driver's license?" asks
which roles need the licence, not about the Truck Driver.

Only one word of a title, not the whole of one ("the Truck Driver's licence" names the role) nor a
short name of one said in more words ("the lead backend's manager" is the Lead Backend Engineer's),
and only before a word no intent phrase reads ("the driver's salary" asks the driver's pay)."""

from bot.roles import Mention
from bot.text import Token
from bot.vocabulary import FUNCTION_WORDS

POSSESSIVE_ENDINGS = ("'s", "s'")


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
    return one_word and not whole and not thing.brk and not used[after] and thing.text not in FUNCTION_WORDS
