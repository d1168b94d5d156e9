"""Questions the bot could not answer, kept so recruiters learn which
documents to add. Only the words, the platform, the time and why: no user
ids. They are written by `questions.record_question`, together with the
question's row in the question log; `report` reads them back grouped.
"""

from sqlmodel import select

from knowledge.models import Unanswered
from knowledge.store import Store


def recent_unanswered(store: Store, limit: int = 50) -> list[Unanswered]:
    with store.session() as session:
        return list(session.exec(select(Unanswered).order_by(Unanswered.id.desc()).limit(limit)))
