"""A recruiter walks a role's career path by direction alone: after its
sideways moves, "moving upward?" asks where it leads; after where it leads,
"and going down?" asks where it comes from. The direction words were read as
a topic to look up in the role ("going", "moving"), or as nothing (bank
seventeen's kind, in wordings of our own). After pay, a direction is no
career step."""

from tests.threads import EXPERT


def test_upward_after_the_sideways_moves_is_where_the_role_leads(thread):
    thread.ask("what sideways moves does the expert software engineer have")
    answer, text = thread.ask("moving upward?")
    assert answer.roles == (EXPERT,)
    assert "next steps" in text and "Principal / Distinguished Engineer" in text


def test_going_down_after_the_next_steps_is_where_the_role_comes_from(thread):
    thread.ask("expert software engineer: where can they go next")
    answer, text = thread.ask("and going down?")
    assert answer.roles == (EXPERT,)
    assert "where they come from" in text


def test_a_direction_after_pay_is_not_a_career_step(thread):
    thread.ask("expert software engineer pay")
    _answer, text = thread.ask("going up?")
    assert "next steps" not in text
