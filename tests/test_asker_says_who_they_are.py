"""Recruiters often say who they are before asking ("I'm the new recruiting
coordinator, which roles …", "I'm a sourcer here — …"). That clause is the
asker's own job: not a role the store lacks, not words to search the roles
for, and not a second role to compare, even when it is a stored title."""

import pytest

from bot import open_assistant
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question", [
    "I'm the new talent coordinator, which roles do we have?",
    "hello! i am part of the people ops crew: what roles are on file?",
    "As the incoming sourcing lead, which jobs do you know about?",
])
def test_who_the_asker_is_names_no_role_and_no_search(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == "list_roles", text
    assert "Expert Software Engineer" in text and "Lead Back End Engineer" in text


def test_a_stored_title_said_of_the_asker_is_not_compared(assistant):
    answer, text = ask(assistant, "I'm an engineer by trade, so what does a global lead engineer actually do?")
    assert answer.roles == ("Global Lead Engineer",)
    assert "global user base" in text


def test_a_search_after_an_introduction_searches_only_what_is_asked(assistant):
    answer, text = ask(assistant, "I'm a contract recruiter for the platform org — which roles mention Terraform?")
    assert "Roles that mention terraform" in text.replace("Terraform", "terraform")
    assert "recruiter" not in text.split("\n")[0]


def test_a_candidate_described_as_the_asker_is_still_a_fit_question(assistant):
    _answer, text = ask(assistant, "I'm a backend developer with 9 years, which role would suit me?")
    assert "Roles that fit the candidate" in text


def test_the_asker_asking_about_their_own_role_keeps_it(assistant):
    answer, _text = ask(assistant, "I'm a global lead engineer here — what would I move on to next?")
    assert answer.roles == ("Global Lead Engineer",)


@pytest.mark.parametrize("question, role, must", [
    ("I'm the recruiter for the expert swe req, what's the role about?", "Expert Software Engineer",
     "force multiplier"),
    ("I'm the recruiter on point for the global lead search, what does it pay?", "Global Lead Engineer", "250,000"),
])
def test_the_role_an_asker_works_for_is_the_role_asked(assistant, question, role, must):
    """"For the X req" in the introduction says which role the asker hires for: "the role" is it."""
    answer, text = ask(assistant, question)
    assert answer.roles == (role,), text
    assert must in text
