"""A people-analytics lead asks which documents give a figure at all, then
picks one of them by the amount on screen ("the one starting at 160k"), the
way people point at a row of a table they are reading."""

import pytest

from tests.threads import BACKEND, BACKEND_PAY, ENGINEER, EXPERT, GLOBAL, GLOBAL_PAY


@pytest.mark.parametrize("question", ["Which roles list a salary figure?", "which roles state a salary?",
                                      "which jds have a pay figure"])
def test_which_roles_give_a_figure_are_those_stating_pay(thread, question):
    answer, text = thread.ask(question)
    assert set(answer.roles) == {EXPERT, GLOBAL, BACKEND} and ENGINEER not in answer.roles
    assert "No role mentions" not in text


def test_the_one_starting_at_an_amount_is_the_range_starting_there(thread):
    thread.ask("Which roles list a salary figure?")
    answer, text = thread.ask("the one starting at 160k - what does it top out at?")
    assert answer.roles == (BACKEND,) and BACKEND_PAY in text


def test_the_one_at_the_top_amount_shown_is_picked_for_another_fact(thread):
    thread.ask("which roles state a salary?")
    answer, text = thread.ask("the 250k one - skills?")
    assert answer.roles == (GLOBAL,) and answer.intent in ("skills", "hard_skills") and GLOBAL_PAY not in text


def test_a_threshold_over_the_roles_shown_is_no_pick(thread):
    thread.ask("which roles pay over 150k")
    answer, _text = thread.ask("which one pays above 200k?")
    assert len(answer.roles) > 1
