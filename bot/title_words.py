"""Roles asked for by a word of their title.

A sourcer building a search, or an HR partner levelling titles, asks "which
roles have a lead in the title?", "any job titles containing lead?", "roles
with 'senior' in their name". The word asked is the title's, not a topic of
the documents or a title to find: read as words of the question, "lead in"
was a career word and every role's entry points came back. The answer lists
the roles any of whose titles (the role's own or another spelling of it)
has the word, as a whole word.
"""

import re
from dataclasses import replace

from bot import compose
from bot.answer import Answer

# "the title", "their job titles", "its name": where the word is asked to be.
_TITLE = r"(?:the|their|its|a|his|her|the\s+job|their\s+job)?\s*(?:job\s+)?(?:title|titles|name|names)\b"
# The word, quoted or not, with "the word" or an article before it.
_WORD = r"(?:the\s+(?:word|term)\s+|an?\s+)?[\"'“‘]?(?P<{name}>[\w+#.-]+)[\"'”’]?"
# "with lead in the title", "have the word Lead in their name"; "titles containing lead", "titles with lead".
_ASKED = re.compile(
    r"\b(?:with|have|has|having|carry|carries|contain|contains|containing|include|includes|including|got)\s+"
    + _WORD.format(name="word") + r"\s+(?:in|within)\s+" + _TITLE
    + r"|\btitles?\s+(?:that\s+)?(?:with|containing|contain|contains|including|include|includes|having|has|have)\s+"
    + _WORD.format(name="word2") + r"(?:\s+in\s+(?:it|them))?\s*[?.!]*$",
    re.I,
)
# Words that are the question's own, never the word asked ("titles with it", "titles having a").
_NOT_A_WORD = {"it", "them", "that", "this", "those", "these", "what", "which", "one", "ones"}


# Words that point at roles on screen: "the one with global in the title" picks
# one of them by a word of its title (`bot.context`), no list of the store.
_PICKING = re.compile(r"\b(?:one|ones|them|those|these|it)\b", re.I)


# "the one without Lead in its name", "the ones with no 'senior' in the title":
# a pick among roles on screen of those whose titles lack the word.
_LACKING = re.compile(
    r"\b(?:one|ones)\s+(?:without|w/o|with\s+no|not\s+having|that\s+(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+"
    r"(?:have|has|contain|carry))\s+" + _WORD.format(name="word") + r"\s+(?:in|within)\s+" + _TITLE, re.I)


def lacking(text: str) -> str | None:
    """The word a pick among roles shown says their titles lack, or None."""
    match = _LACKING.search(text)
    word = (match.group("word") or "").strip(".-") if match else ""
    return word if word and word.casefold() not in _NOT_A_WORD else None


def asked(text: str) -> str | None:
    """The word a question asks the roles' titles for, or None."""
    match = _ASKED.search(text)
    if match is None or _PICKING.search(text[:match.start()]):
        return None
    word = (match.group("word") or match.group("word2") or "").strip(".-")
    return word if word and word.casefold() not in _NOT_A_WORD else None


def titled(word: str, roles) -> tuple:
    """The roles any of whose titles has `word` as a whole word, in the store's order."""
    pattern = re.compile(rf"(?<![\w]){re.escape(word)}(?![\w])", re.I)
    return tuple(role for role in roles
                 if any(pattern.search(title) for title in (role.title, *role.aliases)))


def answer(word: str, roles, total: int) -> Answer:
    """The roles with `word` in their title, listed as the store's roles are."""
    summary = (f"{len(roles)} of {total} roles have “{word}” in their title." if roles
               else f"No role in the store has “{word}” in its title.")
    listed = compose.list_roles(tuple(roles), summary=summary)
    return replace(listed, title=f"Roles with “{word}” in the title", confidence=0.9)
