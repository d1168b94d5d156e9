"""A pick by a number ("number 2", "#1", "option 3") followed by words of
its own asks those words of the role picked, as "the first one, ..." does,
not the fact the list was ranked or shown by; and an ordinal after "back to"
("back to 2nd"), said when going back to a role of the list, picks by its
place. Played through the Assistant, in our own words."""

import pytest

from tests.threads import BACKEND, BACKEND_YEARS, ENGINEER, ENGINEER_YEARS, GLOBAL, GLOBAL_PAY


@pytest.mark.parametrize("pick", ["number 1, who does it mentor", "#1 - who would it be mentoring?",
                                  "option 1: who does it mentor"])
def test_a_numbered_pick_asks_what_follows_it(thread, pick):
    answer, _text = thread.ask("order the roles by their lowest salary, cheapest first")
    assert answer.roles[0] == BACKEND
    answer, text = thread.ask(pick)
    assert answer.roles == (BACKEND,) and "mentor" in text.lower() and "220,000" not in text


@pytest.mark.parametrize("back", ["going back to 2nd — years?", "back to 2nd: how many years", "ok return to 2nd, yoe?"])
def test_back_to_an_ordinal_picks_by_place(thread, back):
    thread.ask("I'm hiring for Global Lead Engineer, Engineer and Lead Back End Engineer. pay for the 1st?")
    answer, _text = thread.ask("and the third?")
    assert answer.roles == (BACKEND,)
    answer, text = thread.ask(back)
    assert answer.roles == (ENGINEER,) and ENGINEER_YEARS in text and BACKEND_YEARS not in text


def test_back_to_first_after_another_role(thread):
    thread.ask("I'm hiring for Global Lead Engineer, Engineer and Lead Back End Engineer. years for the last?")
    answer, text = thread.ask("back to first: what does it pay?")
    assert answer.roles == (GLOBAL,) and GLOBAL_PAY in text
