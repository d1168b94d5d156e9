"""An org-chart planner asks which roles name a title as where they lead:
"which role lists Director of Engineering as an advancement option?" is the
roles leading there (as "lead to" asks), not a search for "Director" (which
also finds "Director, Solutions Architecture"), even after one role's next
steps were shown and the title is then pointed at with "it"."""

import pytest

from tests.threads import BACKEND, ENGINEER, EXPERT, GLOBAL


@pytest.mark.parametrize("question", ["which roles list Director of Engineering as a next step?",
                                      "which role lists Director of Engineering as an advancement option?"])
def test_a_title_listed_as_a_next_step_is_the_roles_leading_there(thread, question):
    answer, text = thread.ask(question)
    assert set(answer.roles) == {EXPERT, GLOBAL} and "Paths into Director of Engineering" in text


def test_the_title_picked_from_next_steps_and_pointed_at_is_asked_of_every_role(thread):
    thread.ask("List the Global Lead Engineer's advancement options.")
    answer, text = thread.ask("The first one you listed, Director of Engineering - "
                              "which other role lists it as an advancement option?")
    assert EXPERT in answer.roles and BACKEND not in answer.roles and ENGINEER not in answer.roles


def test_a_title_pointed_at_as_an_entry_point_is_found_where_roles_say_they_come_from(thread):
    # "it" is the title named before the question, not a role in question to ask back about
    answer, text = thread.ask("Senior Staff Engineer - which role lists it as an entry point?")
    assert answer.roles == (GLOBAL,) and "Senior Staff Engineer" in text
    answer, text = thread.ask("From that role, what lateral moves are there?")
    assert answer.roles == (GLOBAL,) and "Enterprise Architect" in text


@pytest.mark.parametrize("question", ["what counts as a way in to the lead backend engineer?",
                                      "which titles serve as an entry point for the global lead engineer?"])
def test_a_way_in_asked_of_a_role_named_is_still_its_own_way_in(thread, question):
    answer, _text = thread.ask(question)
    assert len(answer.roles) == 1 and answer.intent == "career_entry"
