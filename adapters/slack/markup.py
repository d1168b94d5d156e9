"""Slack's text markup, both ways: `question_text` strips mentions, keeps
links' labels and decodes entities; `escape` makes anything we repeat safe,
so text a user typed never becomes a ping or a forged link.
"""

import re

# One control sequence: <@U123>, <@U123|ann>, <#C123|jobs>, <!here>,
# <!subteam^S123|@team>, <https://example.com|label>, <mailto:a@b.c|a@b.c>.
CONTROL_SEQUENCE = re.compile(r"<([^<>]*)>")

# Mentions of people, channels and groups, and the special commands
# (<!channel>, <!here>, <!everyone>, <!date^…>): none of them is part of a
# question about a role.
MENTION_PREFIXES = ("@", "#", "!")


def question_text(text: str | None) -> str:
    """The words a person asked, as plain text: mentions stripped, links
    reduced to what was shown, entities decoded, whitespace collapsed."""

    def replace(match: re.Match) -> str:
        inner = match.group(1)
        if inner.startswith(MENTION_PREFIXES):
            return " "
        target, _, label = inner.partition("|")
        return label or target

    plain = CONTROL_SEQUENCE.sub(replace, text or "")
    plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(plain.split())


def escape(text: str) -> str:
    """Text safe to send: Slack reads only `&`, `<` and `>` as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit(text: str, limit: int) -> str:
    """`text` escaped and cut to at most `limit` characters. Slack rejects a
    whole message when one field is too long, so every field goes through
    here (or through `clip`, when it is already escaped)."""
    return clip(escape(text), limit)


def clip(escaped: str, limit: int) -> str:
    """Escaped text cut to at most `limit` characters, never inside an
    entity, with an ellipsis when something was cut."""
    if len(escaped) <= limit:
        return escaped
    cut = escaped[: max(limit - 1, 0)]
    entity_start = cut.rfind("&")
    if entity_start != -1 and ";" not in cut[entity_start:]:
        cut = cut[:entity_start]
    return cut.rstrip() + "…"
