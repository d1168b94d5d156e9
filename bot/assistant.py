"""PROVISIONAL: replaced by the real intent layer in the next commit."""

from bot.answer import Answer, Question
from knowledge import Knowledge, Store, bundled_seeds_dir, ensure_seeded


class Assistant:
    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge

    def answer(self, question: Question) -> Answer:
        return Answer(title="Not ready yet", kind="not_understood")


def open_assistant(database_url: str | None = None, *, seed: bool = True) -> Assistant:
    store = Store(database_url)
    if seed:
        ensure_seeded(store, bundled_seeds_dir())
    return Assistant(Knowledge(store))
