"""A planner writes the quarter or a visa before the pay they ask about
("Working on the hiring plan for Q3. roles starting at 180k or more"): the
number inside a word is no amount, and the figure compared is the one asked."""

import pytest

from tests.threads import BACKEND, EXPERT, GLOBAL


@pytest.mark.parametrize("question", ["Planning Q3 hiring. roles starting at 180k or more",
                                      "H1B sponsorship aside, which roles pay at least 180k at the bottom?"])
def test_a_number_inside_a_word_before_the_pay_asked_is_no_amount(thread, question):
    answer, text = thread.ask(question)
    assert "$180,000" in answer.title and "$3,000" not in text and "$1,000" not in text
    assert set(answer.roles) == {EXPERT, GLOBAL} and BACKEND not in answer.roles
