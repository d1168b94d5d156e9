"""A recruiter asks which roles pay an amount "at the low end" with no
comparing word, then picks from that list. The end named is the end
compared (the floor), as it is with "at least 180k at the low end", so the
list holds only the roles whose range starts there and "the other one"
later has one role to mean, not two."""

from tests.threads import BACKEND, EXPERT, GLOBAL, GLOBAL_YEARS


def test_an_amount_at_the_low_end_compares_the_floors(thread):
    answer, _ = thread.ask("which roles pay 180k at the low end?")
    assert set(answer.roles) == {EXPERT, GLOBAL} and BACKEND not in answer.roles


def test_the_other_one_after_a_pick_from_that_list_is_the_one_left(thread):
    thread.ask("which roles pay 180k at the low end?")
    thread.ask("the better paid one")
    answer, text = thread.ask("and the other one, years?")
    assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text
