"""How the web process runs the core: the one place that knows it is async.

The core is synchronous and may wait on the database, so it runs on the
core's threads (`run`, one executor for everything that touches the store),
never on the event loop that every platform shares. A few threads, not one:
an answer waits for the interpreter's lock after each of its SQL statements
while the loop is busy, and one thread would queue those waits (bench/README.md).
Around it, what every platform needs the same way: the per-user rate
limit, a memo of answers that did not lean on the conversation (a team asks
what a role pays many times a day), "try again shortly" when the store is
out of reach, an apology (and a logged cause) for a bug, and the rows each
answer leaves, written by `Writer`. A reply is sent only after its
conversation's context is stored, so that a follow-up on any process finds
it: `answer` decides that, and every platform's listener sends what it returns.

Questions whose words lean on the conversation (the core says so before
answering: `Assistant.leans`) have their context read first. Those that
arrive while such a lot is answered wait, and the next lot takes them all:
one thread hop, their contexts read in one statement (`read_contexts`) and
handed to `Assistant.answer`, as the writer writes many answers' rows. Each
is read from the store after its question arrived, so a question asked
after a reply left sees the context stored before it (bench/README.md,
"Contexts read together").
"""

import asyncio
import contextvars
import functools
import logging
import os
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

from adapters.observability import FEEDBACK, note_answer, note_outcome
from adapters.ratelimit import RateLimit, RateLimiter
from adapters.writer import Writer
from bot import ERROR, RATE_LIMITED, Answer, Assistant, Question
from bot.answer import Answered, WorkedOut
from bot.assistant import store_unavailable
from bot.feedback import FeedbackPress
from bot.text import cap
from knowledge import StoreError, StoreUnavailable

log = logging.getLogger("rolecall.adapters")

# How long the core may take to answer before the asker is told to try
# again shortly, and how long a platform's event waits for its id to be
# recorded (a reply waits for its context: `writer.CONTEXT_WAIT_SECONDS`).
# All take milliseconds unless the database hangs; Slack retries what is
# not acknowledged within 3 s.
ANSWER_WAIT_SECONDS = 1.5
DELIVERY_WAIT_SECONDS = 1.0
# asyncio's default pool size: enough threads to overlap database round
# trips, bounded by the store's connection pool (knowledge.store: 5 plus 10).
CORE_THREADS = min(32, (os.cpu_count() or 1) + 4)
# Answers remembered (one is a few KB), keyed by knowledge version and words:
# an older version's entries are never asked for again and age out.
MEMO_SIZE = 2048

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


class Runtime:
    """The core, run off the event loop, for every platform of one process."""

    def __init__(self, assistant: Assistant, *, rate_limit: RateLimit | None = None):
        self.assistant = assistant
        self.limiter = RateLimiter(rate_limit) if rate_limit else None
        self._core = ThreadPoolExecutor(max_workers=CORE_THREADS, thread_name_prefix="rolecall-core")
        self._memo: OrderedDict[tuple[int, str], WorkedOut] = OrderedDict()
        self.writer = Writer(assistant.store, self.run)
        # questions waiting for the next lot whose contexts are read together (`_together`)
        self._leaning: list[tuple[Question, contextvars.Context, asyncio.Future]] = []
        self._lots: asyncio.Task | None = None

    async def run(self, function, *args):
        """`function(*args)` on the core's threads; the request id of the
        log lines goes with it."""
        call = functools.partial(contextvars.copy_context().run, function, *args)
        return await asyncio.get_running_loop().run_in_executor(self._core, call)

    async def answer(self, question: Question) -> Answer | None:
        """The answer to send, its context stored; None when there is
        nothing to send (the asker is over the rate limit and was told so)."""
        wait = self.limiter.try_acquire((question.platform, question.user_id)) if (
            self.limiter is not None and isinstance(question.user_id, str)) else 0.0
        if wait and not self.limiter.notice_due((question.platform, question.user_id)):
            note_outcome(RATE_LIMITED)
            return None
        answer = slow_down(wait) if wait else await self._answer(question)
        note_answer(answer)
        return answer

    async def _answer(self, question: Question) -> Answer:
        try:
            answered = self._remembered(question)
            if answered is None:
                asked = self._together(question) if self.assistant.leans(question) else self.run(
                    self.assistant.answer, question)
                answered = await asyncio.wait_for(asked, ANSWER_WAIT_SECONDS)
                self._remember(question, answered)
        except asyncio.TimeoutError:
            log.warning("answered 'unavailable' (platform=%s): no answer within %g s", question.platform,
                        ANSWER_WAIT_SECONDS)
            return store_unavailable()
        except Exception:  # the user gets an apology; the log gets the cause
            log.exception("answering failed (platform=%s)", question.platform)
            return APOLOGY
        stored = self.writer.add(answered.effects)
        if stored is None:
            return answered.answer
        try:
            await stored  # settled within CONTEXT_WAIT_SECONDS by the writer
        except StoreError as error:  # a follow-up must not find an older context: as before, try again
            log.warning("answered 'unavailable' (platform=%s): the conversation's context was not stored: %s",
                        question.platform, error)
            return store_unavailable()
        except Exception as error:  # took too long (it will most likely land), or the writer is closed
            log.warning("answered without waiting for the conversation's context to be stored (platform=%s): %s",
                        question.platform, type(error).__name__)
        return answered.answer

    def _together(self, question: Question) -> asyncio.Future:
        """`question` answered in the next lot of questions whose contexts
        are read together: a future of its `Answered`."""
        future = asyncio.get_running_loop().create_future()
        self._leaning.append((question, contextvars.copy_context(), future))
        if self._lots is None or self._lots.done():
            self._lots = asyncio.get_running_loop().create_task(self._answer_lots(), context=contextvars.Context())
        return future

    async def _answer_lots(self) -> None:
        while self._leaning:
            lot, self._leaning = self._leaning, []
            try:
                results = await self.run(self._answer_lot, lot)
            except asyncio.CancelledError:  # the loop is closing
                for _, _, future in lot:
                    future.cancel()
                raise
            except Exception as error:  # the executor is shut down
                results = [error] * len(lot)
            _settle_lot(lot, results)

    def _answer_lot(self, lot: list) -> list:
        """On a core thread: the contexts of `lot`'s questions read in one
        statement, and each question answered with its own (in its own
        request's context, for the log lines); an answer's failure is its own."""
        try:
            contexts = self.assistant.read_contexts([question.conversation_key for question, _, _ in lot])
            reads = [functools.partial(contexts.get, question.conversation_key) for question, _, _ in lot]
        except StoreError as error:  # each answer says "try again shortly" (and logs it)
            reads = [functools.partial(_raise, error)] * len(lot)
        results = []
        for (question, request, _), read in zip(lot, reads):
            try:
                results.append(request.run(self.assistant.answer, question, read))
            except Exception as error:
                results.append(error)
        return results

    def _remembered(self, question: Question) -> Answered | None:
        """The answer from memory, when the knowledge version was read a
        moment ago (or another question is reading it just now) and the
        same words were answered at it; else None."""
        knowledge = self.assistant.knowledge
        if not knowledge.is_fresh() and knowledge.claim_check():
            return None  # this question reads the version (the others of the moment need not)
        key = (knowledge.version, cap(question.text or ""))
        worked = self._memo.get(key)
        if worked is None:
            return None
        self._memo.move_to_end(key)
        return self.assistant.deliver(question, worked, knowledge.version)

    def _remember(self, question: Question, answered: Answered) -> None:
        if answered.reusable is None:
            return
        self._memo[(answered.version, cap(question.text or ""))] = answered.reusable
        while len(self._memo) > MEMO_SIZE:
            self._memo.popitem(last=False)

    async def first_delivery(self, key: str) -> bool:
        """Whether `key` (a platform's event or activity id) arrives for the
        first time in any process; StoreUnavailable when that could not be
        told within DELIVERY_WAIT_SECONDS (the caller then answers anyway)."""
        try:
            return await asyncio.wait_for(asyncio.shield(self.writer.first_delivery(key)), DELIVERY_WAIT_SECONDS)
        except asyncio.TimeoutError:
            raise StoreUnavailable(f"recording the delivery took over {DELIVERY_WAIT_SECONDS:g} s") from None

    async def rate(self, press: FeedbackPress, platform: str, user_id: str | None) -> Answer:
        """A 👍/👎 recorded, and the thanks to show; never raises. The
        request line says "feedback", not "ignored"."""
        note_outcome(FEEDBACK)
        try:
            async with asyncio.timeout(ANSWER_WAIT_SECONDS):
                return await self.run(self.assistant.rate, press, platform, user_id)
        except TimeoutError:  # a database that hangs: the press is acknowledged all the same
            log.warning("feedback answered 'unavailable' (platform=%s): not recorded within %g s", platform,
                        ANSWER_WAIT_SECONDS)
            return store_unavailable()
        except Exception:
            log.exception("recording feedback failed (platform=%s)", platform)
            return APOLOGY

    async def close(self) -> None:
        """Write what is pending, then stop the core's threads (shutdown)."""
        await self.writer.close()
        self._core.shutdown(wait=False)


def _raise(error: Exception):
    raise error


def _settle_lot(lot: list, results: list) -> None:
    for (_, _, future), result in zip(lot, results):
        if future.done():  # its asker gave up (timed out)
            continue
        if isinstance(result, BaseException):
            future.set_exception(result)
            future.exception()  # marked as seen
        else:
            future.set_result(result)
