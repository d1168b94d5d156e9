"""Recruiters write in their trade's shorthand ("directs", "TC", "IC",
"pref edu", "BS/MS", "comms", "the base") and get the same
answer as the words spelled out. One story per family of words, on the seeds."""

import pytest

from bot import open_assistant
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question, intent, shown", [
    # people managed
    ("how many directs for a lead back end engineer", "hiring_advice", "4-6 direct reports"),
    # pay
    ("what's the TC for a global lead engineer", "salary", "$180,000 - $250,000+"),
    ("what's the base for the global lead engineer", "salary", "$180,000 - $250,000+"),
    # schooling
    ("pref edu for global lead engineer", "education", "Ph.D."),
    ("BS/MS needed for expert swe?", "education", "experience over formal degrees"),
    # people skills
    ("engineer comms skills", "soft_skills", "Effective communication"),
])
def test_shorthand_reads_as_the_words_it_stands_for(assistant, question, intent, shown):
    answer, text = ask(assistant, question)
    assert answer.intent == intent
    assert shown in text


def test_asking_whether_a_role_is_an_ic_shows_its_hands_on_work(assistant):
    """"IC" is an individual contributor: the role's hands-on items answer it."""
    answer, text = ask(assistant, "is the lead back end engineer an IC or a people manager?")
    assert "Hands-On Development" in text
    assert answer.roles == ("Lead Back End Engineer",)
