"""A copywriter tidying the careers page and colleagues writing English
with their own courtesies ask for the list of roles: "parakalo", "tack",
"terima kasih" are please and thanks, never a word to search for; the
exact titles are the list; what the asker is doing first asks nothing."""

import pytest

from tests.threads import BACKEND, ENGINEER, EXPERT, GLOBAL

EVERY_ROLE = {ENGINEER, EXPERT, GLOBAL, BACKEND}


@pytest.mark.parametrize("question", [
    "Kalimera! What roles are in your documents, parakalo? Just the titles.",
    "Hej! which roles do you have, tack",
    "selamat pagi, what roles are in your documents, terima kasih",
])
def test_courtesies_in_another_language_leave_the_list_question(thread, question):
    answer, text = thread.ask(question)
    assert set(answer.roles) == EVERY_ROLE and "No role mentions" not in text


def test_the_exact_job_titles_you_hold_are_the_list(thread):
    answer, _text = thread.ask("give me the exact job titles you hold")
    assert set(answer.roles) == EVERY_ROLE


def test_the_asker_work_said_first_leaves_the_list_asked_after_it(thread):
    answer, text = thread.ask("I'm rewriting our postings and want the titles consistent - "
                              "give me the exact job titles you hold.")
    assert set(answer.roles) == EVERY_ROLE and "No role mentions" not in text


@pytest.mark.parametrize("question", ["we need kafka people - which roles?", "I'm hiring kafka people - which roles?"])
def test_a_thing_needed_before_which_roles_still_searches_for_it(thread, question):
    answer, _text = thread.ask(question)
    assert set(answer.roles) == {EXPERT, BACKEND}


def test_please_in_another_language_after_a_role_question_keeps_its_fact(thread):
    answer, text = thread.ask("lead backend salary, bitte")
    assert answer.roles == (BACKEND,) and "220,000" in text
