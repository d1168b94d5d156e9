"""A new recruiter and a hurried hiring manager ask in shapes the reading
missed (bank twenty-one's kinds, in wordings of our own): the list of roles
asked "in alphabetical order" or "with their salary ranges", the way into a
role asked as where people "come into it" from, the plain summary asked "in
simple terms", and words typed without their vowels ("glbl lead salry")."""

import pytest

from bot.spelling import Speller

from tests.threads import BACKEND, BACKEND_PAY, ENGINEER, EXPERT, EXPERT_PAY, GLOBAL, GLOBAL_PAY


@pytest.mark.parametrize("question", [
    "list the role titles in alphabetical order",
    "all the job titles, sorted a-z",
    "roles alphabetically please",
])
def test_the_list_asked_in_an_order_is_the_list(thread, question):
    answer, _text = thread.ask(question)
    assert answer.intent == "list_roles"
    assert set(answer.roles) == {ENGINEER, EXPERT, GLOBAL, BACKEND}


def test_a_pick_from_the_alphabetical_list_is_the_role_at_that_place(thread):
    thread.ask("list the role titles in alphabetical order")
    answer, text = thread.ask("the second one - how many years?")
    assert answer.roles == (EXPERT,) and "10-15" in text


@pytest.mark.parametrize("question", [
    "list the roles with their salary ranges",
    "show me all the jobs along with their pay",
])
def test_the_roles_with_their_pay_give_each_role_its_pay(thread, question):
    _answer, text = thread.ask(question)
    assert all(pay in text for pay in (GLOBAL_PAY, EXPERT_PAY, BACKEND_PAY))


def test_where_people_come_into_it_from_is_the_way_in(thread):
    thread.ask("what comes after the Expert Software Engineer?")
    answer, text = thread.ask("And from which positions do people normally come into it?")
    assert answer.intent == "career_entry" and answer.roles == (EXPERT,)
    assert "Senior Software Engineer" in text


@pytest.mark.parametrize("question", [
    "What does the Lead Back End Engineer do, in simple terms?",
    "in plain english, what does a lead back end engineer do?",
])
def test_what_a_role_does_in_simple_terms_is_its_summary(thread, question):
    answer, _text = thread.ask(question)
    assert answer.intent == "overview" and answer.roles == (BACKEND,)


def test_duties_asked_in_simple_terms_are_still_the_duties(thread):
    answer, _text = thread.ask("in plain english, what are the Global Lead Engineer's duties?")
    assert answer.intent == "primary_responsibilities"


def test_a_title_and_a_topic_typed_without_vowels_are_read(thread):
    answer, text = thread.ask("@RoleCall glbl lead salry?")
    assert answer.roles == (GLOBAL,) and GLOBAL_PAY in text


def test_a_short_word_without_vowels_is_left_as_typed():
    """"bck" could be "back" or "buck": three letters tell too little; and a
    word whose letters fit two known words is no one of them."""
    speller = Speller(["back", "global", "bake", "boke"])
    assert speller.mended("bck glbl bk") == "bck global bk"
    assert Speller(["global", "gleeble"]).mended("glbl") == "glbl"
