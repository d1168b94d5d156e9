"""The question log: every question answered, counted without its words (when, platform, intent, kind,
roles, answered, confidence); an unanswered one also keeps its words in `unanswered`. No user id in
either."""

import json
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime, timezone

from sqlalchemy.engine import Connection

from knowledge.bulk import BulkStatement
from knowledge.models import QuestionLog, Unanswered, utcnow
from knowledge.store import Store

# Questions are capped at 500 characters before parsing; this only guards
# the store against a caller that did not cap.
MAX_STORED_TEXT = 1000
# Labels (platform, intent, kind, reason) are short names chosen by code.
MAX_LABEL = 40
# An answer names a handful of roles; a comparison of many is still a few.
MAX_ROLES = 10
MAX_ROLE_TITLE = 200
# Unanswered questions keep their best few role candidates for the report.
MAX_CANDIDATES = 5


@dataclass(frozen=True)
class NotAnswered:
    """Why a question was not answered, with its words and the roles it came
    closest to (title, score)."""

    text: str
    reason: str
    candidates: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class LoggedQuestion:
    platform: str
    intent: str
    kind: str
    roles: tuple[str, ...] = ()
    confidence: float = 0.0
    not_answered: NotAnswered | None = None  # None: it was answered
    asked_at: datetime | None = None  # default: now; a naive time is taken as UTC

    @property
    def answered(self) -> bool:
        return self.not_answered is None


_INSERT_LOG = QuestionLog.__table__.insert()
_LOGGED = ("asked_at", "platform", "intent", "kind", "roles", "answered", "confidence")
_bulk_logs: dict[tuple, BulkStatement] = {}
_INSERT_UNANSWERED = Unanswered.__table__.insert()


def record_question(store: Store, entry: LoggedQuestion) -> None:
    """Log `entry`; an unanswered question also keeps its words."""
    store.prepare()
    with store.engine.begin() as conn:
        record_questions(conn, [entry])


def record_questions(conn: Connection, entries: list[LoggedQuestion]) -> None:
    """Log `entries` in the caller's transaction, one INSERT per table, as plain rows through
    `knowledge.bulk`: this runs for every question, and the ORM cost four times the insert."""
    logged, unanswered = [], []
    now = utcnow()  # for the entries that do not say when: one time, converted once
    for entry in entries:
        at = entry.asked_at or now
        if at.tzinfo is None:  # the store keeps times in UTC with their zone
            at = at.replace(tzinfo=timezone.utc)
        logged.append((at, entry.platform[:MAX_LABEL], entry.intent[:MAX_LABEL], entry.kind[:MAX_LABEL],
                       roles_json(entry.roles), entry.answered, round(float(entry.confidence), 3)))
        missed = entry.not_answered
        if missed is not None and missed.text.strip():
            unanswered.append({
                "asked_at": at, "platform": entry.platform[:MAX_LABEL], "text": missed.text[:MAX_STORED_TEXT],
                "reason": missed.reason[:MAX_LABEL],
                "candidates": json.dumps([[name[:MAX_ROLE_TITLE], round(score, 2)]
                                          for name, score in missed.candidates[:MAX_CANDIDATES]]),
            })
    if logged:
        _insert_log(conn.engine).execute(conn, logged)
    if unanswered:
        conn.execute(_INSERT_UNANSWERED, unanswered)


def _insert_log(engine) -> BulkStatement:
    dialect = (engine.dialect.name, engine.dialect.driver, engine.dialect.paramstyle)
    if dialect not in _bulk_logs:
        _bulk_logs[dialect] = BulkStatement(engine, _INSERT_LOG, _LOGGED)
    return _bulk_logs[dialect]


def roles_json(roles) -> str:
    """Role titles as stored: a JSON list, capped in count and length."""
    return _roles_json(tuple(roles))


@lru_cache(maxsize=1024)  # answers name the same few roles over and over
def _roles_json(roles: tuple) -> str:
    return json.dumps([str(title)[:MAX_ROLE_TITLE] for title in list(roles)[:MAX_ROLES]], ensure_ascii=False)


def roles_from_json(value: str | None) -> tuple[str, ...]:
    """The titles of a stored roles column; nothing for a value not a list of strings."""
    try:
        data = json.loads(value or "[]")
    except ValueError:
        return ()
    if not isinstance(data, list):
        return ()
    return tuple(title for title in data if isinstance(title, str))
