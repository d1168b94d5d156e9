"""After a list of roles, "the lead one" picks among that list: a word of a
title said of the roles on screen names the listed role it fits, even when
another role of the store (not listed) fits the word better; "the other one"
then names the listed role not picked. A correction still reaches beyond the
list. Played through the Assistant, in our own words."""

from tests.threads import ENGINEER, ENGINEER_YEARS, GLOBAL, GLOBAL_PAY


def test_the_lead_one_is_the_lead_role_listed(thread):
    answer, _text = thread.ask("which jobs list ansible?")
    assert set(answer.roles) == {ENGINEER, GLOBAL}
    answer, text = thread.ask("the lead one: salary?")
    assert answer.roles == (GLOBAL,) and GLOBAL_PAY in text


def test_the_other_one_after_the_lead_one_is_the_rest_of_the_list(thread):
    thread.ask("which jobs list ansible?")
    thread.ask("ok the lead one, how many years?")
    answer, text = thread.ask("and the other one?")
    assert answer.roles == (ENGINEER,) and ENGINEER_YEARS in text
