"""A hiring manager has two roles side by side and asks which one is cheaper
to hire: a shopper's word for pay ranks the roles on screen by their pay,
lowest first, where it was read as the hiring advice asked about, or as
nothing at all (bank sixteen's kind, in wordings of our own)."""

from tests.threads import EXPERT, GLOBAL


def test_which_one_is_cheaper_ranks_the_two_on_screen_by_pay(thread):
    thread.ask("global lead engineer versus expert software engineer, overview")
    answer, text = thread.ask("which one's cheaper to hire?")
    assert answer.roles[0] == GLOBAL and set(answer.roles) == {GLOBAL, EXPERT}
    assert "pays the least" in text


def test_the_pricier_one_ranks_highest_first(thread):
    thread.ask("global lead engineer versus expert software engineer, overview")
    answer, text = thread.ask("and which is pricier?")
    assert answer.roles[0] == EXPERT
    assert "pays the most" in text
