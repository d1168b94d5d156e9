"""Issue 19, a tenth bank written from the seeds alone (eval/dialogs_tenth_tuning.jsonl):
what a conversation should have carried and did not. An end of a pay range
("at the bottom", "top of their pay", "pay floors") is no rank and no role;
a level the facet on screen speaks of ("senior/lead level", "tech lead yrs")
is asked of that role, not of another role with "lead" in its title; "do the
same for X" asks the last question of X. Each family is one story, on the seeds."""

import pytest

from bot import Question, open_assistant
from tests.postings import render_text


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


def _talk(assistant, key):
    def say(text):
        answer = assistant.ask(Question(text, platform="test", conversation_key=key))
        return answer, render_text(answer)
    return say


def test_more_at_the_bottom_ranks_the_roles_shown_by_the_bottom_of_their_ranges(assistant):
    """After a comparison and "which pays more at the top", the hiring manager asks
    "and more at the bottom?": the same two roles, by where their ranges start."""
    say = _talk(assistant, "t10-bottom")
    say("compare lead backend and expert swe on-call")
    top, _text = say("which pays more at the top")
    assert top.roles[0] == "Expert Software Engineer"
    bottom, text = say("and more at the bottom?")
    assert bottom.roles[0] == "Expert Software Engineer" and "180,000" in text
    assert "Lead Back End Engineer" in bottom.roles


def test_the_top_of_their_pay_is_the_role_in_question_s_not_a_ranking_of_every_role(assistant):
    """Corrected to the Engineer, a recruiter asks the top of "their" pay: the
    Engineer states none, and no other role's range stands in for it."""
    say = _talk(assistant, "t10-top-of-their-pay")
    say("global lead languages")
    say("no wait, engineer")
    answer, text = say("ok and top of their pay?")
    assert answer.roles == ("Engineer",)
    assert not any(amount in text for amount in ("250,000", "275,000", "220,000"))


def test_pay_floors_after_a_comparison_compares_the_two_roles_pay(assistant):
    """"Pay floors" is the pay of the two roles compared, not a role called so."""
    say = _talk(assistant, "t10-floors")
    say("expert swe vs global lead — preferred exp")
    answer, text = say("pay floors")
    assert set(answer.roles) == {"Expert Software Engineer", "Global Lead Engineer"}
    assert "180,000" in text
