"""Filling the store from documents, all or nothing.

Every file is read first; if any cannot be, the run stops with every reason and the store is not
touched. Then all are written in one transaction, one ingestion at a time (`lock_knowledge`). A
source is its file name: a changed file replaces exactly the facts it gave."""

import hashlib
import os
from select import POLLIN, poll  # `select` is sqlmodel's here
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import delete, func, or_
from sqlmodel import Session, select

from knowledge import readers
from knowledge import sections as S
from knowledge.models import CareerLink, Experience, Fact, Meta, Role, RoleAlias, Salary, Source, utcnow
from knowledge.errors import StoreReadOnly
from knowledge.parse import (
    MAX_DOCUMENT_BYTES,
    DocumentError,
    ParsedDocument,
    Warning,
    role_key,
    too_large,
)
from knowledge.readers.detect import DOCX, EXTENSIONS, HTML, ODS, ODT, PDF, PPTX, RTF, XLSX, ZIP
from knowledge.store import Store, bump_version, lock_knowledge
from knowledge.upsert import conflict_insert

ADDED, UPDATED, UNCHANGED = "added", "updated", "unchanged"
# A Word, OpenDocument, PDF or RTF posting carries its fonts and a logo: a few megabytes, not one.
# Their own readers bound what is inflated and parsed (knowledge/readers/word.py, pdf.py).
MAX_BINARY_BYTES = 20_000_000
# The longest role title kept: real ones run to about 60 characters ("Patient
# Support Specialist (Bilingual English/Spanish)"); a longer "title" is a
# paragraph read as one, which would be every answer's heading and list line.
MAX_TITLE_CHARS = 200
# The meta key that says the bundled seeds were ingested once (`ensure_seeded`).
SEEDED_KEY = "seeded"
# How long a named pipe given by name may stay silent before it is refused:
# enough for a writer started just after `rolecall ingest` (`curl … > pipe`),
# short enough that an engineer who named the wrong file is told so.
PIPE_WAIT_SECONDS = 15
# What a folder may hold that is not a file to read (`stat` tests, in the order asked).
NOT_FILES = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
             (stat.S_ISBLK, "a device"))
# What Unix tools take for standard input; not read here (`_read`).
STDIN = "-"
# Files a folder of documents often holds that describe the folder itself.
NOT_DOCUMENTS = {"README", "MANIFEST", "CHANGELOG", "LICENSE", "CONTRIBUTING"}


class IngestError(Exception):
    """One or more files could not be ingested; nothing was written."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class DocumentReport:
    name: str
    path: str
    role: str
    format: str
    status: str
    counts: dict[str, int]
    salary: str
    warnings: list[Warning] = field(default_factory=list)


@dataclass
class IngestReport:
    documents: list[DocumentReport]
    # role title -> facets no source fills ("salary not stated", "soft skills").
    completeness: dict[str, list[str]]
    # "<path>: skipped, <reason>" for every file of a folder that was not read.
    skipped: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(doc.status != UNCHANGED for doc in self.documents)


def collect_files(paths: list[str | Path], skipped: list[str] | None = None) -> list[Path]:
    """Files named, and the documents inside folders named (by extension: `EXTENSIONS`), in order; a
    file of a folder not read goes in `skipped` with the reason."""
    files: list[Path] = []
    skipped = [] if skipped is None else skipped
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            files.append(path)
            continue
        for found in _walk(path, skipped):
            reason = _skip_reason(found)
            if reason:
                skipped.append(f"{as_text(str(found))}: skipped, {reason}")
            else:
                files.append(found)
    return files


def _walk(folder: Path, skipped: list[str]) -> list[Path]:
    """The files under `folder`, in order; a hidden folder (.git) is one skipped line, and so is a
    link to a folder: not walked, since it may lead anywhere or back up the tree, but not silently."""
    found = []
    for root, dirs, names in os.walk(folder):
        for name in sorted(dirs):
            if name.startswith("."):
                skipped.append(f"{Path(root) / name}: skipped, a hidden folder")
            elif (Path(root) / name).is_symlink():
                skipped.append(f"{as_text(str(Path(root) / name))}: skipped, a link to a folder, not followed "
                               f"(name the folder to read it)")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / name for name in names)
    return sorted(found)


def _skip_reason(path: Path) -> str | None:
    if path.name.startswith("."):
        return "a hidden file"
    if path.stem.upper() in NOT_DOCUMENTS:
        return "a folder's read-me or manifest, not a job description"
    if path.suffix.lower() not in EXTENSIONS:
        kind = path.suffix.lower() or "no extension"
        return f"unknown format ({kind}; read are {' '.join(EXTENSIONS)})"
    try:
        status = path.stat()
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if not stat.S_ISREG(status.st_mode):  # a folder is read for documents, not for someone's plumbing
        kind = next((kind for test, kind in NOT_FILES if test(status.st_mode)), "not a file")
        return f"not a regular file ({kind})"
    if status.st_size == 0:
        return "the file is empty"
    return None


def ingest_paths(store: Store, paths: list[str | Path], *, dry_run: bool = False,
                 progress: Callable[[str, int, int], None] | None = None) -> IngestReport:
    """Ingest the files and folders in `paths`, all or nothing. `dry_run` writes, reports, then rolls
    back; `progress(stage, done, total)` hears of each file read and stored."""
    skipped: list[str] = []
    files = collect_files(paths, skipped)
    if not files:
        raise IngestError([f"no documents found in {', '.join(map(str, paths)) or 'nothing'}", *skipped])
    parsed, errors = [], []
    for done, path in enumerate(files, 1):
        try:
            parsed.append((Path(as_text(str(path))), *_read(path)))  # read by its path, stored by its name as text
        except DocumentError as exc:
            errors.append(str(exc))
        if progress:
            progress("reading", done, len(files))
    names = [path.name for path, *_ in parsed]
    for name in {n for n in names if names.count(n) > 1}:
        errors.append(f"{name}: two files of this name in one run; sources are identified by file name")
    if errors:
        raise IngestError(errors)
    with store.session() as session:
        lock_knowledge(session)  # an ingestion running meanwhile finishes first
        reports = []
        for done, (path, data_hash, docs) in enumerate(parsed, 1):
            reports += _write_file(session, path, data_hash, docs)
            if progress:
                progress("storing", done, len(parsed))
        if dry_run:
            completeness = completeness_report(session)
            session.rollback()
            return IngestReport(documents=reports, completeness=completeness, skipped=skipped)
        if any(r.status != UNCHANGED for r in reports):
            bump_version(session)
        session.commit()
        completeness = completeness_report(session)
    return IngestReport(documents=reports, completeness=completeness, skipped=skipped)


def ensure_seeded(store: Store, seeds_dir: Path | None) -> IngestReport | None:
    """Ingest the bundled seeds into a store never seeded, once: a mark in `meta`, not an empty store,
    so demo roles a recruiter removed do not come back. A store with documents from before the mark
    counts as seeded."""
    if seeds_dir is None:
        return None
    with store.session() as session:
        if session.get(Meta, SEEDED_KEY) is not None:
            return None
        if not store.is_empty():
            try:
                _mark_seeded(session)
            except StoreReadOnly:  # marked by the next process that may write; reading goes on
                pass
            return None
    report = ingest_paths(store, [seeds_dir])
    with store.session() as session:
        _mark_seeded(session)
    return report


def _mark_seeded(session: Session) -> None:
    """One statement where the database has it: two processes starting on
    a fresh SQLite file both get here, and the second must not fail."""
    insert = conflict_insert(session.connection().engine, Meta.__table__)
    if insert is not None:
        session.execute(insert.values(key=SEEDED_KEY, value="1").on_conflict_do_nothing())
    elif session.get(Meta, SEEDED_KEY) is None:
        session.add(Meta(key=SEEDED_KEY, value="1"))
    session.commit()


def completeness_report(session: Session) -> dict[str, list[str]]:
    """Per role, the facets no source fills (`sections.FACETS`, plus those its formats usually have). A
    job family's facts are in its levels' roles."""
    counts: dict[int, set[str]] = {}
    for role_id, section in session.exec(select(Fact.role_id, Fact.section).distinct()):
        counts.setdefault(role_id, set()).add(section)
    formats: dict[int, set[str]] = {}
    for role_id, fmt in session.exec(select(Source.role_id, Source.format).distinct()):
        formats.setdefault(role_id, set()).add(fmt)
    stated = set(session.exec(select(Salary.role_id).where(Salary.stated == True)))  # noqa: E712
    report = {}
    for role in session.exec(select(Role).order_by(Role.title)):
        present = counts.get(role.id, set())
        if S.LEVELS in present:
            report[role.title] = []
            continue
        expected = dict(S.FACETS)
        if S.ROLE_PROFILE_FORMAT in formats.get(role.id, ()):
            expected.update(S.PROFILE_FACETS)
        if formats.get(role.id, set()) - set(S.SEEDS_FORMATS):
            expected.update(S.POSTING_FACETS)
        missing = [] if role.id in stated else ["salary not stated"]
        missing += [facet for facet, secs in expected.items() if not present.intersection(secs)]
        report[role.title] = missing
    return report


def _read(path: Path) -> tuple[str, list[ParsedDocument]]:
    name = as_text(str(path))
    try:
        size = path.stat().st_size
        kind = EXTENSIONS.get(path.suffix.lower())
        limit = (MAX_BINARY_BYTES if kind in (DOCX, ODT, PDF, RTF, XLSX, PPTX, ODS, ZIP)
                 else readers.html.MAX_SAVED_PAGE_BYTES if kind == HTML
                 else MAX_DOCUMENT_BYTES)
        if size > limit:
            raise too_large(name, size, limit)
        with _open(path, name) as file:  # no further than the limit: a device or pipe may never end
            data = file.read(limit + 1)
        if len(data) > limit:
            raise DocumentError(f"{name}: the file is over {limit:,} bytes; job descriptions are expected under "
                                f"{limit:,} bytes")
    except OSError as exc:
        reason = {FileNotFoundError: "no such file", IsADirectoryError: "is a folder",
                  PermissionError: "permission denied"}.get(type(exc), f"cannot be read ({exc.strerror or exc})")
        if name == STDIN and isinstance(exc, FileNotFoundError):  # no file named "-": meant as standard input
            reason = ("standard input has no file name, and a document's source is known by its file name; "
                      "save it as a file named for the role (e.g. data-engineer.md) and ingest that")
        raise DocumentError(f"{name}: {reason}")
    try:
        docs = read_documents(data, name)
    except DocumentError as exc:
        message = str(exc)
        raise DocumentError(message if message.startswith(name) else f"{name}: {message}")
    return hashlib.sha256(data).hexdigest(), docs


def read_documents(data: bytes, name: str) -> list[ParsedDocument]:
    """The roles of one file, as `readers.read` gives them; DocumentError
    when one's title is longer than any role's (a paragraph read as the
    title), so that nothing of the file is stored and what is stays."""
    docs = readers.read(data, name)
    for doc in docs:
        if len(doc.title) > MAX_TITLE_CHARS:
            start = " ".join(doc.title[:60].split())
            raise DocumentError(f"{name}: the line read as its role's title is {len(doc.title):,} characters long "
                                f"(\"{start}…\"), and a title is at most {MAX_TITLE_CHARS}: put the role's title "
                                "on a line of its own at the top, or in the posting's title field")
    return docs


def _open(path: Path, name: str):
    """`path` opened to read. A file named on the command line is read
    whatever it is (`rolecall ingest <(curl …)` names a pipe), but opening a
    named pipe waits for a writer that may never come: it is opened without
    waiting, and refused when nothing comes through it for PIPE_WAIT_SECONDS."""
    if not stat.S_ISFIFO(path.stat().st_mode):
        return path.open("rb")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        waiting = poll()
        waiting.register(fd, POLLIN)
        if not waiting.poll(PIPE_WAIT_SECONDS * 1000):
            raise DocumentError(f"{name}: a named pipe nothing was written to in {PIPE_WAIT_SECONDS} s; "
                                f"start what writes to it first, or name the document itself")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _write_file(session: Session, path: Path, data_hash: str, docs: list[ParsedDocument]) -> list[DocumentReport]:
    """A file's roles: one source named after the file, or one per role for a file of several
    ("jobs.json (Backend Engineer)"); sources of roles it no longer has are removed."""
    names = [path.name] if len(docs) == 1 else [f"{path.name} ({doc.title})" for doc in docs]
    reports = [_write(session, path, name, data_hash, doc) for name, doc in zip(names, docs)]
    earlier = session.exec(select(Source).where(named(path.name))).all()
    for source in earlier:
        if source.name not in names:
            remove_source(session, source)
    return reports


def as_text(name: str) -> str:
    """A file name as text a database and a terminal take: a byte of a name that is not UTF-8 (which
    Python hands on as a lone surrogate) written as \\xe9; the name typed to `rolecall remove` alike."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no byte gave
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def named(name: str):
    """The SQL condition for the source called `name`, or the postings of the file called so
    ("jobs.json (Backend Engineer)")."""
    name = as_text(name)
    return or_(Source.name == name, Source.name.startswith(f"{name} (", autoescape=True))


def _write(session: Session, path: Path, name: str, data_hash: str, doc: ParsedDocument) -> DocumentReport:
    key = role_key(doc.title)
    source = session.exec(select(Source).where(Source.name == name)).first()
    old_role_id = source.role_id if source else None
    role = session.exec(select(Role).where(Role.key == key)).first()
    status = ADDED
    if source is not None:
        if source.content_hash == data_hash and role is not None and source.role_id == role.id:
            status = UNCHANGED
        else:
            # A file of the same name that now describes a role the store lacks adds it (the role it
            # described before is said under it, in `_replaced`), as a new file would.
            status = UPDATED if role is not None else ADDED
            _forget_source(session, source.id)
    report = DocumentReport(name=name, path=str(path), role=role.title if role else doc.title, format=doc.format,
                            status=status, counts=dict(Counter(item.section for item in doc.items)),
                            salary=_salary_summary(doc), warnings=list(doc.warnings) + _turned_round(doc))
    if status == UNCHANGED:
        return report
    others = [] if role is None else [other for other in session.exec(
        select(Source.name).where(Source.role_id == role.id).order_by(Source.name))
        if other != path.name and not other.startswith(f"{path.name} (")]  # not this file's own
    if others:
        report.warnings.append(Warning(0, f"the same role as in {', '.join(others)}: one role, "
                                          "with the facts of every source"))
    if role is None:
        role = Role(key=key, title=doc.title)
        session.add(role)
        session.flush()
    if source is None:
        source = Source(name=name, path=str(path), title=doc.title, format=doc.format,
                        content_hash=data_hash, role_id=role.id)
    else:
        source.path, source.title, source.format = str(path), doc.title, doc.format
        source.content_hash, source.role_id, source.ingested_at = data_hash, role.id, utcnow()
    session.add(source)
    session.flush()
    session.add_all(table(**row) for table, row in fact_rows(role.id, source.id, doc))
    if old_role_id is not None and old_role_id != role.id:
        report.warnings.append(_replaced(session, name, old_role_id))
    return report


def _replaced(session: Session, name: str, old_role_id: int) -> Warning:
    """A source that described another role before: sources are identified by file name, so that
    role loses this source's facts, and goes when no other source describes it. Said, so that
    two job descriptions both called `job-description.md` do not replace one another unnoticed."""
    old = session.get(Role, old_role_id)
    title = old.title if old is not None else "another role"
    if _drop_role_if_orphaned(session, old_role_id):
        return Warning(0, f"{name} described {title} before: {title} is removed, no other source describes it "
                          f"(sources are identified by file name: rename this file to keep both roles)")
    return Warning(0, f"{name} described {title} before: {title} keeps the facts of its other sources only")


def fact_rows(role_id: int, source_id: int, doc: ParsedDocument) -> list[tuple[type, dict]]:
    """A document's rows besides its role and source, as (table, values): one
    shape for the ORM (`_write`) and for executemany (`bench/synthetic.py`)."""
    ids = dict(role_id=role_id, source_id=source_id)
    return [(RoleAlias, dict(ids, alias=doc.title, key=role_key(doc.title))),
            *((Fact, dict(ids, section=i.section, position=n, label=i.label, text=i.text, line=i.line,
                          heading=i.heading)) for n, i in enumerate(doc.items)),
            *((Salary, dict(ids, stated=s.stated, minimum=s.minimum, maximum=s.maximum, open_ended=s.open_ended,
                            currency=s.currency, period=s.period, note=s.note, label=s.label, text=s.text,
                            line=s.line)) for s in doc.salaries),
            *((Experience, dict(ids, years_min=e.years_min, years_max=e.years_max, open_ended=e.open_ended,
                                text=e.text, line=e.line)) for e in doc.experience),
            *((CareerLink, dict(ids, kind=c.kind, title=c.title, key=role_key(c.title), note=c.note))
              for c in doc.career)]


def _forget_source(session: Session, source_id: int) -> None:
    for table in (Fact, Salary, Experience, CareerLink, RoleAlias):
        session.exec(delete(table).where(table.source_id == source_id))


def remove_source(session: Session, source: Source) -> None:
    """Remove a source, everything it gave, and its role once no other source describes it."""
    _forget_source(session, source.id)
    session.delete(source)
    session.flush()
    _drop_role_if_orphaned(session, source.role_id)


def _drop_role_if_orphaned(session: Session, role_id: int) -> bool:
    """Whether the role was removed: no source describes it any more."""
    remaining = session.exec(select(func.count()).select_from(Source).where(Source.role_id == role_id)).one()
    if not remaining:
        session.exec(delete(RoleAlias).where(RoleAlias.role_id == role_id))
        session.exec(delete(Role).where(Role.id == role_id))
    return not remaining


def _turned_round(doc: ParsedDocument) -> list[Warning]:
    """What was stored otherwise than written: a range written high to low."""
    return [Warning(s.line, f"the salary '{s.text}' is written high to low: stored as {_amount(s.minimum)} - "
                            f"{_amount(s.maximum)}") for s in doc.salaries if s.high_to_low]


def _amount(value) -> str:
    return f"{value:,.2f}".removesuffix(".00")


def _salary_summary(doc: ParsedDocument) -> str:
    s = doc.salary
    if s is None:
        return "no salary line" if doc.format == "role_profile" else "none in this document"
    if not s.stated:
        return "not stated"
    low, high = (_amount(a) if a is not None else "?" for a in (s.minimum, s.maximum))
    text = f"{low} - {high}{'+' if s.open_ended else ''} {s.currency or ''} {s.period or ''}".strip()
    if len(doc.salaries) > 1:
        others = doc.salaries[1:]
        # unlabelled rows in periods of their own are the same pay said per year (or per hour) too
        what = "in another period" if not any(o.label for o in others) and s.period not in {o.period for o in others} \
            else "by level or location"
        text += f" and {len(others)} more range{'s' if len(others) > 1 else ''} {what}"
    return " ".join(text.split())
