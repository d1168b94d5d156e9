"""An `Answer` drawn as a Slack message: Block Kit plus a plain-text fallback.
Slack refuses a whole message when one limit is broken, so this is the only
place that knows the limits and every field passes through `fit`, escaped.
"""

import json
import re
import secrets
from functools import lru_cache

from adapters.drawing import DRAWN_CACHE_SIZE, FEEDBACK_PROMPT, LONG_LIST, SHOWN_OF_LONG_LIST, VOTES
from adapters.slack import buttons
from adapters.slack.buttons import Asked
from adapters.slack.markup import clip, escape, fit
from bot import Answer, Item, Section, render_text
from bot.feedback import FeedbackTarget, press_value

# Slack's limits (Block Kit reference).
MAX_BLOCKS = 50
MAX_TEXT = 3000  # a section's text, a context element's text
MAX_HEADER = 150
MAX_BUTTON_TEXT = 75
MAX_BUTTONS_PER_ROW = 25  # elements of one actions block
# The fallback `text` is what notifications and screen readers show; Slack
# would cut it at 40,000, but nobody reads more than the start of it there.
MAX_FALLBACK = 3000

# A Slack user id, the only thing we put inside a mention ourselves.
USER_ID = re.compile(r"[UW][A-Z0-9]{1,20}")


def render_message(
    answer: Answer,
    asked: Asked,
    *,
    shareable: bool = False,
    expanded: bool = False,
    echo_question: bool = False,
    shared_by: str | None = None,
) -> dict:
    """`{"text": …, "blocks": […]}` for chat.postMessage, ack() or respond(). `asked`
    is carried by its buttons; `shareable` adds "Share in channel", `expanded` shows
    long lists whole, `echo_question` repeats the question (for a button press)."""
    header, body, shortened, fallback = _answer_parts(answer, expanded)

    rows = [row for row in (
        _buttons(buttons.ASK, [(c.label, Asked(c.question, asked.conversation_key)) for c in answer.choices]),
        _buttons(buttons.ASK, [(s.label, Asked(s.question, asked.conversation_key)) for s in answer.suggestions],
                 first_index=len(answer.choices)),
    ) if row]
    context = _context(answer, asked, echo_question=echo_question, shared_by=shared_by)

    feedback = _feedback_blocks(answer.feedback) if answer.feedback is not None else []

    # The header, the button rows, a row for Show more / Share, the context
    # line and the 👍/👎 are kept; the body gives way when the message is too long.
    room = MAX_BLOCKS - 1 - len(rows) - 1 - (1 if context else 0) - len(feedback)
    if len(body) > room:
        left_out = len(body) - (room - 1)
        body = body[: room - 1] + [_section(
            f"_…{left_out} more part{'s' if left_out != 1 else ''} did not fit in one message; "
            "the source documents have everything._" if expanded else
            "_…there is more; press Show more._")]
        shortened = True

    controls = []
    if shortened and not expanded:
        controls.append(_button("Show more", f"{buttons.MORE}:0", asked))
    if shareable:
        controls.append(_button("Share in channel", f"{buttons.SHARE}:0", asked, style="primary"))

    blocks = [header, *body, *rows]
    if controls:
        blocks.append({"type": "actions", "block_id": "rolecall_controls", "elements": controls})
    if context:
        blocks.append(context)
    # 👍/👎 come last, under a divider and a small question, so that they do
    # not read as two more follow-up questions (people pressed them as such).
    blocks.extend(feedback)
    return {"text": fallback, "blocks": blocks}


# Stand-ins for what each asking has of its own (the conversation key in the
# buttons, the answer id in 👍/👎), drawn into a message's JSON once per
# answer and replaced per asking. Random per process, so no question can
# contain them; the answer id keeps the alphabet and length of a real one.
_KEY_MARK = f"rolecall-key-{secrets.token_hex(8)}"
_ID_MARK = secrets.token_hex(8)
# Room a real key may take beyond the mark's length in a button value before
# the template could differ from drawing anew (a value over Slack's limit
# has its question cut, by how much depends on the key).
_KEY_ROOM = 512
# The key as it stands inside a button's value, made once: `json.dumps`
# with an option makes an encoder at every call.
_in_value = json.JSONEncoder(ensure_ascii=False).encode


def message_json(answer: Answer, asked: Asked, *, response_type: str | None = None, **options) -> str:
    """`render_message(…)` as the JSON text Slack is sent. Writing the JSON cost more
    than answering from memory, so it is made once per answer and options, with
    marks where each asker's conversation key and answer id go."""
    target = answer.feedback
    key = asked.conversation_key
    if key is None or (target is not None and len(target.answer_id) != len(_ID_MARK)):
        return _dumped(answer, asked, response_type, options)
    template = _message_template(answer, None if target is None else (target.question, target.intent, target.roles),
                                 asked.question, response_type, tuple(sorted(options.items())))
    in_value = _in_value(key)[1:-1]
    if template is None or len(in_value) > len(_KEY_MARK) + _KEY_ROOM:
        return _dumped(answer, asked, response_type, options)
    answer_id = target.answer_id if target is not None else ""
    return json.dumps(in_value)[1:-1].join([answer_id.join(pieces) for pieces in template])


def _dumped(answer: Answer, asked: Asked, response_type: str | None, options: dict) -> str:
    message = render_message(answer, asked, **options)
    if response_type:
        message["response_type"] = response_type
    return json.dumps(message)


@lru_cache(maxsize=DRAWN_CACHE_SIZE)
def _message_template(answer: Answer, target: tuple | None, question: str, response_type: str | None,
                      options: tuple) -> tuple[tuple[str, ...], ...] | None:
    """The message's JSON cut at the key's marks, each piece cut at the
    answer id's (joined again with each asking's: no search of the whole
    text per asking, as `str.replace` makes), or None when a button value
    is so long that a real key could change how it is cut. `target` is the
    👍/👎 target's question, intent and roles (its id is the mark)."""
    marked_target = None if target is None else FeedbackTarget(*target, answer_id=_ID_MARK)
    marked = render_message(answer.with_feedback(marked_target), Asked(question, _KEY_MARK), **dict(options))
    values = [element.get("value", "") for block in marked["blocks"] if block["type"] == "actions"
              for element in block["elements"]]
    if any(len(value) + _KEY_ROOM > buttons.MAX_VALUE_CHARS for value in values if _KEY_MARK in value):
        return None
    if response_type:
        marked["response_type"] = response_type
    return tuple(tuple(piece.split(_ID_MARK)) for piece in json.dumps(marked).split(_KEY_MARK))


@lru_cache(maxsize=DRAWN_CACHE_SIZE)
def _answer_parts(answer: Answer, expanded: bool) -> tuple[dict, list[dict], bool, str]:
    """Header, body blocks and fallback, drawn once per distinct answer (compared
    without its 👍/👎 target); callers never change the blocks."""
    body, shortened = _body(answer, expanded=expanded)
    return _header(answer.title), body, shortened, fit_fallback(answer)


def fit_fallback(answer: Answer) -> str:
    return fit(render_text(answer, with_suggestions=False), MAX_FALLBACK)


def _body(answer: Answer, *, expanded: bool) -> tuple[list[dict], bool]:
    blocks: list[dict] = []
    shortened = False
    if answer.summary:
        blocks.extend(_sections([escape(answer.summary)]))
    for section in answer.sections:
        lines, cut = _section_lines(section, expanded=expanded)
        shortened = shortened or cut
        blocks.extend(_sections(lines))
    return blocks, shortened


def _section_lines(section: Section, *, expanded: bool) -> tuple[list[str], bool]:
    lines = [f"*{fit(section.title, MAX_HEADER)}*"] if section.title else []
    if section.text:
        lines.append(escape(section.text))
    items = section.items
    shown = items if expanded or len(items) <= LONG_LIST else items[:SHOWN_OF_LONG_LIST]
    lines.extend(_item(item) for item in shown)
    if len(shown) < len(items):
        lines.append(f"_…and {len(items) - len(shown)} more_")
    return lines, len(shown) < len(items)


def _item(item: Item) -> str:
    if item.label:
        return f"• *{escape(item.label)}:* {escape(item.text)}"
    return f"• {escape(item.text)}"


def _sections(lines: list[str]) -> list[dict]:
    """Escaped lines packed into as few section blocks as the text limit allows."""
    blocks, current = [], ""
    for line in lines:
        line = clip(line, MAX_TEXT)
        if current and len(current) + 1 + len(line) > MAX_TEXT:
            blocks.append(_section(current))
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        blocks.append(_section(current))
    return blocks


def _section(mrkdwn: str) -> dict:
    # verbatim: Slack must not turn words into links or mentions on its own.
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn, "verbatim": True}}


def _header(title: str) -> dict:
    return {"type": "header", "text": {"type": "plain_text", "text": fit(title, MAX_HEADER) or "RoleCall",
                                       "emoji": True}}


def _buttons(action: str, labelled: list[tuple[str, Asked]], *, first_index: int = 0) -> dict | None:
    if not labelled:
        return None
    elements = [_button(label, f"{action}:{first_index + n}", asked)
                for n, (label, asked) in enumerate(labelled[:MAX_BUTTONS_PER_ROW])]
    return {"type": "actions", "elements": elements}


def _button(label: str, action_id: str, asked: Asked, *, style: str | None = None) -> dict:
    button = {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": fit(label, MAX_BUTTON_TEXT) or "Ask", "emoji": True},
        "value": buttons.encode(asked),
    }
    if style:
        button["style"] = style
    return button


def _feedback_blocks(target: FeedbackTarget) -> list[dict]:
    """A small grey question and the 👍/👎 buttons in their own row, after
    everything else in the message."""
    return [
        {"type": "context", "block_id": "rolecall_feedback_prompt",
         "elements": [{"type": "mrkdwn", "text": FEEDBACK_PROMPT, "verbatim": True}]},
        {"type": "actions", "block_id": "rolecall_feedback", "elements": _feedback_buttons(target)},
    ]


def _feedback_buttons(target: FeedbackTarget) -> list[dict]:
    """👍 and 👎, each carrying the whole press, so recording it needs
    nothing but the button (the value stays within Slack's 2,000 characters)."""
    return [{
        "type": "button",
        "action_id": f"{buttons.FEEDBACK}:{vote}",
        "text": {"type": "plain_text", "text": emoji, "emoji": True},
        "accessibility_label": label,
        "value": press_value(target, vote, buttons.MAX_VALUE_CHARS),
    } for vote, emoji, label in VOTES]


def _context(answer: Answer, asked: Asked, *, echo_question: bool, shared_by: str | None) -> dict | None:
    elements = []
    if shared_by and USER_ID.fullmatch(shared_by):
        elements.append(f"Shared by <@{shared_by}>")
    if echo_question and asked.question:
        elements.append(f"Asked: “{fit(asked.question, MAX_TEXT // 2)}”")
    if answer.sources:
        elements.append(fit(("Source: " if len(answer.sources) == 1 else "Sources: ")
                            + ", ".join(answer.sources), MAX_TEXT))
    if not elements:
        return None
    return {"type": "context",
            "elements": [{"type": "mrkdwn", "text": clip(text, MAX_TEXT), "verbatim": True} for text in elements]}

