"""A 👍/👎 press, recorded the same way from every platform.

The adapters read the press out of their button (`bot.feedback.read_press`
checks it, since it comes back from the client) and hand it here; the core
stores it and words the thanks. Like answering, recording runs on a worker
thread and a failure is an apology for the person and a logged cause.
"""

import asyncio
import logging

from adapters.common import APOLOGY
from bot import Answer, Assistant
from bot.feedback import FeedbackPress

log = logging.getLogger("rolecall.feedback")


async def rate_safely(assistant: Assistant, press: FeedbackPress, platform: str, user_id: str | None) -> Answer:
    try:
        return await asyncio.to_thread(assistant.rate, press, platform, user_id)
    except Exception:
        log.exception("recording feedback failed (platform=%s)", platform)
        return APOLOGY
