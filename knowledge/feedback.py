"""👍 and 👎 on answers, so recruiters see which intents and roles RoleCall answers well.

One vote per person per answer, a second press replacing the first. `voter` is a hash of the store's
salt (kept in `meta`), the answer id and the user id: it cannot be turned back into the user, nor
link one person's votes on different answers."""

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from knowledge.models import Feedback, Meta, utcnow
from knowledge.questions import MAX_LABEL, MAX_STORED_TEXT, roles_json
from knowledge.store import Store

UP, DOWN = "up", "down"
VOTES = (UP, DOWN)
SALT_KEY = "feedback_salt"
MAX_ANSWER_ID = 64


@dataclass(frozen=True)
class Vote:
    """A press of 👍 or 👎. `user_id` is used for the hash only, never stored;
    None (a caller that knows no user) makes every press count."""

    vote: str
    platform: str
    question: str
    intent: str
    roles: tuple[str, ...]
    answer_id: str
    user_id: str | None = None


def record_feedback(store: Store, vote: Vote) -> bool:
    """Store `vote`; True for this person's first vote on the answer, False when it replaced their
    earlier one. ValueError for a vote neither up nor down."""
    if vote.vote not in VOTES:
        raise ValueError(f"a vote is {' or '.join(VOTES)}, not {vote.vote!r}")
    voter = _voter_key(store, vote)
    for _attempt in range(2):  # a concurrent first press of the same person: update theirs
        with store.session() as session:
            row = session.exec(select(Feedback).where(
                Feedback.answer_id == vote.answer_id[:MAX_ANSWER_ID], Feedback.voter == voter)).first()
            first = row is None
            if row is None:
                row = Feedback(answer_id=vote.answer_id[:MAX_ANSWER_ID], voter=voter, vote=vote.vote,
                               platform=vote.platform[:MAX_LABEL], question=vote.question[:MAX_STORED_TEXT],
                               intent=vote.intent[:MAX_LABEL], roles=roles_json(vote.roles))
            else:
                row.vote, row.given_at = vote.vote, utcnow()
            session.add(row)
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
                continue
            return first
    return False


def _voter_key(store: Store, vote: Vote) -> str:
    if vote.user_id is None:
        return secrets.token_hex(16)
    material = "\0".join((_salt(store), vote.answer_id, vote.platform, vote.user_id))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _salt(store: Store) -> str:
    """The store's feedback salt, made by the first process that needs it."""
    with store.session() as session:
        row = session.get(Meta, SALT_KEY)
        if row is not None:
            return row.value
        session.add(Meta(key=SALT_KEY, value=secrets.token_hex(32)))
        try:
            session.commit()
        except IntegrityError:  # another process made it first: use theirs
            session.rollback()
    with store.session() as session:
        return session.get(Meta, SALT_KEY).value
