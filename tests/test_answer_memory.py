"""Answers the web process gives from memory (bot.Assistant's memo): a team
asks the same few things all day, and an answer that did not lean on the
conversation depends only on the words and the knowledge version. Given
from memory it must be the same answer, come without a database round trip,
and give way as soon as the knowledge changes."""

import threading
import time

import pytest
from sqlalchemy import event

from bot import CLARIFY, Question, open_assistant
from knowledge import Store, ingest_paths
from tests.conftest import SEEDS


@pytest.fixture
def serving(database_url):
    assistant = open_assistant(database_url, serving=True)
    yield assistant
    assistant.close()
    assistant.store.dispose()


def statements_on_this_thread(store: Store):
    """The SQL statements the calling thread runs while the block runs."""
    seen, me = [], threading.get_ident()

    def record(_conn, _cursor, statement, *_args):
        if threading.get_ident() == me:
            seen.append(statement)

    class Recorder:
        def __enter__(self):
            event.listen(store.engine, "before_cursor_execute", record)
            return seen

        def __exit__(self, *exc):
            event.remove(store.engine, "before_cursor_execute", record)

    return Recorder()


def test_a_question_asked_again_is_answered_from_memory_without_the_database(serving):
    question = Question("comp for expert software engineer?", platform="slack", conversation_key="slack:T:C:user:U1")
    first = serving.answer(question)

    serving.knowledge.refresh()  # as the web process has, from its last question
    with statements_on_this_thread(serving.store) as statements:
        again, stored = serving.answer_from_memory(Question(question.text, platform="slack",
                                                            conversation_key="slack:T:C:user:U2"))
    stored.result(timeout=10)

    assert statements == []
    assert again == first and "$180,000 - $275,000+" in again.summary
    assert again.feedback.answer_id != first.feedback.answer_id  # each asking is rated on its own


def test_when_the_version_check_is_due_one_question_makes_it_and_the_others_answer_meanwhile(serving):
    """Under load many questions arrive in the moment the version stops
    being fresh: one goes to read it (the core's threads, the database),
    the others are answered from memory as before; once the version has
    been read, or the read failed, the next check is claimed again."""
    question = Question("comp for expert software engineer?", platform="slack")
    serving.answer(question)
    serving.knowledge.expire()  # as when VERSION_TTL_SECONDS have passed

    asked = [serving.answer_from_memory(Question(question.text, platform="slack")) for _ in range(20)]

    assert asked[0] is None  # the one that reads the version: it goes to `answer`
    assert all(given is not None for given in asked[1:])
    assert "$180,000 - $275,000+" in asked[1][0].summary
    serving.answer(question)  # that question, answered: the version read
    assert serving.answer_from_memory(question) is not None
    serving.knowledge.expire()  # due again: again one question reads it
    assert serving.answer_from_memory(question) is None


def test_a_failed_version_check_sends_the_next_question_to_the_database_again(serving, monkeypatch):
    serving.answer(Question("comp for expert software engineer?"))
    serving.knowledge.expire()
    assert serving.knowledge.claim_check()

    def unreachable():
        raise ConnectionError("the database went away")

    monkeypatch.setattr(serving.store, "version", unreachable)
    with pytest.raises(ConnectionError):
        serving.knowledge.refresh()

    assert serving.answer_from_memory(Question("comp for expert software engineer?")) is None


def test_a_follow_up_is_never_taken_from_memory(serving):
    serving.answer(Question("tell me about the engineer role", conversation_key="a"))
    serving.answer(Question("what does a lead backend engineer earn", conversation_key="b"))

    about_engineer = serving.answer(Question("and the salary?", conversation_key="a"))
    serving.knowledge.refresh()
    from_memory = serving.answer_from_memory(Question("and the salary?", conversation_key="b"))
    about_backend = serving.answer(Question("and the salary?", conversation_key="b"))
    elsewhere = serving.answer(Question("and the salary?", conversation_key="c"))

    assert from_memory is None
    assert about_engineer.roles == ("Engineer",)
    assert about_backend.roles == ("Lead Back End Engineer",)
    assert elsewhere.kind == CLARIFY


def test_a_document_ingested_by_another_process_is_answered_within_the_version_check(serving, database_url,
                                                                                   tmp_path):
    question = Question("what does a quantum widget calibrator own?")
    before = serving.answer(question)
    document = tmp_path / "quantum-widget-calibrator.txt"
    document.write_text((SEEDS / "engineer.txt").read_text(encoding="utf-8").replace(
        "Key Responsibilities and Required Skills for Engineer",
        "Key Responsibilities and Required Skills for Quantum Widget Calibrator"), encoding="utf-8")

    other_process = Store(database_url)
    try:
        ingest_paths(other_process, [document])
    finally:
        other_process.dispose()
    # Once the version check's period has passed (longer on a busy machine
    # makes no difference), the next question reads the new version.
    time.sleep(serving.knowledge.version_ttl)
    after = serving.answer(question)

    assert before.kind == "unknown_role"
    assert after.roles == ("Quantum Widget Calibrator",)


def test_without_batched_writes_nothing_is_answered_on_the_callers_thread(database_url):
    """The CLI's assistant writes at once, so it never offers an answer
    from memory to a caller that must not wait on the database."""
    assistant = open_assistant(database_url)
    try:
        question = Question("comp for expert software engineer?")
        assistant.answer(question)
        assert assistant.answer_from_memory(question) is None
        assert assistant.answer(question).summary  # still answered, the long way
    finally:
        assistant.store.dispose()
