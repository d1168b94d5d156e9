"""Answers the core marks reusable (for the runtime's memo, adapters/runtime.py):
a question whose words alone settle that it leans on no conversation is the
same answer for anyone who asks it, even in a conversation with a context; and
what a follow-up looks up in the store is looked up once per knowledge version."""

import pytest

from bot import CLARIFY, Question, open_assistant, render_text
from knowledge import ingest_paths
from tests.test_answer_memory import reads


@pytest.fixture
def assistant(database_url):
    assistant = open_assistant(database_url)
    yield assistant
    assistant.store.dispose()


@pytest.mark.parametrize("asked", ["which roles need Kubernetes?", "any roles requiring kafka",
                                   "which roles mention Python", "who else can become a lead back end engineer"])
def test_a_store_wide_question_in_a_conversation_is_answered_for_anyone_who_asks_it(assistant, asked):
    """Its words ask every role, whatever the conversation showed: the same
    answer for any conversation, so the runtime may give it from memory."""
    assistant.ask(Question("tell me about the engineer role", platform="slack", conversation_key="a"))

    in_conversation = assistant.answer(Question(asked, platform="slack", conversation_key="a"))
    alone = assistant.answer(Question(asked, platform="slack"))

    assert in_conversation.reusable is not None
    assert render_text(in_conversation.answer) == render_text(alone.answer)


def test_a_role_the_store_lacks_is_said_missing_for_anyone_who_asks(assistant):
    assistant.ask(Question("what does the lead backend engineer earn", platform="slack", conversation_key="a"))

    answered = assistant.answer(Question("what does a chief data officer own?", platform="slack", conversation_key="a"))

    assert answered.answer.kind == "unknown_role"
    assert answered.reusable is not None


def test_words_that_pick_a_role_on_screen_still_lean_on_the_conversation(assistant):
    assistant.ask(Question("lead engineer salary", platform="slack", conversation_key="a"))

    answered = assistant.answer(Question("the first one", platform="slack", conversation_key="a"))

    assert answered.reusable is None
    assert answered.answer.kind != CLARIFY and len(answered.answer.roles) == 1


def test_a_follow_ups_words_are_looked_up_in_the_store_once_per_knowledge_version(assistant, tmp_path):
    def fact_reads(text):
        with reads(assistant.store) as seen:
            answer = assistant.ask(Question(text, platform="slack", conversation_key="a"))
        return answer, [s for s in seen if "fact" in s.lower()]

    _opening, opening_reads = fact_reads("what skills does the expert software engineer need")
    first, first_reads = fact_reads("xylophone?")  # a word of its own, looked for among the roles shown
    again, again_reads = fact_reads("xylophone?")
    # looked up once: with the documents' words at the version's first question (SQLite's index
    # lists them), or at the first asking (PostgreSQL's); never again
    assert (opening_reads or first_reads) and not again_reads
    assert render_text(again) == render_text(first)

    assert fact_reads("which roles mention quantum?")[0].intent == "reverse_search"
    document = tmp_path / "quantum-widget-calibrator.txt"
    document.write_text("Quantum Widget Calibrator\n\nResponsibilities\n- Calibrates quantum widgets.\n",
                        encoding="utf-8")
    ingest_paths(assistant.store, [document])
    assistant.knowledge.expire()
    found, _reads = fact_reads("which roles mention quantum?")
    assert found.roles == ("Quantum Widget Calibrator",)


@pytest.mark.parametrize("asked", ["do they require kafka experience?", "in terms of years?",
                                   "which managed kubernetes?"])
def test_a_fact_of_the_role_on_screen_is_never_remembered_by_its_words(assistant, asked):
    """Answered as if the role on screen were named: another conversation's
    role would give other facts for the same words."""
    assistant.ask(Question("tell me about the lead back end engineer", platform="slack", conversation_key="a"))

    answered = assistant.answer(Question(asked, platform="slack", conversation_key="a"))

    assert answered.reusable is None
    assert answered.answer.roles == ("Lead Back End Engineer",)
