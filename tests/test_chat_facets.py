"""Recruiters in chat ask for a facet by its short or its hiring-side name:
"dbs", "langs", "min edu", "preferred exp", and "nice to haves".
A role the seeds describe has no "nice to have" heading, but its preferred
education and experience are just that; each story checks what the answer
says on the seeds."""

import pytest

from bot import open_assistant
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question, role, shown", [
    ("what dbs does the global lead eng need to know", "Global Lead Engineer", "DynamoDB, MongoDB, Cassandra"),
    ("lead be - which db tech?", "Lead Back End Engineer", "MongoDB, DynamoDB, Redis"),
])
def test_db_and_dbs_are_databases(assistant, question, role, shown):
    answer, text = ask(assistant, question)
    assert answer.roles == (role,)
    assert shown in text


def test_langs_are_the_programming_languages(assistant):
    _answer, text = ask(assistant, "which langs for an expert swe?")
    assert "Go, Rust, Java, Python, or C++" in text


@pytest.mark.parametrize("question", ["baseline degree for the lead backend engineer?", "lead be min education pls"])
def test_the_minimum_education_alone_leaves_the_preferred_out(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == "education"
    assert "Bachelor's degree in a technical field" in text
    assert "Master’s degree in Computer Science" not in text


def test_preferred_experience_is_that_section_alone(assistant):
    answer, text = ask(assistant, "preferred exp for the expert software engineer")
    assert answer.intent == "experience"
    assert "Proven track record of mentoring senior engineers" in text
    assert "10-15+ years of professional software development experience" not in text


@pytest.mark.parametrize("question, role, shown, not_shown", [
    ("nice-to-haves for an expert swe candidate?", "Expert Software Engineer",
     "Master's or Ph.D. in Computer Science", "Go, Rust, Java"),
    ("any bonus points for the engineer role", "Engineer", "Master's degree in a relevant technical discipline",
     "3–7 years"),
])
def test_nice_to_haves_of_a_role_profile_are_its_preferred_education_and_experience(
        assistant, question, role, shown, not_shown):
    answer, text = ask(assistant, question)
    assert answer.roles == (role,) and answer.intent == "nice_to_have"
    assert shown in text and not_shown not in text


@pytest.mark.parametrize("question, role, shown", [
    ("what qualifications are preferred for the global lead engineer", "Global Lead Engineer",
     "demonstrates thought leadership"),
    ("which qualifications does the engineer prefer", "Engineer", "Experience in regulated industries"),
    ("lead back end engineer - preferred requirements?", "Lead Back End Engineer",
     "Master’s degree in Computer Science"),
])
def test_qualifications_asked_as_preferred_are_the_nice_to_haves_not_the_skills(assistant, question, role, shown):
    """"preferred" beside a word for what a role requires asks for its
    preferred part, wherever it stands in the question."""
    answer, text = ask(assistant, question)
    assert answer.roles == (role,) and answer.intent == "nice_to_have"
    assert shown in text
    assert "Expertise in System Architecture" not in text and "Solid understanding of software" not in text


@pytest.mark.parametrize("question", [
    "global lead — preferred background, like blogs or open source?",
    "what background does the global lead engineer prefer? open source maybe?",
])
def test_a_preferred_background_shows_the_preferred_experience_beside_the_items_named(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.roles == ("Global Lead Engineer",)
    assert "open-source contributions that demonstrates thought leadership" in text


def test_promotions_are_where_the_role_leads(assistant):
    """"lead backend promotions": the plural asks what "promotion" does, the next steps."""
    answer, text = ask(assistant, "lead backend promotions")
    assert answer.roles == ("Lead Back End Engineer",) and answer.intent == "career_next"
    assert "Principal Engineer" in text and "Engineering Manager" in text


@pytest.mark.parametrize("question", ["term dates for the lead backend engineer?",
                                      "lead be - what's the length of the contract"])
def test_the_term_of_a_permanent_role_is_its_employment_type(assistant, question):
    """The seeds have no contract section; the lead backend engineer's hiring
    guide says "Type: Full-time", and a full-time role has no end date: that
    line answers, not API contracts or up-to-date runbooks."""
    answer, text = ask(assistant, question)
    assert answer.roles == ("Lead Back End Engineer",)
    assert "Type: Full-time" in text
    assert "don't mention" not in text


def test_the_term_asked_of_a_role_without_one_says_it_is_not_covered(assistant):
    """The engineer's documents state no employment type: saying so beats
    listing duties that happen to say "contracts"."""
    _answer, text = ask(assistant, "engineer employment dates?")
    assert "don't cover" in text
    assert "backward compatible" not in text
