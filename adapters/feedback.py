"""A 👍/👎 press, recorded the same way from every platform.

The adapters read the press out of their button (`bot.feedback.read_press`
checks it, since it comes back from the client) and hand it here; the core
stores it and words the thanks. Like answering, recording runs on a worker
thread and a failure is an apology for the person and a logged cause; a
database that hangs is "try again shortly", in time for Slack's 3 s.
"""

import asyncio
import logging

from adapters.common import ANSWER_WAIT_SECONDS, APOLOGY
from adapters.observability import FEEDBACK, note_outcome
from bot import Answer, Assistant
from bot.assistant import store_unavailable
from bot.feedback import FeedbackPress

log = logging.getLogger("rolecall.feedback")


async def rate_safely(assistant: Assistant, press: FeedbackPress, platform: str, user_id: str | None) -> Answer:
    note_outcome(FEEDBACK)  # the request line says "feedback", not "ignored"
    try:
        async with asyncio.timeout(ANSWER_WAIT_SECONDS):
            return await asyncio.to_thread(assistant.rate, press, platform, user_id)
    except TimeoutError:  # a database that hangs: the press is acknowledged all the same
        log.warning("feedback answered 'unavailable' (platform=%s): not recorded within %g s", platform,
                    ANSWER_WAIT_SECONDS)
        return store_unavailable()
    except Exception:
        log.exception("recording feedback failed (platform=%s)", platform)
        return APOLOGY
