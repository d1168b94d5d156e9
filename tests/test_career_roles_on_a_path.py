"""A recruiter on one role's career path asks the other way in the plural:
"where does the global lead go next?" then "nah, earlier roles", or "feeder
jobs?" after the lead backend's next steps. Those roles are titles of that
path; they were read as a question of the store ("roles whose documents
state where they come from"), and "nah" as a negation of it. A word of the
store still asks the store. Each story is played turn by turn through the
Assistant the adapters use, in our own words."""

import pytest

from tests.threads import BACKEND, ENGINEER, GLOBAL


@pytest.mark.parametrize("first, then, role, said, heading", [
    ("where does the global lead go next?", "nah, earlier roles", GLOBAL, "Senior Staff Engineer",
     "where they come from"),
    ("lead back end engineer next steps", "feeder jobs?", BACKEND, "Senior Back End Engineer",
     "where they come from"),
    ("where do engineers come from", "ok next roles", ENGINEER, "Engineering Manager or Technical Architect",
     "next steps"),
])
def test_career_roles_in_the_plural_on_a_path_are_that_roles(thread, first, then, role, said, heading):
    thread.ask(first)
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and said in text and heading in text


def test_a_word_of_the_store_still_asks_every_role(thread):
    thread.ask("where does the global lead go next?")
    answer, _text = thread.ask("list all roles with feeder roles")
    assert len(answer.roles) == 4
