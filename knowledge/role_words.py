"""The words of each role in one index row, so that "which roles don't
mention X" counts roles by counting rows instead of the roles of every
matching fact (knowledge/fulltext.py indexes facts, a row each).

A role's row holds the index words of all its facts' text and labels:

* SQLite: an FTS5 table (`TABLE`) whose rowid is the role's id. Its content
  is a view that joins a role's facts, so no text is stored twice: the
  index alone is kept, and a role's old words are taken out of it by
  triggers on `fact` before the first change to its facts.
* PostgreSQL: a table of (role id, tsvector of its distinct words) under a
  GIN index, and a vocabulary of every word it was given, which a term's
  words are picked from (in Python, with the term's own pattern, as on
  SQLite from the fact index's words).

Triggers on `fact` mark the roles whose facts changed (`STALE`); `refresh`,
called by `knowledge.store.bump_version` in every transaction that changes
the knowledge, writes their rows again. A store with marked roles (facts
changed by something that did not bump the version), or on PostgreSQL a
word too long to keep, is not `current`: its negations read the matching
facts instead, slower and as right.

The migration that makes the index (0008) calls `create`; nothing else here
writes but `refresh`. Alembic's autogenerate ignores these objects (`ours`).
"""

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection

from knowledge.fulltext import WORD_SYMBOLS, fts5_any

TABLE = "role_search"  # the prefix of every object here
STALE = "role_search_stale"  # the ids of the roles whose facts changed since their row was written
SOURCE = "role_search_source"  # SQLite: the view of each role's facts, one row per role
VOCABULARY = "role_search_vocabulary"  # PostgreSQL: every word a row was given
INDEX = "ix_role_search_words"  # PostgreSQL
# PostgreSQL: a word longer than this (a pasted blob) is kept as this mark,
# within what a tsvector's lexeme and a btree key hold; a store with one
# answers from the fact index.
LONGEST_WORD = 1000
LONG_WORD_MARK = "~"

# SQLite. A role's words: its facts' text and label, as the fact index reads them.
_WORDS = "group_concat(text || ' ' || coalesce(label, ''), ' ')"


def _forget(row: str) -> str:
    """SQLite: take the role `row`.role_id out of the index while its facts are
    still those it was indexed with, and mark it, unless it is marked already."""
    return f"""INSERT INTO {TABLE}({TABLE}, rowid, words)
            SELECT 'delete', role_id, {_WORDS} FROM fact
            WHERE role_id = {row}.role_id AND NOT EXISTS (SELECT 1 FROM {STALE} WHERE role_id = {row}.role_id)
            GROUP BY role_id;
        INSERT OR IGNORE INTO {STALE}(role_id) VALUES ({row}.role_id);"""


_SQLITE = [
    f"CREATE TABLE {STALE} (role_id INTEGER PRIMARY KEY)",
    f"CREATE VIEW {SOURCE} AS SELECT role_id, {_WORDS} AS words FROM fact GROUP BY role_id",
    f"""CREATE VIRTUAL TABLE {TABLE} USING fts5(words, content='{SOURCE}', content_rowid='role_id',
        tokenize="unicode61 remove_diacritics 0 tokenchars '{WORD_SYMBOLS}'", detail=none, columnsize=0)""",
    f"CREATE TRIGGER {TABLE}_insert BEFORE INSERT ON fact BEGIN {_forget('new')} END",
    f"CREATE TRIGGER {TABLE}_delete BEFORE DELETE ON fact BEGIN {_forget('old')} END",
    f"""CREATE TRIGGER {TABLE}_update BEFORE UPDATE OF text, label, role_id ON fact BEGIN
        {_forget('old')} {_forget('new')} END""",
    f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')",  # the facts already stored
]

# PostgreSQL. The split is fulltext's (`fact_search_words`): the same words.
_SPLIT = f"regexp_split_to_table(lower(coalesce(fact.text, '') || ' ' || coalesce(fact.label, '')), " \
         f"'[^a-z0-9{re.escape(WORD_SYMBOLS)}]+')"
_POSTGRESQL = [
    f"CREATE TABLE {STALE} (role_id integer PRIMARY KEY)",
    f"CREATE TABLE {TABLE} (role_id integer PRIMARY KEY, words tsvector NOT NULL)",
    f"CREATE INDEX {INDEX} ON {TABLE} USING gin (words)",
    f"CREATE TABLE {VOCABULARY} (word text PRIMARY KEY)",
    # One statement-level trigger per event: a bulk insert marks its roles in one statement.
    *(f"""CREATE FUNCTION {TABLE}_mark_{rows}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            INSERT INTO {STALE}(role_id) SELECT DISTINCT role_id FROM {rows} ON CONFLICT DO NOTHING;
            RETURN NULL; END $$""" for rows in ("new_rows", "old_rows")),
    f"""CREATE TRIGGER {TABLE}_insert AFTER INSERT ON fact REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_mark_new_rows()""",
    f"""CREATE TRIGGER {TABLE}_delete AFTER DELETE ON fact REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_mark_old_rows()""",
    f"""CREATE TRIGGER {TABLE}_update_old AFTER UPDATE ON fact REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_mark_old_rows()""",
    f"""CREATE TRIGGER {TABLE}_update_new AFTER UPDATE ON fact REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_mark_new_rows()""",
    f"INSERT INTO {STALE}(role_id) SELECT DISTINCT role_id FROM fact",  # the facts already stored
]
_POSTGRESQL_REFRESH = [
    f"DELETE FROM {TABLE} WHERE role_id IN (SELECT role_id FROM {STALE})",
    f"""INSERT INTO {TABLE}(role_id, words)
        SELECT fact.role_id, array_to_tsvector(array_agg(DISTINCT
                   CASE WHEN length(w) > {LONGEST_WORD} THEN '{LONG_WORD_MARK}' ELSE w END))
        FROM fact, {_SPLIT} AS w
        WHERE w <> '' AND fact.role_id IN (SELECT role_id FROM {STALE})
        GROUP BY fact.role_id""",
    f"""INSERT INTO {VOCABULARY}(word)
        SELECT DISTINCT unnest(tsvector_to_array(words)) FROM {TABLE}
        WHERE role_id IN (SELECT role_id FROM {STALE}) ON CONFLICT DO NOTHING""",
    f"DELETE FROM {STALE}",
]


def create(connection: Connection) -> None:
    """Make the index and fill it with the roles' facts already stored."""
    postgresql = connection.dialect.name == "postgresql"
    for statement in _POSTGRESQL if postgresql else _SQLITE:
        connection.execute(text(statement))
    if postgresql:
        refresh(connection)


def drop(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        for trigger in ("insert", "delete", "update_old", "update_new"):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {TABLE}_{trigger} ON fact"))
        for rows in ("new_rows", "old_rows"):
            connection.execute(text(f"DROP FUNCTION IF EXISTS {TABLE}_mark_{rows}()"))
        for table in (VOCABULARY, TABLE, STALE):
            connection.execute(text(f"DROP TABLE IF EXISTS {table}"))
    else:
        for trigger in ("insert", "delete", "update"):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {TABLE}_{trigger}"))
        connection.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
        connection.execute(text(f"DROP VIEW IF EXISTS {SOURCE}"))
        connection.execute(text(f"DROP TABLE IF EXISTS {STALE}"))


def ours(name: str | None) -> bool:
    """Whether a table, view or index is the index's (FTS5's shadow tables
    included), which autogenerate must not compare with the models."""
    return bool(name) and (name.startswith(TABLE) or name == INDEX)


def refresh(connection: Connection) -> None:
    """Write again the rows of the roles whose facts changed, in the
    caller's transaction (before it commits)."""
    if connection.dialect.name == "postgresql":
        for statement in _POSTGRESQL_REFRESH:
            connection.execute(text(statement))
    elif connection.dialect.name == "sqlite":
        connection.execute(text(
            f"INSERT INTO {TABLE}(rowid, words) SELECT role_id, {_WORDS} FROM fact "
            f"WHERE role_id IN (SELECT role_id FROM {STALE}) GROUP BY role_id"))
        connection.execute(text(f"DELETE FROM {STALE}"))


def current(connection: Connection) -> bool:
    """Whether every role's row is up to date with its facts (and, on
    PostgreSQL, no role has a word too long to be kept)."""
    if connection.execute(text(f"SELECT EXISTS (SELECT 1 FROM {STALE})")).scalar_one():
        return False
    return connection.dialect.name != "postgresql" or not _rows(
        connection, f"SELECT EXISTS (SELECT 1 FROM {TABLE} WHERE words @@ CAST(:q AS tsquery))",
        {"q": _query([LONG_WORD_MARK])})[0][0]


def vocabulary(connection: Connection) -> list[str]:
    """PostgreSQL: every word the index was given (a word no role has any
    longer may be among them, and finds no role)."""
    return [word for (word,) in connection.execute(text(f"SELECT word FROM {VOCABULARY}"))]


def mentioning_count(connection: Connection, words_per_term: list[list[str]], all_of: bool) -> int:
    """How many roles have a word of each term's `words` (every term's with
    `all_of`, else any term's), counted by the database: a row per role."""
    having = _having(connection, words_per_term, all_of)
    if having is None:
        return 0
    return _rows(connection, f"SELECT count(*) FROM ({having[0]}) AS having_words", having[1])[0][0]


def any_mentioning(connection: Connection, words_per_term: list[list[str]], all_of: bool) -> bool:
    """Whether `mentioning_count` would count a role."""
    having = _having(connection, words_per_term, all_of)
    return having is not None and bool(_rows(connection, f"SELECT EXISTS ({having[0]})", having[1])[0][0])


def mentioning_ids(connection: Connection, words_per_term: list[list[str]], all_of: bool) -> set[int]:
    """The ids of the roles `mentioning_count` counts."""
    having = _having(connection, words_per_term, all_of)
    return set() if having is None else {role_id for (role_id,) in _rows(connection, having[0], having[1])}


def lacking_ids(connection: Connection, words_per_term: list[list[str]], all_of: bool, limit: int, *,
                most_mention: bool = False) -> list[int]:
    """The ids of the first `limit` roles in title order (the role index's
    order, served by the index on title) that `mentioning_count` does not
    count. `most_mention` (the caller counted them): on SQLite the few
    others are found by a merge of the role ids with the index's, in id
    order, instead of a set of every role that mentions them."""
    having = _having(connection, words_per_term, all_of)
    if having is None:
        where, params = "", {}
    elif most_mention and connection.dialect.name == "sqlite":
        where, params = f"WHERE id IN (SELECT id FROM role EXCEPT {having[0]} ORDER BY 1)", having[1]
    else:
        where, params = f"WHERE id NOT IN ({having[0]})", having[1]
    rows = _rows(connection, f"SELECT id FROM role {where} ORDER BY title LIMIT :limit", params | {"limit": limit})
    return [role_id for (role_id,) in rows]


def _rows(connection: Connection, statement: str, params: dict) -> list:
    """The statement's rows. PostgreSQL: through the GIN index, never a
    scan of the table, whose cost of unpacking every role's tsvector (kept
    out of line) the planner does not count."""
    if connection.dialect.name != "postgresql":
        return connection.execute(text(statement), params).all()
    connection.execute(text("SET LOCAL enable_seqscan = off"))
    try:
        return connection.execute(text(statement), params).all()
    finally:
        connection.execute(text("SET LOCAL enable_seqscan = on"))


def _having(connection: Connection, words_per_term: list[list[str]], all_of: bool) -> tuple[str, dict] | None:
    """The select of the ids of the roles with the terms' words, and its
    parameters; None when no role can have them. A row is a role, so "all
    of the terms" is one query that asks for a word of each in the row."""
    terms = [words for words in words_per_term if words]
    if not terms or (all_of and len(terms) < len(words_per_term)):
        return None
    if not all_of:
        terms = [list(dict.fromkeys(word for words in terms for word in words))]
    if connection.dialect.name == "postgresql":
        query = " & ".join(f"({_query(words)})" for words in terms)
        return f"SELECT role_id FROM {TABLE} WHERE words @@ CAST(:query AS tsquery)", {"query": query}
    query = " AND ".join(f"({fts5_any(words)})" for words in terms)
    return f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :query", {"query": query}


def _query(words) -> str:
    """PostgreSQL: a tsquery for any of `words`, each as one lexeme (the
    index's words hold no quote or backslash: see `_SPLIT`)."""
    return " | ".join(f"'{word}'" for word in words)
