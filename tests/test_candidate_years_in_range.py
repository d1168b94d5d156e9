"""A recruiter tells a candidate's years and asks which roles are "in range":
the range is the roles' years of experience, not their pay ("candidate has 8
years - which roles are in range?" was answered as roles paying at least
$8,000). Said of years, "in range" asks what "fit" asks."""

import pytest

from tests.postings import ask


@pytest.mark.parametrize("question", [
    "my candidate has 9 years - which roles are in range?",
    "candidate w/ 9 yrs. which jobs are in range",
])
def test_a_candidates_years_in_range_ask_the_roles_whose_years_fit(assistant, question):
    answer, text = ask(assistant, question)

    assert "Lead Back" in text and "8-12" in text
    assert "paying" not in text.casefold()


def test_pay_in_range_is_still_asked_of_pay(assistant):
    _answer, text = ask(assistant, "which roles have 250k in range?")

    assert "years" not in text.casefold().split("\n")[0]
