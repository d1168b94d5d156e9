"""What a 👍/👎 button carries, and how a press is read back.

An answer that invites feedback names its `FeedbackTarget`: the question,
what it was understood as (intent, roles) and a random id of the answer.
The platforms put it, with the vote, into the button itself (a Slack button
value, an Adaptive Card's Action.Submit data), because a press comes back
with little else: no stored copy of the answer is needed to record it.

A press comes back from the client, so it is untrusted: `read_press` checks
every field's type, shape and length and returns None for anything RoleCall
did not write. Sizes are bounded so that the value fits a Slack button
(2,000 characters) with room to spare.
"""

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from bot.text import MAX_QUESTION_CHARS  # the question as the core read it
from knowledge.feedback import DOWN, UP, VOTES

__all__ = ["DOWN", "UP", "VOTES", "FeedbackPress", "FeedbackTarget", "press_data", "press_value", "read_press"]

# An answer names at most a few roles (a comparison of four, say); more are
# not kept, and titles longer than this are cut.
MAX_ROLES = 5
MAX_ROLE_TITLE = 100
_INTENT = re.compile(r"[a-z][a-z_]{0,39}")
_ANSWER_ID = re.compile(r"[0-9a-f]{16,32}")


@dataclass(frozen=True)
class FeedbackTarget:
    """What a 👍/👎 on an answer is about."""

    question: str
    intent: str
    roles: tuple[str, ...]
    answer_id: str


@dataclass(frozen=True)
class FeedbackPress:
    target: FeedbackTarget
    vote: str  # UP or DOWN


def press_data(target: FeedbackTarget, vote: str) -> dict:
    """The press as a small JSON object (short keys: it rides in every button)."""
    return {"v": vote, "q": target.question[:MAX_QUESTION_CHARS], "i": target.intent,
            "r": [title[:MAX_ROLE_TITLE] for title in target.roles[:MAX_ROLES]], "a": target.answer_id}


def press_value(target: FeedbackTarget, vote: str, limit: int) -> str:
    """`press_data` as JSON text of at most `limit` characters: the question
    is shortened if the whole would not fit (quotes and backslashes in it
    take two characters each once encoded, `<`, `>` and `&` six)."""
    if not _ANSWER_ID.fullmatch(target.answer_id):
        return _press_value(target, vote, limit)
    # Every asking of an answer has its own id and nothing else of its own:
    # the rest is encoded once per answer. The id is last and of a fixed
    # alphabet, so it takes the place of the placeholder's digits exactly.
    placeholder = "0" * len(target.answer_id)
    template = _press_template(target.question, target.intent, target.roles, vote, limit, placeholder)
    return template[:-len(placeholder) - 2] + target.answer_id + '"}'


@lru_cache(maxsize=4096)
def _press_template(question: str, intent: str, roles: tuple[str, ...], vote: str, limit: int,
                    placeholder: str) -> str:
    return _press_value(FeedbackTarget(question, intent, roles, placeholder), vote, limit)


def _press_value(target: FeedbackTarget, vote: str, limit: int) -> str:
    data = press_data(target, vote)

    def encoded(question: str, roles: list[str]) -> str:
        return _markup_free(json.dumps({**data, "q": question, "r": roles},
                                       ensure_ascii=False, separators=(",", ":")))

    question, roles = data["q"], data["r"]
    whole = encoded(question, roles)
    if len(whole) <= limit:
        return whole
    shortest, longest = 0, len(question)  # the longest start of the question that fits
    while shortest < longest:
        middle = (shortest + longest + 1) // 2
        if len(encoded(question[:middle], roles)) <= limit:
            shortest = middle
        else:
            longest = middle - 1
    question = question[:shortest]
    while roles and len(encoded(question, roles)) > limit:
        roles = roles[:-1]
    return encoded(question, roles)


def _markup_free(value: str) -> str:
    """JSON text with `<`, `>` and `&` as \\u escapes: it reads back the
    same, and a question repeated in it (`<!here>`, say) is never markup to
    a platform or a proxy that looks at the raw message."""
    return value.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def read_press(data) -> FeedbackPress | None:
    """The press a button carried: a JSON object (or its text) written by
    `press_data`. None for anything else, or anything out of bounds."""
    if isinstance(data, str):
        if len(data) > 4 * 2000:
            return None
        try:
            data = json.loads(data)
        except ValueError:
            return None
    if not isinstance(data, dict):
        return None
    vote, question, intent, roles, answer_id = (data.get(k) for k in ("v", "q", "i", "r", "a"))
    if vote not in VOTES or not isinstance(question, str) or len(question) > MAX_QUESTION_CHARS:
        return None
    if not isinstance(intent, str) or not _INTENT.fullmatch(intent):
        return None
    if not isinstance(answer_id, str) or not _ANSWER_ID.fullmatch(answer_id):
        return None
    if (not isinstance(roles, list) or len(roles) > MAX_ROLES
            or not all(isinstance(t, str) and 0 < len(t) <= MAX_ROLE_TITLE for t in roles)):
        return None
    return FeedbackPress(FeedbackTarget(question, intent, tuple(roles), answer_id), vote)
