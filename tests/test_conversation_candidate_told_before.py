"""A recruiter describes a candidate in one message and, in a later one, asks
whether one role fits them: the role is judged against that description part
by part, as when both come in one message (its ways in for the title they
hold, its pay for the pay they ask, its years for theirs), not by their years
alone."""

from tests.threads import ENGINEER, ENGINEER_YEARS, EXPERT, EXPERT_PAY, EXPERT_YEARS, GLOBAL, GLOBAL_PAY, GLOBAL_YEARS


def test_a_role_asked_later_is_checked_against_the_title_told_before(thread):
    thread.ask("candidate has 3 years as a systems analyst, some PostgreSQL")
    answer, text = thread.ask("Engineer fit?")
    assert answer.roles == (ENGINEER,)
    assert "Systems Analyst / Network Technician" in text and ENGINEER_YEARS in text


def test_a_role_asked_later_is_checked_against_the_pay_they_asked(thread):
    thread.ask("candidate wants 260k minimum, 12 yrs")
    answer, text = thread.ask("is the expert swe a fit?")
    assert answer.roles == (EXPERT,)
    assert EXPERT_PAY in text and EXPERT_YEARS in text


def test_could_work_asks_the_fit_of_the_role_named(thread):
    thread.ask("candidate wants 260k minimum, 12 yrs")
    answer, text = thread.ask("expert swe could work?")
    assert answer.roles == (EXPERT,)
    assert EXPERT_PAY in text


def test_told_and_asked_in_one_message_shows_the_pay_asked_against(thread):
    answer, text = thread.ask("cand: 11 yrs, asking 270k. is the expert swe a fit?")
    assert answer.roles == (EXPERT,) and EXPERT_PAY in text


def test_a_role_asked_with_no_candidate_told_is_its_experience(thread):
    answer, text = thread.ask("is the expert swe a fit for 12 years?")
    assert answer.roles == (EXPERT,) and EXPERT_YEARS in text


def test_and_another_role_after_a_fit_asks_that_role_s_fit(thread):
    thread.ask("candidate wants 260k minimum, 12 yrs")
    thread.ask("expert swe could work?")
    answer, text = thread.ask("and global lead?")
    assert answer.roles == (GLOBAL,)
    assert GLOBAL_PAY in text and EXPERT_PAY not in text and GLOBAL_YEARS in text


def test_does_a_role_mention_that_after_a_candidate_means_what_they_have(thread):
    thread.ask("candidate has compliance experience in HIPAA, 6 years full stack")
    answer, text = thread.ask("engineer role mentions that?")
    assert answer.roles == (ENGINEER,)
    assert "PCI, HIPAA, SOC2" in text
