"""An end of the role's own range, said with a possessive: "its top
salary", "their max pay". "Top" and "highest" rank every role when they
stand alone ("which role has the top salary"), but after "its", "their",
"his" or "her" they name the end of one role's range: the role the
conversation is about. Read as a ranking, a recruiter asking for the top of
one role's pay got every role's pay instead. Each story is played turn by
turn through the Assistant the adapters use, in our own words."""

from tests.threads import BACKEND, BACKEND_PAY, EXPERT, EXPERT_PAY, GLOBAL, GLOBAL_PAY


def test_its_highest_pay_after_one_role_is_that_roles_pay(thread):
    thread.ask("what education does the global lead engineer need")
    answer, text = thread.ask("its highest pay?")
    assert answer.roles == (GLOBAL,) and GLOBAL_PAY in text and EXPERT_PAY not in text


def test_their_max_salary_after_one_role_is_that_roles_pay(thread):
    thread.ask("lead back end engineer soft skills")
    answer, text = thread.ask("their max salary")
    assert answer.roles == (BACKEND,) and BACKEND_PAY in text and EXPERT_PAY not in text


def test_its_top_pay_after_a_comparison_and_a_pick_is_the_picked_roles_pay(thread):
    thread.ask("global lead engineer vs expert software engineer experience")
    thread.ask("which of them needs fewer years")
    answer, text = thread.ask("and its top pay")
    assert answer.roles == (EXPERT,) and EXPERT_PAY in text and GLOBAL_PAY not in text


def test_the_top_salary_with_no_possessive_still_ranks_every_role(thread):
    answer, text = thread.ask("which role has the top salary")
    assert answer.roles and answer.roles[0] == EXPERT and EXPERT_PAY in text
