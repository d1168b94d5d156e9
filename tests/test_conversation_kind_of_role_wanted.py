"""A recruiter tells of a candidate, then says what kind of role they want
("a mid-level role, not a lead one"): "a lead one" is a kind of role, not a
pick of the Lead Back End Engineer on screen, and the fit is asked of every
role for the candidate's years."""

from tests.threads import BACKEND, ENGINEER, ENGINEER_YEARS


def test_not_a_lead_one_is_no_pick_of_the_lead_role(thread):
    thread.ask("Candidate: 4 years as a developer, Python and TypeScript.")
    answer, text = thread.ask("He wants a mid-level role, not a lead one. Which role fits?")
    assert answer.roles == (ENGINEER,) and ENGINEER_YEARS in text


def test_the_lead_one_still_picks_from_the_roles_on_screen(thread):
    thread.ask("lead backend engineer vs engineer, salary")
    answer, _ = thread.ask("the lead one")
    assert answer.roles == (BACKEND,)
