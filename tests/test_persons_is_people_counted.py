"""A recruiter writing English as a second language counts "persons" where
others count "people" ("how many persons would they lead?"): it asks the
team's size just the same. In our own words."""

from tests.threads import BACKEND


def test_how_many_persons_asks_the_team_size(thread):
    thread.ask("what does the lead back end engineer earn")
    answer, text = thread.ask("ok. how many persons in their team?")
    assert answer.roles == (BACKEND,) and "4-6 direct reports" in text


def test_persons_alone_with_the_role_named(thread):
    _answer, text = thread.ask("lead backend engineer: how many persons do they manage")
    assert "4-6 direct reports" in text
