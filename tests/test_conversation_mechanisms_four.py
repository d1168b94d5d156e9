"""Follow-ups after a list of three roles, and short replies a recruiter
types after one role's answer (issue 19, dlgb round): "the other one" after
one of three was picked names none of the two left, so both are answered;
said of three with none picked, it asks which. Each story is played turn by
turn through the Assistant the adapters use, in our own words."""

from bot import candidate_fit
from tests.threads import (BACKEND, BACKEND_PAY, BACKEND_YEARS, ENGINEER, EXPERT, EXPERT_PAY, GLOBAL, GLOBAL_PAY,
                           GLOBAL_YEARS)


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


def test_a_lone_currency_sign_after_a_role_asks_its_pay(thread):
    thread.ask("how many years for the lead backend job?")
    answer, text = thread.ask("$ ?")
    assert answer.roles == (BACKEND,) and BACKEND_PAY in text


def test_a_lone_currency_sign_after_the_pay_asks_its_currency(thread):
    thread.ask("global lead comp")
    answer, text = thread.ask("£££")
    assert answer.roles == (GLOBAL,) and "USD" in text and GLOBAL_PAY in text


def test_a_currency_sign_alone_with_no_role_asked_before_is_no_pay_question(thread):
    answer, _text = thread.ask("€?")
    assert answer.roles == ()


def test_a_currency_sign_inside_a_question_stays_an_amount(thread):
    thread.ask("how many years for the lead backend job?")
    answer, text = thread.ask("which roles pay over $200k?")
    assert BACKEND in text and "Global Lead Engineer" in text


def test_a_capacity_like_tech_lead_in_a_follow_up_names_no_other_lead_role(thread):
    thread.ask("lead engineer yoe")
    answer, _text = thread.ask("the back end one")
    assert answer.roles == (BACKEND,)
    answer, text = thread.ask("and the tech lead yoe they want?")
    assert answer.roles == (BACKEND,) and "3 years" in text


def test_a_candidates_pay_ask_narrows_the_roles_their_years_fit(thread):
    answer, text = thread.ask("new cand: 13 yrs, expecting ~265k")
    assert answer.roles == (EXPERT,) and "265,000" in text
    answer, text = thread.ask("and the ceiling there?")
    assert answer.roles == (EXPERT,) and EXPERT_PAY in text and GLOBAL_PAY not in text


def test_only_an_amount_of_money_after_wanting_is_a_pay_ask():
    assert candidate_fit.pay_ask("candidate wants 3 days remote, 13 yrs") is None
    assert candidate_fit.pay_ask("asking $240,000 and 12 yrs") == 240000
