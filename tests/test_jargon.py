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
    """"IC" is an individual contributor: the role's hands-on items answer it.
    (Asked as a choice, "an IC or a people manager?", the items on managing
    people answer: tests/test_manager_or_individual_contributor.py.)"""
    answer, text = ask(assistant, "is the lead back end engineer an IC?")
    assert "Hands-On Development" in text
    assert answer.roles == ("Lead Back End Engineer",)


@pytest.mark.parametrize("question", ["what reqs can you help with", "how many reqs do you have",
                                      "what roles can you help with"])
def test_a_req_is_a_requisition_so_asking_for_reqs_lists_the_roles(assistant, question):
    """Recruiters call an opening a "req" (a job requisition), not a requirement."""
    answer, text = ask(assistant, question)
    assert answer.intent == "list_roles"
    assert "Global Lead Engineer" in text and "Expert Software Engineer" in text


def test_a_req_beside_a_title_is_that_role(assistant):
    answer, text = ask(assistant, "engineer req - YOE?")
    assert answer.roles == ("Engineer",)
    assert "3-7 years" in text


@pytest.mark.parametrize("question, shown", [
    ("comp for lead be eng?", "$160,000 - $220,000"),
    ("how many directs for a lead be eng", "4-6 direct reports"),
])
def test_back_end_typed_be_in_lower_case_before_a_title_word(assistant, question, shown):
    """"be" before "eng" can't be the verb: it is BE, back end, as in capitals."""
    answer, text = ask(assistant, question)
    assert answer.roles == ("Lead Back End Engineer",)
    assert shown in text


def test_be_after_to_stays_the_verb(assistant):
    answer, _text = ask(assistant, "what would it take to be engineer here")
    assert answer.roles != ("Lead Back End Engineer",)


def test_asking_what_the_bot_can_help_with_is_still_help(assistant):
    answer, _text = ask(assistant, "what can you help with")
    assert answer.intent == "help"


@pytest.mark.parametrize("question, intent, shown", [
    ("wich positions r in the store", "list_roles", "Global Lead Engineer"),
    ("waht does the expert swe earn", "salary", "$180,000 - $275,000+"),
    ("howmany roles do u have", "list_roles", "Expert Software Engineer"),
])
def test_question_words_typed_in_a_hurry_read_as_the_words(assistant, question, intent, shown):
    """"wich", "waht", "howmany": too short or too run-together for the typo
    index, common enough in chat to be vocabulary."""
    answer, text = ask(assistant, question)
    assert answer.intent == intent
    assert shown in text


@pytest.mark.parametrize("question, shown", [
    ("what does a global lead engineer make", "$180,000 - $250,000+"),
    ("what would an expert swe be making", "$180,000 - $275,000+"),
])
def test_what_a_role_makes_is_its_pay(assistant, question, shown):
    """"What does X make?" ends on the verb: it asks what X is paid, while
    "what does X make decisions about" goes on and asks something else."""
    answer, text = ask(assistant, question)
    assert answer.intent == "salary"
    assert shown in text
    assert ask(assistant, "what does the engineer make decisions about")[0].intent != "salary"
