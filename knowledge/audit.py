"""The audit log of knowledge changed from chat: who added, replaced or removed which source, and when.
Written in the change's own transaction, so it never claims a rolled-back change."""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from knowledge.models import AuditEntry
from knowledge.store import Store

ADD, REPLACE, REMOVE = "add", "replace", "remove"


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    who: str
    platform: str
    action: str
    source: str
    checksum: str | None

    def __str__(self) -> str:
        checksum = f" sha256:{self.checksum[:12]}" if self.checksum else ""
        return (f"{self.at:%Y-%m-%d %H:%M:%S} {self.action:<7} {self.source} "
                f"by {self.who} ({self.platform}){checksum}")


def record(session: Session, *, who: str, platform: str, action: str, source: str, checksum: str | None) -> None:
    """Add an entry in the caller's transaction."""
    session.add(AuditEntry(who=who, platform=platform, action=action, source=source, checksum=checksum))


def audit_log(store: Store, limit: int | None = None) -> list[AuditLine]:
    """The entries, newest first (the `limit` newest when given)."""
    with store.session() as session:
        query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
        return [AuditLine(e.at, e.who, e.platform, e.action, e.source, e.checksum) for e in session.exec(query)]
