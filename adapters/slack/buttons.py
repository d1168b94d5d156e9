"""What a RoleCall button carries: Slack gives a press back with little but
the button's `value`, so it holds the question and its conversation, and a
press asks that question again there.
"""

import json
from dataclasses import dataclass
from functools import lru_cache

# Action ids. Slack wants them unique within a message, so the renderer
# appends ":<n>"; the listeners match on the prefix.
ASK = "rolecall_ask"  # a follow-up suggestion or a choice of a clarifying question
MORE = "rolecall_more"  # redraw the answer with its long lists in full
SHARE = "rolecall_share"  # post a private answer for the whole channel
# 👍/👎: "rolecall_feedback:up" / ":down"; the value is bot.feedback's press
# (the question, intent, roles and answer id), not an `Asked`.
FEEDBACK = "rolecall_feedback"

# Slack's limit on a button value.
MAX_VALUE_CHARS = 2000


@dataclass(frozen=True)
class Asked:
    """A question and the conversation it was asked in."""

    question: str
    conversation_key: str | None = None


def encode(asked: Asked) -> str:
    """The button value for `asked`, within Slack's limit; an overlong
    question (a pasted job ad, say) is cut rather than the message refused.
    Every answer carries a few buttons and the same questions come back
    (follow-ups of the same roles), so a question's JSON is made once."""
    value = f'{{"q":{_json_text(asked.question)},"k":{json.dumps(asked.conversation_key, ensure_ascii=False)}}}'
    if len(value) <= MAX_VALUE_CHARS:
        return value  # what json.dumps of the two fields gives, as below
    question = asked.question
    while True:
        value = json.dumps({"q": question, "k": asked.conversation_key},
                           ensure_ascii=False, separators=(",", ":"))
        overflow = len(value) - MAX_VALUE_CHARS
        if overflow <= 0:
            return value
        question = question[: max(len(question) - overflow, 0)]
        if not question:  # the key alone is too long; keep the button, lose the context
            return json.dumps({"q": "", "k": None})


@lru_cache(maxsize=4096)
def _json_text(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def decode(value: str | None) -> Asked | None:
    """The `Asked` a button carries, or None for a value we did not write."""
    try:
        data = json.loads(value or "")
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("q"), str):
        return None
    key = data.get("k")
    return Asked(question=data["q"], conversation_key=key if isinstance(key, str) else None)
