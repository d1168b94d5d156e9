"""A conversation's state besides its roles and intent (a question back and
its pending question, a ranking, the topic its items were ranked by) gets
its own column, JSON text of what differs from the defaults
(knowledge/conversations.py), instead of marks packed into the intent.

Existing rows are converted: what their marks held moves into `state` and
`intent` is left plain. A downgrade packs the state back behind the marks,
so the RoleCall before this one reads its conversations as it wrote them.
The marks are copied here, not imported: this is the one place they live on.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""
import json
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "0009"
down_revision: Union[str, Sequence[str], None] = "0008"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# The marks of revision 0008's intent column: a question back, a ranking,
# the topic's words (joined by _TOPIC_SEP) and, last, the pending question.
_CHOOSING = "?"
_RANKED = "^"
_TOPIC = "#"
_TOPIC_SEP = "|"
_PENDING = "\ue001"

_CONVERSATION = sa.table("conversation", sa.column("key", sa.String()), sa.column("intent", sa.String()),
                         sa.column("state", sa.String()))


def _unpacked(value: str | None) -> tuple[str | None, dict]:
    """(plain intent, state) of an intent column with marks."""
    state: dict = {}
    if value and _PENDING in value:
        value, _, state["pending"] = value.partition(_PENDING)
        value = value or None
    if value and _TOPIC in value:
        value, _, words = value.partition(_TOPIC)
        value, topic = value or None, [w for w in words.split(_TOPIC_SEP) if w]
        if topic:
            state["topic"] = topic
    for mark, name in ((_CHOOSING, "choosing"), (_RANKED, "ranked")):
        if value and value.startswith(mark):
            value, state[name] = value[len(mark):] or None, True
            break
    # The order the store writes its fields in (knowledge/conversations.py).
    order = ("choosing", "ranked", "topic", "pending")
    return value, {name: state[name] for name in order if state.get(name)}


def _packed(intent: str | None, state: dict) -> str | None:
    """The intent column with marks holding `state`, as 0008 wrote it."""
    mark = _CHOOSING if state.get("choosing") else _RANKED if state.get("ranked") else ""
    value = mark + (intent or "") if mark else intent
    topic = state.get("topic") or ()
    value = (value or "") + _TOPIC + _TOPIC_SEP.join(topic) if topic else value
    pending = state.get("pending") or ""
    return (value or "") + _PENDING + pending.replace(_PENDING, " ") if pending else value


def _state(text: str) -> dict:
    """The state column's fields; none for one cut short or edited by hand,
    as the store reads it, rather than a downgrade stopped halfway."""
    try:
        state = json.loads(text)
    except (ValueError, RecursionError):
        return {}
    if not isinstance(state, dict):
        return {}
    kinds = {"choosing": bool, "ranked": bool, "topic": list, "pending": str}
    return {name: value for name, value in state.items() if name in kinds and type(value) is kinds[name]
            and (name != "topic" or all(isinstance(word, str) for word in value))}


def upgrade() -> None:
    op.add_column('conversation', sa.Column('state', sa.String(), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(sa.select(_CONVERSATION.c.key, _CONVERSATION.c.intent)
                        .where(_CONVERSATION.c.intent.isnot(None))).all()
    changed = []
    for key, marked in rows:
        intent, state = _unpacked(marked)
        if state:
            text = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
            changed.append({"row_key": key, "plain": intent, "packed": text})
    if changed:
        bind.execute(_CONVERSATION.update().where(_CONVERSATION.c.key == sa.bindparam("row_key"))
                     .values(intent=sa.bindparam("plain"), state=sa.bindparam("packed")), changed)


def downgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(_CONVERSATION.c.key, _CONVERSATION.c.intent, _CONVERSATION.c.state)
                        .where(_CONVERSATION.c.state.isnot(None))).all()
    packed = [{"row_key": key, "marked": _packed(intent, _state(state))} for key, intent, state in rows]
    if packed:
        bind.execute(_CONVERSATION.update().where(_CONVERSATION.c.key == sa.bindparam("row_key"))
                     .values(intent=sa.bindparam("marked")), packed)
    with op.batch_alter_table('conversation') as batch:
        batch.drop_column('state')
