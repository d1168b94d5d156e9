"""`INSERT … ON CONFLICT` for the databases that have it (SQLite 3.35+, PostgreSQL): one statement
instead of an ORM read-modify-write for the one-row writes of the answering path, races settled by
the database. Others get None and the caller's portable path."""

import sqlite3

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine


def conflict_insert(engine: Engine, table: Table):
    """An `Insert` with `on_conflict_do_update/nothing`, or None."""
    if engine.dialect.name == "sqlite" and sqlite3.sqlite_version_info >= (3, 35):
        return sqlite.insert(table)
    if engine.dialect.name == "postgresql":
        return postgresql.insert(table)
    return None
