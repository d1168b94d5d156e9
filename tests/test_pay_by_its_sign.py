"""A recruiter asks a role's pay by the currency sign alone: "$?" or "££"
after a question about a role, "€ for the global lead?". The sign stood apart
from any figure and was dropped, so "$?" read as an empty question and got the
help. Each story is played turn by turn through the Assistant the adapters use,
in our own words."""

import pytest

from tests.threads import BACKEND, BACKEND_PAY, EXPERT, EXPERT_PAY, GLOBAL, GLOBAL_PAY


@pytest.mark.parametrize("first, then, role, pay", [
    ("what does an expert software engineer spend the week on", "$?", EXPERT, EXPERT_PAY),
    ("lead back end engineer team size", "££??", BACKEND, BACKEND_PAY),
    ("tell me about the global lead engineer", "and the €", GLOBAL, GLOBAL_PAY),
])
def test_a_sign_alone_after_a_role_asks_its_pay(thread, first, then, role, pay):
    thread.ask(first)
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and pay in text


def test_a_sign_beside_a_role_asks_that_roles_pay(thread):
    answer, text = thread.ask("$$ for the global lead?")
    assert answer.roles == (GLOBAL,) and GLOBAL_PAY in text


def test_a_sign_beside_a_figure_is_still_the_figure(thread):
    answer, text = thread.ask("which roles pay over $ 260,000?")
    assert EXPERT in text and GLOBAL not in answer.roles
