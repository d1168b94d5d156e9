"""Where the knowledge lives: the database URL, the engine, the schema.

SQLite in a per-user data directory is the default, so `rolecall ask` works on
a fresh laptop with nothing to set up; `DATABASE_URL` (read by the CLI, the
process edge, and passed in here) points at any SQLAlchemy URL, PostgreSQL
included. Everything that runs SQL lives in this package.
"""

import os
import sys
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, create_engine

from knowledge import models  # noqa: F401  (registers the tables)

VERSION_KEY = "knowledge_version"


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
    """A SQLAlchemy URL from DATABASE_URL's value: a URL, a file path, or
    nothing (the default SQLite file)."""
    if not value:
        path = default_data_dir() / "rolecall.db"
        return f"sqlite:///{path}"
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    if value.startswith("postgres://"):
        value = "postgresql+psycopg://" + value[len("postgres://"):]
    elif value.startswith("postgresql://"):
        value = "postgresql+psycopg://" + value[len("postgresql://"):]
    return value


class Store:
    """An engine and the schema on it. Cheap to share; one per process."""

    def __init__(self, url: str | None = None, *, create: bool = True):
        self.url = database_url(url)
        self.engine = _engine(self.url)
        if create:
            self.create_schema()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def create_schema(self) -> None:
        SQLModel.metadata.create_all(self.engine)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def version(self) -> int:
        """The knowledge version, bumped by every ingestion that changes facts.
        One indexed read: cheap enough to check on every question."""
        with self.engine.connect() as conn:
            value = conn.execute(
                text("SELECT value FROM meta WHERE key = :k"), {"k": VERSION_KEY}
            ).scalar()
        return int(value) if value is not None else 0

    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM source")).scalar() == 0

    def ping(self) -> None:
        """Raise if the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()


def bump_version(session: Session) -> None:
    row = session.get(models.Meta, VERSION_KEY)
    if row is None:
        session.add(models.Meta(key=VERSION_KEY, value="1"))
    else:
        row.value = str(int(row.value) + 1)
        session.add(row)


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # pragma: no cover - trivial
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    # pool_pre_ping: a connection that died while the database was away is
    # replaced instead of failing the next request.
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)
