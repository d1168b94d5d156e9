"""Words said as the name of a role: "the backend one", "the expert role".

A word for a role after a mention ("one", "role", "position") says the user
picks among the roles the store has. Titles known only from career paths are
places in a path, not roles to pick, so they do not make such a mention
ambiguous: "no, I meant the backend one" is the Lead Back End Engineer even
though "Senior Back End Engineer" appears in a career path.
"""

from bot.roles import Mention
from bot.text import Token

# After a title's words, these make it a role the user names or picks: "engineer role", "the backend one".
ROLE_NOUNS_AFTER = {"role", "roles", "position", "positions", "job", "jd", "title", "posting", "opening", "one"}


def named_as_role(mention: Mention, tokens: list[Token]) -> bool:
    """Whether a word for a role follows `mention` ("the expert role")."""
    return mention.end < len(tokens) and tokens[mention.end].text in ROLE_NOUNS_AFTER


def keep_roles(mentions: list[Mention], tokens: list[Token]) -> None:
    """Leave out (in place) the career-path titles of a mention said as a role,
    when a profiled role has every word it wrote (see the module docstring)."""
    for mention in mentions:
        profiled = mention.profiled()
        if not profiled or not named_as_role(mention, tokens):
            continue
        said = {w for c in mention.candidates for w in c.matched}
        if profiled[0].matched >= said:
            mention.candidates = profiled
