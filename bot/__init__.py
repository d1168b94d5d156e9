"""The intent layer: a question in, a structured answer out, for every platform.

Platform-neutral and synchronous; imports neither Slack nor botbuilder.
Everything it knows about roles comes from `knowledge`. How a question is
read and which rule answers it: `bot.assistant` and `bot.rules`.
"""

from bot.answer import (
    ANSWER,
    CLARIFY,
    ERROR,
    HELP,
    NOT_UNDERSTOOD,
    NOTICE,
    RATE_LIMITED,
    UNAVAILABLE,
    UNKNOWN_ROLE,
    Answer,
    Item,
    Question,
    Section,
    Suggestion,
)
from bot.assistant import Assistant, open_assistant
from bot.render_text import render_text

__all__ = [
    "ANSWER", "CLARIFY", "ERROR", "HELP", "NOT_UNDERSTOOD", "NOTICE", "RATE_LIMITED", "UNAVAILABLE", "UNKNOWN_ROLE", "Answer", "Assistant",
    "Item", "Question", "Section", "Suggestion", "open_assistant", "render_text",
]
