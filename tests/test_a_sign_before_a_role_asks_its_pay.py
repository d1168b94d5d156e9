"""A recruiter types a currency sign where "pay" would stand and names the
role after it ("€ for the expert one?", "and $ on the lead backend job?"):
it asks that role's pay. A sign inside an amount, or two signs asking which
currency, are read as before. In our own words."""

from bot.signs_alone import worded
from tests.threads import EXPERT, EXPERT_PAY


def test_a_sign_heading_the_message_stands_for_pay():
    assert worded("€ for the expert one?") == "pay for the expert one?"
    assert worded("and $$ on the lead backend job") == "and pay on the lead backend job"


def test_amounts_and_currency_choices_are_left_alone():
    for text in ("$180k for the expert?", "€ or £?", "is that in $?", "roles over $ 150k"):
        assert worded(text) == text


def test_a_sign_with_another_role_named_asks_that_roles_pay(thread):
    thread.ask("what does the engineer role do day to day")
    answer, text = thread.ask("€ for the expert one?")
    assert answer.roles == (EXPERT,) and EXPERT_PAY in text
