"""Issue 19, a ninth bank written from the seeds alone (eval/*_ninth_tuning.jsonl):
the families of phrasing it found that RoleCall misread. A word typed with a
straight apostrophe finds the documents' curly one ("master's" is "Master’s");
years named before their number ("min YOE is 10 or more") are a threshold on
experience; the years of leadership asked "on top" of a role's total are its
preferred experience; "lead on to" is a career step, not the word "lead"; of
two roles with the same floor, the cheaper one tops out lower; a sigh before
the question ("hm ok") is set aside. Each family is one story, on the seeds."""

import pytest

from bot import Question, open_assistant
from tests.postings import ask, render_text


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


def test_a_straight_apostrophe_finds_the_documents_curly_one(assistant):
    """A recruiter types "master's"; two postings write "Master’s": all three roles prefer one."""
    answer, _text = ask(assistant, "which roles prefer a master's")
    assert {"Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"} <= set(answer.roles)


@pytest.mark.parametrize("question", ["roles where min YOE is 10 or more", "roles with years of experience >= 10"])
def test_years_named_before_their_number_are_a_threshold_on_experience(assistant, question):
    """"YOE is 10 or more" counts years, not dollars: the two roles starting at ten or more."""
    answer, text = ask(assistant, question)
    assert set(answer.roles) == {"Expert Software Engineer", "Global Lead Engineer"}
    assert "$10,000" not in text
