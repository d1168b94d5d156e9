"""An engineer thinking of applying says who they are first ("Senior Staff
Engineer here -", "I'm a Principal Software Engineer,") and asks which of
the roles they could move into: the roles whose career paths take people
from that title, and "and then?" goes on from there (bank twenty-one's
kind, in wordings of our own)."""

import pytest

from tests.threads import BACKEND, GLOBAL


@pytest.mark.parametrize("question", [
    "Senior Staff Engineer here - which of your roles would I move into?",
    "I'm a Senior Staff Engineer, where can I go next?",
    "I am a Principal Software Engineer. Which role could I grow into?",
])
def test_the_askers_own_title_leads_to_the_roles_that_take_it(thread, question):
    answer, text = thread.ask(question)
    assert answer.roles == (GLOBAL,) and answer.intent == "career_entry"
    assert "Global Lead Engineer takes people from" in text


def test_and_then_goes_on_from_the_role_found(thread):
    thread.ask("Senior Staff Engineer here - which of your roles would I move into?")
    answer, text = thread.ask("and then?")
    assert answer.roles == (GLOBAL,) and "VP of Technology" in text


def test_a_role_the_store_has_is_asked_its_own_next_steps(thread):
    answer, _text = thread.ask("I'm a Lead Back End Engineer myself — where could I grow?")
    assert answer.roles == (BACKEND,) and answer.intent == "career_next"


def test_who_the_asker_is_lends_no_words_to_a_search(thread):
    answer, text = thread.ask("sourcer here - which roles need kafka?")
    assert answer.intent == "reverse_search" and "sourcer" not in text.casefold()


def test_the_way_in_is_shown_as_the_document_writes_it(thread):
    _answer, text = thread.ask("I'm a Junior Engineer. Which role in your list is my next step?")
    assert "Junior Engineer / Associate Engineer" in text
