"""A pick by place that says what it asks ("the first one, who does it
mentor", "2nd - does it mentor anyone?") is answered with the picked role's
items that say those words, not with the fact the list was ranked by. A pick
alone still keeps that fact. Played through the Assistant, in our own words."""

from tests.threads import BACKEND, BACKEND_PAY


def test_the_first_one_with_a_question_of_its_own(thread):
    answer, _text = thread.ask("order the roles by their lowest pay, lowest first")
    assert answer.roles and answer.roles[0] == BACKEND
    answer, text = thread.ask("1st one - does it mentor anybody?")
    assert answer.roles == (BACKEND,) and "mid-level and junior" in text and BACKEND_PAY not in text


def test_the_first_one_alone_keeps_the_pay(thread):
    thread.ask("order the roles by their lowest pay, lowest first")
    answer, text = thread.ask("the first one")
    assert answer.roles == (BACKEND,) and BACKEND_PAY in text
