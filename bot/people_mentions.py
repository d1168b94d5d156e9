"""A title's bare last word said of people, not of the role it is a title of.

"Engineer" is a role of the seeds and the last word of every engineering
title, so a question about another role says it of people all the time:
"team of 10 engineers - too many for one lead backend engineer?", "can
mechanical engineers apply for the Engineer role?", "does the expert engineer
represent eng in exec meetings?". Beside a role named as such, that word is
the people or the department, neither a second role to compare nor a role the
store lacks ("mechanical engineers"). It still names its role when it is said
as one: "the engineer", "an engineer", "engineer role", first in the question
("engineer - years for lead positions?"), in a comparison ("expert
engineer vs engineer"), or alone between commas in a list of titles. A mention of levels alone ("lead positions") names no role.
"""

from bot.intents import IntentMatch
from bot.roles import Mention
from bot.said_as_role import ROLE_NOUNS_AFTER
from bot.text import Token
from bot.vocabulary import COMPARE, FUNCTION_WORDS, LEVEL_WORDS, NON_DEFINING_WORDS

# Before a bare title word, these make it the role: "the engineer", "an engineer".
ARTICLES = {"the", "a", "an"}
# Words that set two roles side by side, so a bare title word between them is a role.
SIDE_BY_SIDE = {"vs", "versus", "and", "or", "&", "/", "than", "compared", "between"}


def drop_people(mentions: list[Mention], tokens: list[Token], intents: IntentMatch, least: float) -> None:
    """Leave out (in place) the mentions of a one-word title that say it of
    people beside a role named as such, by a mention scoring `least` or more
    (see the module docstring)."""
    if intents.has(COMPARE):
        return
    named = [m for m in mentions if m.profiled() and m.profiled()[0].score >= least and _names_a_role(m, tokens)]
    if not named:
        return
    mentions[:] = [m for m in mentions if m in named or not _bare_head(m) or _said_as_role(m, tokens)]


def _bare_head(mention: Mention) -> bool:
    """One word that is all of a one-word title ("engineers", "eng", "developers")."""
    best = mention.best
    return best is not None and mention.end - mention.start == 1 and len(best.title.words) == 1


def _said_as_role(mention: Mention, tokens: list[Token]) -> bool:
    """"the engineer", "engineer role", "vs engineer": the role, not people."""
    before = tokens[:mention.start]
    after = tokens[mention.end:mention.end + 1]
    word = tokens[mention.start].text
    if word.endswith("s") and len(word) > 3:  # "engineers", "my engineers": people
        return any(t.text in ROLE_NOUNS_AFTER for t in after)
    if before and (before[-1].text in ARTICLES or before[-1].text in SIDE_BY_SIDE):
        return True
    if all(t.brk or t.text in FUNCTION_WORDS for t in before):  # "engineer - how many years for lead positions?"
        return True
    if before and before[-1].brk and (not after or after[0].brk):  # "expert swe, engineer, global lead": a list item
        return True
    return any(t.text in ROLE_NOUNS_AFTER or t.text in SIDE_BY_SIDE for t in after)


def _names_a_role(mention: Mention, tokens: list[Token]) -> bool:
    """A mention that names a role as such: more than a bare title word and
    a level ("lead backend engineer", "the expert role", not "lead positions"),
    or a bare title word said as a role."""
    if not _bare_head(mention):
        return bool(mention.profiled()[0].matched - LEVEL_WORDS - NON_DEFINING_WORDS)
    return _said_as_role(mention, tokens)
