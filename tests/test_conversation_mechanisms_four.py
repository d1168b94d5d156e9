"""Follow-ups after a list of three roles, and short replies a recruiter
types after one role's answer (issue 19, dlgb round): "the other one" after
one of three was picked names none of the two left, so both are answered;
said of three with none picked, it asks which. Each story is played turn by
turn through the Assistant the adapters use, in our own words."""

from tests.threads import BACKEND, BACKEND_YEARS, ENGINEER, GLOBAL, GLOBAL_YEARS


def test_the_other_one_after_one_of_three_picked_answers_the_two_left(thread):
    answer, _text = thread.ask("mongodb: which roles?")
    assert set(answer.roles) == {ENGINEER, GLOBAL, BACKEND}
    answer, _text = thread.ask("the global one: what does it pay?")
    assert answer.roles == (GLOBAL,)
    answer, text = thread.ask("ok and the other one's years?")
    assert set(answer.roles) == {ENGINEER, BACKEND}
    assert BACKEND_YEARS in text and GLOBAL_YEARS not in text


def test_the_other_one_after_three_with_none_picked_asks_which(thread):
    thread.ask("mongodb: which roles?")
    answer, text = thread.ask("and the other one?")
    assert answer.kind == "clarify"
    assert all(title in text for title in (ENGINEER, GLOBAL, BACKEND))


def test_other_as_a_word_of_the_question_is_no_pick(thread):
    thread.ask("mongodb: which roles?")
    thread.ask("the global one")
    answer, _text = thread.ask("any other soft skills?")
    assert answer.kind != "clarify" and set(answer.roles) != {ENGINEER, BACKEND}
