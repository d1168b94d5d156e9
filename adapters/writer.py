"""The rows answers leave, written many at a time: one thread hop per lot.

Written one by one, a context and a question-log line cost the web process
more than answering (a transaction, a commit and a thread hop each). So the
rows of every answer given meanwhile wait here, on the event loop, while a
lot is being written, and the next lot takes them all, in one transaction on
the core's threads (`knowledge.effects.write_lot`): what databases call group
commit, with no timer: alone, a row is written at once.

A context is waited for before its reply leaves, and a platform's event id
before the event is answered (a retry reaching another process is then
answered once); the question log is not waited for. While the database is
out of reach, contexts and event ids fail (the caller says "try again
shortly", or answers anyway), and the question-log lines and event ids are
kept for a later lot, up to MAX_PENDING.
"""

import asyncio
import logging
from collections import deque

from knowledge import StoreUnavailable
from knowledge.effects import Effects, write_lot
from knowledge.store import Store

log = logging.getLogger("rolecall.store")

# Rows waiting for the database at most: beyond it the oldest question-log
# lines are dropped and new contexts and event ids fail at once.
MAX_PENDING = 10_000
# After a failed lot, how soon the next is tried (at once when someone waits
# for it): rows kept through an outage are not tried again every millisecond.
RETRY_SECONDS = 1.0
# How long shutdown waits for the last lots.
CLOSE_SECONDS = 10.0
# How long a reply waits for its context to be stored (then it goes anyway:
# the lot will most likely land). Milliseconds unless the database hangs;
# Slack retries what is not acknowledged within 3 s. Timed here, once for all
# the contexts of a lot, rather than by a timer per reply.
CONTEXT_WAIT_SECONDS = 1.0


class Writer:
    """Collects effects and event ids on the event loop; `run` writes a lot
    on the core's threads (adapters/runtime.py), one lot at a time."""

    def __init__(self, store: Store, run):
        self._store = store
        self._run = run
        self._effects: deque[Effects] = deque()
        self._stored: list[asyncio.Future] = []  # one per context among `_effects`
        self._deliveries: dict[str, list[asyncio.Future]] = {}
        self._in_flight: set[str] = set()  # event ids of the lot being written
        self._someone_waits = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._failing: str | None = None  # the cause of the last failed lot, logged once
        self._dropped = 0  # question-log lines dropped since the last lot
        self._closed = False

    def add(self, effects: Effects) -> asyncio.Future | None:
        """Hand over an answer's rows; a future settled once its context is
        stored (failed with the cause, or with a TimeoutError after
        CONTEXT_WAIT_SECONDS), or None when it saves no context."""
        if not effects.saves_context and effects.logged is None:
            return None
        future = None
        if effects.saves_context:
            loop = asyncio.get_running_loop()
            future = loop.create_future()
            if self._closed or len(self._stored) >= MAX_PENDING:
                future.set_exception(StoreUnavailable("too many writes wait for the database"))
                return future
            if not self._stored:  # the first of the next lot: one timer for all its waiters
                loop.call_later(CONTEXT_WAIT_SECONDS, _settle, self._stored,
                                TimeoutError(f"the context was not stored within {CONTEXT_WAIT_SECONDS:g} s"))
            self._stored.append(future)
            self._someone_waits.set()
        elif len(self._effects) >= MAX_PENDING:
            # The oldest question-log line goes; a context someone waits for never does.
            oldest = next((i for i, pending in enumerate(self._effects) if not pending.saves_context), None)
            self._dropped += 1
            if oldest is None:
                return None  # all that waits saves contexts: this line is the one left out
            del self._effects[oldest]
        self._effects.append(effects)
        self._start()
        return future

    def first_delivery(self, key: str) -> asyncio.Future:
        """A future of whether `key` is seen for the first time. A key this
        process already holds (waiting, being written, kept through an
        outage) is a repeat at once, whatever the database does meanwhile."""
        future = asyncio.get_running_loop().create_future()
        if key in self._in_flight or key in self._deliveries:
            future.set_result(False)
        elif self._closed or len(self._deliveries) >= MAX_PENDING:
            future.set_exception(StoreUnavailable("too many event ids wait for the database"))
        else:
            self._deliveries[key] = [future]
            self._someone_waits.set()
            self._start()
        return future

    def _start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._write_lots())

    async def _write_lots(self) -> None:
        while self._effects or self._deliveries:
            effects, self._effects = list(self._effects), deque()
            stored, self._stored = self._stored, []
            deliveries, self._deliveries = self._deliveries, {}
            self._in_flight = set(deliveries)
            self._someone_waits.clear()
            if self._dropped:
                log.warning("question log: %d questions were dropped: more than %d waited to be written",
                            self._dropped, MAX_PENDING)
                self._dropped = 0
            try:
                first = await self._run(write_lot, self._store, effects, list(deliveries))
            except Exception as error:
                self._in_flight = set()
                self._failed(error, effects, stored, deliveries)
                if self._closed:
                    return
                try:  # the next lot (kept rows, or new ones) in a moment, or as soon as someone waits
                    await asyncio.wait_for(self._someone_waits.wait(), RETRY_SECONDS)
                except asyncio.TimeoutError:
                    pass
                continue
            self._in_flight = set()
            if self._failing is not None:
                log.info("the store takes writes again")
                self._failing = None
            _settle(stored, None)
            for key, futures in deliveries.items():
                _settle(futures, None, key in first)

    def _failed(self, error: Exception, effects: list[Effects], stored: list, deliveries: dict) -> None:
        """Fail the waiters of a lot; keep its question-log lines and event
        ids when the database is away, else drop them (a missing table, a
        read-only file: trying them again would fail the same way)."""
        cause = f"{type(error).__name__}: {getattr(error, 'orig', None) or error}"
        away = isinstance(error, StoreUnavailable) and not self._closed
        if cause != self._failing:  # one line per cause, not one per lot
            log.log(logging.WARNING if away else logging.ERROR, "could not write to the store; %s: %s",
                    "question-log lines and event ids wait for it" if away else "the lot is dropped", cause)
        self._failing = cause
        _settle(stored, error)
        for futures in deliveries.values():
            _settle(futures, error)
        if not away:
            return
        kept = [Effects(logged=e.logged) for e in effects if e.logged is not None]
        self._effects.extendleft(reversed(kept))
        # With the rows that arrived meanwhile, still at most MAX_PENDING: the oldest kept lines go.
        while len(self._effects) > MAX_PENDING and not self._effects[0].saves_context:
            self._effects.popleft()
            self._dropped += 1
        for key in deliveries:
            self._deliveries.setdefault(key, [])

    async def close(self) -> None:
        """Write what is pending (shutdown); what fails now is lost, and said so."""
        self._closed = True
        self._someone_waits.set()
        if self._task is not None and not self._task.done():
            try:
                await asyncio.wait_for(self._task, CLOSE_SECONDS)
            except asyncio.TimeoutError:
                log.error("the writer did not finish within %s s; pending rows are lost", CLOSE_SECONDS)


def _settle(futures: list[asyncio.Future], error: BaseException | None, result=None) -> None:
    for future in futures:
        if future.done():  # its request was cancelled
            continue
        if error is None:
            future.set_result(result)
        else:
            future.set_exception(error)
            future.exception()  # marked as seen: a waiter that gave up must not leave a warning behind
