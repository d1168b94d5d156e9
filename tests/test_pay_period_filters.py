"""A recruiter asks which roles pay by the day: the period of each role's stated pay is the
filter, not the word "day" or "daily" anywhere in the documents (a coordinator's "daily call
sheets" is no day rate)."""

from pathlib import Path

import pytest

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "pay_periods"

recruiter = batch_assistant("recruiter", FOLDER, "A studio's day-rate and salaried postings.")


@pytest.mark.parametrize("question", ["any roles paying per day?", "which jobs have a day rate", "who is paid daily"])
def test_roles_paid_by_the_day_are_those_whose_pay_is_a_day_rate(recruiter, question):
    answer, text = ask(recruiter, question)
    assert set(answer.roles) == {"Set Carpenter"} and "£240" in text
