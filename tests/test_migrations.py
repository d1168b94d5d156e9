"""The schema's versions: the migrations make exactly the models' tables, and
every database RoleCall may meet is brought to them, or refused clearly.

On SQLite and PostgreSQL alike (the `database_url` fixture): an empty
database, one at each older revision, one made before RoleCall used
migrations, one a newer RoleCall has upgraded, and replicas starting
together on one PostgreSQL schema.
"""

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import column, create_engine, inspect, table, text
from sqlmodel import SQLModel

from knowledge import Context, SchemaError, Store, ingest_paths, load_context, save_context
from knowledge.conversations import PENDING_ROLE
from knowledge.models import Conversation, utcnow
from knowledge.schema import INITIAL_REVISION, INITIAL_TABLES, alembic_config, compared, head_revision
from tests.conftest import SEEDS, _postgres_url

ROLECALL = Path(sys.executable).with_name("rolecall")
TTL = timedelta(minutes=30)


def differences(url: str) -> list:
    """What Alembic's autogenerate would change to make the database match
    the models: nothing, when the migrations are right."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "compare_type": True, "include_name": compared, "include_object": compared})
            return compare_metadata(context, SQLModel.metadata)
    finally:
        engine.dispose()


def migrate_to(url: str, revision: str, *, down: bool = False) -> None:
    """Apply the migrations up to `revision` only, as an older RoleCall did
    (or, `down`, take a newer database back to it)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            (command.downgrade if down else command.upgrade)(alembic_config(connection), revision)
            connection.commit()
    finally:
        engine.dispose()


def execute(url: str, *statements: str) -> list:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            results = [connection.execute(text(statement)) for statement in statements]
            return [result.all() if result.returns_rows else None for result in results]
    finally:
        engine.dispose()


def revision_of(url: str) -> str | None:
    rows = execute(url, "SELECT version_num FROM alembic_version")[0]
    return rows[0][0] if rows else None


def rolecall(*args: str, url: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(ROLECALL), *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "DATABASE_URL": url})


# -- the migrations are the models ---------------------------------------------

def test_a_new_store_gets_exactly_the_models_schema_from_the_migrations(database_url):
    store = Store(database_url)
    store.dispose()

    assert revision_of(database_url) == head_revision()
    assert differences(database_url) == []


def test_the_migrations_form_one_line_ending_at_the_head():
    scripts = ScriptDirectory.from_config(alembic_config(None))
    assert scripts.get_heads() == [head_revision()]
    assert scripts.get_bases() == [INITIAL_REVISION]
    assert len(list(scripts.walk_revisions())) == len(list(Path(scripts.versions).glob("*.py")))


@pytest.mark.parametrize("older", ["base", *[
    r.revision for r in ScriptDirectory.from_config(alembic_config(None)).walk_revisions()
    if r.revision != head_revision()]])
def test_a_database_at_an_older_revision_is_upgraded_and_keeps_its_rows(database_url, older):
    migrate_to(database_url, older)
    if older != "base":
        execute(database_url, "INSERT INTO meta (key, value) VALUES ('knowledge_version', '41')")

    store = Store(database_url)
    try:
        assert revision_of(database_url) == head_revision()
        assert differences(database_url) == []
        assert store.version() == (41 if older != "base" else 0)
    finally:
        store.dispose()


def test_a_database_made_before_migrations_is_adopted_with_its_knowledge(database_url):
    # The first release's tables, holding the seeds, and no version table.
    # (Ingested by this code, which writes columns the first release had
    # not, then taken back to the first release's tables.)
    current = Store(database_url)
    ingest_paths(current, [SEEDS])
    current.dispose()
    migrate_to(database_url, INITIAL_REVISION, down=True)
    execute(database_url, "DROP TABLE alembic_version")
    assert INITIAL_TABLES <= set(inspect(create_engine(database_url)).get_table_names())

    store = Store(database_url)
    try:
        assert revision_of(database_url) == head_revision()
        assert differences(database_url) == []
        assert not store.is_empty()
        assert store.version() == 1
    finally:
        store.dispose()


def test_a_database_newer_than_this_code_is_refused_naming_both_revisions(database_url):
    Store(database_url).dispose()
    execute(database_url, "UPDATE alembic_version SET version_num = '9999_from_the_future'")

    with pytest.raises(SchemaError) as refused:
        Store(database_url)
    assert "9999_from_the_future" in str(refused.value) and head_revision() in str(refused.value)

    asked = rolecall("ask", "what does an Engineer own?", url=database_url)
    assert asked.returncode == 1
    assert "9999_from_the_future" in asked.stderr and head_revision() in asked.stderr
    assert "Traceback" not in asked.stderr
    assert revision_of(database_url) == "9999_from_the_future"  # untouched


def test_a_database_with_only_some_of_the_tables_is_not_guessed_at(database_url):
    execute(database_url, "CREATE TABLE role (id INTEGER PRIMARY KEY, key VARCHAR NOT NULL, title VARCHAR NOT NULL)")

    with pytest.raises(SchemaError, match="some of RoleCall's tables but not all"):
        Store(database_url)


# -- conversations stored by an older RoleCall -------------------------------------

# Before 0009 a conversation's state was packed into its intent column behind
# marks ("?" a question back, "^" a ranking, "#" the topic's words, U+E001
# the pending question): each row as that code wrote it, and what it means.
MARKED_CONTEXTS = [
    ("salary", Context((2,), "salary")),
    (None, Context((1,), None)),
    ("?experience", Context((3, 1), "experience", choosing=True)),
    ("?", Context((3, 1), None, choosing=True)),
    ("^salary", Context((3, 1, 2), "salary", ranked=True)),
    ("overview#message queues|backend architect",
     Context((1,), "overview", topic=("message queues", "backend architect"))),
    ("^skills#kafka", Context((4, 2), "skills", ranked=True, topic=("kafka",))),
    ("#rust", Context((1,), None, topic=("rust",))),
    ("?education\ue001\ue000 on call?", Context((3, 1), "education", choosing=True, pending=f"{PENDING_ROLE} on call?")),
    ("?\ue001what about \ue000 #1?^", Context((3, 1), None, choosing=True, pending=f"what about {PENDING_ROLE} #1?^")),
]
_0008_CONVERSATION = table("conversation", column("key"), column("role_ids"), column("intent"),
                           column("updated_at", Conversation.__table__.c.updated_at.type))


def stored_intents(url: str) -> list:
    return [intent for _key, intent in execute(url, "SELECT key, intent FROM conversation ORDER BY key")[0]]


def test_a_conversation_stored_with_marks_reads_the_same_once_upgraded(database_url):
    migrate_to(database_url, "0008")
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(_0008_CONVERSATION.insert(), [
            {"key": f"c{n:02}", "role_ids": ",".join(map(str, context.role_ids)), "intent": marked,
             "updated_at": utcnow()} for n, (marked, context) in enumerate(MARKED_CONTEXTS)])
    engine.dispose()

    store = Store(database_url)
    try:
        read = [load_context(store, f"c{n:02}", TTL) for n in range(len(MARKED_CONTEXTS))]
    finally:
        store.dispose()
    assert read == [context for _marked, context in MARKED_CONTEXTS]
    assert stored_intents(database_url) == [context.intent for _marked, context in MARKED_CONTEXTS]


def test_a_downgrade_packs_the_state_back_behind_the_marks_the_older_code_reads(database_url):
    store = Store(database_url)
    try:
        for n, (_marked, context) in enumerate(MARKED_CONTEXTS):
            save_context(store, f"c{n:02}", context)
    finally:
        store.dispose()

    migrate_to(database_url, "0008", down=True)

    assert stored_intents(database_url) == [marked for marked, _context in MARKED_CONTEXTS]


def test_a_downgrade_over_a_state_it_cannot_read_leaves_that_intent_plain(database_url):
    """A state column cut short or edited by hand is read as no state
    (knowledge/conversations.py); taking the schema back does the same
    rather than stopping the downgrade halfway."""
    store = Store(database_url)
    try:
        save_context(store, "c00", Context((3, 1), "salary", ranked=True))
        save_context(store, "c01", Context((3, 1), "skills", choosing=True))
        save_context(store, "c02", Context((2,), "pay", ranked=True))
    finally:
        store.dispose()
    execute(database_url, "UPDATE conversation SET state = '{\"ranked\": tru' WHERE key = 'c00'",
            f"UPDATE conversation SET state = '{'[' * 100_000}' WHERE key = 'c02'")

    migrate_to(database_url, "0008", down=True)

    assert stored_intents(database_url) == ["salary", "?skills", "pay"]


# -- the operator's commands ------------------------------------------------------

def test_db_current_and_db_upgrade_show_and_bring_the_schema_to_the_head(database_url):
    head = head_revision()

    before = rolecall("db", "current", url=database_url)
    upgraded = rolecall("db", "upgrade", url=database_url)
    after = rolecall("db", "current", url=database_url)
    again = rolecall("db", "upgrade", url=database_url)

    assert before.returncode == 0, before.stderr
    assert "revision: none: an empty database" in before.stdout
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"upgraded from an empty database to {head}" in upgraded.stdout
    assert f"revision: {head} (head)" in after.stdout
    assert f"already at revision {head}" in again.stdout
    assert differences(database_url) == []


def test_db_upgrade_names_the_database_without_its_password(tmp_path):
    result = rolecall("db", "upgrade", url="postgresql+psycopg://rolecall:hunter2-secret@127.0.0.1:9/none")

    assert result.returncode == 1
    assert "cannot reach the knowledge store at postgresql+psycopg://rolecall:***@127.0.0.1:9/none" in result.stderr
    assert "hunter2-secret" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_serve_refuses_to_start_on_a_database_newer_than_this_code(database_url):
    Store(database_url).dispose()
    execute(database_url, "UPDATE alembic_version SET version_num = '9999_from_the_future'")

    env = {**os.environ, "DATABASE_URL": database_url, "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s",
           "SLACK_API_URL": "http://127.0.0.1:9/api/", "PORT": "0"}
    result = subprocess.run([str(ROLECALL), "serve"], capture_output=True, text=True, timeout=120, env=env)

    assert result.returncode == 1
    assert "9999_from_the_future" in result.stderr and head_revision() in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_with_no_upgrade_refuses_a_schema_behind_it(database_url):
    migrate_to(database_url, INITIAL_REVISION)
    if INITIAL_REVISION == head_revision():
        pytest.skip("only one revision: nothing can be behind")

    env = {**os.environ, "DATABASE_URL": database_url, "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s",
           "SLACK_API_URL": "http://127.0.0.1:9/api/", "PORT": "0"}
    result = subprocess.run([str(ROLECALL), "serve", "--no-upgrade"], capture_output=True, text=True, timeout=120,
                            env=env)

    assert result.returncode == 1
    assert "rolecall db upgrade" in result.stderr and "Traceback" not in result.stderr
    assert revision_of(database_url) == INITIAL_REVISION


# -- replicas -------------------------------------------------------------------------

def test_replicas_starting_together_on_an_empty_postgresql_schema_migrate_and_seed_once(request):
    database_url = _postgres_url(request)  # replicas share a database server; skips without one

    def start_a_replica(_n):
        return rolecall("ask", "what does an Engineer own?", url=database_url)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(start_a_replica, range(4)))

    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Engineer" in result.stdout
    assert revision_of(database_url) == head_revision()
    sources = execute(database_url, "SELECT count(*) FROM source")[0][0][0]
    assert sources == len(list(SEEDS.glob("*.txt")))
    assert differences(database_url) == []
