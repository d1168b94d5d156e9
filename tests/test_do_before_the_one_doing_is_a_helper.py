"""A recruiter asks what a role's people prefer, need or want with "do" as
the helper of another verb ("what do they prefer beyond that?", "does she
need a degree?"): the "do" is no question about duties; the duties' own "do"
comes after the one doing it ("what do they do all day?"). In our own words."""

from bot.intents import IntentMatcher
from bot.text import tokenize
from tests.threads import GLOBAL


def _scores(question):
    return IntentMatcher().match(tokenize(question)).scores


def test_what_do_they_prefer_is_no_duties_question():
    assert "primary_responsibilities" not in _scores("so what do they prefer beyond it")


def test_the_duties_do_after_the_subject_still_counts():
    assert _scores("what do they do all day")["primary_responsibilities"] > 0
    assert _scores("what do you do there")["primary_responsibilities"] > 0


def test_after_the_schooling_what_they_prefer_is_the_nice_to_haves(thread):
    thread.ask("global lead engineer, what schooling is needed")
    answer, _text = thread.ask("and what do they prefer beyond that one?")
    assert answer.roles == (GLOBAL,) and answer.intent != "primary_responsibilities"
