"""Questions the bot could not answer (words, platform, time, why; no user ids), written by
`questions.record_question`, read back here and grouped by `report`."""

from sqlmodel import select

from knowledge.models import Unanswered
from knowledge.store import Store


def recent_unanswered(store: Store, limit: int = 50) -> list[Unanswered]:
    with store.session() as session:
        return list(session.exec(select(Unanswered).order_by(Unanswered.id.desc()).limit(limit)))
