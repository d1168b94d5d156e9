"""What every chat adapter does the same way around the core.

The core is synchronous and may wait on the database (a network hop on
PostgreSQL), so adapters run it on a worker thread instead of the event loop
that all platforms share. A failure inside answering becomes a short apology
for the user and a logged error with its cause, never a traceback in chat.
"""

import asyncio
import logging

from bot import ERROR, Answer, Assistant, Question

log = logging.getLogger("rolecall.adapters")

APOLOGY = Answer(
    title="Sorry, something went wrong on my side while answering that.",
    kind=ERROR,
    summary="Please try again in a moment. If it keeps happening, let your RoleCall admin know.",
)


async def answer_safely(assistant: Assistant, question: Question) -> Answer:
    try:
        return await asyncio.to_thread(assistant.answer, question)
    except Exception:  # the user gets an apology; the log gets the cause
        log.exception("answering failed (platform=%s)", question.platform)
        return APOLOGY
