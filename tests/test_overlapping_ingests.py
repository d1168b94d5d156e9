"""Ingestions that overlap on one database, as when two operators (or a
deploy script and an admin's reload) change the knowledge at once.

Both must succeed, one after the other, and the knowledge version must move
once for each, so that every replica re-reads what both wrote. To make two
ingestions overlap exactly on PostgreSQL, the test holds the role table
against writes while they start: both read the store as it is, then wait at
their first write, until the test lets go. SQLite shows no one waiting, so
there two threads just start together.
"""

import threading
import time
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text

from knowledge import Knowledge, Store, ingest_paths
from knowledge.store import bump_version
from tests.conftest import SEEDS, _postgres_url
from tests.rolecall_process import rolecall

DEADLINE_SECONDS = 60  # a safety net: two cold `rolecall` starts on a busy 2-core machine
TITLE = "Quantum Widget Calibrator"


@pytest.fixture
def database(request) -> str:
    """A fresh PostgreSQL schema at this RoleCall's revision, its sessions
    named (by conftest, after the schema) so the test can see which of them
    wait (skips without PostgreSQL)."""
    url = _postgres_url(request)
    Store(url).dispose()
    return url


def _sessions_waiting_for_a_lock(engine, url: str) -> int:
    name = url.rsplit("application_name=", 1)[1]
    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :name "
                                 "AND wait_event_type = 'Lock'"), {"name": name}).scalar()


@contextmanager
def writes_to_roles_held(url: str):
    """Roles can be read but not written until the block ends; yields a
    function that waits until `n` of the database's sessions wait for a lock."""
    engine = create_engine(url)
    try:
        with engine.connect() as holder:
            holder.execute(text("LOCK TABLE role IN EXCLUSIVE MODE"))

            def wait_for_waiting(n: int) -> None:
                deadline = time.monotonic() + DEADLINE_SECONDS
                while _sessions_waiting_for_a_lock(engine, url) < n:
                    assert time.monotonic() < deadline, f"{n} sessions never waited together"
                    time.sleep(0.05)

            yield wait_for_waiting
            holder.rollback()
    finally:
        engine.dispose()


def _document(folder, name: str, title: str = TITLE):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text((SEEDS / "engineer.txt").read_text(encoding="utf-8").replace(
        "Key Responsibilities and Required Skills for Engineer",
        f"Key Responsibilities and Required Skills for {title}"), encoding="utf-8")
    return folder


def _ingest_in_background(folder, database: str):
    result = {}
    thread = threading.Thread(target=lambda: result.update(done=rolecall("ingest", str(folder),
                                                                         database_url=database)))
    thread.start()
    return thread, result


def test_two_ingestions_of_one_new_role_at_once_both_succeed_and_both_move_the_version(database, tmp_path):
    """Two folders, each with a document of the same new role: both runs
    found the role missing and both inserted it, and the second ended in a
    UniqueViolation traceback."""
    replica = Knowledge(Store(database))  # another process, already answering
    before = replica.version
    first, second = _document(tmp_path / "a", "widget-a.txt"), _document(tmp_path / "b", "widget-b.txt")

    with writes_to_roles_held(database) as wait_for_waiting:
        runs = [_ingest_in_background(folder, database) for folder in (first, second)]
        wait_for_waiting(2)
    for thread, _ in runs:
        thread.join(DEADLINE_SECONDS)

    for _, result in runs:
        assert result["done"].returncode == 0, result["done"].stderr
        assert "Traceback" not in result["done"].stderr
    assert replica.store.version() == before + 2
    replica.refresh()
    role = replica.role_by_alias(TITLE)
    assert [source.name for source in role.sources] == ["widget-a.txt", "widget-b.txt"]
    replica.store.dispose()


def test_two_ingestions_at_once_on_sqlite_both_succeed(tmp_path):
    url = f"sqlite:///{tmp_path / 'rolecall.db'}"
    folders = [_document(tmp_path / "a", "widget-a.txt"), _document(tmp_path / "b", "widget-b.txt")]
    stores = [Store(url) for _ in folders]  # as two processes would
    failures = []
    start = threading.Barrier(len(folders))

    def ingest(store, folder):
        start.wait()
        try:
            ingest_paths(store, [folder])
        except Exception as exc:  # the test's verdict, below
            failures.append(exc)

    threads = [threading.Thread(target=ingest, args=pair) for pair in zip(stores, folders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(DEADLINE_SECONDS)

    assert failures == []
    knowledge = Knowledge(stores[0])
    assert knowledge.version == 2
    assert [source.name for source in knowledge.role_by_alias(TITLE).sources] == ["widget-a.txt", "widget-b.txt"]
    for store in stores:
        store.dispose()


def test_two_ingestions_of_one_folder_at_once_both_succeed(database, tmp_path):
    folder = _document(tmp_path / "docs", "widget.txt")

    with writes_to_roles_held(database) as wait_for_waiting:
        runs = [_ingest_in_background(folder, database) for _ in range(2)]
        wait_for_waiting(2)
    for thread, _ in runs:
        thread.join(DEADLINE_SECONDS)

    outputs = sorted(result["done"].stdout for _, result in runs)
    for _, result in runs:
        assert result["done"].returncode == 0, result["done"].stderr
    # The second waited for the first, then found its document already in.
    assert f"{TITLE} (role_profile, added)" in outputs[0]
    assert f"{TITLE} (role_profile, unchanged)" in outputs[1]


@pytest.fixture(params=["no version yet", "a version"])
def versioned_store(request, database):
    store = Store(database)
    if request.param == "a version":
        with store.session() as session:
            bump_version(session)
            session.commit()
    yield store
    store.dispose()


def test_two_version_bumps_that_overlap_both_count(versioned_store, database):
    """A bump that read the version, added one in Python and wrote it back
    lost the other's bump (a replica that read the first never re-read), or
    with no version yet, failed on the key the other had just inserted."""
    store = versioned_store
    engine = create_engine(database)
    before = store.version()

    def bump_meanwhile():
        with store.session() as session:
            bump_version(session)
            session.commit()

    try:
        with store.session() as session:
            bump_version(session)
            thread = threading.Thread(target=bump_meanwhile)
            thread.start()
            # The other bump either finished or waits for this one's row.
            deadline = time.monotonic() + DEADLINE_SECONDS
            while thread.is_alive() and _sessions_waiting_for_a_lock(engine, database) < 1:
                assert time.monotonic() < deadline, "the other bump neither finished nor waited"
                time.sleep(0.05)
            session.commit()
        thread.join(DEADLINE_SECONDS)
        assert store.version() == before + 2
    finally:
        engine.dispose()
