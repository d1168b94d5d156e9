"""Why the asker wants a fact, said last ("…, for comparison", "…, for
reference"): after two roles' pay side by side, "now the lead backend
salary, for comparison" asks that one role's pay, the others being on screen
already; read as a comparison word it put all three side by side again
(bank fifteen's kind, in wordings of our own)."""

import pytest

from tests.threads import BACKEND, BACKEND_PAY, ENGINEER, EXPERT_PAY, GLOBAL, GLOBAL_PAY, GLOBAL_YEARS


@pytest.mark.parametrize("question", [
    "now the lead backend salary, for comparison?",
    "and lead back end comp - for reference",
    "the lead back end engineer's pay, by contrast",
])
def test_a_purpose_said_last_asks_the_one_role_named(thread, question):
    thread.ask("expert swe vs global lead: pay")
    answer, text = thread.ask(question)
    assert answer.roles == (BACKEND,)
    assert BACKEND_PAY in text and EXPERT_PAY not in text and GLOBAL_PAY not in text


def test_a_comparison_asked_outright_still_compares(thread):
    answer, text = thread.ask("compare the engineer with the global lead on years, for reference")
    assert set(answer.roles) == {ENGINEER, GLOBAL} and GLOBAL_YEARS in text
