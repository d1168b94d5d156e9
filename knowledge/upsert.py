"""`INSERT … ON CONFLICT` for the databases that have it.

Writes on the answering path (a conversation's context, an event id seen)
are one row keyed by a string. Doing them as a single statement instead of
an ORM read-modify-write saves a round trip and the unit-of-work machinery
(on SQLite about two thirds of the time of the write), and settles races
between processes in the database. SQLite (3.24+) and PostgreSQL have the
statement; any other database gets None and the caller's portable path, as
does an SQLite library older than 3.35 (no RETURNING).
"""

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
