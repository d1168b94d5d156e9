"""Recruiters ask in ways RoleCall misread (issue 24): "the lead back end
number" is its pay, not a role called so; "is the global lead involved in
onboarding?" is a part of the role; "c++ for lead backend?" asked of a role
whose documents never say it is answered plainly; a search can be asked
again a turn later; a list of roles narrows by what they say. Each family
of misreadings is one story, on the seeds, turn by turn as the Slack and
Teams adapters ask."""

import pytest

from bot import open_assistant
from tests.postings import ask
from tests.threads import Thread


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.fixture
def thread(assistant, request):
    return Thread(assistant, f"thread-{request.node.name}")


@pytest.mark.parametrize("question, shown", [
    ("lead back end number", "160,000"),
    ("is the lead back end number per year or per month", "USD per year"),
    ("what's the global lead's number?", "250,000"),
])
def test_a_number_right_after_a_title_is_its_pay(assistant, question, shown):
    answer, text = ask(assistant, question)
    assert answer.intent == "salary" and shown in text
    assert "don't have the role" not in text


def test_a_number_of_something_is_still_a_count(assistant):
    answer, text = ask(assistant, "number of roles over 200k")
    assert "Roles paying above $200,000" in text
