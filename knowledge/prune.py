"""Deleting what the store no longer needs: old event ids, expired contexts and previews, and the
question log past its retention. In batches of `BATCH` rows, one short transaction each; replicas
may prune at once (PostgreSQL: FOR UPDATE SKIP LOCKED)."""

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.schema import Column, Table

from knowledge.models import Conversation, DocumentPreview, ProcessedEvent, QuestionLog, Unanswered, utcnow
from knowledge.store import Store

# Slack retries an event within five minutes, the Bot Connector moments later: a day is a wide
# margin, and a day of event ids a few MB at most.
EVENT_ID_AGE = timedelta(days=1)
# Previews sent in chat: a day past its last chance, a late press still hears "expired".
PREVIEW_AGE = timedelta(days=1)
# Rows per DELETE: a few milliseconds of locking on either database.
BATCH = 1000


@dataclass(frozen=True)
class Pruned:
    """How many rows one prune deleted, per kind."""

    event_ids: int = 0
    contexts: int = 0
    questions: int = 0  # question log rows
    unanswered: int = 0  # the words of unanswered questions
    previews: int = 0  # documents sent in chat, with their bytes

    @property
    def total(self) -> int:
        return self.event_ids + self.contexts + self.questions + self.unanswered + self.previews

    def describe(self) -> str:
        return (f"{self.event_ids} event ids, {self.contexts} conversation contexts, "
                f"{self.questions} logged questions, {self.unanswered} unanswered questions' words, "
                f"{self.previews} document previews")


def prune(store: Store, *, context_ttl: timedelta, question_log_days: int) -> Pruned:
    """Delete event ids older than `EVENT_ID_AGE`, contexts unused for
    `context_ttl`, and questions asked more than `question_log_days` ago
    (0 keeps them all)."""
    store.prepare()
    now = utcnow()
    keep_questions = question_log_days > 0
    cutoff = now - timedelta(days=question_log_days)
    return Pruned(
        event_ids=delete_older(store, ProcessedEvent.__table__.c.seen_at, now - EVENT_ID_AGE),
        contexts=delete_older(store, Conversation.__table__.c.updated_at, now - context_ttl),
        questions=delete_older(store, QuestionLog.__table__.c.asked_at, cutoff) if keep_questions else 0,
        unanswered=delete_older(store, Unanswered.__table__.c.asked_at, cutoff) if keep_questions else 0,
        previews=delete_older(store, DocumentPreview.__table__.c.created_at, now - PREVIEW_AGE),
    )


def delete_older(store: Store, column: Column, cutoff) -> int:
    """Delete the rows of `column`'s table whose `column` is before
    `cutoff`, `BATCH` at a time; how many were deleted."""
    table: Table = column.table
    key = next(iter(table.primary_key.columns))
    batch = select(key).where(column < cutoff).limit(BATCH).with_for_update(skip_locked=True)
    statement = delete(table).where(key.in_(batch.scalar_subquery()))
    deleted = 0
    while True:
        with store.engine.begin() as conn:
            count = conn.execute(statement).rowcount
        deleted += count
        if count < BATCH:
            return deleted
