"""The full-text index of facts, so a search need not read every fact.

`Knowledge.search_facts` finds the facts whose text or label contains a
term anywhere, mid-word too ("script" in "JavaScript"); the index narrows
that down to candidates and the usual `LIKE` keeps the exact meaning. A
term's *anchors* are its runs of index characters (ASCII letters, digits
and `+#./_-`, so "C++", "C#", ".NET", "Node.js" and "CI/CD" stay whole):
each anchor of a term that a fact contains lies inside one word of that
fact, so only facts with such a word for every anchor can match.

* SQLite: an FTS5 table over fact.text and fact.label (external content,
  kept by triggers), and its vocabulary: the words that contain an anchor
  are looked up there, and the facts with one of them come from the index
  in role order, so a search reads only until it has its `limit`.
* PostgreSQL: a stored `tsvector` of every suffix of every word, under a GIN
  index, so an anchor inside a word is a prefix query (`'script':*`). A
  word longer than `LONGEST_WORD` gives a marker lexeme instead, and facts
  with one are always candidates.

The migration that makes the index (0006) calls `create`; nothing else here
writes. Alembic's autogenerate is told to ignore these objects (`ours`), as
the models do not describe them.
"""

import re
from dataclasses import dataclass

from sqlalchemy import cast, column, literal, literal_column, table, text
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.engine import Connection

TABLE = "fact_search"  # SQLite's FTS5 table; the prefix of every object here
VOCABULARY = "fact_search_words"  # SQLite: its fts5vocab table
COLUMN = "search_words"  # PostgreSQL: the stored tsvector column of fact
FUNCTION = "fact_search_words"  # PostgreSQL: the function that fills it
INDEX = "ix_fact_search_words"
# The characters an index word is made of besides letters and digits: the
# ones tool names carry ("C++", "C#", ".NET", "CI/CD", "node_modules").
WORD_SYMBOLS = "+#./_-"
ANCHOR = re.compile(r"[a-z0-9" + re.escape(WORD_SYMBOLS) + r"]+")
# PostgreSQL: words longer than this are not cut into suffixes (a pasted
# URL or blob would make thousands); the fact is marked as always a candidate.
LONGEST_WORD = 64
LONG_WORD_MARK = "~"
# SQLite: an anchor found inside more index words than this ("e", "in")
# narrows little and makes a long query; it is left to the LIKE.
MOST_ALTERNATIVES = 64

# SQLite: an index entry's rowid is the fact's role and id in one number
# (role_id << 32 | id), so the index hands out candidates in role order and
# a search stops after `limit` matches instead of sorting every candidate.
SOURCE = "fact_search_source"  # the view the index reads its rows from
_KEY = "(({row}.role_id << 32) | {row}.id)"
FACT_ID_BITS = 0xFFFFFFFF

_SQLITE = [
    f"CREATE VIEW {SOURCE} AS SELECT {_KEY.format(row='fact')} AS key, text, label FROM fact",
    f"""CREATE VIRTUAL TABLE {TABLE} USING fts5(text, label, content='{SOURCE}', content_rowid='key',
        tokenize="unicode61 remove_diacritics 0 tokenchars '{WORD_SYMBOLS}'", detail=none, columnsize=0)""",
    f"CREATE VIRTUAL TABLE {VOCABULARY} USING fts5vocab({TABLE}, row)",
    f"""CREATE TRIGGER {TABLE}_insert AFTER INSERT ON fact BEGIN
        INSERT INTO {TABLE}(rowid, text, label) VALUES ({_KEY.format(row='new')}, new.text, new.label); END""",
    f"""CREATE TRIGGER {TABLE}_delete AFTER DELETE ON fact BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, text, label)
        VALUES ('delete', {_KEY.format(row='old')}, old.text, old.label); END""",
    f"""CREATE TRIGGER {TABLE}_update AFTER UPDATE OF text, label, role_id ON fact BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, text, label)
        VALUES ('delete', {_KEY.format(row='old')}, old.text, old.label);
        INSERT INTO {TABLE}(rowid, text, label) VALUES ({_KEY.format(row='new')}, new.text, new.label); END""",
    f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')",  # the facts already stored
]

_POSTGRESQL = [
    # lower() and the split are those `search_facts` and `anchors` use, so
    # an anchor of a matching term is a prefix of one of these suffixes.
    f"""CREATE FUNCTION {FUNCTION}(body text, label text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_to_tsvector(coalesce(array_agg(DISTINCT
                   CASE WHEN length(w) > {LONGEST_WORD} THEN '{LONG_WORD_MARK}' ELSE substr(w, i) END), '{{}}'))
        FROM regexp_split_to_table(lower(coalesce(body, '') || ' ' || coalesce(label, '')),
                                   '[^a-z0-9{re.escape(WORD_SYMBOLS)}]+') AS w,
             generate_series(1, least(length(w), {LONGEST_WORD})) AS i
        WHERE w <> '' $$""",
    f"ALTER TABLE fact ADD COLUMN {COLUMN} tsvector GENERATED ALWAYS AS ({FUNCTION}(text, label)) STORED",
    f"CREATE INDEX {INDEX} ON fact USING gin ({COLUMN})",
]


def create(connection: Connection) -> None:
    """Make the index and fill it with the facts already stored."""
    for statement in _SQLITE if connection.dialect.name == "sqlite" else _POSTGRESQL:
        connection.execute(text(statement))


def drop(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {TABLE}_{trigger}"))
        connection.execute(text(f"DROP TABLE IF EXISTS {VOCABULARY}"))
        connection.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
        connection.execute(text(f"DROP VIEW IF EXISTS {SOURCE}"))
    else:
        connection.execute(text(f"DROP INDEX IF EXISTS {INDEX}"))
        connection.execute(text(f"ALTER TABLE fact DROP COLUMN IF EXISTS {COLUMN}"))
        connection.execute(text(f"DROP FUNCTION IF EXISTS {FUNCTION}(text, text)"))


def ours(name: str | None) -> bool:
    """Whether a table, column or index is the index's (FTS5's own shadow
    tables included), which autogenerate must not compare with the models."""
    return bool(name) and (name.startswith(TABLE) or name in (COLUMN, INDEX))


def anchors(term: str) -> list[str]:
    """The runs of index characters of a lower-cased term, longest first."""
    return sorted(set(ANCHOR.findall(term)), key=len, reverse=True)


NOTHING = "nothing"  # `candidates`: no fact can contain the term
@dataclass(frozen=True)
class Words:
    """SQLite: the words of the index and how many facts have each, read
    once per knowledge version (the vocabulary is a full pass over the
    index), so a term's mid-word anchors are looked up in memory."""

    joined: str  # every word, each on a line of its own
    facts: dict[str, int]

    @classmethod
    def read(cls, session) -> "Words | None":
        if session.get_bind().dialect.name != "sqlite":
            return None
        ids, roles = session.execute(text("SELECT max(id), max(role_id) FROM fact")).one()
        if (ids or 0) > FACT_ID_BITS or (roles or 0) >= 1 << 31:
            return None  # beyond what a key holds: every search reads the facts
        rows = session.execute(text(f"SELECT term, doc FROM {VOCABULARY}")).all()
        return cls("\n" + "\n".join(word for word, _ in rows) + "\n", dict(rows))

    @classmethod
    def of(cls, words) -> "Words":
        """Words with no counts of facts (PostgreSQL's per-role vocabulary, knowledge/role_words.py)."""
        return cls("\n" + "\n".join(words) + "\n", {})

    def containing(self, anchor: str) -> list[str]:
        return re.findall(r"^[^\n]*" + re.escape(anchor) + r"[^\n]*$", self.joined, re.M)


@dataclass(frozen=True)
class InRoleOrder:
    """SQLite's candidates: the facts the index has under one of `words`,
    handed out in role order."""

    words: tuple[str, ...]

    def first(self, session, query, limit: int) -> list:
        """The first `limit` rows of `query` (a select of fact with role_id
        and position among its columns) among the candidates, by role and
        position: the first `limit` in role order, the last role's taken
        whole, so that its rows can be put in their order."""
        index = table(TABLE, column("rowid"))
        query = query.join(index, literal_column("fact.id") == index.c.rowid.op("&")(FACT_ID_BITS)) \
            .where(literal_column(TABLE).op("MATCH")(fts5_any(self.words))).order_by(index.c.rowid)
        connection = session.connection()  # Core, not the ORM: rows as they are
        rows = connection.execute(query.limit(limit)).all()
        if rows and len(rows) == limit:
            last = rows[-1].role_id
            rows = [row for row in rows if row.role_id != last] + connection.execute(
                query.where(index.c.rowid.between(last << 32, (last << 32) | FACT_ID_BITS))).all()
        rows.sort(key=lambda row: (row.role_id, row.position))
        return rows[:limit]


def fts5_any(words) -> str:
    """An FTS5 query for any of `words`, each as one index word."""
    return " OR ".join('"' + word.replace('"', '""') + '"' for word in words)


def whole_word(term: str) -> bool:
    """Whether a lower-cased term is one index word ("ci/cd", "c++"), which
    the index finds among its words as it is."""
    return ANCHOR.fullmatch(term) is not None


def candidates(session, term: str, words: Words | None = None):
    """What narrows a search for the lower-cased `term` to the facts that
    may contain it: on PostgreSQL a condition on `fact`, on SQLite an
    `InRoleOrder` (`words` is `Words.read` of the store); None when the
    index cannot narrow it, `NOTHING` when it shows no fact contains it."""
    found = anchors(term)
    if not found:
        return None
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite" and words is not None:
        return _sqlite_candidates(words, found)
    if dialect == "postgresql":
        query = " & ".join(f"'{anchor[:LONGEST_WORD]}':*" for anchor in found)
        return literal_column(f"fact.{COLUMN}").op("@@")(cast(literal(f"({query}) | '{LONG_WORD_MARK}'"), TSQUERY))
    return None


def _sqlite_candidates(words: Words, found: list[str]):
    fewest = None
    for anchor in found:
        alternatives = words.containing(anchor)
        if not alternatives:
            return NOTHING
        count = sum(words.facts[word] for word in alternatives)
        if len(alternatives) <= MOST_ALTERNATIVES and (fewest is None or count < fewest[0]):
            fewest = (count, alternatives)
    return None if fewest is None else InRoleOrder(tuple(fewest[1]))
