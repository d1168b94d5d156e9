"""A Slack channel export (Workspace settings > Import/Export: one JSON file per channel and day, an
array of messages): a job posted in a #jobs channel among joins, questions and bots' reminders.

A message is a posting when its text has a title in Slack's bold (`*We're hiring: Fundraising
Officer*`) over the role's details, as a posting pasted from Slack reads (`chat`, `whatsapp`): it is
read as plain text from its title down, Slack's markup made plain first (`<https://…|our jobs page>`
its words and address, `<@U04…>` the person's name where the export gives it, `&amp;` `&`, `:emoji:`
shortcodes gone or the label they stand for). The replies in its thread that answer rather than ask
("Hybrid – 2 days a week in the office") are the poster's answers about the role, kept under a heading
of their own. A long message that says it is hiring with no bold title is read from its first line.
Joins, bots' messages and other chatter are the channel's, not a posting's."""

import html
import re
from dataclasses import replace

from knowledge import sections as S
from knowledge.parse import DocumentError
from knowledge.readers import headings, plaintext, whatsapp
from knowledge.readers.build import _HIRING_A as HIRING_A
from knowledge.readers.model import Document

FORMAT = "slack_export"
# Message subtypes that are the channel's, never a person's posting.
NOT_POSTED = {"channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name", "bot_message",
              "pinned_item", "reminder_add", "tombstone", "bot_add", "bot_remove", "channel_archive"}
_LINK = re.compile(r"<(?P<target>[^<>|]+)(?:\|(?P<words>[^<>]+))?>")
_SHORTCODE = re.compile(r"(?<!\w):[a-z0-9_+-]{2,40}:(?!\w)")
# A title's lead-in that says a job is posted: "We're hiring: Community Fundraising Officer".
_HIRING_LEAD = re.compile(r"^(?:we(?:'|’)?re hiring|we are hiring|now hiring|hiring|job|vacancy|new role|open role|"
                          r"job alert|position)\s*[:!–—-]\s*(?=\S)", re.I)
# "• Salary: £27,500 …" under "*The basics*": a fact, not a bullet of a section.
_FACT_BULLET = re.compile(r"^\s*[•◦▪*-]\s+(?=[A-Z][\w'’ ]{0,25}:\s+\S)")
# The heading the thread's answers go under.
THREAD_HEADING = "Answers in the thread"
# An export is an array whose objects are this share of messages (a type of "message" and a "ts").
MIN_MESSAGE_SHARE = 0.8


def is_export(data) -> bool:
    if not isinstance(data, list) or not data:
        return False
    messages = [m for m in data if isinstance(m, dict) and m.get("type") == "message" and "ts" in m]
    return len(messages) >= MIN_MESSAGE_SHARE * len(data)


def read(data: list, name: str) -> Document:
    messages = [m for m in data if isinstance(m, dict) and m.get("type") == "message"]
    people = {m.get("user"): (m.get("user_profile") or {}).get("real_name") for m in messages
              if isinstance(m.get("user_profile"), dict)}
    posts = []
    for message in messages:
        if message.get("subtype") in NOT_POSTED or _is_reply(message):
            continue
        replies = [(r.get("user"), _plain(_text(r), people)) for r in messages
                   if _is_reply(r) and r.get("thread_ts") == message.get("ts")]
        # the poster's replies answer; another's reply with a question in it asks
        answers = [" ".join(text.split()) for user, text in replies
                   if text.strip() and (user == message.get("user") or "?" not in text)]
        posts.append((_plain(_text(message), people), answers))
    return read_posts(posts, name, FORMAT, "a Slack channel export")


def read_posts(posts: list[tuple[str, list[str]]], name: str, format: str, what: str,
               company: str | None = None) -> Document:
    """The roles of a channel's posts, each (its text in Slack's or WhatsApp's markup, `*bold*`; the
    poster's answers about it): the chat exports' one way of telling a posting from chatter. `company`
    is the employer whose channel it is, for a posting that names none."""
    roles, warnings, skipped = [], [], 0
    for text, answers in posts:
        lines = [line.rstrip() for line in text.split("\n")]
        posting = whatsapp._posting(lines) or _unbolded(lines) or _headed(lines)
        if posting is None:
            skipped += 1
            continue
        posting[0] = _HIRING_LEAD.sub("", posting[0]).strip() or posting[0]
        posting = [_FACT_BULLET.sub("", line) for line in posting]
        if answers:
            posting += ["", f"{THREAD_HEADING}:", *(f"- {a}" for a in answers)]
        doc = plaintext.read("\n".join(posting), name)
        if company:
            doc = Document(format=doc.format, warnings=doc.warnings,
                           roles=tuple(r if r.company else replace(r, company=company) for r in doc.roles))
        roles.extend(doc.roles)
        warnings.extend(doc.warnings)
    if not roles:
        raise DocumentError(f"{name}: {what} with no job posted in it (a message with a *bold* "
                            "title over the role's details)")
    if skipped:
        warnings.append(f"{skipped} messages of the channel that are no posting (questions, chatter) were skipped")
    return Document(format=format, roles=tuple(roles), warnings=tuple(warnings))


# A posting written with no bold title ("We're hiring a Kitchen Porter! …") is a message this long that
# says it is hiring; the plain-text reader finds its title in those words.
MIN_UNBOLDED_LINES = 4
_HIRING = re.compile(r"\b(?:we(?:'|’)?re|we are|is|are|now) (?:hiring|recruiting|looking for)\b", re.I)


def _unbolded(lines: list[str]) -> list[str] | None:
    """The posting's lines, the title the hiring sentence names first ("We are hiring a Kitchen Porter")."""
    texts = [line for line in lines if line.strip()]
    if len(texts) < MIN_UNBOLDED_LINES or not _HIRING.search(" ".join(texts[:2])):
        return None
    named = HIRING_A.search(" ".join(texts[:2]))
    return [named.group("title"), "", *lines] if named else list(lines)


def is_posting(text: str) -> bool:
    """Whether a message reads as a posting (a bold title over its details, a hiring sentence, a section)."""
    lines = [line.rstrip() for line in text.split("\n")]
    return bool(whatsapp._posting(lines) or _unbolded(lines) or _headed(lines))


def _headed(lines: list[str]) -> list[str] | None:
    """A posting with no bold title and no hiring sentence ("🍰 Commis Chef – Pastry" over "What you'll
    do:" and its bullets): a message this long under whose first line a section of a posting is headed."""
    texts = [line.strip() for line in lines if line.strip()]
    if len(texts) < MIN_UNBOLDED_LINES or not any(
            t.endswith(":") and headings.facet(t.rstrip(":")) in POSTING_FACETS for t in texts[1:]):
        return None
    return [texts[0], "", *lines[lines.index(next(line for line in lines if line.strip())) + 1:]]


# The sections whose heading makes a long message a posting.
POSTING_FACETS = (S.KEY_RESPONSIBILITIES, S.REQUIREMENTS, S.NICE_TO_HAVE)


def _is_reply(message: dict) -> bool:
    return bool(message.get("thread_ts")) and message.get("thread_ts") != message.get("ts")


def _text(message: dict) -> str:
    """The message's text; the text of its rich-text blocks when it has none."""
    text = message.get("text")
    if isinstance(text, str) and text.strip():
        return text
    parts = []
    stack = list(reversed(message.get("blocks") or []))
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                parts.append(node["text"])
            stack.extend(reversed(node.get("elements") or []))
    return "".join(parts)


def _plain(text: str, people: dict) -> str:
    """Slack's mrkdwn as a person reads it: links their words (and address), mentions names."""
    def link(match: re.Match) -> str:
        target, words = match.group("target"), match.group("words")
        if target.startswith("@"):
            return people.get(target[1:]) or words or "the poster"
        if target.startswith("#"):
            return f"#{words or target[1:]}"
        if target.startswith("!"):
            return f"@{words or target[1:]}"
        address = target[7:] if target.startswith("mailto:") else target
        return f"{words} ({address})" if words and words != address else address

    text = _LINK.sub(link, text)
    text = "\n".join(" ".join(_SHORTCODE.sub(" ", line).split()) for line in text.split("\n"))
    return html.unescape(text)
