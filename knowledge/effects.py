"""What answering a question leaves to store (the conversation's context, the question-log line), and
storing it: the core returns these rows instead of writing them. The CLI stores one answer's at once
(`persist`), the web process many answers' in one transaction (`write_lot`)."""

from dataclasses import dataclass

from knowledge.conversations import Context, context_row, save_contexts
from knowledge.dedup import batches_deliveries, first_deliveries, first_delivery
from knowledge.questions import LoggedQuestion, record_questions
from knowledge.store import Store


@dataclass(frozen=True)
class Effects:
    """The rows one answer leaves: a context for `conversation_key` (None
    when the answer does not change what the conversation is about) and a
    question-log line (None for a question that is not counted)."""

    conversation_key: str | None = None
    context: Context | None = None
    logged: LoggedQuestion | None = None

    @property
    def saves_context(self) -> bool:
        return self.conversation_key is not None and self.context is not None


NO_EFFECTS = Effects()


def persist(store: Store, effects: Effects) -> None:
    """Store one answer's rows now, in one transaction."""
    write_lot(store, [effects])


def write_lot(store: Store, lot: list[Effects], deliveries: list[str] = ()) -> set[str]:
    """Store the rows of many answers and record the event ids `deliveries`
    in one transaction; the ids seen for the first time. A later context of
    the same conversation is written over an earlier one of the lot, as
    over a stored one (`save_contexts`)."""
    store.prepare()
    contexts = [context_row(e.conversation_key, e.context) for e in lot if e.saves_context]
    questions = [e.logged for e in lot if e.logged is not None]
    deliveries = list(dict.fromkeys(deliveries))
    if batches_deliveries(store.engine):
        first, batched = set(), deliveries
    else:  # a database without INSERT … ON CONFLICT: one at a time, each in its own transaction
        first, batched = {key for key in deliveries if first_delivery(store, key)}, []
    with store.engine.begin() as conn:
        first |= first_deliveries(conn, batched)
        save_contexts(conn, contexts)
        record_questions(conn, questions)
    return first
