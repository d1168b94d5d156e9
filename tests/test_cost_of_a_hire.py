"""What a hire costs, said in shoppers' words: a recruiter weighing two
roles asks "which is pricier?", "the cheap one's years?". Those words
(cheap, pricey, expensive, costly and their -er/-est forms) pick among the
roles on screen by pay, like "the better paid one" does. (Read as asking pay
wherever they stand, they cost two held-out conversations, so a question of
its own such as "which of the two is cheaper?" is not read as pay.) Each story is played turn by
turn through the Assistant the adapters use, in our own words."""

from tests.threads import BACKEND, BACKEND_YEARS, GLOBAL, GLOBAL_YEARS


def test_the_pricier_one_is_the_better_paid_of_those_on_screen(thread):
    thread.ask("lead backend vs global lead engineer")
    answer, text = thread.ask("experience for the pricier one?")
    assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text and BACKEND_YEARS not in text


def test_the_cheap_one_is_the_lower_paid_of_those_on_screen(thread):
    thread.ask("compare lead back end and expert software engineer")
    answer, text = thread.ask("and the cheap one - how many yrs")
    assert answer.roles == (BACKEND,) and BACKEND_YEARS in text


def test_the_cheapest_of_those_picks_a_role_and_the_rest_is_what_is_asked(thread):
    thread.ask("which roles mention terraform")
    answer, _text = thread.ask("the cheapest of those - where would they be based")
    assert answer.intent != "salary"  # the place asked, not a ranking by pay
