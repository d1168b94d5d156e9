"""Chat markup that is no word of the question, blanked in one place.

A person, channel or group mentioned ("<@U123> roles?", "<!here>", Teams'
"<at>RoleCall</at>", pasted or passed on as typed: the adapters strip the
bot's own mention, the CLI and logs may not) and Slack's emoji codes
(":wave: which roles need kafka", "salary? :pray:", ":+1::skin-tone-2:")
were read as words: "wave" and "thinking_face" were searched for, "face"
asked about. Each is blanked by as many spaces, so that offsets into the
text still hold. Marks that wrap words (*bold*, `code`, _italic_) are left:
the tokenizer reads the words inside them, and echoing a title keeps them
paired (`Reading.echoed`).
"""

import re

_MENTION = r"<[@#!][^<>]*>|<at>[^<>]*</at>"
# An emoji code: letters, digits, "_", "+", "-" between colons, with a letter
# in it ("3:30:00" is a time), touching no word, and any skin tone after it.
_EMOJI = r"(?<![\w:]):(?=[\w+-]*[a-z])[a-z0-9_+-]+:(?::skin-tone-\d:)*(?![\w])"
_MARKUP = re.compile(rf"{_MENTION}|{_EMOJI}", re.I)


def without_markup(text: str) -> str:
    """`text` with chat mentions and emoji codes blanked, each by as many spaces."""
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)
