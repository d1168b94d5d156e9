"""Conversation context kept in the store, so that every web process behind a
load balancer sees what a thread was last about, and so it expires.

Besides the roles of the last answer, a conversation keeps the roles it was
about before them ("earlier"), so that "compare the two" after a question
about each compares them. The store itself moves the old roles aside when a
write brings new ones (in the upsert), so a write never needs a read first.

Read when a question leans on what came before and written after every
answer about roles, so both are plain statements rather than ORM sessions
(a third of the cost on SQLite); the web process writes many at once
(`knowledge.effects`)."""

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import bindparam, case, delete, literal_column, select, update
from sqlalchemy.engine import Connection, Engine

from knowledge.bulk import BulkStatement
from knowledge.models import Conversation, utcnow
from knowledge.plain_select import PlainSelect
from knowledge.store import Store
from knowledge.upsert import conflict_insert

_TABLE = Conversation.__table__
# Built once: SQLAlchemy then reuses their compiled form and cache keys,
# which otherwise cost more than SQLite's own work for these statements.
_LOAD = select(_TABLE.c.role_ids, _TABLE.c.intent, _TABLE.c.updated_at, _TABLE.c.earlier_role_ids,
               _TABLE.c.earlier_at).where(_TABLE.c["key"] == bindparam("key"))
_EXPIRE = delete(_TABLE).where(_TABLE.c["key"] == bindparam("key"), _TABLE.c.updated_at == bindparam("seen"))
_SAVED = ("role_ids", "intent", "updated_at")


def _moved_aside(new_role_ids) -> dict:
    """What an update of a stored row sets besides `_SAVED`: when its roles
    change, the old ones become the earlier ones, stamped with when they
    were last asked about. The right-hand sides read the row as it was."""
    same = _TABLE.c.role_ids == new_role_ids
    return {"earlier_role_ids": case((same, _TABLE.c.earlier_role_ids), else_=_TABLE.c.role_ids),
            "earlier_at": case((same, _TABLE.c.earlier_at), else_=_TABLE.c.updated_at)}


_UPDATE = update(_TABLE).where(_TABLE.c["key"] == bindparam("key")).values(
    {**_moved_aside(bindparam("role_ids")), **{name: bindparam(name) for name in _SAVED}})
_upserts: dict[tuple, BulkStatement | None] = {}
_loads: dict[tuple, PlainSelect] = {}


@dataclass(frozen=True)
class Context:
    role_ids: tuple[int, ...]
    intent: str | None
    # Read from the store, never written from here: the roles before these
    # (within the time to live), which the store keeps by itself.
    earlier_role_ids: tuple[int, ...] = ()
    # The last answer was a question back: `role_ids` are the options it
    # offered, in order, and `intent` what the question it answers asked for.
    choosing: bool = False
    # The last answer ranked its roles (best first) for "which pays the most":
    # what it names is the first, so "it" and "pay?" mean that one role.
    ranked: bool = False
    # The words of an item question the last answer ranked a role's items by
    # ("which message queues"): what "same for the global lead" asks again.
    topic: tuple[str, ...] = ()
    # A question back: the question it answers, with PENDING_ROLE where the
    # role was named ("PENDING_ROLE on call?"), so that a typed pick ("the
    # back-end one", "2") answers it as the pick's button would.
    pending: str = ""


# Where the role stands in a pending question: a private-use character, which
# no one types and no strip() takes for a space.
PENDING_ROLE = "\ue000"
# A question back, or a ranking, is stored as its intent behind a mark, in the
# intent column: no migration, and a row written before the marks existed reads as before.
_CHOOSING = "?"
_RANKED = "^"
# The topic's words follow the intent behind this mark (no intent has one).
_TOPIC = "#"
_TOPIC_SEP = "|"  # between its words, which may be phrases ("backend architect")
# A pending question comes last, behind this mark: its text may hold any other mark.
_PENDING = "\ue001"


def _intent_column(context: Context) -> str | None:
    mark = _CHOOSING if context.choosing else _RANKED if context.ranked else ""
    value = mark + (context.intent or "") if mark else context.intent
    value = (value or "") + _TOPIC + _TOPIC_SEP.join(context.topic) if context.topic else value
    return (value or "") + _PENDING + context.pending.replace(_PENDING, " ") if context.pending else value


def _from_intent_column(value: str | None) -> tuple[str | None, bool, bool, tuple[str, ...], str]:
    """(intent, choosing, ranked, topic, pending) as `_intent_column` wrote them."""
    pending = ""
    if value and _PENDING in value:
        value, _, pending = value.partition(_PENDING)
        value = value or None
    return (*_marks_and_topic(value), pending)


def _marks_and_topic(value: str | None) -> tuple[str | None, bool, bool, tuple[str, ...]]:
    topic: tuple[str, ...] = ()
    if value and _TOPIC in value:
        value, _, words = value.partition(_TOPIC)
        value, topic = value or None, tuple(w for w in words.split(_TOPIC_SEP) if w)
    for mark in (_CHOOSING, _RANKED):
        if value and value.startswith(mark):
            return value[len(mark):] or None, mark == _CHOOSING, mark == _RANKED, topic
    return value, False, False, topic


def load_context(store: Store, key: str, ttl: timedelta) -> Context | None:
    store.prepare()
    row = _load(store.engine).first(store.engine, {"key": key})
    if row is None:
        return None
    if utcnow() - row.updated_at > ttl:
        # Only the expired row: another process may have just renewed it.
        with store.engine.begin() as conn:
            conn.execute(_EXPIRE, {"key": key, "seen": row.updated_at})
        return None
    earlier = ()
    if row.earlier_at is not None and utcnow() - row.earlier_at <= ttl:
        earlier = _ids(row.earlier_role_ids)
    intent, choosing, ranked, topic, pending = _from_intent_column(row.intent)
    return Context(role_ids=_ids(row.role_ids), intent=intent, earlier_role_ids=earlier, choosing=choosing,
                   ranked=ranked, topic=topic, pending=pending)


def _ids(text: str | None) -> tuple[int, ...]:
    return tuple(int(part) for part in (text or "").split(",") if part)


def save_context(store: Store, key: str, context: Context) -> None:
    """Remember what the conversation `key` is now about."""
    store.prepare()
    with store.engine.begin() as conn:
        save_contexts(conn, [context_row(key, context)])


def context_row(key: str, context: Context) -> dict:
    """The row `save_contexts` writes for `context` (stamped when written)."""
    return {"key": key, "role_ids": ",".join(str(i) for i in context.role_ids), "intent": _intent_column(context)}


def save_contexts(conn: Connection, rows: list[dict]) -> None:
    """Write context rows (`context_row`) in the caller's transaction: one
    upsert statement for all of them where the database has one (see
    `upsert`), else an UPDATE and, for a new key, an INSERT per row."""
    if not rows:
        return
    now = utcnow()  # one time for the lot: written together, and converted once
    upsert = _upsert(conn.engine)
    if upsert is not None:
        upsert.execute(conn, [(row["key"], row["role_ids"], row["intent"], now) for row in rows])
        return
    for row in rows:
        row = {**row, "updated_at": now}
        if not conn.execute(_UPDATE, row).rowcount:
            conn.execute(_TABLE.insert(), row)


def _load(engine: Engine) -> PlainSelect:
    """The context's SELECT for this database, compiled once."""
    dialect = (engine.dialect.name, engine.dialect.driver, engine.dialect.paramstyle)
    if dialect not in _loads:
        _loads[dialect] = PlainSelect(engine, _LOAD)
    return _loads[dialect]


def _upsert(engine: Engine) -> BulkStatement | None:
    """INSERT … ON CONFLICT (key) DO UPDATE for this database, built once."""
    dialect = (engine.dialect.name, engine.dialect.driver, engine.dialect.paramstyle)
    if dialect not in _upserts:
        insert = conflict_insert(engine, _TABLE)
        if insert is not None:
            # A new conversation has no earlier roles; written as SQL text, not
            # a parameter, so the rows need not carry it.
            insert = insert.values({**{name: bindparam(name) for name in ("key", *_SAVED)},
                                    "earlier_role_ids": literal_column("''")})
            insert = insert.on_conflict_do_update(
                index_elements=[_TABLE.c["key"]],
                set_={**_moved_aside(insert.excluded.role_ids), **{name: insert.excluded[name] for name in _SAVED}})
            insert = BulkStatement(engine, insert, ("key", *_SAVED))
        _upserts[dialect] = insert
    return _upserts[dialect]

