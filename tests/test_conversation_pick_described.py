"""A recruiter asked "which one?" answers by describing the role rather than
naming it ("the one on the worldwide team", "the one for the worldwide
team"): the words after "the one" and its preposition pick the role whose
documents say them, as "the worldwide one" does, and the question asked
before is answered for it."""

from tests.threads import BACKEND, GLOBAL


def test_the_one_on_the_worldwide_team_picks_the_global_role(thread):
    thread.ask("what does the lead engineer do?")
    answer, _ = thread.ask("the one on the worldwide team")
    assert answer.roles == (GLOBAL,) and answer.intent == "primary_responsibilities"


def test_the_one_for_the_worldwide_team_then_its_pay(thread):
    thread.ask("what does the lead engineer do?")
    thread.ask("the one for the worldwide team")
    answer, _ = thread.ask("pay?")
    assert answer.roles == (GLOBAL,) and BACKEND not in answer.roles
