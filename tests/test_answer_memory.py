"""Answers the web process gives from memory (adapters/runtime.py): a team
asks the same few things all day, and an answer that did not lean on the
conversation depends only on the words and the knowledge version. Given
from memory it must be the same answer, come without a database round trip,
and give way as soon as the knowledge changes."""

import asyncio

import pytest
from sqlalchemy import event

from adapters import runtime as runtime_module
from adapters.runtime import Runtime
from bot import CLARIFY, Question, open_assistant
from knowledge import Store, ingest_paths
from knowledge.plain_select import PlainSelect
from tests.conftest import SEEDS

SALARY = "$180,000 - $275,000+"


@pytest.fixture
def runtime(database_url, monkeypatch):
    # On a busy machine an answer may take longer than the web process waits
    # for it; these tests are about memory, not that wait.
    monkeypatch.setattr(runtime_module, "ANSWER_WAIT_SECONDS", 60.0)
    assistant = open_assistant(database_url, serving=True)
    yield Runtime(assistant)
    assistant.store.dispose()


def reads(store: Store):
    """The SELECT statements run (on any thread) while the block runs: those
    through SQLAlchemy, and the context reads, which go to the driver's
    cursor past SQLAlchemy's events (knowledge/plain_select.py)."""
    seen = []

    def record(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    fetch = PlainSelect._fetch

    def fetch_recorded(plain, engine, params, **how):
        if engine is store.engine:
            record(None, None, plain.sql)
        return fetch(plain, engine, params, **how)

    class Recorder:
        def __enter__(self):
            event.listen(store.engine, "before_cursor_execute", record)
            PlainSelect._fetch = fetch_recorded
            return seen

        def __exit__(self, *exc):
            event.remove(store.engine, "before_cursor_execute", record)
            PlainSelect._fetch = fetch

    return Recorder()


def in_loop(runtime: Runtime, scenario):
    async def run():
        try:
            return await scenario()
        finally:
            await runtime.close()

    return asyncio.run(run())


def test_a_question_asked_again_is_answered_from_memory_without_reading_the_database(runtime):
    question = Question("comp for expert software engineer?", platform="slack", conversation_key="slack:T:C:user:U1")
    # The version read by the first asking stays trusted for the second, however busy the machine.
    runtime.assistant.knowledge.version_ttl = 3600.0

    async def scenario():
        first = await runtime.answer(question)
        with reads(runtime.assistant.store) as statements:
            again = await runtime.answer(Question(question.text, platform="slack",
                                                  conversation_key="slack:T:C:user:U2"))
        return first, again, statements

    first, again, statements = in_loop(runtime, scenario)

    assert statements == []
    assert again == first and SALARY in again.summary
    assert again.feedback.answer_id != first.feedback.answer_id  # each asking is rated on its own


def test_when_the_version_check_is_due_one_question_reads_it_and_the_others_answer_meanwhile(runtime):
    """Under load many questions arrive in the moment the version stops
    being fresh: one goes to read it, the others are answered from memory."""
    question = Question("comp for expert software engineer?", platform="slack")

    async def scenario():
        await runtime.answer(question)
        runtime.assistant.knowledge.expire()  # as when VERSION_TTL_SECONDS have passed
        with reads(runtime.assistant.store) as statements:
            answers = await asyncio.gather(*(runtime.answer(question) for _ in range(20)))
        return answers, statements

    answers, statements = in_loop(runtime, scenario)

    assert all(SALARY in answer.summary for answer in answers)
    assert len(statements) == 1  # the version, read once


def test_a_failed_version_check_is_claimed_again_by_the_next_question(runtime, monkeypatch):
    knowledge = runtime.assistant.knowledge
    knowledge.refresh()
    knowledge.expire()
    assert knowledge.claim_check()
    assert not knowledge.claim_check()  # the others answer from memory meanwhile

    def unreachable():
        raise ConnectionError("the database went away")

    monkeypatch.setattr(runtime.assistant.store, "version", unreachable)
    with pytest.raises(ConnectionError):
        knowledge.refresh()

    assert knowledge.claim_check()


def test_a_follow_up_is_never_taken_from_memory(runtime):
    ask = lambda text, key: runtime.answer(Question(text, platform="slack", conversation_key=key))  # noqa: E731

    async def scenario():
        await ask("tell me about the engineer role", "a")
        await ask("what does a lead backend engineer earn", "b")
        return [await ask("and the salary?", key) for key in ("a", "b", "c")]

    about_engineer, about_backend, elsewhere = in_loop(runtime, scenario)

    assert about_engineer.roles == ("Engineer",)
    assert about_backend.roles == ("Lead Back End Engineer",)
    assert elsewhere.kind == CLARIFY


def test_the_same_follow_up_in_the_same_context_is_answered_as_before_with_only_the_context_read(
        runtime, monkeypatch):
    """Two recruiters each ask about the Engineer role, then "and the
    salary?": the second follow-up needs the conversation read (it leans on
    it), but not worked out again: the first one's answer for that context."""
    runtime.assistant.knowledge.version_ttl = 3600.0  # the version read stays trusted, however busy the machine
    ask = lambda text, key: runtime.answer(Question(text, platform="slack", conversation_key=key))  # noqa: E731
    worked_out = []
    read = runtime.assistant.read
    monkeypatch.setattr(runtime.assistant, "read", lambda text, *args: worked_out.append(text) or read(text, *args))

    async def scenario():
        for key in ("slack:T:C1:user:U1", "slack:T:C2:user:U2"):
            await ask("tell me about the engineer role", key)
        first = await ask("and the salary?", "slack:T:C1:user:U1")
        worked_out.clear()
        with reads(runtime.assistant.store) as statements:
            second = await ask("and the salary?", "slack:T:C2:user:U2")
        return first, second, statements

    first, second, statements = in_loop(runtime, scenario)

    assert second == first and second.roles == ("Engineer",)
    assert second.feedback.answer_id != first.feedback.answer_id
    assert worked_out == [] and len(statements) == 1 and "conversation" in statements[0]


def test_a_follow_up_after_another_process_moved_the_conversation_on_follows_the_new_context(runtime,
                                                                                            database_url):
    """The same words in the same conversation are answered afresh for
    whatever the conversation is about now, even when another process moved
    it on: an answer is remembered for the context it was worked out from."""
    key = "slack:T:C:user:U1"
    ask = lambda text: runtime.answer(Question(text, platform="slack", conversation_key=key))  # noqa: E731
    other_process = open_assistant(database_url)

    async def scenario():
        await ask("tell me about the engineer role")
        before = await ask("and the salary?")
        other_process.ask(Question("what does a lead backend engineer own?", platform="slack", conversation_key=key))
        return before, await ask("and the salary?")

    try:
        before, after = in_loop(runtime, scenario)
    finally:
        other_process.store.dispose()

    assert before.roles == ("Engineer",)
    assert after.roles == ("Lead Back End Engineer",) and "$160,000 - $220,000" in after.summary


def test_a_document_ingested_by_another_process_is_answered_within_the_version_check(runtime, database_url,
                                                                                   tmp_path):
    question = Question("what does a quantum widget calibrator own?", platform="slack")
    document = tmp_path / "quantum-widget-calibrator.txt"
    document.write_text((SEEDS / "engineer.txt").read_text(encoding="utf-8").replace(
        "Key Responsibilities and Required Skills for Engineer",
        "Key Responsibilities and Required Skills for Quantum Widget Calibrator"), encoding="utf-8")

    async def scenario():
        before = await runtime.answer(question)
        other_process = Store(database_url)
        try:
            ingest_paths(other_process, [document])
        finally:
            other_process.dispose()
        # Once the version check's period has passed, the next question reads the new version.
        await asyncio.sleep(runtime.assistant.knowledge.version_ttl)
        return before, await runtime.answer(question)

    before, after = in_loop(runtime, scenario)

    assert before.kind == "unknown_role"
    assert after.roles == ("Quantum Widget Calibrator",)


def test_the_memory_holds_at_most_its_bound_of_answers_the_oldest_forgotten_first(runtime, monkeypatch):
    """Memory stays bounded however many different questions come (one
    answer is a few KB): past MEMO_SIZE the least recently asked goes."""
    monkeypatch.setattr("adapters.runtime.MEMO_SIZE", 4)
    runtime.assistant.knowledge.version_ttl = 3600.0  # the version read stays trusted, however busy the machine
    asked = [Question(f"comp for expert software engineer{'?' * n}", platform="slack") for n in range(1, 11)]
    worked_out = []
    answer = runtime.assistant.answer
    monkeypatch.setattr(runtime.assistant, "answer", lambda question: worked_out.append(question.text) or
                        answer(question))

    async def scenario():
        for question in asked:
            await runtime.answer(question)
        worked_out.clear()
        await runtime.answer(asked[-1])
        return await runtime.answer(asked[0])

    again = in_loop(runtime, scenario)

    assert len(runtime._memo) <= 4
    assert worked_out == [asked[0].text]  # the latest from memory; the oldest forgotten, worked out again
    assert SALARY in again.summary


def test_answers_remembered_per_context_stay_within_their_bound(runtime, monkeypatch):
    """However many conversations and follow-ups come, the answers kept per
    context stay within LEANED_REMEMBERED entries, and still answer right."""
    monkeypatch.setattr("bot.assistant.LEANED_REMEMBERED", 4)
    ask = lambda text, key: runtime.answer(Question(text, platform="slack", conversation_key=key))  # noqa: E731
    roles = ("engineer", "lead backend engineer", "expert software engineer", "global lead engineer")

    async def scenario():
        answers = []
        for n, role in enumerate(roles * 2):
            await ask(f"tell me about the {role} role", f"k{n}")
            for follow_up in ("and the salary?", "what about skills?", "years?"):
                answers.append(await ask(follow_up, f"k{n}"))
        return answers

    answers = in_loop(runtime, scenario)

    assert len(runtime.assistant._leaned[1]) <= 4
    assert answers[0].roles == answers[12].roles == ("Engineer",) and "salary" in answers[12].title.lower()
