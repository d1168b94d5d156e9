"""Recruiters ask whether a role manages people, interviews, or how big its
team is, in words the documents never use ("people manager", "how many
reports", "will they be interviewing"). The answer is the role's own items
about leading people, hiring or its team's size, and not another role's."""

import pytest

from bot import open_assistant
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question, role, shown", [
    ("would the lead backend engineer be a line manager?", "Lead Back End Engineer", "without direct managerial authority"),
    ("is global lead engineer a people management role", "Global Lead Engineer", "without formal authority"),
    ("does the global lead eng supervise anyone", "Global Lead Engineer", "without formal authority"),
])
def test_managing_people_is_answered_by_the_items_on_leading_people(assistant, question, role, shown):
    answer, text = ask(assistant, question)
    assert answer.roles == (role,)
    assert shown in text


def test_a_role_without_hiring_advice_still_answers_whether_it_has_reports(assistant):
    """"direct reports" leans to hiring advice, which the Expert's documents lack:
    its items about mentoring say it, not its skills list."""
    answer, text = ask(assistant, "how many direct reports would an expert software engineer have?")
    assert answer.roles == ("Expert Software Engineer",)
    assert "Mentor and develop senior engineers" in text
    assert "Go, Rust, Java" not in text


@pytest.mark.parametrize("question, shown", [
    ("will the lead back end engineer be hiring for the team?", "Interviewing and Hiring"),
    ("does the global lead engineer recruit?", "recruitment, interviewing, and onboarding"),
])
def test_hiring_done_by_the_role_is_its_own_work_not_advice(assistant, question, shown):
    _answer, text = ask(assistant, question)
    assert shown in text


def test_interview_tips_for_a_role_are_still_hiring_advice(assistant):
    answer, text = ask(assistant, "interview tips for a lead backend engineer")
    assert answer.intent == "hiring_advice"
    assert "whiteboard sessions" in text


@pytest.mark.parametrize("question", [
    "the lead backend engineer would have a team of 9 - ok?",
    "what's the right team size for a lead be",
    "a team of eight engineers under one lead backend engineer, too much?",
])
def test_team_size_is_the_documents_word_on_it(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.roles == ("Lead Back End Engineer",)
    assert "4-6 direct reports" in text


def test_people_counted_in_a_team_are_no_role_of_their_own(assistant):
    """"7 engineers" counts the team's people; the Engineer role is not compared."""
    answer, _text = ask(assistant, "managing 7 engineers as a global lead engineer, realistic?")
    assert answer.roles == ("Global Lead Engineer",)


@pytest.mark.parametrize("question", [
    "how many directs does a lead back end engineer have",
    "lead backend engineer: what's the span of control?",
    "how many people should a lead back end engineer manage",
])
def test_the_item_on_team_size_leads_the_hiring_advice(assistant, question):
    """The phrase asked ("direct reports", "span of control") picks the
    facet; of the facet's items, the one that says it answers, so it comes first."""
    answer, _text = ask(assistant, question)
    assert answer.intent == "hiring_advice"
    assert "4-6 direct reports" in answer.sections[0].items[0].text
