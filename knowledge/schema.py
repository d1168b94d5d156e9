"""Bringing a database to the schema this code uses, with Alembic (migrations in
`knowledge/migrations/`, no alembic.ini).

At the head: one small query, no Alembic import. Empty, or behind: upgraded. Made before migrations:
stamped with the first revision, then upgraded. At an unknown (newer) revision: a `SchemaError`,
nothing touched. On PostgreSQL upgrades and the on-ready steps run under an advisory lock, so
replicas starting together do them once."""

import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from knowledge.errors import SchemaError

log = logging.getLogger("rolecall.store")

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSIONS = MIGRATIONS / "versions"

# The first revision, and the tables a database made before migrations has.
INITIAL_REVISION = "0001"
INITIAL_TABLES = frozenset({
    "career_link", "conversation", "experience", "fact", "meta", "processed_event", "role",
    "role_alias", "salary", "source", "unanswered",
})
VERSION_TABLE = "alembic_version"
# pg_advisory_lock(key1, key2): key1 is RoleCall's ("Role" in ASCII), key2 the
# schema's hash, so replicas on one schema serialize and other schemas don't wait.
ADVISORY_LOCK_KEY = 0x526F6C65


@dataclass(frozen=True)
class SchemaStatus:
    """Where a database stands. `revision` is None for an empty database or
    one made before migrations (`legacy`)."""

    revision: str | None
    head: str
    legacy: bool = False
    known: bool = True  # False: a revision this code does not have

    @property
    def at_head(self) -> bool:
        return self.revision == self.head

    def describe(self) -> str:
        if self.legacy:
            return f"none: made before RoleCall used migrations (its tables are revision {INITIAL_REVISION}); " \
                   f"`rolecall db upgrade` adopts it and brings it to {self.head}"
        if self.revision is None:
            return f"none: an empty database; `rolecall db upgrade` creates the schema ({self.head})"
        if self.at_head:
            return f"{self.revision} (head)"
        if not self.known:
            return f"{self.revision}: newer than this RoleCall knows (its newest is {self.head})"
        return f"{self.revision}: behind this RoleCall's {self.head}; run `rolecall db upgrade`"


def prepare(engine: Engine, *, upgrade: bool = True, then: Iterable[Callable[[], None]] = ()) -> SchemaStatus:
    """Bring the database to the head (only check, without `upgrade`), then run `then` under the same
    lock. Returns the state found; `SchemaError` when the database cannot be used."""
    with exclusive(engine) as connection:
        found = _fast_status(connection)
        if found is None:
            found = status(connection)
            connection.commit()  # Alembic runs each migration in a transaction of its own
            if not found.at_head:
                if not found.known:
                    raise SchemaError(
                        f"the database's schema is at revision {found.revision}, which this RoleCall does not "
                        f"know (its newest is {found.head}): a newer RoleCall has upgraded it. Run that "
                        "version, or point DATABASE_URL at another database.")
                if not upgrade:
                    raise SchemaError(f"the database's schema is not current: {found.describe()}")
                _upgrade(connection, found)
        for step in then:
            step()
        return found


def status(connection: Connection) -> SchemaStatus:
    """The database's revision compared with the code's (imports Alembic)."""
    scripts = _scripts()
    head = scripts.get_current_head()
    revision = current_revision(connection)
    if revision is None:
        present = INITIAL_TABLES & set(inspect(connection).get_table_names())
        if present and present != INITIAL_TABLES:
            raise SchemaError(
                "the database has some of RoleCall's tables but not all (missing: "
                f"{', '.join(sorted(INITIAL_TABLES - present))}) and no schema revision; "
                "RoleCall will not guess what it is. Point DATABASE_URL at another database, or repair it.")
        return SchemaStatus(None, head, legacy=bool(present))
    return SchemaStatus(revision, head, known=_known(scripts, revision))


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, or None (no version table, or
    an empty one). One query; no Alembic."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    connection.commit()
    if len(rows) > 1:  # branches: RoleCall's history is a line, so this is not ours
        raise SchemaError(f"the database records several schema revisions ({', '.join(rows)}); "
                          "RoleCall's history has one line")
    return rows[0] if rows else None


def head_revision() -> str:
    """The newest revision this code has."""
    return _scripts().get_current_head()


def write_revision(message: str, rev_id: str | None = None) -> Path:
    """A new revision with the difference between the head and the models (Alembic's autogenerate, on a
    scratch SQLite at the head); review it before committing."""
    import tempfile

    from alembic import command
    from sqlalchemy import create_engine

    with tempfile.TemporaryDirectory() as scratch:
        engine = create_engine(f"sqlite:///{Path(scratch) / 'head.db'}")
        try:
            with engine.connect() as connection:
                command.upgrade(alembic_config(connection), "head")
                connection.commit()
                script = command.revision(alembic_config(connection), message=message, autogenerate=True,
                                          rev_id=rev_id)
        finally:
            engine.dispose()
    return Path(script.path)


@contextmanager
def exclusive(engine: Engine) -> Iterator[Connection]:
    """A connection holding the replicas' lock (PostgreSQL), released when the connection closes even
    if the process dies; the statement timeout is lifted, as migrating may take longer."""
    with engine.connect() as connection:
        if connection.dialect.name != "postgresql":
            yield connection
            return
        key = {"key": ADVISORY_LOCK_KEY}
        connection.execute(text("SET statement_timeout = 0"))
        connection.execute(text("SELECT pg_advisory_lock(:key, hashtext(coalesce(current_schema(), '')))"), key)
        connection.commit()
        try:
            yield connection
        finally:
            try:
                connection.rollback()
                connection.execute(text("SELECT pg_advisory_unlock(:key, hashtext(coalesce(current_schema(), '')))"),
                                   key)
                connection.execute(text("RESET statement_timeout"))
                connection.commit()
            except Exception:  # the connection is gone, and the lock with it
                pass


# -- inside ------------------------------------------------------------------

_REVISION = re.compile(r"""^revision\s*(?::[^=]*)?=\s*['"]([^'"]+)['"]""", re.M)
_DOWN_REVISION = re.compile(r"""^down_revision\s*(?::[^=]*)?=\s*(?:None|['"]([^'"]+)['"])""", re.M)


def _fast_status(connection: Connection) -> SchemaStatus | None:
    """The status when the database is at the head, without importing Alembic (slow to import at every
    CLI start): the head is the revision no file names as `down_revision`. None when anything is
    less plain."""
    revisions, parents = set(), set()
    for path in VERSIONS.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        return None
    head = heads.pop()
    return SchemaStatus(head, head) if current_revision(connection) == head else None


def _upgrade(connection: Connection, found: SchemaStatus) -> None:
    _quiet_alembic()
    from alembic import command

    if found.legacy:
        command.stamp(alembic_config(connection), INITIAL_REVISION)
        connection.commit()
    command.upgrade(alembic_config(connection), "head")
    connection.commit()
    log.info("database schema upgraded from %s to %s", found.revision or "an empty database", found.head)


def _quiet_alembic() -> None:
    """Alembic logs each plugin and migration at INFO; set before it is imported. The operator needs
    the one line `_upgrade` writes."""
    for name in ("alembic.runtime.plugins", "alembic.runtime.migration"):
        logging.getLogger(name).setLevel(logging.WARNING)


def _known(scripts, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False


def _scripts():
    _quiet_alembic()
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None))


def compared(name, type_, *_args) -> bool:
    """Alembic's `include_name`/`include_object`: autogenerate ignores the full-text indexes
    (knowledge/fulltext.py, knowledge/role_words.py), which the models do not describe."""
    from knowledge import fulltext, role_words

    return not (type_ in ("table", "column", "index") and (fulltext.ours(name) or role_words.ours(name)))


def alembic_config(connection: Connection | None):
    """Alembic's configuration for RoleCall's migrations on `connection`
    (what an alembic.ini would hold)."""
    _quiet_alembic()
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config
