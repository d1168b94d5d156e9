"""A recruiter walks a career ladder in short follow-ups: "what sits above the
global lead?" then "and above the expert", "below the engineer?". A word of
direction alone before a role asks the step that way; it read as the role's
overview. A pay word beside it still asks pay ("who earns above the expert").
Each story is played turn by turn through the Assistant the adapters use, in
our own words."""

import pytest

from tests.threads import ENGINEER, EXPERT


@pytest.mark.parametrize("first, then, role, said, heading", [
    ("what sits above the global lead engineer", "and above the expert", EXPERT, "Chief Architect", "next steps"),
    ("where does a global lead come from", "ok, below the engineer?", ENGINEER, "Junior Engineer",
     "where they come from"),
    ("gle salary", "one above the engineer?", ENGINEER, "Principal Engineer / Staff Engineer", "next steps"),
])
def test_a_direction_before_a_role_asks_its_rung(thread, first, then, role, said, heading):
    thread.ask(first)
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and said in text and heading in text


def test_a_pay_word_beside_the_direction_still_asks_pay(thread):
    answer, text = thread.ask("who earns above the expert software engineer")
    assert "salary" in text and "next steps" not in text
