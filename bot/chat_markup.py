"""Chat markup that is no word of the question, blanked in one place.

A person, channel or group mentioned ("<@U123> roles?", "<!here>", Teams'
"<at>RoleCall</at>", pasted or passed on as typed: the adapters strip the
bot's own mention, the CLI and logs may not) and Slack's emoji codes
(":wave: which roles need kafka", "salary? :pray:", ":+1::skin-tone-2:")
and a line quoted ("> any 401k?") were read as words: "wave" and "thinking_face" were searched for, "face"
asked about.

Emphasis (*bold*, _italics_, ~strike~ and `code`) reached the reader with a
mark inside the name it searches for ("and New *Relic*?"), and the name was
cut in two. A pair of marks around words is blanked; marks inside a word
("on_call_rotation", "2*3") are no emphasis and stay.

Everything is blanked by as many spaces, so that offsets into the text
still hold.
"""

import re

_MENTION = r"<[@#!][^<>]*>|<at>[^<>]*</at>"
# An emoji code: letters, digits, "_", "+", "-" between colons, with a letter
# in it ("3:30:00" is a time), touching no word, and any skin tone after it.
_EMOJI = r"(?<![\w:]):(?=[\w+-]*[a-z])[a-z0-9_+-]+:(?::skin-tone-\d:)*(?![\w])"
# Slack's quote mark: "> " (or "&gt; " as sent) opening a line, quoting what follows
# ("> any 401k?" was read as asking for pay above $401,000). Not before an amount:
# "> 200k?" says above 200k.
_QUOTE = r"^[ \t]*(?:>|&gt;)(?=[ \t]+[^\d$€£¥\s])"
_MARKUP = re.compile(rf"{_MENTION}|{_EMOJI}|{_QUOTE}", re.I | re.M)

# A run of one mark's characters before a word and the same run after one,
# neither touching a letter or digit on its outer side.
_EMPHASIS = re.compile(r"(?<![\w*_~`])([*_~`]{1,3})(?=[^\s*_~`])(.+?)(?<=[^\s*_~`])\1(?![\w*_~`])")


def without_markup(text: str) -> str:
    """`text` with chat mentions, emoji codes and quote marks blanked, each by as many spaces."""
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


def without_emphasis(text: str) -> str:
    """`text` with each pair of emphasis marks around words blanked."""
    if not any(mark in text for mark in "*_~`"):
        return text
    return _EMPHASIS.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text)
