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


def test_a_title_listed_as_an_entry_point_gives_the_roles_it_leads_into_and_that_role_next(thread):
    answer, text = thread.ask("Senior Staff Engineer - which role lists it as an entry point?")
    assert answer.roles == (GLOBAL,) and "Roles that Senior Staff Engineer leads into" in text
    answer, text = thread.ask("From that role, what lateral moves are there?")
    assert answer.roles == (GLOBAL,) and "Enterprise Architect" in text


def test_a_title_with_roles_on_both_sides_asked_as_an_entry_point_answers_the_way_in(thread):
    # Solutions Architect is a way into the Global Lead Engineer and a sideways move of the Expert
    answer, text = thread.ask("Which role lists plain 'Solutions Architect' as an entry point?")
    assert answer.roles == (GLOBAL,) and text.index("leads into") < text.index("lead to Solutions Architect")
    answer, text = thread.ask("What's the top of its salary?")
    assert answer.roles == (GLOBAL,) and "250,000" in text
