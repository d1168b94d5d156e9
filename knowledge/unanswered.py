"""Questions the bot could not answer, kept so recruiters learn which
documents to add. Only the question, the platform and why: no user ids."""

import json

from sqlmodel import select

from knowledge.models import Unanswered
from knowledge.store import Store

# Questions are capped before parsing; keep what is stored within that cap too.
MAX_STORED_TEXT = 1000


def record_unanswered(store: Store, text: str, platform: str, reason: str, candidates: list[tuple[str, float]]) -> None:
    with store.session() as session:
        session.add(Unanswered(
            text=text[:MAX_STORED_TEXT], platform=platform, reason=reason,
            candidates=json.dumps([[name, round(score, 1)] for name, score in candidates[:5]]),
        ))
        session.commit()


def recent_unanswered(store: Store, limit: int = 50) -> list[Unanswered]:
    with store.session() as session:
        return list(session.exec(select(Unanswered).order_by(Unanswered.id.desc()).limit(limit)))
