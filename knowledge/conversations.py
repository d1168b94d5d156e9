"""Conversation context kept in the store, so that every web process behind a
load balancer sees what a thread was last about, and so it expires."""

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete

from knowledge.models import Conversation, utcnow
from knowledge.store import Store


@dataclass(frozen=True)
class Context:
    role_ids: tuple[int, ...]
    intent: str | None


def load_context(store: Store, key: str, ttl: timedelta) -> Context | None:
    with store.session() as session:
        row = session.get(Conversation, key)
        if row is None:
            return None
        if utcnow() - row.updated_at > ttl:
            session.delete(row)
            session.commit()
            return None
        ids = tuple(int(part) for part in row.role_ids.split(",") if part)
        return Context(role_ids=ids, intent=row.intent)


def save_context(store: Store, key: str, context: Context) -> None:
    with store.session() as session:
        row = session.get(Conversation, key) or Conversation(key=key)
        row.role_ids = ",".join(str(i) for i in context.role_ids)
        row.intent = context.intent
        row.updated_at = utcnow()
        session.add(row)
        session.commit()


def forget_expired(store: Store, ttl: timedelta) -> int:
    with store.session() as session:
        result = session.exec(delete(Conversation).where(Conversation.updated_at < utcnow() - ttl))
        session.commit()
        return result.rowcount or 0
