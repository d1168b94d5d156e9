"""A hiring manager answers a question back, or picks from a list, by the
role they do NOT mean ("not the global one", "the one without Lead in its
name"), and names two roles by their short names side by side to compare
("the Expert and the Lead Back End roles"). Bank twenty-one's kinds, in
wordings of our own."""

import pytest

from tests.threads import BACKEND, BACKEND_PAY, ENGINEER, EXPERT, EXPERT_PAY, GLOBAL, GLOBAL_PAY


@pytest.mark.parametrize("reply", ["not the global one", "no, not global"])
def test_a_reply_saying_which_role_it_is_not_answers_the_pending_question(thread, reply):
    _answer, text = thread.ask("lead engineer pay?")
    assert "Which role" in text
    answer, text = thread.ask(reply)
    assert answer.roles == (BACKEND,) and BACKEND_PAY in text


def test_a_role_named_after_not_in_a_search_is_still_left_out(thread):
    answer, _text = thread.ask("which roles need kafka, not the lead backend engineer")
    assert BACKEND not in answer.roles and EXPERT in answer.roles


def test_the_one_without_a_word_in_its_name_picks_the_other_role_shown(thread):
    answer, _text = thread.ask("which roles name Ansible?")
    assert set(answer.roles) == {ENGINEER, GLOBAL}
    answer, text = thread.ask("the one without Lead in its name - what's its salary?")
    assert answer.roles == (ENGINEER,) and answer.intent == "salary"


def test_two_roles_by_short_names_side_by_side_are_compared(thread):
    answer, text = thread.ask("compare the Expert and the Global Lead roles on pay")
    assert set(answer.roles) == {EXPERT, GLOBAL}
    assert EXPERT_PAY in text and GLOBAL_PAY in text


def test_a_topic_of_two_roles_named_short_is_shown_for_both(thread):
    answer, text = thread.ask("Could you compare the monitoring tools named for the Expert and the Lead Back End roles?")
    assert set(answer.roles) == {EXPERT, BACKEND}
    assert "Jaeger" in text and "New Relic" in text
