"""Issue 19 again: families a bank written from the seeds alone found
(eval/*_eighth_tuning.jsonl). A comparison on a word finds its other forms
("mentoring" finds "mentor" and "mentorship"); "yoe by role" is every role's
years; "which role does?" after a question about one role's perks asks it of
every role, and "list them" then shows those perks. Each family is one story,
on the seeds."""

import pytest

from bot import Question, open_assistant
from tests.postings import ask, render_text


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


def test_roles_compared_on_a_word_find_its_other_forms(assistant):
    """The Global Lead Engineer "mentors" and gives "mentorship": that is mentoring."""
    _answer, text = ask(assistant, "global lead vs lead backend mentoring")
    assert "Mentor and coach senior and principal-level engineers" in text
    assert "not mentioned in its documents" not in text


@pytest.mark.parametrize("question", ["yoe by role", "years of experience per role", "salary by role",
                                      "pay across roles"])
def test_a_fact_by_role_is_that_fact_for_every_role(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.kind == "answer"
    assert {"Expert Software Engineer", "Global Lead Engineer", "Lead Back End Engineer"} <= set(answer.roles)


def test_which_role_does_asks_the_last_fact_of_every_role(assistant):
    """A hiring manager learns the Global Lead Engineer's posting lists no perks, asks
    which role's does, then wants them listed."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="e8-perks"))

    said = say("does the global lead JD list perks")
    assert said.roles == ("Global Lead Engineer",)
    which = say("which role does")
    assert which.roles == ("Lead Back End Engineer",)
    listed = say("list them")
    assert listed.roles == ("Lead Back End Engineer",) and "dental" in render_text(listed)


def test_which_role_does_alone_still_asks_what(assistant):
    """With nothing asked before, "which role does" has no fact to carry: it is not a list."""
    answer = assistant.ask(Question("which role does", platform="test", conversation_key="e8-alone"))
    assert not answer.roles


@pytest.mark.parametrize("question", ["expert software engineer: max salary + min yoe?", "expert swe salary + yoe"])
def test_a_plus_between_two_facts_asks_both(assistant, question):
    """A "+" typed between two facts joins them as "and" does."""
    _answer, text = ask(assistant, question)
    assert "180,000" in text and "10-15" in text


@pytest.mark.parametrize("question", ["roles needing go & rust", "roles needing go + rust"])
def test_an_and_sign_between_two_terms_searches_for_both(assistant, question):
    """"&" and "+" between two terms are "and": roles that say both, not the first alone."""
    _answer, text = ask(assistant, question)
    both, first = ask(assistant, "roles needing go and rust")[1], ask(assistant, "roles needing go")[1]
    assert text == both and both != first


@pytest.mark.parametrize("question", ["expert swe typical prior title", "global lead former positions",
                                      "previous jobs for the global lead"])
def test_a_title_held_before_is_where_people_come_from(assistant, question):
    answer, _text = ask(assistant, question)
    assert answer.intent == "career_entry"


@pytest.mark.parametrize("asked", ["and ML?", "and machine learning?"])
def test_a_move_named_after_the_moves_shown_is_that_move(assistant, asked):
    """After the Engineer's lateral moves, "and ML?" asks about the move to machine
    learning on screen, not about a Machine Learning Engineer role the store lacks."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key=f"e8-ml-{asked}"))

    say("whats the engineer role")
    say("lateral moves")
    answer = say(asked)
    assert answer.roles == ("Engineer",) and answer.title == "Engineer: about machine learning"
    assert "Data Engineer / Machine Learning Engineer" in render_text(answer)


def test_a_role_that_helps_hire_is_asked_about_its_own_work(assistant):
    """"who do they help hire" after a role's duties: the duty on hiring, not hiring advice;
    "the global lead too?" asks the same of the Global Lead Engineer."""
    def say(text):
        return assistant.ask(Question(text, platform="test", conversation_key="e8-hire"))

    say("expert swe secondary functions")
    hiring = say("who do they help hire")
    assert hiring.roles == ("Expert Software Engineer",) and "senior technical talent" in render_text(hiring)
    assert "onboarding" in render_text(say("the global lead too?"))
