"""The documents in the store: `rolecall sources` and `rolecall remove`.

Removing a source removes everything it gave, and its role once no other source describes it; the
knowledge version moves on. A name the store does not know is `NotInStore`, and nothing changes."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, select

from knowledge.ingest import named, remove_source
from knowledge.models import Fact, Role, RoleAlias, Source
from knowledge.parse import role_key
from knowledge.store import Store, bump_version, lock_knowledge


class NotInStore(Exception):
    """A source or role to remove is not in the store; nothing was removed."""


@dataclass(frozen=True)
class SourceSummary:
    name: str
    role: str
    format: str
    ingested_at: datetime
    facts: int


@dataclass(frozen=True)
class Removed:
    sources: tuple[str, ...]
    roles: tuple[str, ...]  # roles no source describes any more, removed with them


def list_sources(store: Store) -> list[SourceSummary]:
    """Every source, by name, with its role and how many facts it gave."""
    with store.session() as session:
        facts = dict(session.exec(select(Fact.source_id, func.count()).group_by(Fact.source_id)).all())
        rows = session.exec(select(Source, Role.title).join(Role, Role.id == Source.role_id)
                            .order_by(Source.name)).all()
        return [SourceSummary(s.name, title, s.format, s.ingested_at, facts.get(s.id, 0)) for s, title in rows]


def remove_sources(store: Store, names: list[str]) -> Removed:
    """Remove the sources named. A file that gave several roles is named by
    its file name ("jobs.json") or one posting at a time ("jobs.json (Backend
    Engineer)"). Raises `NotInStore` for a name that matches nothing."""
    with store.session() as session:
        lock_knowledge(session)
        found, unknown = {}, []
        for name in names:
            matches = session.exec(select(Source).where(named(name))).all()
            if not matches:
                unknown.append(name)
            found.update((s.id, s) for s in matches)
        if unknown:
            raise NotInStore(f"no source named {', '.join(map(repr, unknown))} in the store "
                             "(`rolecall sources` lists them); nothing was removed")
        removed = remove_in(session, list(found.values()))
        session.commit()
        return removed


def remove_role(store: Store, title: str) -> Removed:
    """Remove a role and every source of it. `title` is its title or any
    title a source gave it. Raises `NotInStore` when no role is called so."""
    with store.session() as session:
        lock_knowledge(session)
        role_id = role_called(session, title)
        if role_id is None:
            raise NotInStore(f"no role called {title!r} in the store (`rolecall roles` lists them); "
                             "nothing was removed")
        removed = remove_in(session, session.exec(select(Source).where(Source.role_id == role_id)).all())
        session.commit()
        return removed


def sources_of(session: Session, what: str) -> list[Source]:
    """The sources called `what`, else every source of the role of that
    title; none when neither exists (an admin's removal names either)."""
    sources = list(session.exec(select(Source).where(named(what))))
    if not sources and (role_id := role_called(session, what)) is not None:
        sources = list(session.exec(select(Source).where(Source.role_id == role_id)))
    return sources


def role_called(session: Session, title: str) -> int | None:
    """The id of the role of this title, or of any title a source gave it."""
    key = role_key(title)
    return session.exec(select(Role.id).where(Role.key == key)).first() or session.exec(
        select(RoleAlias.role_id).where(RoleAlias.key == key)).first()


def remove_in(session: Session, sources: list[Source]) -> Removed:
    """Remove `sources` in the caller's transaction (which holds the knowledge lock and commits)."""
    role_ids = {s.role_id for s in sources}
    titles = dict(session.exec(select(Role.id, Role.title).where(Role.id.in_(role_ids))).all())
    for source in sources:
        remove_source(session, source)
    left = set(session.exec(select(Role.id).where(Role.id.in_(role_ids))))
    bump_version(session)
    return Removed(sources=tuple(sorted(s.name for s in sources)),
                   roles=tuple(sorted(titles[r] for r in role_ids - left)))
