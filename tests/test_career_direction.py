"""Asked which way along a role's career path, a recruiter gets that way:
"where do people move into X from" and "previous job titles" are where X's
people come from; "growth path from X", "where could it lead later" and
"can X move into management" are where X goes. On the seeds."""

import pytest

from bot import open_assistant
from bot import vocabulary as V
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question", [
    "where do people move into lead backend engineer from?",
    "what previous job titles should I target when sourcing lead backend engineers?",
])
def test_where_people_come_from(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == V.CAREER_ENTRY
    assert "Senior Back End Engineer" in text
    assert "Director, Solutions Architecture" not in text


@pytest.mark.parametrize("question", [
    "growth path from lead backend engineer",
    "candidate wants to know the growth path if they join as lead backend engineer",
])
def test_where_a_role_leads(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == V.CAREER_NEXT
    assert "Director, Solutions Architecture" in text
    assert "Senior Back End Engineer" not in text


def test_a_way_in_phrase_after_the_role_asks_where_it_goes(assistant):
    """"move into" before the role is the way in; after it, the way on."""
    answer, _text = ask(assistant, "can an engineer move into management?")
    assert answer.intent == V.CAREER_NEXT
    answer, _text = ask(assistant, "where do people move into global lead engineer from?")
    assert answer.intent == V.CAREER_ENTRY
