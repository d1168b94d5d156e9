"""The web process writes what its questions leave behind many at a time
(knowledge/writes.py): contexts, the question log and platform event ids.
Whatever the batching, what a person or another process can observe must be
what writing them one by one gave: a follow-up finds its context as soon as
the answer is out, a retried event is answered once, every question counts."""

import asyncio
import json
import logging
import sqlite3
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import event, func, select, update
from sqlmodel import select as sqlmodel_select

from knowledge import Context, LoggedQuestion, NotAnswered, Store, StoreUnavailable, load_context
from knowledge.dedup import STATEMENT_SIZES, first_deliveries, first_delivery
from knowledge.models import Conversation, QuestionLog, Unanswered
from knowledge.writes import BatchedWrites, ImmediateWrites

TTL = timedelta(minutes=30)


def count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


@pytest.fixture
def batched(store):
    writes = BatchedWrites(store)
    yield writes
    writes.close()


def test_a_context_is_readable_by_another_process_once_its_write_resolves(batched, database_url):
    stored = batched.save_context("slack:T1:C1:thread:1", Context((1, 2), "salary"))
    stored.result(timeout=10)

    other_process = Store(database_url)
    try:
        assert load_context(other_process, "slack:T1:C1:thread:1", TTL) == Context((1, 2), "salary")
    finally:
        other_process.dispose()


def test_a_conversation_keeps_the_roles_before_its_last_ones_while_they_are_fresh(batched, store):
    key = "teams:a:personal"
    for ids in [(1,), (2,), (2,)]:  # the same role twice: the earlier one stays
        batched.save_context(key, Context(ids, "salary")).result(timeout=10)
    assert load_context(store, key, TTL) == Context((2,), "salary", earlier_role_ids=(1,))

    with store.engine.begin() as conn:  # role 2 was last asked about an hour ago
        conn.execute(update(Conversation.__table__).values(updated_at=datetime.now(timezone.utc) - timedelta(hours=1)))
    batched.save_context(key, Context((3, 4), "compare")).result(timeout=10)
    assert load_context(store, key, TTL) == Context((3, 4), "compare")


def test_questions_asked_at_once_from_many_threads_are_all_counted(batched, store):
    asked_per_thread, threads = 50, 8

    def ask(n: int) -> None:
        for i in range(asked_per_thread):
            missed = NotAnswered(f"who is the chief vibes officer {n}-{i}", "unknown_role") if i % 5 == 0 else None
            batched.log_question(LoggedQuestion(platform="slack", intent="salary", kind="answer",
                                                roles=("Engineer",), not_answered=missed))
            batched.save_context(f"k{n}", Context((n,), "salary"))

    workers = [threading.Thread(target=ask, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert batched.flush(timeout=30)

    assert count(store, QuestionLog.__table__) == asked_per_thread * threads
    assert count(store, Unanswered.__table__) == asked_per_thread * threads // 5
    for n in range(threads):  # the last context of each conversation is the one kept
        assert load_context(store, f"k{n}", TTL) == Context((n,), "salary")


def test_writes_arriving_while_a_lot_is_recent_wait_and_share_the_next_transaction(store):
    """Under load, questions of the same few milliseconds share one commit
    instead of a commit each; a write to an idle writer is not held back."""
    transactions = []

    def committed(_connection) -> None:
        transactions.append(1)

    store.prepare()
    event.listen(store.engine, "commit", committed)
    writes = BatchedWrites(store, lot_interval=0.5)
    try:
        writes.save_context("alone", Context((1,), "salary")).result(timeout=10)
        assert len(transactions) == 1

        burst = [writes.save_context(f"burst{n}", Context((n,), "salary")) for n in range(20)]
        for stored in burst:
            stored.result(timeout=10)
        assert len(transactions) == 2  # the twenty waited for the interval, then went together
    finally:
        writes.close()
        event.remove(store.engine, "commit", committed)


def test_an_event_delivered_several_times_at_once_is_first_only_once(batched):
    deliveries = [batched.first_delivery("slack:Ev1") for _ in range(5)]
    firsts = [pending.result(timeout=10) for pending in deliveries]
    later = batched.first_delivery("slack:Ev1").result(timeout=10)

    assert firsts.count(True) == 1 and firsts[0] is True
    assert later is False
    assert batched.first_delivery("slack:Ev2").result(timeout=10) is True


def test_batched_and_immediate_writes_agree_on_who_was_first(store):
    immediate = ImmediateWrites(store)
    batched = BatchedWrites(store)
    try:
        assert immediate.first_delivery("teams:a|1").result() is True
        assert batched.first_delivery("teams:a|1").result(timeout=10) is False
        assert batched.first_delivery("teams:a|2").result(timeout=10) is True
        assert immediate.first_delivery("teams:a|2").result() is False
    finally:
        batched.close()


def test_lots_of_any_size_tell_new_event_ids_from_repeats_with_a_few_statements(store):
    """Each distinct statement stays prepared in the driver (and SQLite's
    memory): lots of every size must not each bring their own."""
    store.prepare()
    seen_before = {f"slack:Ev{n}" for n in range(0, 400, 3)}
    with store.engine.begin() as conn:
        first_deliveries(conn, sorted(seen_before))
    statements: set[str] = set()

    def executed(_conn, _cursor, statement, *_args):
        if "processed" in statement.lower():
            statements.add(statement)

    event.listen(store.engine, "before_cursor_execute", executed)
    try:
        start = 0
        for size in (1, 2, 3, 5, 7, 13, 31, 63, 64, 65, 100, 129):
            lot = [f"slack:Ev{n}" for n in range(start, start + size)]
            start += size
            with store.engine.begin() as conn:
                assert first_deliveries(conn, lot) == set(lot) - seen_before, size
    finally:
        event.remove(store.engine, "before_cursor_execute", executed)

    assert len(statements) <= len(STATEMENT_SIZES)


def test_closing_writes_what_is_still_pending(store):
    writes = BatchedWrites(store)
    for i in range(200):
        writes.log_question(LoggedQuestion(platform="teams", intent="overview", kind="answer"))
    writes.close()

    assert count(store, QuestionLog.__table__) == 200


def test_with_the_database_away_writes_fail_with_the_cause_and_the_writer_carries_on(tmp_path):
    # Nothing listens on port 1: every connection attempt is refused at once.
    away = Store("postgresql+psycopg://rolecall@127.0.0.1:1/none", lazy=True)
    writes = BatchedWrites(away)
    try:
        stored = writes.save_context("k", Context((1,), "salary"))
        delivered = writes.first_delivery("slack:Ev9")
        with pytest.raises(StoreUnavailable):
            stored.result(timeout=30)
        with pytest.raises(StoreUnavailable):
            delivered.result(timeout=30)
        # Still there for the next lot.
        with pytest.raises(StoreUnavailable):
            writes.save_context("k", Context((1,), "salary")).result(timeout=30)
    finally:
        writes.close()
        away.dispose()


def test_after_shutdown_a_write_fails_instead_of_waiting_forever(store):
    writes = BatchedWrites(store)
    writes.close()

    with pytest.raises(RuntimeError, match="closed"):
        writes.save_context("k", Context((1,), None)).result(timeout=30)  # at once; 30 s is a safety net
    with pytest.raises(RuntimeError, match="closed"):
        writes.first_delivery("slack:late").result(timeout=30)


def test_writes_awaited_on_an_event_loop_are_resolved_on_it(batched, store):
    """The web process awaits its writes on the event loop: they come back
    as that loop's futures, resolved there, a whole lot at a time."""
    async def scenario():
        stored = [batched.save_context(f"k{n}", Context((n,), "salary")) for n in range(20)]
        firsts = [batched.first_delivery("teams:conv|1") for _ in range(3)]
        assert all(isinstance(future, asyncio.Future) for future in stored + firsts)
        await asyncio.gather(*stored)
        return await asyncio.gather(*firsts)

    assert sorted(asyncio.run(scenario())) == [False, False, True]
    assert load_context(store, "k19", TTL) == Context((19,), "salary")


def test_a_row_that_cannot_be_written_does_not_fail_the_retry_checks_of_its_lot(store):
    """One bad question-log row fails its lot's transaction; the event ids
    of that lot are still recorded (on their own), so a platform's retry is
    still told apart, and the writer goes on with the next lot."""
    writes = BatchedWrites(store)
    try:
        with writes._cond:  # hold the writer so that all of these land in one lot
            writes.log_question(LoggedQuestion(platform=None, intent="salary", kind="answer"))  # not text
            stored = writes.save_context("k", Context((1,), "salary"))
            delivered = writes.first_delivery("slack:EvLot")
        assert delivered.result(timeout=10) is True
        with pytest.raises(Exception):
            stored.result(timeout=10)
        assert writes.first_delivery("slack:EvLot").result(timeout=10) is False
        assert writes.save_context("k", Context((2,), "salary")).result(timeout=10) is None
    finally:
        writes.close()


def test_rows_written_many_at_once_read_back_as_the_orm_wrote_them(store):
    """The hot rows go to the driver's executemany (knowledge/bulk.py), past
    SQLAlchemy's per-row handling but through its column conversions: times
    keep their zone, flags and numbers their type, on either database."""
    asked_at = datetime(2026, 11, 23, 9, 30, 15, 123456, tzinfo=timezone.utc)
    writes = BatchedWrites(store)
    try:
        writes.log_question(LoggedQuestion(platform="teams", intent="salary", kind="answer",
                                           roles=("Lead Backend Engineer", "Engineer"), confidence=0.8766,
                                           asked_at=asked_at))
        writes.save_context("teams:conv:1", Context((3, 1), "compare")).result(timeout=10)
        assert writes.flush(timeout=10)
    finally:
        writes.close()

    with store.session() as session:
        logged = session.exec(sqlmodel_select(QuestionLog)).one()
    assert (logged.asked_at.astimezone(timezone.utc), logged.platform, logged.intent, logged.kind) == \
        (asked_at, "teams", "salary", "answer")
    assert logged.answered is True and logged.confidence == pytest.approx(0.877)
    assert json.loads(logged.roles) == ["Lead Backend Engineer", "Engineer"]
    assert load_context(store, "teams:conv:1", TTL) == Context((3, 1), "compare")


# -- on an SQLite file the event loop writes its own lots ---------------------------

@pytest.fixture
def sqlite_store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'rolecall.db'}")
    yield store
    store.dispose()


def writer_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "rolecall-writer"]


def test_on_an_sqlite_file_the_loop_writes_its_lots_without_a_thread(sqlite_store):
    """Handing rows to a thread costs the loop more than writing them (each
    hand-over of the interpreter); the rows land all the same."""
    threads_before = set(writer_threads())
    writes = BatchedWrites(sqlite_store)

    async def scenario():
        stored = [writes.save_context(f"k{n}", Context((n,), "salary")) for n in range(20)]
        writes.log_question(LoggedQuestion(platform="slack", intent="salary", kind="answer"))
        firsts = [writes.first_delivery("slack:Ev1") for _ in range(2)]
        await asyncio.gather(*stored)
        return await asyncio.gather(*firsts)

    try:
        assert asyncio.run(scenario()) == [True, False]
        assert set(writer_threads()) <= threads_before  # none of its own
        assert load_context(sqlite_store, "k19", TTL) == Context((19,), "salary")
        assert count(sqlite_store, QuestionLog) == 1
    finally:
        writes.close()


def test_while_another_process_holds_the_write_lock_the_loop_keeps_serving_and_writes_later(sqlite_store):
    """`rolecall ingest` (another process) may hold SQLite's write lock for a
    while: the loop does not wait for it. Other work goes on, the rows wait,
    and they are written once the lock is released."""
    sqlite_store.prepare()
    other_process = sqlite3.connect(sqlite_store.url.split("///", 1)[1], isolation_level=None)
    writes = BatchedWrites(sqlite_store, lot_interval=0.01)

    async def scenario():
        other_process.execute("BEGIN IMMEDIATE")  # the write lock
        stored = writes.save_context("k", Context((7,), "salary"))
        ticks = 0
        for _ in range(20):  # 0.2 s of the loop doing other things
            await asyncio.sleep(0.01)
            ticks += 1
        assert not stored.done()
        other_process.execute("ROLLBACK")
        await asyncio.wait_for(stored, 5)
        return ticks

    try:
        assert asyncio.run(scenario()) == 20
        assert load_context(sqlite_store, "k", TTL) == Context((7,), "salary")
    finally:
        writes.close()
        other_process.close()


def test_the_write_ahead_log_is_checkpointed_off_the_loop(sqlite_store, monkeypatch):
    """The loop's connections never checkpoint (that waits for the disk);
    every so many lots the writer thread does."""
    monkeypatch.setattr("knowledge.writes.CHECKPOINT_EVERY_LOTS", 3)
    checkpoints = []

    def seen(_conn, _cursor, statement, *_args):
        if "wal_checkpoint" in statement:
            checkpoints.append(threading.current_thread().name)

    sqlite_store.prepare()
    event.listen(sqlite_store.engine, "before_cursor_execute", seen)
    writes = BatchedWrites(sqlite_store, lot_interval=0)

    async def scenario():
        for n in range(7):  # a lot each
            await writes.save_context(f"k{n}", Context((n,), "salary"))

    try:
        asyncio.run(scenario())
        assert writes.flush(timeout=10)
        deadline = time.monotonic() + 30  # a safety net: the checkpoint comes as soon as the thread runs
        while not checkpoints and time.monotonic() < deadline:
            time.sleep(0.01)
        # Two were due (after lots 3 and 6); on a busy machine the second
        # may come due before the thread ran the first, and they are one.
        assert 1 <= len(checkpoints) <= 2
        assert set(checkpoints) == {"rolecall-writer"}
    finally:
        writes.close()
        event.remove(sqlite_store.engine, "before_cursor_execute", seen)


def test_a_checkpoint_does_not_turn_the_writer_thread_into_a_second_writer_of_lots(sqlite_store, monkeypatch):
    """Woken for a checkpoint while questions keep coming, the writer thread
    checkpoints and goes back to waiting: the loop's lots stay the loop's.
    (It once went on to write the lots itself, a second writer contending
    with the loop for SQLite's lock and for the interpreter.)"""
    monkeypatch.setattr("knowledge.writes.CHECKPOINT_EVERY_LOTS", 2)
    writers, checkpoints = [], []

    def seen(_conn, _cursor, statement, *_args):
        if "wal_checkpoint" in statement:
            checkpoints.append(threading.current_thread().name)
        elif statement.lstrip().upper().startswith("INSERT"):
            writers.append(threading.current_thread().name)

    sqlite_store.prepare()
    engines = (sqlite_store.engine, sqlite_store.loop_engine())
    for engine in engines:
        event.listen(engine, "before_cursor_execute", seen)
    writes = BatchedWrites(sqlite_store, lot_interval=0.002)

    async def asker(n: int):
        for turn in range(40):  # rows always pending: each asker hands over the next at once
            await writes.save_context(f"k{n}", Context((turn,), "salary"))

    async def scenario():
        await asyncio.gather(*(asker(n) for n in range(8)))

    try:
        asyncio.run(scenario())
        assert checkpoints and set(checkpoints) == {"rolecall-writer"}
        assert writers and set(writers) == {"MainThread"}
    finally:
        writes.close()
        for engine in engines:
            event.remove(engine, "before_cursor_execute", seen)


def test_closing_on_the_loop_writes_what_the_loop_had_not_written_yet(sqlite_store):
    writes = BatchedWrites(sqlite_store, lot_interval=10)  # the next lot would be 10 s away

    async def scenario():
        await writes.save_context("first", Context((1,), "salary"))
        writes.save_context("second", Context((2,), "salary"))
        writes.log_question(LoggedQuestion(platform="teams", intent="salary", kind="answer"))
        writes.close()  # the web process's shutdown

    asyncio.run(scenario())
    assert load_context(sqlite_store, "second", TTL) == Context((2,), "salary")
    assert count(sqlite_store, QuestionLog) == 1


# -- a store that refuses the rows -------------------------------------------------

def test_a_question_log_the_store_refuses_costs_one_error_line_and_the_answers_go_on(tmp_path):
    """The question log's table is gone (as it is for a read-only file or a
    full disk, every lot fails the same way): the writer says so once, backs
    off instead of trying again every lot interval, and people are still
    answered."""
    from bot import open_assistant
    from tests.web_process import LogCapture, WebProcess

    assistant = open_assistant(f"sqlite:///{tmp_path / 'rolecall.db'}", serving=True)
    store = assistant.store
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE question_log")
    attempts = []

    @event.listens_for(store.loop_engine(), "before_cursor_execute")
    def count_attempts(_conn, _cursor, statement, *_args):
        if "INSERT INTO question_log" in statement:
            attempts.append(statement)

    try:
        with LogCapture() as logs, WebProcess(assistant, rate_limit=None) as web:
            replies = [web.slash("help", user=f"W{n}") for n in range(100)]
    finally:
        store.dispose()

    assert all(reply.status_code == 200 and "Ask me about job roles" in reply.text for reply in replies)
    complaints = [r for r in logs.records if r.name == "rolecall.store" and r.levelno >= logging.WARNING]
    assert 1 <= len(complaints) <= 3, [r.getMessage() for r in complaints]
    assert "no such table: question_log" in complaints[0].getMessage()
    assert len(attempts) < 50  # backing off: far fewer attempts than questions


def test_an_event_id_that_could_not_be_recorded_is_a_repeat_here_and_recorded_when_the_database_returns(request):
    """During an outage the event id cannot be recorded, and the event is
    answered anyway. Its retry reaching this process is still a repeat;
    once the database is back the id is recorded, so that a retry reaching
    any other process is one too."""
    from sqlalchemy.engine import make_url

    from tests.conftest import _postgres_url
    from tests.tcp_proxy import TcpProxy

    direct = _postgres_url(request)
    parsed = make_url(direct)
    proxy = TcpProxy(parsed.host, parsed.port or 5432)
    proxy.start()
    request.addfinalizer(proxy.stop)
    here = Store(parsed.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False))
    elsewhere = Store(direct)
    writes = BatchedWrites(here)
    try:
        proxy.stop()
        with pytest.raises(StoreUnavailable):
            writes.first_delivery("slack:EvAWAY").result(timeout=30)
        assert writes.first_delivery("slack:EvAWAY").result(timeout=1) is False  # this process answered it

        proxy.start()
        assert writes.flush(timeout=60)
        assert first_delivery(elsewhere, "slack:EvAWAY") is False
    finally:
        writes.close()
        here.dispose()
        elsewhere.dispose()
