"""A job asked by what its person does: "to teach maths" is the maths teacher,
"to drive forklifts" the forklift driver. The verb stands for the title's
person noun ("teach" for "teacher") when the word after it is a word of a
title with that noun; the title is then found as if typed ("teacher maths")."""

from bot import vocabulary as V
from bot.roles import RoleIndex
from bot.text import Token

# How a person noun is made of its verb: "teach" + "er", "drive" + "r".
AGENT_ENDINGS = ("er", "r")


def as_doers(tokens: list[Token], index: RoleIndex) -> list[Token]:
    """`tokens` with each such verb read as its person noun (in place of the verb's token)."""
    out = list(tokens)
    for i, token in enumerate(tokens[:-1]):
        after = tokens[i + 1]
        if token.brk or after.brk or token.text in index.postings:
            continue
        agent = next((token.text + end for end in AGENT_ENDINGS if token.text + end in index.postings), None)
        if agent is None:
            continue
        objects = {after.text, *V.ABBREVIATIONS.get(after.text, ()), *V.WORD_FAMILIES.get(after.text, ()),
                   after.text.rstrip("s")}
        if any(set(index.titles[k].words) & objects for k in index.postings[agent]):
            out[i] = Token(agent, token.start, token.end)
    return out
