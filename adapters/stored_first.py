"""A reply leaves only once the context its answer left is stored.

A follow-up ("and the salary?") may reach another process, which must find
the conversation's new context; so an answer's context is stored before the
answer is shown. A slash command's answer travels in the HTTP response, and
waiting for the store inside the listener suspended and resumed the whole
chain of awaits between aiohttp and the listener (Bolt's dispatch and
middleware among them): 42 us of CPU per command amid the web process's
other work (bench/own_cost.py, the wait left out). So the listener draws its
reply at once and hands the wait to the request (`wait_before_reply`); this
module's aiohttp middleware, just inside the request line's, waits before
the response goes, a few frames from aiohttp: 21 us less per command. Should the context fail to be stored, the reply becomes the
"try again shortly" one, as when the listener waited itself.
"""

import logging
from typing import Callable

from aiohttp import web

from adapters.deadlines import within
from adapters.observability import current_request, note_answer
from bot import Question
from bot.assistant import CONTEXT_WAIT_SECONDS, context_not_stored, store_unavailable
from knowledge import StoreError
from knowledge.writes import Pending

log = logging.getLogger("rolecall.adapters")


def wait_before_reply(stored: Pending, question: Question, redraw: Callable) -> bool:
    """Have the response to the request being handled wait for `stored`;
    `redraw(answer)` is the response body for another answer (the
    unavailable one, should storing fail). False outside a web request
    (Socket Mode): the caller waits itself."""
    record = current_request()
    if record is None:
        return False
    record.before_reply.append((stored, question, redraw))
    return True


@web.middleware
async def reply_after_stored(request: web.Request, handler) -> web.StreamResponse:
    response = await handler(request)
    record = current_request()
    if record is None or not record.before_reply:
        return response
    waits, record.before_reply = record.before_reply, []
    for stored, question, redraw in waits:
        if not await context_stored(stored, question):
            unavailable = store_unavailable()
            note_answer(unavailable)
            response.text = redraw(unavailable)
            return response
    return response


async def context_stored(stored: Pending, question: Question) -> bool:
    """Wait for `stored` (a conversation's context being stored); False
    when the store refused it: the asker is to try again shortly, since a
    follow-up must not find an older context. Taking longer than
    CONTEXT_WAIT_SECONDS (it will most likely land) or a closed writer is
    logged, and True: the answer goes."""
    try:
        await within(stored, CONTEXT_WAIT_SECONDS)
    except StoreError as error:
        log.warning("answered 'unavailable' (platform=%s): the conversation's context was not stored: %s",
                    question.platform, error)
        return False
    except Exception as error:
        context_not_stored(question, error)
    return True
