"""Recruiters name a role the way they type: cut short to the one word only
that role's title has ("the Expert role"), wrapped in Slack formatting or
mistyped ("*expert engineer*", "leed backend engineer"), in the middle of a
long question whose other words are verbs ("how do I sell lead backend"),
people ("team of 10 engineers", "mechanical engineers") or things asked of
the role ("the culture"). Each gets the role's own facts, not another's, and
no role is invented; a title the store lacks is still said to be missing.
On the seeds."""

import pytest

from bot import ANSWER, CLARIFY, UNKNOWN_ROLE, open_assistant
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question", [
    "salary for the expert role",
    "expert engineer salary",
    "i need the expert's salary",
    "*expert engineer* :eyes: pay?",
])
def test_a_word_only_one_title_has_is_that_role(assistant, question):
    """"expert" is in no other title, and no level every role has: no "Did you mean"."""
    answer, text = ask(assistant, question)
    assert answer.kind == ANSWER and answer.roles == ("Expert Software Engineer",)
    assert "180,000" in text and "160,000" not in text


def test_a_level_every_role_has_still_asks(assistant):
    answer, _text = ask(assistant, "lead salary")
    assert answer.kind == CLARIFY


@pytest.mark.parametrize("question, role, shown", [
    ("🚀 `global lead eng` 🚀 salary?", "Global Lead Engineer", "250,000"),
    ("'lead back-end engineer' salary", "Lead Back End Engineer", "160,000"),
    ("leed backend engineer salary", "Lead Back End Engineer", "160,000"),
    ("_Expert SWE_: what's the comp 💰", "Expert Software Engineer", "180,000"),
])
def test_a_title_in_formatting_or_mistyped_is_found(assistant, question, role, shown):
    answer, text = ask(assistant, question)
    assert answer.kind == ANSWER and answer.roles == (role,)
    assert shown in text


@pytest.mark.parametrize("question, role, shown", [
    ("how do I sell lead backend to candidates", "Lead Back End Engineer", "architectural conscience"),
    ("does the expert engineer represent eng in exec meetings?", "Expert Software Engineer",
     "executive leadership"),
])
def test_a_verb_before_a_title_is_no_part_of_it(assistant, question, role, shown):
    """The word after "I" or after another title's last word is a verb, not a
    word of a title the store lacks ("sell lead backend", "represent eng")."""
    answer, text = ask(assistant, question)
    assert answer.kind == ANSWER and answer.roles == (role,)
    assert shown in text


@pytest.mark.parametrize("question, role, shown", [
    ("can mechanical engineers apply for the Engineer role? field of study", "Engineer", "Mechanical Engineering"),
    ("team of 10 engineers, too many for one lead backend engineer?", "Lead Back End Engineer",
     "Lead Back End Engineer"),
    ("my engineers want to know what the expert role pays", "Expert Software Engineer", "180,000"),
    ("can frontend developers grow into the lead backend engineer role", "Lead Back End Engineer",
     "Lead Back End Engineer"),
])
def test_people_beside_a_named_role_are_not_another_role(assistant, question, role, shown):
    """"engineers", "developers" said of people beside a role named as such:
    neither a second role to compare nor a missing "mechanical engineer"."""
    answer, text = ask(assistant, question)
    assert answer.kind == ANSWER and answer.roles == (role,)
    assert shown in text


def test_the_bare_title_said_as_a_role_is_still_compared(assistant):
    answer, _text = ask(assistant, "expert engineer vs engineer salary")
    assert set(answer.roles) == {"Expert Software Engineer", "Engineer"}


def test_the_bare_title_said_first_is_the_role_beside_levels(assistant):
    """"lead positions" are levels of the Engineer role here, not a role named."""
    answer, text = ask(assistant, "engineer - how many years for senior/lead positions?")
    assert answer.roles == ("Engineer",) and "3-7 years" in text


@pytest.mark.parametrize("question", ["tell me about the culture", "tell me about engineering culture here",
                                      "whats the pay like for someone relocating from berlin"])
def test_words_that_are_no_title_are_no_missing_role(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.kind != UNKNOWN_ROLE
    assert "don't have the role" not in text


@pytest.mark.parametrize("question", ["security engineer salary", "lead security engineer salary",
                                      "mechanical engineer salary", "barista salary", "CTO salary",
                                      "head of people responsibilities"])
def test_a_title_the_store_lacks_is_still_missing(assistant, question):
    answer, _text = ask(assistant, question)
    assert answer.kind == UNKNOWN_ROLE and answer.roles == ()


@pytest.mark.parametrize("question", ["the backend role - salary?", "backend one salary"])
def test_a_word_said_as_a_role_picks_among_the_roles_the_store_has(assistant, question):
    """Career paths name a "Senior Back End Engineer"; that is a place in a path,
    not a role to pick, so "the backend role" is the Lead Back End Engineer."""
    answer, text = ask(assistant, question)
    assert answer.kind == ANSWER and answer.roles == ("Lead Back End Engineer",)
    assert "160,000" in text


def test_a_career_path_title_said_as_a_role_is_still_not_profiled(assistant):
    answer, _text = ask(assistant, "staff engineer role salary")
    assert answer.kind == UNKNOWN_ROLE and answer.roles == ()


def test_a_verb_form_is_no_typo_of_a_title_word(assistant):
    """"managed Kubernetes" is what the role runs, not a mistyped "manager":
    no Engineering Manager is read into the question."""
    answer, text = ask(assistant, "which managed kubernetes should the lead backend engineer know?")
    assert answer.kind == ANSWER and answer.roles == ("Lead Back End Engineer",)
    assert "EKS, GKE" in text
    assert "Engineering Manager" not in text


@pytest.mark.parametrize("question", ["who mentors junior engineers?", "which roles mentor junior engineers"])
def test_who_does_something_to_people_is_a_search_not_a_missing_role(assistant, question):
    """After "who" or "which roles" comes a verb: the people it is done to
    ("junior engineers") are what the roles' documents are searched for,
    never a role the store lacks."""
    answer, text = ask(assistant, question)
    assert answer.kind != UNKNOWN_ROLE
    assert "Engineer" in answer.roles
    assert "mentor junior engineers" in text
