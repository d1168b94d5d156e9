"""The writes each question leaves behind: its conversation's context and its
line in the question log, and the id of a platform's event it came in (so a
retry is answered once), written at once or many together.

Written one by one, those two small rows cost the web process more than
answering the question: a transaction each, SQLAlchemy's statement handling
each, on SQLite a commit each (bench/load.py, issue 7). `BatchedWrites` does
what databases call group commit: every question of the moment hands its
rows to one writer thread, which writes all it holds in one transaction,
then the next lot. Alone, a row is written at once; under load, lots
start at most every few milliseconds (`LOT_INTERVAL_SECONDS`), and the
rows that arrived meanwhile make the next one.

On an SQLite file the lots of a web process are written on its event loop
instead (`Store.loop_engine`). A lot there is a few pages appended to the
write-ahead log, without waiting for the disk (synchronous=NORMAL) or for
another writer's lock (busy timeout 0: a locked database means "try again
in a moment", and the rows wait for the next lot); the checkpoints that do
wait for the disk run on the writer thread. A thread cost more than the
writing: with its hand-overs of the interpreter (~10 futex calls per
request under strace) a slash command took 3.0x bare Bolt's CPU, written on
the loop 2.0x, in the same session (bench/load.py). PostgreSQL is always written from the thread: the
loop never waits on the network.

An event id is waited for before answering, and a context before the reply
leaves (see `Pending`), so a retry or a follow-up that a load balancer sends
to another process is treated as it was when each was written on its own. The question log is not waited for: it
is counted for `rolecall report`, a moment later. `ImmediateWrites` has the
same interface and writes in the caller's thread (the CLI, tests).
"""

import asyncio
import logging
import sqlite3
import threading
import time
from collections import deque
from concurrent.futures import Future, InvalidStateError
from typing import Protocol

from knowledge.conversations import Context, context_row, save_contexts
from knowledge.dedup import batches_deliveries, first_deliveries, first_delivery
from knowledge.questions import LoggedQuestion, record_questions
from knowledge.errors import StoreUnavailable
from knowledge.store import Store

log = logging.getLogger("rolecall.store")

# Rows waiting for the writer (they pile up while a transaction is slow, or
# while the database is away); beyond it the oldest question-log rows are
# dropped (and counted in the log), and new contexts and deliveries fail at
# once. A lot that fails fails its contexts and deliveries with the cause.
# Its question-log rows, and the ids of its deliveries, are kept for a later
# lot when the database is unreachable (StoreUnavailable) or locked; for any
# other cause (a missing table, a read-only file, a full disk) they are
# dropped, with one error line for as long as the same cause lasts.
MAX_PENDING = 10_000
# After a failed lot, the next waits twice as long as after the one before
# (from LOT_INTERVAL_SECONDS) up to this, unless someone waits for it (a
# context or a delivery): rows kept through an outage are tried again a few
# times a minute at most, not every lot interval.
MAX_BACKOFF_SECONDS = 5.0

# Under load, a lot starts no sooner than this after the one before it, so
# that the questions of a few milliseconds share one transaction and its
# statements: on SQLite a lot of one question took 0.30 ms, a lot of six
# 0.37 ms (this machine). A write that finds the writer idle, with no lot in
# the last interval, still goes at once. Longer lets more questions share a
# lot's fixed cost, and keeps a reply waiting longer: bench/load.py, slash
# commands at c64, 5 ms: 0.31 ms of CPU per command, 3,400-3,600 req/s;
# 10 ms: 0.28, 3,740; 15 ms: 0.26, 3,940; 25 ms: 0.25, 3,420 (64 clients
# each waiting for a lot). 15 ms, a moment nobody notices in chat, saves a
# sixth of the web process's CPU under load. (32 clients, every one of them
# waiting for the lot, asked 14% fewer questions a second: 2,890 against
# 3,360, still above bare Bolt's 2,840, which waits 10 ms for an ack.)
LOT_INTERVAL_SECONDS = 0.015
# On the loop's SQLite path: a checkpoint of the write-ahead log (on the
# writer thread) after this many lots, ~5 pages each: the log stays a few MB.
CHECKPOINT_EVERY_LOTS = 200

# Resolved once the write is done (None; for `first_delivery`, whether the
# key was new), or failed with the cause when it could not be done. A
# `concurrent.futures.Future`, or an asyncio one when asked on an event loop.
Pending = Future | asyncio.Future


class Writes(Protocol):
    waits_on_database: bool  # whether handing over a write may block on the database
    def save_context(self, key: str, context: Context) -> Pending: ...

    def log_question(self, entry: LoggedQuestion) -> None: ...

    def first_delivery(self, key: str) -> Pending: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


def _done(error: BaseException | None = None, result=None) -> Pending:
    future: Pending = Future()
    if error is None:
        future.set_result(result)
    else:
        future.set_exception(error)
    return future


class ImmediateWrites:
    """Each write in its own transaction, in the caller's thread."""

    waits_on_database = True

    def __init__(self, store: Store):
        self.store = store

    def save_context(self, key: str, context: Context) -> Pending:
        try:
            self.store.prepare()
            with self.store.engine.begin() as conn:
                save_contexts(conn, [context_row(key, context)])
        except Exception as error:  # the caller decides what a lost context means
            return _done(error)
        return _done()

    def log_question(self, entry: LoggedQuestion) -> None:
        self.store.prepare()
        with self.store.engine.begin() as conn:
            record_questions(conn, [entry])

    def first_delivery(self, key: str) -> Pending:
        return _portable_delivery(self.store, key)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


class BatchedWrites:
    """Group commit: on the event loop for an SQLite file, else on a writer
    thread of its own (started on first use)."""

    waits_on_database = False

    def __init__(self, store: Store, *, max_pending: int = MAX_PENDING,
                 lot_interval: float = LOT_INTERVAL_SECONDS, on_loop: bool = True):
        self.store = store
        self.max_pending = max_pending
        self.lot_interval = lot_interval
        # Writing on the event loop (an SQLite file): the loop rows are
        # handed over on, its scheduled lot, when the last lot started.
        self._loop_engine = store.loop_engine() if on_loop else None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_lot: asyncio.Handle | None = None
        self._loop_lot_started = float("-inf")
        self._lots_since_checkpoint = 0
        self._checkpoint_due = False
        self._cond = threading.Condition()
        self._contexts: dict[str, dict] = {}
        self._waiting: list[Pending] = []
        self._questions: deque[LoggedQuestion] = deque()
        self._deliveries: dict[str, list[Pending]] = {}
        self._dropped = 0
        self._in_flight: set[str] = set()  # delivery keys of the lots being written
        self._failures = 0  # lots failed in a row
        self._failing: str | None = None  # their cause, logged once
        self._writing = False  # the thread is writing a lot
        self._loop_writing = False  # the loop is
        self._lingering = False
        self._flushing = 0  # flush() calls waiting: the thread writes meanwhile
        self._closed = False
        self._thread: threading.Thread | None = None

    def save_context(self, key: str, context: Context) -> Pending:
        future = _new_future()
        with self._cond:
            if self._closed:
                future.set_exception(RuntimeError("the writer is closed"))
                return future
            if key not in self._contexts and len(self._contexts) >= self.max_pending:
                future.set_exception(RuntimeError(f"{self.max_pending} contexts already wait for the database"))
                return future
            self._contexts[key] = context_row(key, context)
            self._waiting.append(future)
            self._wake()
        return future

    def log_question(self, entry: LoggedQuestion) -> None:
        with self._cond:
            if self._closed:
                log.warning("question log: a %s question came after shutdown and was not counted", entry.platform)
                return
            self._questions.append(entry)
            if len(self._questions) > self.max_pending:
                self._questions.popleft()
                self._dropped += 1
            self._wake()

    def first_delivery(self, key: str) -> Pending:
        """Whether `key` is seen for the first time, in any process (see
        `knowledge.dedup`): a platform's retry of an event is answered once.
        Waited for before answering, so written with the next lot. A key
        this process already has (waiting, in a lot being written, or kept
        through an outage) is a repeat at once: a retry is answered once by
        the process it reaches again, whatever the database does meanwhile."""
        future = _new_future()
        with self._cond:
            if self._closed:
                future.set_exception(RuntimeError("the writer is closed"))
                return future
            if key in self._in_flight or key in self._deliveries:
                future.set_result(False)
                return future
            if key not in self._deliveries and len(self._deliveries) >= self.max_pending:
                future.set_exception(StoreUnavailable(f"{self.max_pending} event ids already wait for the database"))
                return future
            self._deliveries.setdefault(key, []).append(future)
            self._wake()
        return future

    def flush(self, timeout: float | None = 10) -> bool:
        """Wait until everything handed over so far is written (or failed);
        False if that took longer than `timeout` seconds. On the event loop
        that writes lots, the thread writes them meanwhile (the loop is the
        one waiting)."""
        with self._cond:
            self._flushing += 1
            try:
                if self._has_work():  # the thread writes while someone waits here (see `_thread_writes_lots`)
                    self._wake_thread()
                return self._cond.wait_for(lambda: not self._has_work() and not self._writing
                                           and not self._loop_writing, timeout)
            finally:
                self._flushing -= 1

    def close(self, timeout: float = 10) -> None:
        """Write what is pending, then stop the writer (the web process's
        shutdown). What the loop had not written yet goes to the thread."""
        with self._cond:
            self._closed = True
            if self._has_work():
                self._wake_thread()
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                log.error("the writer did not finish within %s s; pending rows are lost", timeout)

    def _has_work(self) -> bool:
        return bool(self._contexts or self._questions or self._deliveries)

    def _wake(self) -> None:
        """Get the rows just handed over written (called holding the lock)."""
        if self._loop_engine is not None and self.store.is_ready:
            loop = _running_loop()
            if loop is not None:
                self._loop = loop
                self._schedule_on_loop()
                return
            if self._loop is not None and self._loop.is_running():  # from a core thread of the web process
                try:
                    self._loop.call_soon_threadsafe(self._schedule_on_loop_locked)
                    return
                except RuntimeError:  # the loop closed meanwhile
                    pass
        self._wake_thread()

    def _take_lot(self) -> tuple:
        """What is pending, taken for writing (holding the lock)."""
        lot = (list(self._contexts.values()), self._waiting, self._questions, self._deliveries)
        if self._dropped:
            log.warning("question log: %d questions were dropped: more than %d waited to be written",
                        self._dropped, self.max_pending)
        self._contexts, self._waiting, self._questions, self._deliveries, self._dropped = {}, [], deque(), {}, 0
        self._in_flight.update(lot[3])
        return lot

    def _lot_done(self, lot: tuple, left: tuple | None, *, keep: bool = True) -> None:
        """Book a lot's outcome (holding the lock): `left` is what `_write`
        gave back to try again (None: written), kept unless `keep` is false
        (the thread's last lot after close())."""
        self._in_flight.difference_update(lot[3])
        if left is None:
            if self._failures:
                log.info("the store takes writes again, after %d failed lots", self._failures)
            self._failures, self._failing = 0, None
            return
        self._failures += 1
        if not keep:
            if any(left[2:]):
                log.error("the writer is closed: %d question-log rows and %d event ids are lost",
                          len(left[2]), len(left[3]))
            return
        self._put_back(*left)

    def _pause(self) -> float:
        """How long after a lot the next one starts (holding the lock): the
        lot interval, or, after failed lots with nobody waiting for the next
        one, a backoff (MAX_BACKOFF_SECONDS)."""
        if not self._failures or self._waiting or any(self._deliveries.values()):
            return self.lot_interval
        return min(MAX_BACKOFF_SECONDS, self.lot_interval * 2 ** self._failures)

    def _fail_lot(self, lot: tuple, error: BaseException) -> None:
        """A bug of ours while writing `lot`: nobody may be left waiting for it."""
        _contexts, waiting, _questions, deliveries = lot
        log.exception("the writer failed; %d waiting writes fail with it", len(waiting) + len(deliveries))
        _settle([(future, None, error) for future in
                 [*waiting, *(f for futures in deliveries.values() for f in futures)]])

    # -- the event loop's lots (an SQLite file) -------------------------------
    def _schedule_on_loop_locked(self) -> None:
        with self._cond:
            self._schedule_on_loop()

    def _schedule_on_loop(self) -> None:
        if self._closed:
            return
        if self._loop_lot is not None:
            if not self._failures:
                return
            self._loop_lot.cancel()  # a backoff: the rows just handed over may have someone waiting
        wait = self._loop_lot_started + self._pause() - time.monotonic()
        self._loop_lot = (self._loop.call_later(wait, self._write_on_loop) if wait > 0
                          else self._loop.call_soon(self._write_on_loop))

    def _write_on_loop(self) -> None:
        with self._cond:
            self._loop_lot = None
            if self._closed or not self._has_work():
                return  # after close() the thread writes what is left
            lot = self._take_lot()
            self._loop_writing = True
        self._loop_lot_started = time.monotonic()
        left = None
        try:
            left = self._write(*lot, engine=self._loop_engine)
        except Exception as error:
            self._fail_lot(lot, error)
            left = ([], [], [], {})
        finally:
            with self._cond:
                self._loop_writing = False
                self._lot_done(lot, left)
                if left is not None:  # what is left waits for a later lot (the thread's, after close())
                    if self._closed:
                        self._wake_thread()
                    elif self._has_work():
                        self._schedule_on_loop()
                else:
                    self._lots_since_checkpoint += 1
                    if self._lots_since_checkpoint >= CHECKPOINT_EVERY_LOTS:
                        self._lots_since_checkpoint = 0
                        self._checkpoint_due = True
                        self._wake_thread()
                self._cond.notify_all()  # flush() waiters

    def _put_back(self, contexts: list[dict], waiting: list[Pending], questions, deliveries: dict) -> None:
        """What a failed lot left, pending again ahead of what came meanwhile
        (a newer context of the same conversation wins), within max_pending."""
        for row in contexts:
            self._contexts.setdefault(row["key"], row)
        self._waiting[:0] = [future for future in waiting if not future.done()]
        self._questions.extendleft(reversed(questions))
        while len(self._questions) > self.max_pending:
            self._questions.popleft()
            self._dropped += 1
        for key, futures in deliveries.items():
            if key in self._deliveries or len(self._deliveries) < self.max_pending:
                self._deliveries.setdefault(key, [])[:0] = [future for future in futures if not future.done()]

    # -- the writer thread ------------------------------------------------------
    def _wake_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="rolecall-writer", daemon=True)
            self._thread.start()
        elif not self._writing and (not self._lingering or self._failures):  # a backoff ends for a waiter
            self._cond.notify()

    def _run(self) -> None:
        started = float("-inf")
        while True:
            with self._cond:
                self._writing = False
                self._cond.notify_all()  # flush() waiters
                while not self._closed and not self._checkpoint_due and not (
                        self._has_work() and self._thread_writes_lots()):
                    self._cond.wait()
                checkpoint, self._checkpoint_due = self._checkpoint_due, False
                if not checkpoint:
                    if not self._has_work():
                        return  # closed, and nothing left
                    self._lingering = True
                    while not self._closed and (left := started + self._pause() - time.monotonic()) > 0:
                        self._cond.wait(left)
                    self._lingering = False
                    started = time.monotonic()
                    lot = self._take_lot()
                self._writing = True
            if checkpoint:
                self._checkpoint()
                continue
            try:
                left = self._write(*lot)
                with self._cond:
                    self._lot_done(lot, left, keep=not self._closed)
            except BaseException as error:  # a bug of ours
                self._fail_lot(lot, error)
                with self._cond:
                    self._in_flight.difference_update(lot[3])
                    self._writing = False
                    self._thread = None  # the next write starts a new writer
                    if self._has_work() and not self._closed:
                        self._wake()
                    self._cond.notify_all()
                if not isinstance(error, Exception):
                    raise
                return

    def _thread_writes_lots(self) -> bool:
        """Whether the pending rows are the thread's to write (holding the
        lock). Not while the event loop writes them (an SQLite file, its loop
        running, nobody flushing): woken for a checkpoint under load, the
        thread once went on to write lots, and kept at it, a second writer
        contending with the loop for SQLite's lock and for the interpreter
        (5-6% of the web process's CPU, bench/load.py slash commands at c64)."""
        return (self._closed or self._flushing > 0 or self._loop_engine is None or not self.store.is_ready
                or self._loop is None or not self._loop.is_running())

    def _checkpoint(self) -> None:
        try:
            self.store.checkpoint()
        except Exception as error:  # the next one will do; the log only grows meanwhile
            log.warning("could not checkpoint the write-ahead log: %s: %s", type(error).__name__, error)

    def _write(self, contexts: list[dict], waiting: list[Pending], questions: list[LoggedQuestion],
               deliveries: dict[str, list[Pending]], *, engine=None) -> tuple | None:
        """Write one lot and settle its futures. None when it is written;
        else what is left for a later lot: all of it, nothing settled, when
        `engine` (the loop's) found the database locked; its question-log
        rows and event ids when the database is unreachable; nothing when
        the rows were refused (`MAX_PENDING` says why)."""
        try:
            first = self._store_lot(list(deliveries), contexts, questions, engine)
        except Exception as error:
            if engine is not None and _is_locked(error):
                return contexts, waiting, questions, deliveries
            _settle([(future, None, error) for future in waiting])
            if isinstance(error, StoreUnavailable) or _is_locked(error):  # the database is away or busy
                self._log_failure(logging.WARNING, error, "the store is unreachable or busy: %d question-log rows "
                                  "and %d event ids wait for it (so do those of the next lots)", len(questions),
                                  len(deliveries))
                _settle([(future, None, error) for futures in deliveries.values() for future in futures])
                return [], [], questions, {key: [] for key in deliveries}
            self._log_failure(logging.ERROR, error, "could not write to the store: %d question-log rows and %d "
                              "conversation contexts are dropped (so are those of the next lots, until it takes "
                              "writes again)", len(questions), len(contexts))
            if deliveries:
                try:  # a bad row of another kind must not fail every platform's retry check
                    first = self._store_lot(list(deliveries), [], [], engine)
                except Exception as again:
                    _settle([(f, None, again) for futures in deliveries.values() for f in futures])
                    deliveries = {}
            left = [], [], [], {}
        else:
            _settle([(future, None, None) for future in waiting])
            left = None
        # Two deliveries of one key in one lot: the first asked is the first.
        _settle([(future, n == 0 and key in first, None)
                 for key, futures in deliveries.items() for n, future in enumerate(futures)])
        return left

    def _log_failure(self, level: int, error: Exception, message: str, *args) -> None:
        """One line for a cause of failed lots, not one a lot: the lots that
        fail after it for the same cause are logged at debug level."""
        cause = getattr(error, "orig", None) or error  # the driver's words, without the statement and its rows
        cause = f"{type(cause).__name__}: {cause}"
        if cause == self._failing:
            level = logging.DEBUG
        self._failing = cause
        log.log(level, message + ": %s", *args, cause)

    def _store_lot(self, deliveries: list[str], contexts: list[dict], questions: list[LoggedQuestion],
                   engine=None) -> set[str]:
        """Write one lot in one transaction; the delivery keys seen first."""
        self.store.prepare()
        engine = engine or self.store.engine
        if batches_deliveries(engine):
            first, deliveries_now = set(), deliveries
        else:  # a database without INSERT … ON CONFLICT: one at a time
            first, deliveries_now = {key for key in deliveries if first_delivery(self.store, key)}, []
        with engine.begin() as conn:
            first |= first_deliveries(conn, deliveries_now)
            save_contexts(conn, contexts)
            record_questions(conn, questions)
        return first


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _is_locked(error: BaseException) -> bool:
    """SQLite's "database is locked" (or "busy"): another connection is
    writing; the same lot goes through a moment later."""
    cause = getattr(error, "orig", error)
    return isinstance(cause, sqlite3.OperationalError) and any(
        word in str(cause).lower() for word in ("locked", "busy"))


def _new_future():
    """On an event loop's thread, an asyncio future of that loop (the web
    process awaits it there); elsewhere a `concurrent.futures.Future`."""
    try:
        return asyncio.get_running_loop().create_future()
    except RuntimeError:
        return Future()


def _settle(outcomes: list[tuple]) -> None:
    """Resolve (future, result, error) triples from the writer's thread.
    The futures of one event loop are resolved in one call on that loop:
    one wake-up per lot instead of one per question."""
    by_loop: dict[asyncio.AbstractEventLoop, list[tuple]] = {}
    running = _running_loop()
    for outcome in outcomes:
        future = outcome[0]
        if isinstance(future, asyncio.Future):
            by_loop.setdefault(future.get_loop(), []).append(outcome)
        else:
            _resolve(*outcome)
    for loop, theirs in by_loop.items():
        if loop is running:  # written on the loop itself
            _resolve_all(theirs)
            continue
        try:
            loop.call_soon_threadsafe(_resolve_all, theirs)
        except RuntimeError:  # that loop is closed: nobody waits any more
            pass


def _resolve_all(outcomes: list[tuple]) -> None:
    for outcome in outcomes:
        _resolve(*outcome)


def _resolve(future, result, error) -> None:
    if future.done():  # an asyncio future whose request was cancelled
        return
    try:
        if error is None:
            future.set_result(result)
        else:
            future.set_exception(error)
    except (asyncio.InvalidStateError, InvalidStateError):  # cancelled meanwhile: nobody waits
        pass


def _portable_delivery(store: Store, key: str) -> Pending:
    try:
        return _done(result=first_delivery(store, key))
    except Exception as error:
        return _done(error)
