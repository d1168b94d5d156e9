"""Where the knowledge lives: the database URL, the engine, the schema.

SQLite in a per-user data folder by default, so `rolecall ask` works on a fresh laptop;
`DATABASE_URL` (read at the process edge, passed in) names any SQLAlchemy URL. A lazy store (the web
process) is prepared on its first contact with the database, so the process starts while the
database is down; connection failures anywhere surface as `StoreUnavailable`."""

import contextvars
import os
import sys
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy import Integer, String, bindparam, cast, event, select, text, update
from sqlalchemy.engine import Engine, ExceptionContext, make_url
from sqlalchemy.exc import InterfaceError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, create_engine

from knowledge import models  # noqa: F401  (registers the tables)
from knowledge import role_words, schema
from knowledge.errors import SchemaError, StoreError, StoreReadOnly, StoreUnavailable, mask_urls
from knowledge.plain_select import PlainSelect
from knowledge.upsert import conflict_insert

VERSION_KEY = "knowledge_version"
_VERSION = select(models.Meta.value).where(models.Meta.key == bindparam("key"))
# pg_advisory_xact_lock(key1, key2) of whatever changes the knowledge: "Know" in ASCII (seeding
# runs under knowledge.schema's key), and the schema's hash, so other schemas don't wait.
KNOWLEDGE_LOCK_KEY = 0x4B6E6F77
# Seconds to connect to PostgreSQL: under Slack's 3-second acknowledgement window, so a slash
# command still gets its "try again shortly" (libpq's minimum is 2).
CONNECT_TIMEOUT_SECONDS = 2
# A connection whose sent data goes unacknowledged this long (the host vanished) is
# dropped by the kernel: StoreUnavailable instead of hanging for TCP's minutes.
DEAD_PEER_MILLISECONDS = 5_000
# How long one statement of the web process may take (statement_timeout, SQLite's busy
# timeout, the wait for a pooled connection): by then its request was answered "try again
# shortly" (adapters/runtime.py). The CLI sets none: an ingestion may rightly take longer.
QUERY_TIMEOUT_SECONDS = 2
# The store being prepared in this call chain: its on-ready steps use the
# store, and must not wait for the preparation they are part of.
_PREPARING: contextvars.ContextVar = contextvars.ContextVar("rolecall_preparing", default=None)
QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement that timed out
READ_ONLY_TRANSACTION = "25006"  # PostgreSQL's SQLSTATE for a write on a standby or read-only transaction
# PostgreSQL's SQLSTATEs for a user without the rights it needs ("permission denied for schema
# public": since PostgreSQL 15 only the database's owner may create tables in `public`), and for a
# search_path naming no schema that exists ("no schema has been selected to create in").
INSUFFICIENT_PRIVILEGE = "42501"
INVALID_SCHEMA_NAME = "3F000"
# The statements that only write: refused for want of a right, the store is read-only to RoleCall.
_WRITES = ("INSERT", "UPDATE", "DELETE")


def default_data_dir() -> Path:
    """The per-user data directory of the platform (XDG on Linux)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "rolecall"


def database_url(value: str | None = None) -> str:
    """A SQLAlchemy URL from DATABASE_URL's value (a URL, a file path, or nothing). A URL SQLAlchemy
    would misread is a `StoreError` that does not repeat it: it may hold the password."""
    if not value:
        path = default_data_dir() / "rolecall.db"
        return f"sqlite:///{path}"
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    if value.startswith("sqlite:///~"):
        # As a path is read: "sqlite:///~/rolecall.db" made a folder named
        # "~" in the working directory and kept the store there.
        path, _, query = value[len("sqlite:///"):].partition("?")
        value = f"sqlite:///{Path(path).expanduser()}" + (f"?{query}" if query else "")
    if value.startswith("postgres://"):
        value = "postgresql+psycopg://" + value[len("postgres://"):]
    elif value.startswith("postgresql://"):
        value = "postgresql+psycopg://" + value[len("postgresql://"):]
    try:
        readable = "@" not in (make_url(value).host or "")
    except Exception:  # ArgumentError, or ValueError for a password where the port would be
        readable = False
    if not readable:
        raise StoreError("DATABASE_URL is not a database URL RoleCall can read: check its form "
                         "(see SQLAlchemy's database URLs), and percent-encode any @, : or / in its "
                         "password (%40, %3A, %2F)")
    if _in_memory(value):
        # Said, not served: `rolecall ingest` reported what it added, and
        # it was gone; each of the server's connections had a store of its own.
        raise StoreError(f"DATABASE_URL {value!r} is a SQLite database in memory, which keeps nothing: "
                         "name a file, e.g. sqlite:////srv/rolecall.db, or a path")
    return value


def _in_memory(url: str) -> bool:
    """Whether `url` is SQLite in memory: no path ("sqlite://", "sqlite:///"),
    ":memory:", or a URI asking for memory."""
    if not url.startswith("sqlite"):
        return False
    path = make_url(url).database or ""
    return path in ("", ":memory:") or (path.startswith("file:") and ("mode=memory" in url or path == "file::memory:"))


class Store:
    """An engine and the schema on it; one per process. `create` prepares it when built (schema
    upgraded, or only checked with `upgrade=False`, then the `on_ready` steps); `lazy` on first use;
    `create=False` leaves the schema to the `rolecall db` commands."""

    def __init__(self, url: str | None = None, *, create: bool = True, lazy: bool = False,
                 upgrade: bool = True, on_ready: Iterable[Callable[["Store"], object]] = (),
                 query_timeout: float | None = None):
        self.url = database_url(url)
        self.engine = _engine(self.url, query_timeout=query_timeout)
        self._version_read = PlainSelect(self.engine, _VERSION)
        self._upgrade = upgrade
        self._on_ready = tuple(on_ready)
        self._ready = not create
        self._preparing = False
        if create and not lazy:
            self.prepare()

    @property
    def safe_url(self) -> str:
        """The URL without its password, for messages and logs."""
        return mask_urls(self.url)

    def prepare(self) -> None:
        """Bring the schema to this code's revision and run the on-ready steps, once per process;
        raises `StoreUnavailable` or `SchemaError`."""
        if self._ready or _PREPARING.get() is self:  # done, or an on-ready step of this preparation
            return
        if self._preparing:
            # Another thread is at it: a store half migrated must not be read ("try again shortly").
            raise StoreUnavailable(f"still preparing the knowledge store at {self.safe_url}")
        self._preparing = True
        token = _PREPARING.set(self)
        try:
            schema.prepare(self.engine, upgrade=self._upgrade,
                           then=[lambda step=step: step(self) for step in self._on_ready])
            self._ready = True
        finally:
            self._preparing = False
            _PREPARING.reset(token)

    def session(self) -> Session:
        self.prepare()
        return Session(self.engine, expire_on_commit=False)

    def version(self) -> int:
        """The knowledge version, bumped by every ingestion that changes facts: one indexed read
        through the driver's cursor (`PlainSelect`), cheap enough for every question the CLI answers."""
        self.prepare()
        row = self._version_read.first(self.engine, {"key": VERSION_KEY})
        value = row.value if row is not None else None
        return int(value) if value is not None else 0

    def is_empty(self) -> bool:
        self.prepare()
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM source")).scalar() == 0

    def ping(self) -> None:
        """Raise `StoreUnavailable` (or `SchemaError`) unless the database
        answers; a lazy store is prepared on the first ping that reaches it."""
        self.prepare()
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    def check_writable(self) -> None:
        """Raise `StoreReadOnly` when the database refuses writes: one row
        written to `meta` and rolled back (`StoreUnavailable` when it is away)."""
        self.prepare()
        with self.engine.connect() as conn, conn.begin() as transaction:
            conn.execute(models.Meta.__table__.insert().values(key=f"writable-check-{os.getpid()}", value="1"))
            transaction.rollback()

    def schema_status(self) -> "schema.SchemaStatus":
        """Where the database's schema stands (`rolecall db current`)."""
        with self.engine.connect() as conn:
            return schema.status(conn)

    def upgrade_schema(self) -> "schema.SchemaStatus":
        """Bring the schema to the head now (`rolecall db upgrade`); where it stood before."""
        return schema.prepare(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()


def bump_version(session: Session) -> None:
    """Move the knowledge version on by one in the caller's transaction, in one statement, so that
    overlapping bumps all count. Every change to the knowledge ends here, so the per-role word
    index is brought up to date with the facts here too (knowledge/role_words.py)."""
    table = models.Meta.__table__
    bumped = cast(cast(table.c.value, Integer) + 1, String)
    conn = session.connection()
    role_words.refresh(conn)
    insert = conflict_insert(conn.engine, table)
    if insert is not None:
        conn.execute(insert.values(key=VERSION_KEY, value="1")
                     .on_conflict_do_update(index_elements=[table.c.key], set_={"value": bumped}))
    elif not conn.execute(update(table).where(table.c.key == VERSION_KEY).values(value=bumped)).rowcount:
        conn.execute(table.insert().values(key=VERSION_KEY, value="1"))


def lock_knowledge(session: Session) -> None:
    """Make the caller's transaction the only one changing the knowledge until it ends (call it before
    reading): two overlapping ingestions must not both insert a new role. PostgreSQL: an advisory
    lock; SQLite: BEGIN IMMEDIATE."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key, hashtext(coalesce(current_schema(), '')))"),
                     {"key": KNOWLEDGE_LOCK_KEY})
    elif conn.dialect.name == "sqlite":
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        except OperationalError as exc:
            raise StoreUnavailable(f"the knowledge store at {mask_urls(str(conn.engine.url))} stayed busy "
                                   f"(another ingestion?): {exc.orig}") from None


# SQL functions every SQLite connection gets, by name: (number of arguments,
# the Python function). A module whose statements call one adds it when
# imported (`knowledge.conversations`' merge of a conversation's state, which
# SQL alone would have to say twice, differently, and could get wrong).
SQLITE_FUNCTIONS: dict[str, tuple[int, Callable]] = {}


def _engine(url: str, *, query_timeout: float | None = None) -> Engine:
    # A pool's wait for a free connection, bounded like a statement (a file's
    # or a server's pool; SQLite in memory keeps one connection per thread).
    pooled = {"poolclass": _Pool, "pool_timeout": 30 if query_timeout is None else query_timeout}
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path.startswith("file:"):  # a URI (`?uri=true`, `mode=ro`): its folder is the owner's to make
            pass
        elif path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        else:
            pooled = {}
        busy_timeout = 30 if query_timeout is None else query_timeout
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": busy_timeout}, **pooled)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # pragma: no cover - trivial
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
            for name, (arity, function) in SQLITE_FUNCTIONS.items():
                dbapi_connection.create_function(name, arity, function, deterministic=True)
    else:
        connect_args = {}
        if make_url(url).get_backend_name() == "postgresql":
            # Settings in the URL win; these are the defaults.
            query = make_url(url).query
            defaults = {"connect_timeout": CONNECT_TIMEOUT_SECONDS, "tcp_user_timeout": DEAD_PEER_MILLISECONDS}
            connect_args = {k: v for k, v in defaults.items() if k not in query}
            options = query.get("options", "")  # e.g. a search_path, kept
            if query_timeout is not None and "statement_timeout" not in str(options):
                connect_args["options"] = f"{options} -c statement_timeout={round(query_timeout * 1000)}".strip()
        # pool_pre_ping: a connection that died while the database was away is
        # replaced instead of failing the next request.
        try:
            engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10, connect_args=connect_args,
                                   **pooled)
        except (NoSuchModuleError, ImportError) as exc:  # MySQL, or a mistyped scheme: say what works
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise StoreError(f"DATABASE_URL names a {make_url(url).get_backend_name()!r} database, which RoleCall "
                             f"cannot use ({reason}): it keeps its knowledge in SQLite or PostgreSQL "
                             f"(a postgresql:// URL, or a file path)") from None
    where = mask_urls(url)

    @event.listens_for(engine, "handle_error")
    def _unavailable(context: ExceptionContext) -> None:
        """Connection-level failures (no connection, a lost one, a statement out of time) become
        `StoreUnavailable`, a write the database refuses for good `StoreReadOnly`; a pre-ping is
        SQLAlchemy's to handle."""
        if context.is_pre_ping:
            return
        refused = _refused_by_rights(context, where)
        if refused is not None:
            raise refused
        if _refuses_writes(context.original_exception):
            reason = (str(context.original_exception).strip().splitlines() or ["no writes"])[0]
            raise StoreReadOnly(f"the knowledge store at {where} is read-only ({reason}): give RoleCall's user "
                                f"write access (the SQLite file and its folder, or the PostgreSQL grants), "
                                f"or set DATABASE_URL to a store it may write")
        if context.connection is None or context.is_disconnect or isinstance(
                context.sqlalchemy_exception, InterfaceError) or getattr(
                context.original_exception, "sqlstate", None) == QUERY_CANCELED:
            reason = str(context.original_exception).strip().splitlines()
            raise StoreUnavailable(f"cannot reach the knowledge store at {where}: "
                                   f"{reason[0] if reason else type(context.original_exception).__name__}")

    return engine


def _refused_by_rights(context: ExceptionContext, where: str) -> StoreError | None:
    """PostgreSQL refusing RoleCall's user, in one line that says what to grant: a write refused is
    `StoreReadOnly` (reading still works); creating the tables, or reading them, a `SchemaError`
    (nothing works until the grant). None for any other error."""
    error = context.original_exception
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate not in (INSUFFICIENT_PRIVILEGE, INVALID_SCHEMA_NAME):
        return None
    reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
    user = context.engine.url.username if context.engine is not None else None
    user = user or "RoleCall's user"
    if sqlstate == INVALID_SCHEMA_NAME:
        return SchemaError(f"PostgreSQL has no schema to keep RoleCall's tables in ({reason}): the search_path "
                           "(options=-csearch_path=… in DATABASE_URL, or the user's own) names no schema that "
                           "exists; create it (CREATE SCHEMA name) or correct the search_path")
    if (context.statement or "").lstrip().upper().startswith(_WRITES):
        return StoreReadOnly(f"the knowledge store at {where} is read-only to {user} ({reason}): as the "
                             f"database's owner, GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA <schema> "
                             f"TO {user}, or set DATABASE_URL to a user that owns the database")
    return SchemaError(f"PostgreSQL refused {user} ({reason}): as the database's owner, GRANT USAGE, CREATE ON "
                       f"SCHEMA <schema> TO {user} (since PostgreSQL 15 only the owner may create tables in "
                       f"public), and for tables another user made GRANT SELECT, INSERT, UPDATE, DELETE ON ALL "
                       f"TABLES IN SCHEMA <schema> TO {user}; or use a user that owns the database")


def _refuses_writes(error: BaseException) -> bool:
    """A write the database refuses for good: SQLite's SQLITE_READONLY (a
    file or folder not writable, `mode=ro`), PostgreSQL's read-only transaction."""
    return (getattr(error, "sqlite_errorname", "").startswith("SQLITE_READONLY")
            or getattr(error, "sqlstate", None) == READ_ONLY_TRANSACTION)


class _Pool(QueuePool):
    """Waiting longer than `pool_timeout` for a free connection is `StoreUnavailable` too."""

    def connect(self):
        try:
            return super().connect()
        except PoolTimeout:
            raise StoreUnavailable(f"no free connection to the knowledge store within {self._timeout:g} s") from None
