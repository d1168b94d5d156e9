"""A recruiter asks a fact of one role, then "and for both of the lead
roles?": a word of titles said in the plural ("both leads", "all the
engineer ones", "the two lead positions") names every role whose title has
it, and each is answered on what was asked before, not one of them picked
nor a question back. Played through the Assistant, in our own words."""

from tests.threads import BACKEND, BACKEND_PAY, BACKEND_YEARS, ENGINEER, ENGINEER_YEARS, EXPERT, EXPERT_YEARS, \
    GLOBAL, GLOBAL_PAY, GLOBAL_YEARS


def test_both_lead_roles_after_a_pay_question_are_both_paid(thread):
    thread.ask("what is the pay for the expert software engineer")
    answer, text = thread.ask("ok and for both of the lead roles?")
    assert set(answer.roles) == {GLOBAL, BACKEND}
    assert GLOBAL_PAY in text and BACKEND_PAY in text


def test_both_leads_said_as_a_plural_word_keeps_the_years_asked(thread):
    thread.ask("years of experience the expert software engineer needs?")
    answer, text = thread.ask("likewise for both leads")
    assert set(answer.roles) == {GLOBAL, BACKEND}
    assert GLOBAL_YEARS in text and BACKEND_YEARS in text


def test_all_the_engineer_ones_takes_every_role_titled_engineer(thread):
    thread.ask("global lead engineer: how many years?")
    answer, text = thread.ask("and all of the engineer ones?")
    assert set(answer.roles) == {ENGINEER, EXPERT, GLOBAL, BACKEND}
    assert ENGINEER_YEARS in text.replace("–", "-") and EXPERT_YEARS in text


def test_one_lead_role_named_alone_is_still_one(thread):
    thread.ask("what is the pay for the expert software engineer")
    answer, text = thread.ask("and the global lead?")
    assert answer.roles == (GLOBAL,)
