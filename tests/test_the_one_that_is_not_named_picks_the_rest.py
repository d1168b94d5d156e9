"""After a list of two roles, "the one that isn't X" picks the role shown
that X does not name: "not" said of a role beside "one" sets it aside, as
"except" does, and the pick is the one left. Played through the Assistant,
in our own words."""

from tests.threads import ENGINEER, ENGINEER_YEARS, GLOBAL, GLOBAL_YEARS


def test_the_one_that_is_not_global_is_the_other_listed(thread):
    answer, _text = thread.ask("roles mentioning ansible?")
    assert set(answer.roles) == {ENGINEER, GLOBAL}
    answer, text = thread.ask("the one that is not global, how many years?")
    assert answer.roles == (ENGINEER,) and ENGINEER_YEARS in text and GLOBAL_YEARS not in text


def test_after_a_pick_the_one_which_isnt_it_is_the_rest(thread):
    thread.ask("roles mentioning ansible?")
    thread.ask("the engineer one - salary?")
    answer, text = thread.ask("ok and the one which isn't engineer: experience?")
    assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text


def test_with_nothing_shown_it_does_not_break(thread):
    answer, text = thread.ask("the one that's not expert, years?")
    assert text
