"""A WhatsApp chat exported as text ("Export chat" > "Without media"): a referral group where someone
posts openings among greetings, questions and thumbs-up.

Each line that starts a message carries its date, time and author ("03/03/26, 9:15 am - Name: …" on
Android, "[03/03/26, 09:15:02] Name: …" on iPhone); the lines under it go on with that message. A
message that is a posting has a title in WhatsApp's bold (`*Store Manager – Leeds*`) over its details;
each such message is one role, read from its title down, in WhatsApp's markup made plain (`*Key
responsibilities*` a heading, `*Perks*: …` a label, `_x_` and `~x~` without their marks). The other
messages (who joined, "Shared 👍", a question and its answer) are the chat's, not a posting's."""

import re

from knowledge.readers import chat, headings

# The stamp that opens a message: a date, a time (12- or 24-hour), then " - " (Android) or in brackets (iOS).
_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[\s\u202f]?[ap]\.?\s?m\.?)?"
_STAMP = re.compile(rf"^[\u200e\u200f]?(?:\[(?P<ios>{_DATE}),?\s+{_TIME}\]\s+|(?P<android>{_DATE}),?\s+{_TIME}\s+[-–]\s+)"
                    r"(?P<rest>.*)$", re.I)
# An export has at least this many stamped lines, and its first line is one.
MIN_STAMPED_LINES = 3
# What WhatsApp writes in place of a message that is not text.
_NOT_TEXT = re.compile(r"^[\u200e]?(?:<media omitted>|<attached: [^>]+>|(?:image|video|audio|sticker|document|GIF) "
                       r"omitted|this message was deleted|you deleted this message|null|<this message was edited>)$",
                       re.I)
# A line all in WhatsApp's bold: a heading, the first of two words or more in a message its title.
_BOLD_LINE = re.compile(r"^\*(?P<text>[^*]{2,120})\*:?$")
_BOLD_LABEL = re.compile(r"^\*(?P<label>[^*]{1,40})\*\s*:\s*(?P<value>\S.*)$")  # "*Perks*: Mediclaim, PF"
_MARKS = re.compile(r"(?<![\w*_~])([*_~])(?=\S)(?P<text>[^*_~\n]+?)(?<=\S)\1(?![\w*_~])")
# A posting's title is a few words, and at least this many lines of details follow it.
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 2, 12
MIN_POSTING_LINES = 3


def is_export(lines: list[str]) -> bool:
    texts = [line for line in lines if line.strip()]
    return bool(texts) and bool(_STAMP.match(texts[0].strip())) and \
        sum(1 for line in texts if _STAMP.match(line.strip())) >= MIN_STAMPED_LINES


def postings(lines: list[str]) -> tuple[list[list[str]], int] | None:
    """The lines of each posting in a WhatsApp export, title first, and how many other messages were
    skipped; None when the lines are no WhatsApp export."""
    if not is_export(lines):
        return None
    out, skipped = [], 0
    for body in _messages(lines):
        posting = _posting(body)
        if posting is None:
            skipped += 1
        else:
            out.append(posting)
    return out, skipped


def _messages(lines: list[str]) -> list[list[str]]:
    """Each message's lines, without its stamp and author; the chat's own notices ("… created group",
    "… added you", no author) and "<Media omitted>" left out."""
    messages: list[list[str]] = []
    current: list[str] | None = None
    for line in lines:
        stamp = _STAMP.match(line.strip())
        if stamp is None:
            if current is not None:
                current.append(line.rstrip())
            continue
        author, colon, text = stamp.group("rest").partition(": ")
        current = [text.strip()] if colon and author.strip() else None  # a notice has no author
        if current is not None:
            messages.append(current)
    return [m for m in messages if not (len(m) == 1 and _NOT_TEXT.match(m[0]))]


def _posting(body: list[str]) -> list[str] | None:
    """A message's posting, title first and in plain markup, or None when it has no bold title over
    its details."""
    for i, line in enumerate(body):
        bold = _BOLD_LINE.match(line.strip())
        if bold is None or not MIN_TITLE_WORDS <= len(bold.group("text").split()) <= MAX_TITLE_WORDS:
            continue
        details = [text for text in body[i + 1:] if text.strip()]
        if len(details) >= MIN_POSTING_LINES:
            lines = [_plain(text) for text in body[i + 1:]]
            if not any(line.endswith(":") and headings.facet(line) for line in lines):
                # "*Inventory Controller*" over "2-4 yrs | ₹4.5-6 LPA" and three bullets: what the
                # message says of the role, under no heading of a section
                lines.insert(0, f"{OWN_LINES}:")
            return [bold.group("text").strip(), "", *lines]  # the title a line of its own, never run on
    return None


# The heading a posting's lines go under when the message names no section.
OWN_LINES = "About the role"


def _plain(line: str) -> str:
    """A line of a posting in WhatsApp's markup as the plain-text reader reads it."""
    text = line.strip()
    bold = _BOLD_LINE.match(text)
    if bold:
        return bold.group("text").strip().rstrip(":") + ":"  # a heading
    label = _BOLD_LABEL.match(text)
    if label:
        text = f"{label.group('label').strip()}: {label.group('value')}"
    return chat.iconed(_MARKS.sub(lambda m: m.group("text"), text))
