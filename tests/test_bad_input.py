"""Whatever arrives in a chat box gets a polite answer, never an exception."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import Question, open_assistant, render_text
from bot.text import MAX_QUESTION_CHARS


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return open_assistant(f"sqlite:///{tmp_path_factory.mktemp('db') / 'rolecall.db'}")


@pytest.mark.parametrize("text", [
    "", "   \n\t ", "🙂🙂🙂", "\x00\x01\x02 salary \x1b[31m", "' OR 1=1; DROP TABLE role;--",
    "ما هو راتب المهندس", "エンジニアの給料は？", "¿qué hace un ingeniero?", "a" * 100_000,
    "salary " * 20_000, "<@U123> <!channel> &amp; <script>", "engineer\u202eevil", "\ud800" if False else "\ufeff",
])
def test_odd_input_gets_a_polite_answer(assistant, text):
    answer = assistant.ask(Question(text))
    rendered = render_text(answer)
    assert rendered.strip()
    assert "Traceback" not in rendered


def test_very_long_input_is_cut_before_matching(assistant):
    answer = assistant.ask(Question("salary for engineer " + "x" * 100_000))
    assert answer.roles == ("Engineer",)
    assert len(answer.explanation["unknown_words"]) <= MAX_QUESTION_CHARS


def test_sql_in_a_question_is_just_text(assistant):
    before = assistant.knowledge.roles()
    assistant.ask(Question("which roles mention '; DELETE FROM fact; --"))
    assistant.ask(Question("which roles mention %_%"))
    assistant.knowledge.refresh()
    assert assistant.knowledge.roles() == before


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_gets_an_answer(assistant, text):
    answer = assistant.ask(Question(text, conversation_key="fuzz"))
    assert render_text(answer).strip()
