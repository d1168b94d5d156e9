"""A hiring manager asks how high the offer can go ("what's the max we can go
to on the expert req?"): going to an amount is pay, not a career path."""

from tests.threads import EXPERT, EXPERT_PAY


def test_the_most_we_can_go_to_on_one_role_is_no_career_path(thread):
    answer, text = thread.ask("what's the max we can go to on the expert software engineer req?")
    assert answer.roles == (EXPERT,) and answer.intent not in ("career_entry", "career_next")
    assert EXPERT_PAY in text
