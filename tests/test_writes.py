"""The web process writes what its answers leave many at a time
(adapters/writer.py): contexts, the question log and platform event ids.
Whatever the batching, what a person or another process can observe must be
what writing them one by one gave: a follow-up finds its context as soon as
the answer is out, a retried event is answered once, every question counts."""

import asyncio
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import event, func, select, update
from sqlmodel import select as sqlmodel_select

from adapters.writer import Writer
from knowledge import Context, LoggedQuestion, NotAnswered, Store, StoreUnavailable, load_context
from knowledge.dedup import STATEMENT_SIZES, first_deliveries, first_delivery
from knowledge.effects import Effects, persist
from knowledge.models import Conversation, QuestionLog, Unanswered

TTL = timedelta(minutes=30)


def count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def context(key: str, ids: tuple, intent: str | None = "salary") -> Effects:
    return Effects(key, Context(ids, intent))


def question(**fields) -> Effects:
    return Effects(logged=LoggedQuestion(**{"platform": "slack", "intent": "salary", "kind": "answer", **fields}))


def with_writer(store: Store, scenario, lots: list | None = None):
    """Run `scenario(writer)` on an event loop, lots written on a thread of
    their own as the runtime does; `lots` collects the size of each lot."""
    core = ThreadPoolExecutor(max_workers=1)

    async def run(function, *args):
        if lots is not None:
            lots.append(len(args[1]) + len(args[2]))
        return await asyncio.get_running_loop().run_in_executor(core, function, *args)

    async def main():
        writer = Writer(store, run)
        try:
            return await scenario(writer)
        finally:
            await writer.close()

    try:
        return asyncio.run(main())
    finally:
        core.shutdown()


def test_a_context_is_readable_by_another_process_once_it_is_stored(store, database_url):
    async def scenario(writer):
        await writer.add(context("slack:T1:C1:thread:1", (1, 2)))

    with_writer(store, scenario)
    other_process = Store(database_url)
    try:
        assert load_context(other_process, "slack:T1:C1:thread:1", TTL) == Context((1, 2), "salary")
    finally:
        other_process.dispose()


def test_what_a_conversation_was_told_outlives_answers_that_do_not_set_it(store):
    """A candidate's years and a company are told once; answers about other
    things write contexts without them, and the store keeps them, written
    one by one or in one lot, until something is told anew."""
    key = "slack:T1:C1:thread:told"
    persist(store, Effects(key, Context((1,), "experience", candidate_years=7, company="Quillfeather Labs")))
    persist(store, Effects(key, Context((2, 3), None, ranked=True)))
    kept = load_context(store, key, TTL)
    assert (kept.role_ids, kept.ranked, kept.candidate_years, kept.company) == ((2, 3), True, 7, "Quillfeather Labs")

    async def scenario(writer):
        await asyncio.gather(writer.add(Effects(key, Context((2,), "salary", candidate_years=9))),
                             writer.add(Effects(key, Context((3,), "salary"))))

    with_writer(store, scenario)
    assert load_context(store, key, TTL) == Context((3,), "salary", earlier_role_ids=(2, 3), candidate_years=9,
                                                    company="Quillfeather Labs")


def test_a_conversation_keeps_the_roles_before_its_last_ones_while_they_are_fresh(store):
    key = "teams:a:personal"

    async def scenario(writer):
        for ids in [(1,), (2,), (2,)]:  # the same role twice: the earlier one stays
            await writer.add(context(key, ids))
        assert load_context(store, key, TTL) == Context((2,), "salary", earlier_role_ids=(1,))
        with store.engine.begin() as conn:  # role 2 was last asked about an hour ago
            conn.execute(update(Conversation.__table__)
                         .values(updated_at=datetime.now(timezone.utc) - timedelta(hours=1)))
        await writer.add(Effects(key, Context((3, 4), "compare")))

    with_writer(store, scenario)
    assert load_context(store, key, TTL) == Context((3, 4), "compare")


def test_questions_answered_at_once_share_a_few_transactions_and_all_count(store):
    lots = []

    async def scenario(writer):
        stored = []
        for n in range(400):
            missed = NotAnswered(f"who is the chief vibes officer {n}", "unknown_role") if n % 5 == 0 else None
            writer.add(question(roles=("Engineer",), not_answered=missed))
            stored.append(writer.add(context(f"k{n % 8}", (n % 8, n))))
        await asyncio.gather(*stored)

    with_writer(store, scenario, lots)

    assert count(store, QuestionLog.__table__) == 400
    assert count(store, Unanswered.__table__) == 80
    assert len(lots) <= 2  # the first row alone, then everything that came meanwhile
    for n in range(8):  # the last context of each conversation is the one kept
        assert load_context(store, f"k{n}", TTL) == Context((n, 392 + n), "salary")


def test_an_event_delivered_several_times_at_once_is_first_only_once(store):
    async def scenario(writer):
        firsts = await asyncio.gather(*(writer.first_delivery("slack:Ev1") for _ in range(5)))
        return firsts, await writer.first_delivery("slack:Ev1"), await writer.first_delivery("slack:Ev2")

    firsts, later, other = with_writer(store, scenario)

    assert firsts == [True, False, False, False, False]
    assert later is False and other is True


def test_the_writer_and_a_process_writing_one_at_a_time_agree_on_who_was_first(store):
    assert first_delivery(store, "teams:a|1") is True

    async def scenario(writer):
        return await writer.first_delivery("teams:a|1"), await writer.first_delivery("teams:a|2")

    assert with_writer(store, scenario) == (False, True)
    assert first_delivery(store, "teams:a|2") is False


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
    async def scenario(writer):
        for _ in range(200):
            writer.add(question(intent="overview"))

    with_writer(store, scenario)  # closes the writer without waiting for anything first
    assert count(store, QuestionLog.__table__) == 200


def test_with_the_database_away_writes_fail_with_the_cause_and_the_writer_carries_on():
    # Nothing listens on port 1: every connection attempt is refused at once.
    away = Store("postgresql+psycopg://rolecall@127.0.0.1:1/none", lazy=True)

    async def scenario(writer):
        with pytest.raises(StoreUnavailable):
            await writer.add(context("k", (1,)))
        with pytest.raises(StoreUnavailable):
            await writer.first_delivery("slack:Ev9")
        assert await writer.first_delivery("slack:Ev9") is False  # kept: a repeat here
        with pytest.raises(StoreUnavailable):  # and the writer still answers
            await writer.add(context("k", (1,)))

    try:
        with_writer(away, scenario)
    finally:
        away.dispose()


def test_a_reply_waits_for_a_slow_database_at_most_context_wait_seconds_and_the_context_lands(store,
                                                                                               monkeypatch):
    """A database that takes its time: the reply stops waiting for its
    context after CONTEXT_WAIT_SECONDS (and goes), the context is stored all the same."""
    monkeypatch.setattr("adapters.writer.CONTEXT_WAIT_SECONDS", 0.05)
    core = ThreadPoolExecutor(max_workers=1)

    async def slow_run(function, *args):
        await asyncio.sleep(0.5)  # ten times the wait: the timer comes first, however busy the machine
        return await asyncio.get_running_loop().run_in_executor(core, function, *args)

    async def main():
        writer = Writer(store, slow_run)
        with pytest.raises(TimeoutError):
            await writer.add(context("k", (1,)))
        await writer.close()

    try:
        asyncio.run(main())
    finally:
        core.shutdown()
    assert load_context(store, "k", TTL) == Context((1,), "salary")


def test_after_shutdown_a_write_fails_instead_of_waiting_forever(store):
    async def scenario(writer):
        await writer.close()
        with pytest.raises(StoreUnavailable):
            await asyncio.wait_for(writer.add(context("k", (1,))), 30)  # at once; 30 s is a safety net
        with pytest.raises(StoreUnavailable):
            await asyncio.wait_for(writer.first_delivery("slack:late"), 30)

    with_writer(store, scenario)


def test_rows_written_many_at_once_read_back_as_the_orm_wrote_them(store):
    """The hot rows go to the driver's executemany (knowledge/bulk.py), past
    SQLAlchemy's per-row handling but through its column conversions: times
    keep their zone, flags and numbers their type, on either database."""
    asked_at = datetime(2026, 11, 23, 9, 30, 15, 123456, tzinfo=timezone.utc)

    async def scenario(writer):
        writer.add(question(platform="teams", roles=("Lead Backend Engineer", "Engineer"), confidence=0.8766,
                            asked_at=asked_at))
        await writer.add(Effects("teams:conv:1", Context((3, 1), "compare")))

    with_writer(store, scenario)

    with store.session() as session:
        logged = session.exec(sqlmodel_select(QuestionLog)).one()
    assert (logged.asked_at.astimezone(timezone.utc), logged.platform, logged.intent, logged.kind) == \
        (asked_at, "teams", "salary", "answer")
    assert logged.answered is True and logged.confidence == pytest.approx(0.877)
    assert json.loads(logged.roles) == ["Lead Backend Engineer", "Engineer"]
    assert load_context(store, "teams:conv:1", TTL) == Context((3, 1), "compare")


def test_the_cli_stores_an_answers_rows_at_once(store):
    persist(store, Effects("cli:1", Context((5,), "salary"), LoggedQuestion(platform="cli", intent="salary",
                                                                            kind="answer")))

    assert load_context(store, "cli:1", TTL) == Context((5,), "salary")
    assert count(store, QuestionLog.__table__) == 1


# -- a store that refuses the rows -------------------------------------------------

def test_a_question_log_the_store_refuses_costs_one_error_line_and_the_answers_go_on(tmp_path):
    """The question log's table is gone (as it is for a read-only file or a
    full disk, every lot fails the same way): the writer says so once, waits
    before the next lot instead of trying again at every question, and
    people are still answered."""
    from bot import open_assistant
    from tests.web_process import LogCapture, WebProcess

    assistant = open_assistant(f"sqlite:///{tmp_path / 'rolecall.db'}", serving=True)
    store = assistant.store
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE question_log")
    attempts = []

    @event.listens_for(store.engine, "before_cursor_execute")
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
    assert len(attempts) < 50  # far fewer attempts than questions


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

    async def scenario(writer):
        proxy.stop()
        with pytest.raises(StoreUnavailable):
            await asyncio.wait_for(writer.first_delivery("slack:EvAWAY"), 30)
        assert await writer.first_delivery("slack:EvAWAY") is False  # this process answered it
        proxy.start()  # closing the writer waits for the kept id to be written

    try:
        with_writer(here, scenario)
        assert first_delivery(elsewhere, "slack:EvAWAY") is False
    finally:
        here.dispose()
        elsewhere.dispose()


def test_with_the_database_away_at_most_max_pending_question_log_lines_wait(monkeypatch):
    """An outage must not grow memory without end: past MAX_PENDING waiting
    rows the oldest question-log lines are dropped (and said so)."""
    monkeypatch.setattr("adapters.writer.MAX_PENDING", 10)
    away = Store("postgresql+psycopg://rolecall@127.0.0.1:1/none", lazy=True)

    async def scenario(writer):
        for n in range(200):
            writer.add(question(intent="overview"))
            if n % 20 == 0:
                await asyncio.sleep(0.01)  # lots are tried, and fail, meanwhile
        return len(writer._effects)

    try:
        assert with_writer(away, scenario) <= 10
    finally:
        away.dispose()
