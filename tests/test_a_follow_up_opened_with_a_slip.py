"""Typing fast in Slack, a recruiter slips on the word a follow-up opens
with: "adn global lead?", "Adn the lead back end?", "adn then?". "and"
is what makes a bare role a follow-up (the last question asked again of
it), so the slip lost the question: the global lead's overview came back
instead of its pay. The slip is mended as "teh" and "waht" are. Each story
is played turn by turn through the Assistant the adapters use, in our own
words."""

import pytest

from tests.threads import BACKEND, BACKEND_YEARS, GLOBAL, GLOBAL_PAY


@pytest.mark.parametrize("first, then, role, said", [
    ("salary for engineer", "adn global lead?", GLOBAL, GLOBAL_PAY),
    ("years for expert swe", "Adn the lead back end?", BACKEND, BACKEND_YEARS),
])
def test_a_slip_in_and_still_asks_the_last_question_again(thread, first, then, role, said):
    thread.ask(first)
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and said in text


@pytest.mark.parametrize("then, said", [
    ("where does ti lead?", "Senior Engineer / Lead Engineer"),
    ("And which roles come before ti?", "Junior Engineer"),
])
def test_a_slip_in_it_still_points_at_the_role_on_screen(thread, then, said):
    thread.ask("tell me about the engineer")
    answer, text = thread.ask(then)
    assert answer.roles == ("Engineer",) and said in text
