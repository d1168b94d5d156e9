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
    "where does a lead backend engineer go after?",  # "go" of going on, not the language
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


@pytest.mark.parametrize("question", [
    "which roles can turn into an Engineering Manager",
    "what roles grow into engineering manager?",
    "roles that could transition into an Engineering Manager",
])
def test_roles_that_turn_into_a_title_are_the_ways_into_it(assistant, question):
    """Verbs of becoming ("turn into", "grow into") asked of a title are
    "which roles lead to it", never a search for the phrase."""
    answer, text = ask(assistant, question)
    assert set(answer.roles) == {"Engineer", "Lead Back End Engineer"}
    assert "Global Lead Engineer" not in text and "Expert Software Engineer" not in text


def test_a_role_that_can_grow_into_something_looks_ahead(assistant):
    answer, _text = ask(assistant, "can a lead backend engineer grow into management?")
    assert answer.intent == V.CAREER_NEXT


def test_where_the_asker_comes_from_is_not_where_the_role_comes_from(assistant):
    """A recruiter's own background, told before the question ("I come from
    sales hiring..."), is not asked about: the last sentence, naming the role, is."""
    answer, text = ask(assistant, "we just opened a req and I come from sales hiring... can you tell me "
                                  "in plain words what a Lead Backend Engineer is?")
    assert answer.intent == V.OVERVIEW
    assert "architectural conscience" in text


def test_a_candidates_title_beside_a_fit_question_shows_the_ways_in(assistant):
    """"ex solutions architect with 16 yrs, global lead a fit?": the years the
    role takes, and where its people come from, so the recruiter sees that
    Solutions Architect is one of them."""
    answer, text = ask(assistant, "ex solutions architect with 16 yrs, global lead a fit?")
    assert answer.roles == ("Global Lead Engineer",)
    assert "12-18" in text
    assert "Comes from" in text and "Solutions Architect" in text


@pytest.mark.parametrize("question", [
    "what sits above the lead back end engineer role",
    "what's one level up from a lead backend engineer?",
    "next rung for the lead backend engineer",
])
def test_a_rung_above_a_role_is_where_it_leads(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == V.CAREER_NEXT
    assert "Director, Solutions Architecture" in text
    assert "Senior Back End Engineer" not in text


@pytest.mark.parametrize("question", [
    "what sits below the lead back end engineer",
    "which role is one step down from the lead backend engineer",
    "what's one level below a lead backend engineer",
])
def test_a_rung_below_a_role_is_where_its_people_come_from(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent == V.CAREER_ENTRY
    assert "Senior Back End Engineer" in text
    assert "Director, Solutions Architecture" not in text


def test_above_a_sum_of_money_is_still_a_pay_threshold(assistant):
    _answer, text = ask(assistant, "which roles pay above 200k")
    assert "Roles paying above $200,000" in text
