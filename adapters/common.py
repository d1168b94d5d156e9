"""What every chat adapter does the same way around the core.

The core is synchronous and may wait on the database (a network hop on
PostgreSQL), so adapters run it on the core's worker threads (`core_thread`)
instead of the event loop that all platforms share. A failure inside
answering becomes a short apology for the user and a logged error with its
cause, never a traceback in chat.
Every question of the web process passes here, so this is also where the
per-user rate limit is applied, before the core is asked, and where the
answer's intent and kind are noted for the request's log line and metrics.
"""

import asyncio
import logging

from adapters.core_thread import run_core
from adapters.deadlines import within
from adapters.observability import current_request, note_answer, note_outcome
from adapters.stored_first import context_stored, wait_before_reply
from bot import ERROR, RATE_LIMITED, Answer, Assistant, Question
from bot.assistant import store_unavailable
from knowledge import StoreUnavailable

# How long a platform's event may wait for its id to be recorded before it
# is answered anyway, and how long the core may take to answer before the
# asker is told to try again shortly: a mention's acknowledgement waits for
# both (Bolt processes before responding), and Slack retries one that takes
# over 3 seconds. Both take milliseconds unless the database hangs; a core
# call left behind finishes when the database answers, or when its statement
# times out (knowledge.store.QUERY_TIMEOUT_SECONDS).
DELIVERY_WAIT_SECONDS = 1.0
ANSWER_WAIT_SECONDS = 1.5

log = logging.getLogger("rolecall.adapters")

APOLOGY = Answer(
    title="Sorry, something went wrong on my side while answering that.",
    kind=ERROR,
    summary="Please try again in a moment. If it keeps happening, let your RoleCall admin know.",
)


SLOW_DOWN_TITLE = "You're asking faster than I can keep up — please wait a few seconds and try again."


def slow_down(wait_seconds: float) -> Answer:
    """The answer to a question over the user's rate limit."""
    seconds = max(1, round(wait_seconds + 0.5))
    return Answer(title=SLOW_DOWN_TITLE, kind=RATE_LIMITED,
                  summary=f"You can ask again in about {seconds} second{'s' if seconds != 1 else ''}.")


async def first_delivery(assistant: Assistant, key: str) -> bool:
    """Whether `key` (a platform's event or activity id) arrives for the
    first time in any process; raises what the store raised, and
    StoreUnavailable when it takes longer than DELIVERY_WAIT_SECONDS (the
    platforms' callers then answer anyway, inside Slack's 3 s). With batched
    writes it goes with the next lot, awaited here on the loop; else it is
    written on the core's threads."""
    writes = assistant.writes
    if writes.waits_on_database:
        pending = await run_core(assistant.store, writes.first_delivery, key)
    else:
        pending = writes.first_delivery(key)
    try:
        return await within(pending, DELIVERY_WAIT_SECONDS)
    except asyncio.TimeoutError:
        raise StoreUnavailable(f"recording the delivery took over {DELIVERY_WAIT_SECONDS:g} s") from None


async def answer_safely(assistant: Assistant, question: Question, *, redraw=None) -> Answer | None:
    """The answer to `question`, its conversation's context stored. With
    `redraw` (the reply's body for another answer), an answer given from
    memory comes at once, and the web request's response waits for the
    storing instead (adapters/stored_first.py). None when there is nothing
    to send: the asker is over the rate limit and has been told so."""
    limited = _over_limit(question)
    if limited is _SAY_NOTHING:
        note_outcome(RATE_LIMITED)
        return None
    answer = limited or await _answer(assistant, question, redraw)
    note_answer(answer)
    return answer


_SAY_NOTHING = object()


def _over_limit(question: Question):
    """When the asker is over the limit (in the web process, for a known
    user), the slow-down answer, or `_SAY_NOTHING` once they had it in this
    period; else None, and one question is counted."""
    request = current_request()
    if request is None or request.limiter is None or not isinstance(question.user_id, str):
        return None
    key = (question.platform, question.user_id)
    wait = request.limiter.try_acquire(key)
    if not wait:
        return None
    if not request.limiter.notice_due(key):
        return _SAY_NOTHING
    # The request line says "rate_limited"; this is for whoever debugs the limit.
    log.debug("rate limit: a %s user is over %s; asked to wait %.1f s", question.platform,
             request.limiter.limit, wait)
    return slow_down(wait)


async def _answer(assistant: Assistant, question: Question, redraw=None) -> Answer:
    """An answer the core already knows is given here on the loop, in
    microseconds; any other is worked out on the core's threads."""
    try:
        ready = assistant.answer_from_memory(question)
        if ready is None:
            return await asyncio.wait_for(run_core(assistant.store, assistant.answer, question), ANSWER_WAIT_SECONDS)
    except asyncio.TimeoutError:
        log.warning("answered 'unavailable' (platform=%s): no answer within %g s", question.platform,
                    ANSWER_WAIT_SECONDS)
        return store_unavailable()
    except Exception:  # the user gets an apology; the log gets the cause
        log.exception("answering failed (platform=%s)", question.platform)
        return APOLOGY
    answer, stored = ready
    if stored is None:  # nothing to store: the answer did not lean on a role
        return answer
    if redraw is not None and wait_before_reply(stored, question, redraw):
        return answer
    # The conversation's new context, for a follow-up on any process.
    return answer if await context_stored(stored, question) else store_unavailable()
