"""The tables of the knowledge store, in one module so the schema reads top to bottom. Facts keep
section, order, label and source, so an answer can say where each line came from. No relationships
are declared (sqlmodel issue 196): queries join explicitly."""

from datetime import datetime, timezone
from typing import Optional

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(value: datetime) -> datetime:
    """A stored time in UTC: SQLite and some drivers give it back without its zone."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


class Role(SQLModel, table=True):
    """A job role; several sources may describe it under slightly different titles."""

    id: Optional[int] = Field(default=None, primary_key=True)
    key: str = Field(index=True, unique=True, description="title folded by role_key()")
    title: str = Field(index=True)  # the role index's order, and a page of roles in it without a sort


class RoleAlias(SQLModel, table=True):
    """A title a role is known by (each source's spelling of it)."""

    __tablename__ = "role_alias"
    id: Optional[int] = Field(default=None, primary_key=True)
    role_id: int = Field(foreign_key="role.id", index=True)
    source_id: Optional[int] = Field(default=None, foreign_key="source.id", index=True)
    alias: str
    key: str = Field(index=True)


class Source(SQLModel, table=True):
    """One ingested document. Identified by its file name: re-ingesting a file
    of the same name replaces what it said."""

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    path: str
    title: str
    format: str
    content_hash: str
    ingested_at: datetime = Field(default_factory=utcnow)
    role_id: int = Field(foreign_key="role.id", index=True)


class Salary(SQLModel, table=True):
    """A salary range of a source, as data; `stated` is False when the amounts are blank.
    A source with ranges per level or location has one row per range, each with its label."""

    id: Optional[int] = Field(default=None, primary_key=True)
    role_id: int = Field(foreign_key="role.id", index=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    stated: bool
    minimum: Optional[float] = None  # an hourly rate has cents ("$28.50")
    maximum: Optional[float] = None
    open_ended: bool = False
    currency: Optional[str] = None
    period: Optional[str] = None
    note: Optional[str] = None  # OTE, bonus, equity: as written
    label: Optional[str] = None  # the level or location of one of several ranges ("Senior, New York")
    text: str
    line: int


class Experience(SQLModel, table=True):
    """A typical-experience statement, with the years as numbers where given."""

    id: Optional[int] = Field(default=None, primary_key=True)
    role_id: int = Field(foreign_key="role.id", index=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    years_min: Optional[int] = None
    years_max: Optional[int] = None
    open_ended: bool = False
    text: str
    line: int


class Fact(SQLModel, table=True):
    """One item of a document: a bullet, a paragraph, a tag, an FAQ answer."""

    id: Optional[int] = Field(default=None, primary_key=True)
    role_id: int = Field(foreign_key="role.id", index=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    section: str = Field(index=True)
    position: int
    label: Optional[str] = None
    text: str
    line: int
    # The document's own heading ("Success metrics", "What you'll bring"):
    # a section of no known facet is asked about and shown under it.
    heading: Optional[str] = None


class CareerLink(SQLModel, table=True):
    """An edge of the career-path graph: a title people come from, move on
    to, or move sideways to. `title` may name a role with no profile."""

    __tablename__ = "career_link"
    id: Optional[int] = Field(default=None, primary_key=True)
    role_id: int = Field(foreign_key="role.id", index=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    kind: str = Field(index=True)
    title: str
    key: str = Field(index=True)
    note: Optional[str] = None


class Meta(SQLModel, table=True):
    """Key/value settings of the store itself, e.g. the knowledge version that
    every process checks to know when its in-memory index is stale."""

    key: str = Field(primary_key=True)
    value: str


class Conversation(SQLModel, table=True):
    """What a conversation was last about, so follow-ups can say "and the salary?"."""

    key: str = Field(primary_key=True)
    role_ids: str = ""
    intent: Optional[str] = None
    updated_at: datetime = Field(default_factory=utcnow, index=True)
    # The roles it was about before its roles last changed, and when they
    # were last asked about: "compare the two" after one question each.
    earlier_role_ids: str = Field(default="", sa_column_kwargs={"server_default": ""})
    earlier_at: Optional[datetime] = None
    # The rest of its context (a question back, a ranking, ...): JSON text of
    # what differs from the defaults, NULL when nothing does (conversations.py).
    state: Optional[str] = None


class Unanswered(SQLModel, table=True):
    """A question the bot could not answer, kept for the operators' report."""

    id: Optional[int] = Field(default=None, primary_key=True)
    asked_at: datetime = Field(default_factory=utcnow, index=True)
    platform: str
    text: str
    reason: str
    candidates: str = ""


class ProcessedEvent(SQLModel, table=True):
    """A platform event id already answered: retries must not answer twice."""

    __tablename__ = "processed_event"
    key: str = Field(primary_key=True)
    seen_at: datetime = Field(default_factory=utcnow, index=True)


class QuestionLog(SQLModel, table=True):
    """One question answered through the assistant, counted without its words:
    when, where, what it was understood as, and whether it was answered. The
    words of an unanswered one are in `unanswered`; no user ids anywhere."""

    __tablename__ = "question_log"
    id: Optional[int] = Field(default=None, primary_key=True)
    asked_at: datetime = Field(default_factory=utcnow, index=True)
    platform: str
    intent: str
    kind: str
    roles: str = ""  # JSON list of role titles
    answered: bool
    confidence: float = 0.0


class Feedback(SQLModel, table=True):
    """A 👍 or 👎 on an answer, with the question it answered and what it was
    understood as. `voter` is a salted hash of the person and the answer, so
    a second press replaces the first without any user id being kept."""

    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("answer_id", "voter", name="uq_feedback_answer_voter"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    given_at: datetime = Field(default_factory=utcnow, index=True)
    platform: str
    vote: str  # "up" or "down"
    question: str
    intent: str
    roles: str = ""  # JSON list of role titles
    answer_id: str
    voter: str


class DocumentPreview(SQLModel, table=True):
    """A document an admin sent in chat, read but not yet added: kept in
    the database (not in one process) so that "Add to RoleCall" pressed on
    any replica adds exactly what was previewed. `id` is a random token, the
    value of the preview's buttons; `state` is pending, added or cancelled."""

    __tablename__ = "document_preview"
    id: str = Field(primary_key=True)
    who: str
    platform: str
    source: str  # the source name the document is stored under (its file name)
    checksum: str  # sha256 of `content`
    content: bytes
    created_at: datetime = Field(default_factory=utcnow, index=True)
    state: str = "pending"
    # "add" a document, or "remove" the source or role named in `source` (content empty)
    kind: str = Field(default="add", sa_column_kwargs={"server_default": "add"})


class AuditEntry(SQLModel, table=True):
    """Who added, replaced or removed which source from chat, and when. Only
    admins' ids are kept: the operator configured them anyway."""

    __tablename__ = "audit_entry"
    id: Optional[int] = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    who: str
    platform: str
    action: str  # add, replace, remove
    source: str
    checksum: Optional[str] = None
