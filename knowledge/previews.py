"""Documents sent in chat: read and shown first, added only when an admin says so.

`preview_document` writes the document as `rolecall ingest` would, then rolls back: the preview says
exactly what Add will store. The document is kept in `document_preview`, so Add works on any
replica; `add_preview` is all or nothing and happens once, for the admin who asked, within
`PREVIEW_MINUTES`."""

import hashlib
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import update
from sqlmodel import Session, select

from knowledge import readers
from knowledge.audit import ADD, REMOVE, REPLACE, record
from knowledge.ingest import UNCHANGED, _write_file, completeness_report, named, read_documents
from knowledge.models import DocumentPreview, Fact, Role, Salary, Source, as_utc, utcnow
from knowledge.parse import DocumentError
from knowledge.sources import NotInStore, remove_in, sources_of
from knowledge.store import Store, bump_version, lock_knowledge

# How long a preview's "Add to RoleCall" stays good: time to check the document, not long
# enough for a stale press to overwrite what was added since.
PREVIEW_MINUTES = 30
# The longest name a document sent in chat may have: what a file system keeps
# (a file on disk never has a longer one); past a few thousand bytes
# PostgreSQL cannot index the source's name, and the preview failed as
# "something went wrong".
MAX_NAME_BYTES = 255
PENDING, ADDED, CANCELLED = "pending", "added", "cancelled"
# What a preview's confirmation does.
ADDITION, REMOVAL = "add", "remove"
# Outcomes of a press of "Add to RoleCall" or "Cancel".
DONE, ALREADY, EXPIRED, UNKNOWN, WAS_CANCELLED = "done", "already", "expired", "unknown", "cancelled"


@dataclass(frozen=True)
class SourceChange:
    """What adding the document changes in a source the store already has."""

    added: dict[str, list[str]]  # section -> fact texts the document adds
    removed: dict[str, list[str]]  # section -> fact texts it no longer has
    old_salary: str
    new_salary: str


@dataclass(frozen=True)
class RolePreview:
    title: str
    source: str
    counts: dict[str, int]  # section -> items
    salary: str
    missing: list[str]
    warnings: list[str]
    status: str  # added, updated or unchanged (ingest's words)


@dataclass(frozen=True)
class Preview:
    id: str
    source: str
    checksum: str
    roles: tuple[RolePreview, ...]
    change: SourceChange | None  # None for a source the store does not have
    expires_at: datetime


@dataclass(frozen=True)
class AddOutcome:
    status: str  # DONE, ALREADY, EXPIRED, UNKNOWN, WAS_CANCELLED
    source: str = ""
    roles: tuple[str, ...] = field(default_factory=tuple)
    version: int = 0
    kind: str = ADDITION


@dataclass(frozen=True)
class RemovalPreview:
    """What "Remove from RoleCall" will take out: these sources, and the
    roles no other source describes."""

    id: str
    what: str
    sources: tuple[str, ...]
    roles: tuple[str, ...]


def preview_document(store: Store, data: bytes, name: str, *, who: str, platform: str,
                     minutes: int = PREVIEW_MINUTES, now: datetime | None = None) -> Preview:
    """Read `data` as `rolecall ingest` would and keep it as `who`'s pending preview; DocumentError
    (nothing kept) when it is no job description."""
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        raise DocumentError(f"{name[:60]}…: the file name is over {MAX_NAME_BYTES} bytes; rename the file "
                            "shorter and send it again")
    docs = read_documents(data, name)
    checksum = hashlib.sha256(data).hexdigest()
    now = now or utcnow()
    with store.session() as session:
        lock_knowledge(session)
        before = _source_facts(session, name)
        reports = _write_file(session, Path(name), checksum, docs)
        session.flush()
        after = _source_facts(session, name)
        completeness = completeness_report(session)
        session.rollback()
        preview = DocumentPreview(id=secrets.token_urlsafe(18), who=who, platform=platform, source=name,
                                  checksum=checksum, content=data, created_at=now, state=PENDING)
        session.add(preview)
        session.commit()
        preview_id = preview.id
    roles = tuple(RolePreview(title=r.role, source=r.name, counts=dict(r.counts), salary=r.salary,
                              missing=list(completeness.get(r.role, [])), warnings=[str(w) for w in r.warnings],
                              status=r.status)
                  for r in reports)
    change = None
    if before[2]:  # the source exists
        change = SourceChange(added=_difference(after[0], before[0]), removed=_difference(before[0], after[0]),
                              old_salary=before[1], new_salary=after[1])
    return Preview(id=preview_id, source=name, checksum=checksum, roles=roles, change=change,
                   expires_at=now + timedelta(minutes=minutes))


def pasted_name(data: bytes) -> str:
    """The source name of a pasted posting: its title as a file name, so pasting it again replaces it."""
    title = read_documents(data, "pasted.txt")[0].title
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "pasted-posting"
    return f"{slug[:80]}.txt"


def add_preview(store: Store, preview_id: str, *, who: str, minutes: int = PREVIEW_MINUTES,
                now: datetime | None = None) -> AddOutcome:
    """Do what `who`'s preview proposes (add its document, or remove a source or role), all or nothing,
    once; another admin's preview counts as unknown."""
    now = now or utcnow()
    with store.session() as session:
        lock_knowledge(session)  # two presses on two replicas: the second waits, then finds it done
        preview = _own(session, preview_id, who)
        if preview is None:
            return AddOutcome(UNKNOWN)
        kind, source = preview.kind, preview.source
        if preview.state == ADDED:
            return AddOutcome(ALREADY, source, _roles_of(session, source), kind=kind)
        if preview.state == CANCELLED:
            return AddOutcome(WAS_CANCELLED, source, kind=kind)
        if as_utc(preview.created_at) + timedelta(minutes=minutes) < now:
            return AddOutcome(EXPIRED, source, kind=kind)
        session.exec(update(DocumentPreview).where(DocumentPreview.id == preview.id).values(state=ADDED))
        if kind == REMOVAL:
            # The claim and the removal are one transaction: if either fails, neither happened.
            sources = sources_of(session, source)
            if not sources:  # removed meanwhile, by someone else
                session.commit()
                return AddOutcome(ALREADY, source, kind=kind)
            removed = remove_in(session, sources)
            for name in removed.sources:
                record(session, who=who, platform=preview.platform, action=REMOVE, source=name, checksum=None)
            session.commit()
            return AddOutcome(DONE, ", ".join(removed.sources), removed.roles, store.version(), kind=kind)
        existed = session.exec(select(Source.id).where(named(source))).first() is not None
        reports = _write_file(session, Path(source), preview.checksum, readers.read(preview.content, source))
        if any(r.status != UNCHANGED for r in reports):
            bump_version(session)
        record(session, who=who, platform=preview.platform, action=REPLACE if existed else ADD,
               source=source, checksum=preview.checksum)
        session.commit()
        return AddOutcome(DONE, source, tuple(r.role for r in reports), store.version())


def cancel_preview(store: Store, preview_id: str, *, who: str) -> AddOutcome:
    """Drop a pending preview of `who`'s (its document goes with it)."""
    with store.session() as session:
        preview = _own(session, preview_id, who)
        if preview is None:
            return AddOutcome(UNKNOWN)
        if preview.state != PENDING:
            return AddOutcome(ALREADY if preview.state == ADDED else WAS_CANCELLED, preview.source)
        session.exec(update(DocumentPreview).where(DocumentPreview.id == preview.id)
                     .values(state=CANCELLED, content=b""))
        session.commit()
        return AddOutcome(DONE, preview.source)


def preview_removal(store: Store, what: str, *, who: str, platform: str,
                    now: datetime | None = None) -> RemovalPreview:
    """Keep a pending removal of the source called `what`, else of the role of that title; NotInStore
    (nothing kept) when neither exists."""
    with store.session() as session:
        sources = sources_of(session, what)
        if not sources:
            raise NotInStore(f"no source or role called {what!r}")
        names = {s.name for s in sources}
        role_ids = {s.role_id for s in sources}
        # roles another source still describes stay
        remaining = set(session.exec(select(Source.role_id).where(Source.role_id.in_(role_ids),
                                                                  Source.name.not_in(names))))
        roles = tuple(sorted(session.exec(select(Role.title).where(Role.id.in_(role_ids - remaining)))))
        preview = DocumentPreview(id=secrets.token_urlsafe(18), who=who, platform=platform, source=what,
                                  checksum="", content=b"", created_at=now or utcnow(), state=PENDING,
                                  kind=REMOVAL)
        session.add(preview)
        session.commit()
        return RemovalPreview(preview.id, what, tuple(sorted(names)), roles)


def _own(session: Session, preview_id: str, who: str) -> DocumentPreview | None:
    preview = session.get(DocumentPreview, preview_id) if preview_id else None
    return preview if preview is not None and preview.who == who else None


def _roles_of(session: Session, name: str) -> tuple[str, ...]:
    return tuple(session.exec(select(Role.title).join(Source, Source.role_id == Role.id)
                              .where(named(name)).order_by(Role.title)).all())


def _source_facts(session: Session, name: str) -> tuple[dict[str, list[str]], str, bool]:
    """The facts per section and the salary of the source(s) called `name`, and whether there are any."""
    ids = list(session.exec(select(Source.id).where(named(name))))
    facts: dict[str, list[str]] = {}
    for section, text in session.exec(select(Fact.section, Fact.text).where(Fact.source_id.in_(ids))
                                      .order_by(Fact.source_id, Fact.position)):
        facts.setdefault(section, []).append(text)
    salary = session.exec(select(Salary).where(Salary.source_id.in_(ids)).order_by(Salary.id)).first()
    return facts, (salary.text if salary is not None else "none"), bool(ids)


def _difference(left: dict[str, list[str]], right: dict[str, list[str]]) -> dict[str, list[str]]:
    out = {}
    for section, texts in left.items():
        others = set(right.get(section, ()))
        gone = [t for t in texts if t not in others]
        if gone:
            out[section] = gone
    return out
