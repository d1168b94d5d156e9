"""The intent layer: a question in, a structured answer out, for every platform.

Platform-neutral and synchronous; imports neither Slack nor botbuilder.
Everything it knows about roles comes from `knowledge`.

How a question is answered: `bot.reading` reads the text into a `Reading`
(the intents its phrases weigh, from the tables in `bot.vocabulary`; the
roles it names, with scores; the companies and places beside them). Then the
rules of `bot.rules.RULES` are asked in order, each a function
`(turn, reading) -> Answer | None` with a docstring saying which questions
it is for; the first answer wins and the rule's name is kept on the reading
(`rolecall ask --explain` shows it, with the items or roles it ranked). To
answer a new kind of question, add its phrases to the vocabulary and a rule
to the table, placed before the rules it must win over. The answers' shapes
come from `bot.compose`; career paths from `bot.career`.
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
