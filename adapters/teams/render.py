"""An `Answer` drawn for Microsoft Teams: an Adaptive Card plus plain fallbacks.
TextBlocks read Markdown and answers may repeat what users typed, so every
string is escaped. The card is a plain dict; nothing here imports botbuilder.
"""

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from bot import ERROR, Answer, Section, Suggestion, render_text
from adapters.drawing import DRAWN_CACHE_SIZE, FEEDBACK_PROMPT, LONG_LIST, SHOWN_OF_LONG_LIST, VOTES, one_line
from bot.feedback import FeedbackPress, FeedbackTarget, press_data, read_press

# Adaptive Cards 1.4 render in Teams on desktop, web and mobile, and 1.4 has
# everything this card uses (wrap, ActionSet, Action.Submit); the newer
# versions add nothing it needs.
CARD_VERSION = "1.4"
CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"

# Teams refuses a message over about 28 KB, card and envelope together. The
# card gets 18 KB, the plain fallback 6 KB, the text line and the activity
# envelope (ids, addresses: under 1.5 KB) the rest.
MAX_CARD_BYTES = 18_000
MAX_SUMMARY_BYTES = 6_000
# Even within the byte budget a list past thirty bullets is not read on a
# phone; the seed documents' longest list is twenty. The note at the end of
# a cut list says where the rest is.
MAX_ITEMS_PER_SECTION = 30
MAX_ITEM_CHARS = 1_500  # a long paragraph is still one fact; cut only runaway text
MAX_PARAGRAPH_CHARS = 3_000
# Teams' host config allows six actions in a row (the rest are dropped);
# five keeps a row of buttons readable on a phone.
MAX_BUTTONS = 5
MAX_BUTTON_TITLE_CHARS = 60
# `text` is the one line shown above the card and in notifications;
# `summary` is the whole answer for clients that cannot draw cards.
MAX_TEXT_CHARS = 300

# The data an Action.Submit button carries; a press comes back as the
# message activity's `value`.
ASK_ACTION = "ask"
FEEDBACK_ACTION = "feedback"  # 👍/👎: the rest of the data is bot.feedback's press
ACTION_KEY = "rolecall"


@dataclass(frozen=True)
class Reply:
    """What one Teams message carries: a plain line, a plain fallback, a card."""

    text: str
    summary: str
    card: dict | None


def render_reply(answer: Answer) -> Reply:
    text, summary = _plain_parts(answer)
    return Reply(text=text, summary=summary, card=render_card(answer))


@lru_cache(maxsize=DRAWN_CACHE_SIZE)
def _plain_parts(answer: Answer) -> tuple[str, str]:
    """The text line and the plain fallback, once per distinct answer
    (answers compare by value, without their 👍/👎 target, which neither shows)."""
    return (_clip(one_line(answer.title), MAX_TEXT_CHARS),
            _clip_bytes(render_text(answer), MAX_SUMMARY_BYTES))


def ask_data(question: str) -> dict:
    return {ACTION_KEY: ASK_ACTION, "question": question}


def feedback_from_value(value) -> FeedbackPress | None:
    """The 👍/👎 a pressed button carries, or None for a value not ours (a
    press comes from the client: `read_press` checks every field)."""
    if not isinstance(value, dict) or value.get(ACTION_KEY) != FEEDBACK_ACTION:
        return None
    return read_press(value)


def question_from_value(value) -> str | None:
    """The question a pressed button asks, or None for a value not ours."""
    if not isinstance(value, dict) or value.get(ACTION_KEY) != ASK_ACTION:
        return None
    question = value.get("question")
    if not isinstance(question, str) or not question.strip():
        return None
    return question.strip()


# -- escaping ---------------------------------------------------------------
# Inline Markdown that Teams' TextBlock acts on: emphasis, code, strike,
# links; and angle brackets, so `<at>` or HTML arrives as the characters typed.
_INLINE = re.compile(r"([\\`*_~\[\]<>])")
# Markdown that only counts at the start of a line: bullets, headings (also
# "===" under a line), quotes, and numbered lists, whose "." or ")" is what
# gets escaped.
_LINE_START = re.compile(r"^(\s*)(?:([-+#>=])|(\d+)([.)]))", re.MULTILINE)


def escape(text: str) -> str:
    """Plain text made safe for a TextBlock: shown exactly as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match) -> str:
    indent, mark, number, dot = match.groups()
    return f"{indent}\\{mark}" if mark else f"{indent}{number}\\{dot}"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _clip_bytes(text: str, limit: int) -> str:
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[: limit - 3].decode("utf-8", errors="ignore").rstrip() + "…"


# -- the card ---------------------------------------------------------------
def render_card(answer: Answer) -> dict | None:
    """The Adaptive Card for an answer (None: nothing beyond the title), drawn once
    per answer and 👍/👎 target; each asking's answer id goes into a copy of the
    card's top, the rest is shared, so nothing may change a card once drawn."""
    target = answer.feedback
    if target is None or not target.answer_id.isalnum():
        return _fitted_card(answer, target)
    placeholder = replace(target, answer_id="0" * len(target.answer_id))
    card = _fitted_card(answer, placeholder)
    if card is None:
        return None
    own = dict(card)
    own["body"] = [_feedback_block(target) if block.get("id") == FEEDBACK_BLOCK_ID else block
                   for block in card["body"]]
    return own


@lru_cache(maxsize=DRAWN_CACHE_SIZE)
def _fitted_card(answer: Answer, target: FeedbackTarget | None) -> dict | None:
    """The card of `answer` with 👍/👎 about `target`, within MAX_CARD_BYTES
    (the answer id of the target has a fixed length, so the fit holds for
    every id). `answer` compares by value, without its own target."""
    answer = answer.with_feedback(target)
    limits = [min(len(section.items), MAX_ITEMS_PER_SECTION) for section in answer.sections]
    while True:
        card = _card(answer, limits)
        if card is None or _size(card) <= MAX_CARD_BYTES or not limits:
            return card
        limits = _shrink(limits)


def _shrink(limits: list[int]) -> list[int]:
    """Halve the longest list; when every list is down to one item, drop the
    last section instead. Each step makes the card strictly smaller."""
    longest = max(range(len(limits)), key=lambda i: limits[i], default=None)
    if longest is not None and limits[longest] > 1:
        return [n // 2 if i == longest else n for i, n in enumerate(limits)]
    return limits[:-1]


def _size(card: dict) -> int:
    return len(json.dumps(card, ensure_ascii=False).encode("utf-8"))


def _card(answer: Answer, limits: list[int]) -> dict | None:
    body: list[dict] = []
    if answer.summary:
        body.append(_text_block(_paragraph(answer.summary), color="attention" if answer.kind == ERROR else None))
    for index, (section, shown) in enumerate(zip(answer.sections, limits)):
        body.extend(_section(section, shown, index))
    if len(limits) < len(answer.sections):
        body.append(_text_block("The rest of this answer did not fit in Teams; ask about one part of it.",
                                subtle=True))
    if answer.choices:
        body.append({"type": "ActionSet", "actions": _buttons(answer.choices)})
    if answer.sources:
        sources = _clip("Sources: " + ", ".join(answer.sources), MAX_PARAGRAPH_CHARS)
        body.append(_text_block(escape(sources), subtle=True, small=True))
    # The follow-ups, then 👍/👎 last of all, apart, under a line and a
    # small question: above the follow-ups and looking like them, they were
    # read as two more questions to ask.
    if answer.suggestions:
        body.append({"type": "ActionSet", "id": FOLLOW_UPS_ID, "actions": _buttons(answer.suggestions)})
    if answer.feedback is not None:
        body.append(_feedback_block(answer.feedback))
    if not body:
        return None
    return {"type": "AdaptiveCard", "$schema": CARD_SCHEMA, "version": CARD_VERSION, "body": body,
            "msteams": {"width": "Full"}}


def _section(section: Section, shown: int, index: int = 0) -> list[dict]:
    blocks = [_text_block(escape(one_line(section.title)), bold=True, spacing="Medium")]
    if section.text:
        blocks.append(_text_block(_paragraph(section.text)))
    items = section.items[:shown]
    folded = items[SHOWN_OF_LONG_LIST:] if len(items) > LONG_LIST else ()
    items = items[:len(items) - len(folded)]
    if items:
        blocks.append(_text_block(_bullets(items), spacing="Small"))
    if folded:
        # The rest is in the card, hidden until "Show more" is pressed: no
        # round trip to the bot, and nothing to remember about the answer.
        rest_id = f"rolecall-more-{index}"
        blocks.append({**_text_block(_bullets(folded), spacing="None"), "id": rest_id, "isVisible": False})
        blocks.append({"type": "ActionSet", "actions": [{
            "type": "Action.ToggleVisibility", "title": "Show more / less",
            "targetElements": [rest_id]}]})
    hidden = len(section.items) - shown
    if hidden:
        where = sorted({item.source for item in section.items[shown:] if item.source})
        note = f"…and {hidden} more" + (f" in {', '.join(where)}" if where else "") + "."
        blocks.append(_text_block(escape(note), subtle=True, spacing="None"))
    return blocks


def _bullets(items) -> str:
    # Adaptive Cards draw a list from "- a\r- b" inside one TextBlock.
    return "\r".join(f"- {_item(item.label, item.text)}" for item in items)


def _item(label: str | None, text: str) -> str:
    text = escape(_clip(one_line(text), MAX_ITEM_CHARS))
    return f"**{escape(one_line(label))}:** {text}" if label else text


def _paragraph(text: str) -> str:
    return escape(_clip(text.strip(), MAX_PARAGRAPH_CHARS))


def _buttons(suggestions: tuple[Suggestion, ...]) -> list[dict]:
    # Button titles are plain text in Teams (no Markdown), so no escaping.
    return [
        {"type": "Action.Submit", "title": _clip(one_line(s.label), MAX_BUTTON_TITLE_CHARS),
         "data": ask_data(s.question)}
        for s in suggestions[:MAX_BUTTONS]
    ]


FOLLOW_UPS_ID = "rolecall-follow-ups"
FEEDBACK_BLOCK_ID = "rolecall-feedback"


def _feedback_block(target: FeedbackTarget) -> dict:
    """👍/👎 in a container of their own: a separator line, a small grey
    question and the two buttons, so they do not pass for follow-ups. Words
    next to the emoji: Action.Submit in card 1.4 has no separate label for
    screen readers."""
    buttons = [{"type": "Action.Submit", "title": f"{emoji} {label}",
                "data": {ACTION_KEY: FEEDBACK_ACTION, **press_data(target, vote)}} for vote, emoji, label in VOTES]
    return {"type": "Container", "id": FEEDBACK_BLOCK_ID, "separator": True, "spacing": "Large", "items": [
        _text_block(FEEDBACK_PROMPT, subtle=True, small=True), {"type": "ActionSet", "actions": buttons}]}


def _text_block(text: str, *, bold=False, subtle=False, small=False, spacing=None, color=None) -> dict:
    block = {"type": "TextBlock", "text": text, "wrap": True}
    if bold:
        block["weight"] = "Bolder"
    if subtle:
        block["isSubtle"] = True
    if small:
        block["size"] = "Small"
    if spacing:
        block["spacing"] = spacing
    if color:
        block["color"] = color
    return block
