"""The store's tables that grow with traffic stop growing: event ids past
the platforms' retries, conversation contexts past their time to live, and
questions past the retention are deleted, by the web process on its
schedule, by `rolecall db prune` for cron, and by every replica at once
without harm."""

import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from adapters.settings import DEFAULT_QUESTION_LOG_DAYS, ConfigError, load_settings
from bot import open_assistant
from bot.assistant import CONTEXT_TTL
from knowledge import Store
from knowledge.models import Conversation, ProcessedEvent, QuestionLog, Unanswered, utcnow
from knowledge.prune import BATCH, EVENT_ID_AGE, prune
from tests.conftest import _postgres_url
from tests.rolecall_process import rolecall
from tests.web_process import WebProcess

DEADLINE_SECONDS = 30  # a safety net for polling, never a wait


def _add_rows(store: Store, age: timedelta, *, count: int = 1, tag: str = "") -> None:
    """`count` rows of each kind, made `age` ago."""
    at = utcnow() - age
    tag = tag or f"{age.total_seconds():.0f}s"
    with store.engine.begin() as conn:
        conn.execute(ProcessedEvent.__table__.insert(),
                     [{"key": f"slack:Ev{tag}-{n}", "seen_at": at} for n in range(count)])
        conn.execute(Conversation.__table__.insert(),
                     [{"key": f"slack:C1:{tag}-{n}", "role_ids": "1", "intent": "salary", "updated_at": at,
                       "earlier_role_ids": ""} for n in range(count)])
        conn.execute(QuestionLog.__table__.insert(),
                     [{"asked_at": at, "platform": "slack", "intent": "salary", "kind": "facts", "roles": "[]",
                       "answered": True, "confidence": 1.0} for _ in range(count)])
        conn.execute(Unanswered.__table__.insert(),
                     [{"asked_at": at, "platform": "slack", "text": f"what about {tag}?", "reason": "unknown role",
                       "candidates": "[]"} for _ in range(count)])


def _counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {model.__tablename__: conn.execute(select(func.count()).select_from(model)).scalar()
                for model in (ProcessedEvent, Conversation, QuestionLog, Unanswered)}


def test_rows_past_their_use_are_deleted_and_the_rest_kept(store):
    _add_rows(store, EVENT_ID_AGE + timedelta(hours=1), count=BATCH + 5)  # more than one batch
    _add_rows(store, timedelta(days=DEFAULT_QUESTION_LOG_DAYS + 1), count=3)
    _add_rows(store, CONTEXT_TTL + timedelta(minutes=1), count=2)
    _add_rows(store, timedelta(minutes=1), count=4)  # fresh: nothing of it goes

    pruned = prune(store, context_ttl=CONTEXT_TTL, question_log_days=DEFAULT_QUESTION_LOG_DAYS)

    # Event ids a day old (and older), contexts past their 30 minutes, questions past 180 days.
    assert (pruned.event_ids, pruned.contexts, pruned.questions, pruned.unanswered) == (
        BATCH + 5 + 3, BATCH + 5 + 3 + 2, 3, 3)
    assert _counts(store) == {"processed_event": 2 + 4, "conversation": 4,
                              "question_log": BATCH + 5 + 2 + 4, "unanswered": BATCH + 5 + 2 + 4}
    again = prune(store, context_ttl=CONTEXT_TTL, question_log_days=DEFAULT_QUESTION_LOG_DAYS)
    assert again.total == 0


def test_a_question_log_retention_of_zero_keeps_every_question(store):
    _add_rows(store, timedelta(days=10 * 365))
    pruned = prune(store, context_ttl=CONTEXT_TTL, question_log_days=0)
    assert (pruned.event_ids, pruned.contexts, pruned.questions, pruned.unanswered) == (1, 1, 0, 0)
    assert _counts(store)["question_log"] == 1 and _counts(store)["unanswered"] == 1


def test_replicas_pruning_at_once_delete_each_row_once_without_errors(request):
    url = _postgres_url(request)
    replicas = [Store(url) for _ in range(3)]
    _add_rows(replicas[0], EVENT_ID_AGE + timedelta(hours=1), count=3 * BATCH)
    start, results, failures = threading.Barrier(len(replicas)), [], []

    def prune_as(replica):
        start.wait()
        try:
            results.append(prune(replica, context_ttl=CONTEXT_TTL, question_log_days=0))
        except Exception as exc:  # the test's verdict, below
            failures.append(exc)

    threads = [threading.Thread(target=prune_as, args=(replica,)) for replica in replicas]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(DEADLINE_SECONDS)

    assert failures == []
    assert sum(r.event_ids for r in results) == 3 * BATCH
    assert sum(r.contexts for r in results) == 3 * BATCH
    assert _counts(replicas[0])["processed_event"] == 0
    for replica in replicas:
        replica.dispose()


def test_the_web_process_prunes_at_start_and_then_on_its_schedule(tmp_path):
    assistant = open_assistant(f"sqlite:///{tmp_path / 'rolecall.db'}", serving=True)
    store = assistant.knowledge.store
    old = timedelta(days=31)
    _add_rows(store, old, tag="before-start")
    _add_rows(store, timedelta(minutes=1), tag="fresh")

    def wait_until_only_the_fresh_rows_are_left():
        deadline = time.monotonic() + DEADLINE_SECONDS
        while set(_counts(store).values()) != {1}:
            assert time.monotonic() < deadline, f"not pruned: {_counts(store)}"
            time.sleep(0.05)

    try:
        with WebProcess(assistant, prune_interval=0.2, question_log_days=30):
            wait_until_only_the_fresh_rows_are_left()
            _add_rows(store, old, tag="while-running")
            wait_until_only_the_fresh_rows_are_left()
    finally:
        store.dispose()


def test_rolecall_db_prune_says_what_it_deleted(tmp_path):
    url = f"sqlite:///{tmp_path / 'rolecall.db'}"
    store = Store(url)
    _add_rows(store, timedelta(days=400), count=2)
    _add_rows(store, timedelta(minutes=1))

    kept_longer = rolecall("db", "prune", database_url=url, ROLECALL_QUESTION_LOG_DAYS="500")
    pruned = rolecall("db", "prune", database_url=url)

    assert kept_longer.returncode == 0, kept_longer.stderr
    assert "deleted 2 event ids, 2 conversation contexts, 0 logged questions" in kept_longer.stdout
    assert pruned.returncode == 0, pruned.stderr
    assert "deleted 0 event ids, 0 conversation contexts, 2 logged questions, 2 unanswered" in pruned.stdout
    assert _counts(store) == {"processed_event": 1, "conversation": 1, "question_log": 1, "unanswered": 1}
    store.dispose()


@pytest.mark.parametrize("value, days", [("", 180), ("0", 0), ("30", 30)])
def test_the_question_log_retention_is_read_from_the_environment(value, days):
    assert load_settings({"ROLECALL_QUESTION_LOG_DAYS": value}).question_log_days == days


@pytest.mark.parametrize("garbage", ["-1", "forever", "1.5", "36501"])
def test_a_wrong_retention_names_the_setting(garbage):
    with pytest.raises(ConfigError, match="ROLECALL_QUESTION_LOG_DAYS"):
        load_settings({"ROLECALL_QUESTION_LOG_DAYS": garbage})
