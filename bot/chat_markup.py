"""Emphasis people type in chat: *bold*, _italics_, ~strike~ and `code`.

Slack and Teams hand the marks on as typed, so "and New *Relic*?" reached
the reader with a mark inside the name it searches for, and the name was cut
in two. `without_emphasis` blanks a pair of marks around words, each by a
space so that offsets into the text still hold; marks inside a word
("on_call_rotation", "2*3") are no emphasis and stay.
"""

import re

# A run of one mark's characters before a word and the same run after one,
# neither touching a letter or digit on its outer side.
_EMPHASIS = re.compile(r"(?<![\w*_~`])([*_~`]{1,3})(?=[^\s*_~`])(.+?)(?<=[^\s*_~`])\1(?![\w*_~`])")


def without_emphasis(text: str) -> str:
    """`text` with each pair of emphasis marks around words blanked."""
    if not any(mark in text for mark in "*_~`"):
        return text
    return _EMPHASIS.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text)
