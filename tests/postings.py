"""Job postings written in a test, as a store of their own, and a question
asked of it as a user would: the set-up the question-answering tests share."""

from pathlib import Path

import pytest

from bot import Question, open_assistant, render_text
from knowledge import Store, ingest_paths


def assistant_on(documents: dict[str, str], folder: Path, url: str | None = None):
    """An assistant on a store of `documents` ({file name: text}) only: written
    to `folder`, ingested once (into `url`, by default a SQLite file beside
    the folder), with no bundled demo roles."""
    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
    return assistant_over(folder, url or f"sqlite:///{folder.parent / (folder.name + '.db')}")


def assistant_over(folder: Path, url: str):
    """An assistant on a store at `url` holding the documents of `folder` only
    (a batch of the test corpus, say), ingested once, with no demo roles."""
    store = Store(url)
    ingest_paths(store, [folder])
    store.dispose()
    return open_assistant(url, seed=False)


def batch_assistant(name: str, folder: Path, doc: str):
    """A module's fixture called `name`: `assistant_over` a batch of the test
    corpus, in a SQLite file of its own, disposed of after the module's tests."""
    @pytest.fixture(scope="module", name=name)
    def fixture(tmp_path_factory):
        opened = assistant_over(folder, f"sqlite:///{tmp_path_factory.mktemp(folder.name) / 'store.db'}")
        yield opened
        opened.knowledge.store.dispose()
    fixture.__doc__ = doc
    return fixture


def ask(assistant, text: str):
    """The answer to `text`, and how it reads as text."""
    answer = assistant.ask(Question(text, platform="test"))
    return answer, render_text(answer)
