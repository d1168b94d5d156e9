"""An answer pasted back in a quote: "> Global Lead Engineer: 12-18+ years",
then "that's the wrong role, I asked about lead back end". Chat quotes what it
answers to with ">" at the start of a line (Slack and Teams markdown, e-mail);
the role named in the quote is what RoleCall said, not what the asker asks,
when they name another one after it. Without this, both roles were read as
asked and compared.
"""

from bot.roles import Mention
from bot.text import Token

# The marks that open a quoted line: ">" as typed, "&gt;" as Slack's text escapes it.
QUOTE_MARKS = (">", "&gt;")


def drop_quoted(mentions: list[Mention], tokens: list[Token], typed: str, folded: str,
                opened_by_quote: bool = False) -> None:
    """Leave out (in place) the mentions inside a quote that opens the
    question (`typed`, and `folded`, whose offsets `tokens` keep), when a
    mention outside it remains. The quote is its first line; with its line
    breaks lost (folding makes them spaces), the title that opens it (a
    pasted answer starts with its role's title). `opened_by_quote`: the
    question as sent opened with the mark, which `typed` has blanked as chat
    markup (`bot.chat_markup`), by as many spaces."""
    opened = typed.lstrip()
    if not (opened.startswith(QUOTE_MARKS) or opened_by_quote) or len(mentions) < 2:
        return
    mark = next((m for m in QUOTE_MARKS if opened.startswith(m)), "")
    mark_end = len(typed) - len(opened) + len(mark)
    line_end = typed.find("\n", mark_end) if len(typed) == len(folded) else -1
    if line_end < 0:
        first = min(mentions, key=lambda m: m.start)
        if any(not t.brk and t.start >= mark_end for t in tokens[:first.start]):
            return  # the quote says something before any title: where it ends is unknown
        line_end = tokens[first.end - 1].end
    quoted = [m for m in mentions if tokens[m.start].start < line_end]
    if quoted and len(quoted) < len(mentions):
        for mention in quoted:
            mentions.remove(mention)
