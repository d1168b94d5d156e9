"""A recruiter gets a best fit for a candidate, then tells one more thing about
them and asks whether it matches the role ("he was a tech lead for 2 years
too, does that meet the preferred leadership experience?"). The question is
about the role in question, so its stated and preferred experience answers,
and the conversation stays on it; it is not a new ranking of every role by
the new words ("tech", "leadership"), which moved it to another role."""

from tests.threads import BACKEND, BACKEND_PAY, ENGINEER, GLOBAL


def test_does_that_meet_judges_the_best_fit_shown(thread):
    thread.ask("my candidate has 9 years of backend work, mostly Go and Kafka. which role fits him?")
    answer, text = thread.ask("he was a tech lead for 2 years too, does that meet the preferred leadership experience?")
    assert answer.roles == (BACKEND,) and "A minimum of 3 years in a technical leadership capacity" in text
    assert ENGINEER not in answer.roles and GLOBAL not in answer.roles


def test_the_pay_asked_next_is_the_best_fits(thread):
    thread.ask("my candidate has 9 years of backend work, mostly Go and Kafka. which role fits him?")
    thread.ask("he was a tech lead for 2 years too, does that meet the preferred leadership experience?")
    answer, text = thread.ask("what could he earn there?")
    assert answer.roles == (BACKEND,) and BACKEND_PAY in text
