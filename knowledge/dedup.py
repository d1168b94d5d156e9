"""Answering a platform event exactly once, across processes.

Slack retries an event it thinks went unanswered and Teams may deliver an
activity twice; the first process to insert the event's key answers it and
every other attempt sees the key already there. The primary key does the
arbitration, so two web processes on one database agree without a lock.
"""

from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from knowledge.models import ProcessedEvent, utcnow
from knowledge.store import Store


def first_delivery(store: Store, key: str) -> bool:
    """True the first time `key` is seen; False for every repeat."""
    with store.session() as session:
        session.add(ProcessedEvent(key=key[:255]))
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return False
    return True


def forget_older_than(store: Store, age: timedelta) -> int:
    with store.session() as session:
        result = session.exec(delete(ProcessedEvent).where(ProcessedEvent.seen_at < utcnow() - age))
        session.commit()
        return result.rowcount or 0
