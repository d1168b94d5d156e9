"""The channel exports of Telegram Desktop (`result.json`: a channel's `messages`, each `text` a string or
an array of strings and entity objects) and DiscordChatExporter (a `guild`, a `channel` and its
`messages`, a bot's embed holding a posting's title, description and fields). Each message is written
in the markup a Slack export's is (`*bold*` for a bold entity or Markdown's `**…**`), so the Slack
export's reader tells a posting from chatter the one way (`slack_export.read_posts`).

Service messages (a pin), bots' messages and other people's questions are the channel's. The poster's
later messages (a reply in the thread, "Update on the … role: applications now close January 10") are
the poster's answers about the role they posted, kept under a heading of their own; a newer closing
date there replaces the older one in the posting (`updates`)."""

import re

from knowledge.readers import slack_export, updates
from knowledge.readers.model import Document

TELEGRAM, DISCORD = "telegram_export", "discord_export"
# An emoji or two before a bold title: "📢 *WE ARE HIRING – Guest Relations Agent*".
_LEADING_ICONS = re.compile(r"^(?:[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?\s*)+(?=\*)", re.M)


def is_telegram(data) -> bool:
    return isinstance(data, dict) and isinstance(data.get("messages"), list) and "type" in data and \
        any(isinstance(m, dict) and "text_entities" in m for m in data["messages"][:50])


def is_discord(data) -> bool:
    return isinstance(data, dict) and isinstance(data.get("messages"), list) and isinstance(data.get("channel"), dict) \
        and isinstance(data.get("guild"), dict)


def read_telegram(data: dict, name: str) -> Document:
    messages = [m for m in data["messages"] if isinstance(m, dict) and m.get("type") == "message"]
    texts = [(str(m.get("from_id") or m.get("from") or ""), _telegram_text(m.get("text"))) for m in messages]
    return _read(texts, name, TELEGRAM, "a Telegram channel export", data.get("name"))


def _telegram_text(text) -> str:
    if isinstance(text, str):
        return text
    parts = []
    for part in text if isinstance(text, list) else []:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            words = part["text"]
            bold = part.get("type") == "bold" and words.strip() and not words.strip().endswith(":")
            parts.append(f"*{words.strip()}*" if bold else words)  # "Package:" a label, no title
    return _LEADING_ICONS.sub("", "".join(parts))


def read_discord(data: dict, name: str) -> Document:
    messages = [m for m in data["messages"] if isinstance(m, dict)
                and not (m.get("author") or {}).get("isBot") and m.get("type") in ("Default", "Reply", None)]
    texts = [(str((m.get("author") or {}).get("id") or ""), _discord_text(m)) for m in messages]
    return _read(texts, name, DISCORD, "a Discord channel export", (data.get("guild") or {}).get("name"))


def _discord_text(message: dict) -> str:
    parts = [_bold_markdown(str(message.get("content") or ""))]
    for embed in message.get("embeds") or []:
        if not isinstance(embed, dict):
            continue
        if embed.get("title"):
            parts.append(f"*{' '.join(str(embed['title']).split())}*")
        if embed.get("description"):
            parts.append(_bold_markdown(str(embed["description"])))
        for embedded in embed.get("fields") or []:
            if isinstance(embedded, dict) and embedded.get("name") and embedded.get("value"):
                parts.append(f"{embedded['name']}: {' '.join(str(embedded['value']).split())}")
        footer = (embed.get("footer") or {}).get("text") if isinstance(embed.get("footer"), dict) else None
        if footer:
            parts.append(str(footer))
    return "\n".join(p for p in parts if p.strip())


def _bold_markdown(text: str) -> str:
    """Discord's Markdown bold (`**You'll**`) as the `*You'll*` the chat readers know."""
    return re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", r"*\1*", text)


def _read(texts: list[tuple[str, str]], name: str, format: str, what: str, channel: str | None) -> Document:
    """Posts and the poster's later messages about them: a message that is no posting, by the author of
    the posting before it, answers about that posting."""
    posts: list[tuple[str, list[str]]] = []
    posted: dict[str, int] = {}  # each author's latest posting, by its place in `posts`
    for author, text in texts:
        if not text.strip():
            continue
        if slack_export.is_posting(text):
            posted[author] = len(posts)
        elif author in posted and "?" not in text:
            posts[posted[author]][1].append(" ".join(text.split()))
            continue
        posts.append((text, []))  # a posting, or chatter the Slack export's reader skips
    posts = [(updates.applied(text, answers), answers) for text, answers in posts]
    doc = slack_export.read_posts(posts, name, format, what, _employer(channel))
    return Document(format=format, roles=doc.roles, warnings=doc.warnings)


# A channel named for its employer's jobs: "Saffron Dunes Careers 🌴", "Acme Jobs", "Hiring at Acme".
_CHANNEL_WORDS = re.compile(r"^(?:hiring at|jobs at|careers at)\s+|\s+(?:careers|jobs|hiring|vacancies|recruitment)$", re.I)


def _employer(channel) -> str | None:
    name = re.sub(r"[^\w).]+$", "", " ".join(str(channel or "").split()))
    return _CHANNEL_WORDS.sub("", name).strip() or None
