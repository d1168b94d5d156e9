"""Conversation context kept in the store, so that every web process behind a
load balancer sees what a thread was last about, and so it expires.

Read and written on every question with a conversation, so both are plain
statements rather than ORM sessions (a third of the cost on SQLite)."""

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import bindparam, delete, select

from knowledge.models import Conversation, utcnow
from knowledge.store import Store
from knowledge.upsert import conflict_insert

_TABLE = Conversation.__table__
# Built once: SQLAlchemy then reuses their compiled form and cache keys,
# which otherwise cost more than SQLite's own work for these statements.
_LOAD = select(_TABLE.c.role_ids, _TABLE.c.intent, _TABLE.c.updated_at).where(_TABLE.c["key"] == bindparam("key"))
_EXPIRE = delete(_TABLE).where(_TABLE.c["key"] == bindparam("key"), _TABLE.c.updated_at == bindparam("seen"))
_SAVED = ("role_ids", "intent", "updated_at")
_upserts: dict[str, object] = {}


@dataclass(frozen=True)
class Context:
    role_ids: tuple[int, ...]
    intent: str | None


def load_context(store: Store, key: str, ttl: timedelta) -> Context | None:
    store.prepare()
    with store.engine.connect() as conn:  # a read: no transaction to commit
        row = conn.execute(_LOAD, {"key": key}).first()
    if row is None:
        return None
    if utcnow() - row.updated_at > ttl:
        # Only the expired row: another process may have just renewed it.
        with store.engine.begin() as conn:
            conn.execute(_EXPIRE, {"key": key, "seen": row.updated_at})
        return None
    ids = tuple(int(part) for part in row.role_ids.split(",") if part)
    return Context(role_ids=ids, intent=row.intent)


def save_context(store: Store, key: str, context: Context) -> None:
    """One statement where the database has an upsert (see `upsert`)."""
    values = {"role_ids": ",".join(str(i) for i in context.role_ids), "intent": context.intent,
              "updated_at": utcnow()}
    upsert = _upsert(store)
    if upsert is None:
        with store.session() as session:
            row = session.get(Conversation, key) or Conversation(key=key)
            for name, value in values.items():
                setattr(row, name, value)
            session.add(row)
            session.commit()
        return
    store.prepare()
    with store.engine.begin() as conn:
        conn.execute(upsert, {"key": key, **values})


def _upsert(store: Store):
    """INSERT … ON CONFLICT (key) DO UPDATE for this database, built once."""
    dialect = store.engine.dialect.name
    if dialect not in _upserts:
        insert = conflict_insert(store.engine, _TABLE)
        if insert is not None:
            insert = insert.values({name: bindparam(name) for name in ("key", *_SAVED)})
            insert = insert.on_conflict_do_update(index_elements=[_TABLE.c["key"]],
                                                  set_={name: insert.excluded[name] for name in _SAVED})
        _upserts[dialect] = insert
    return _upserts[dialect]


def forget_expired(store: Store, ttl: timedelta) -> int:
    with store.session() as session:
        result = session.exec(delete(Conversation).where(Conversation.updated_at < utcnow() - ttl))
        session.commit()
        return result.rowcount or 0
