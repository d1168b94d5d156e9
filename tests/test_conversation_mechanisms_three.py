"""Career follow-ups a recruiter writes without naming the role again (issue
19, sixth round): "and to?" after where people come from asks where they go,
and "which roles do they come from?" with a pronoun for the role in question
asks its own career links, not for every role in the store. Each story is
played turn by turn through the Assistant the adapters use, in our own words."""

import pytest

from tests.threads import BACKEND, EXPERT, GLOBAL


@pytest.mark.parametrize("first, then, role, said", [
    ("where do expert software engineers come from?", "where to?", EXPERT, "Chief Architect"),
    ("lead backend: feeder roles?", "and into?", BACKEND, "Engineering Manager"),
    ("global lead engineer entry points", "and to?", GLOBAL, "VP of Technology"),
])
def test_to_after_where_people_come_from_asks_where_they_go(thread, first, then, role, said):
    thread.ask(first)
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and said in text and "next steps" in text


@pytest.mark.parametrize("first, then, role, said", [
    ("what's next for a lead back end engineer?", "and which roles feed into it?", BACKEND,
     "Senior Back End Engineer"),
    ("global lead pay", "which roles can it lead to?", GLOBAL, "VP of Technology"),
    ("expert swe next steps", "ok and which roles do people usually come from before it?", EXPERT,
     "Staff Software Engineer"),
])
def test_which_roles_with_a_pronoun_for_the_role_asks_its_own_career_links(thread, first, then, role, said):
    thread.ask(first)
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and said in text and "I know 4 roles" not in text
