"""A pick by place typed as a possessive without its apostrophe ("the
seconds pay", "the lasts years", "the firsts salary") picks as "the second's
pay" does, after the roles were shown; "the others" stays the rest of them.
Played through the Assistant, in our own words."""

import pytest

from bot.text import fold, tokenize
from tests.threads import BACKEND, BACKEND_PAY, ENGINEER, ENGINEER_YEARS, GLOBAL, GLOBAL_PAY


@pytest.mark.parametrize("pick, role, said", [("the seconds pay?", BACKEND, BACKEND_PAY),
                                               ("ok the firsts salary", GLOBAL, GLOBAL_PAY),
                                               ("and the lasts yoe", ENGINEER, ENGINEER_YEARS)])
def test_a_possessive_pick_without_its_mark(thread, pick, role, said):
    answer, _text = thread.ask("quick one: Global Lead Engineer, Lead Back End Engineer, Engineer - which are remote?")
    answer, text = thread.ask(pick)
    assert answer.roles == (role,) and said in text


def test_the_others_is_not_a_pick():
    assert "others" in [t.text for t in tokenize(fold("and the others pay?"))]
    assert "seconds" in [t.text for t in tokenize(fold("within 30 seconds"))]
