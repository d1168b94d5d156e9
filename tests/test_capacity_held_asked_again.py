"""A recruiter who has seen a role's years asks how much of them the role
wants in a capacity ("and as a lead?", "how long of that as senior?"): the
capacity names no role (no "which lead?" question back, no Global Lead), and
the fact just shown is asked again of the role in question, whose items say
what it asks of that capacity. Played through the Assistant, in our own words."""

from tests.threads import BACKEND, BACKEND_PAY, BACKEND_YEARS, ENGINEER, GLOBAL, GLOBAL_YEARS


def test_and_as_a_lead_after_the_years_asks_them_again(thread):
    thread.ask("how many years does the lead backend job want")
    answer, text = thread.ask("ok, and as a lead?")
    assert answer.kind != "clarify" and answer.roles == (BACKEND,)
    assert BACKEND_YEARS in text and GLOBAL_YEARS not in text


def test_how_long_of_that_as_senior_keeps_the_role(thread):
    thread.ask("engineer role experience needed")
    answer, text = thread.ask("how long of that as a senior?")
    assert answer.kind != "clarify" and answer.roles == (ENGINEER,)


def test_how_much_of_it_as_a_lead_is_no_pay_question(thread):
    thread.ask("years needed for lead backend engineer?")
    answer, text = thread.ask("how much of it as a lead")
    assert answer.roles == (BACKEND,) and BACKEND_PAY not in text and BACKEND_YEARS in text


def test_a_lead_title_after_as_still_names_the_role(thread):
    thread.ask("engineer role experience needed")
    answer, _text = thread.ask("and as global lead engineer?")
    assert answer.roles == (GLOBAL,)
