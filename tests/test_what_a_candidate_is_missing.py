"""What a candidate is missing for a role: after a recruiter describes
someone and weighs them against a role, "what's lacking?" or "what is he
missing for the expert one?" asks the gap between them and that role: the
fit again, the role's ranges and items set against the candidate told of.
Read alone, "missing" asked nothing, and the question was not understood or
answered the last facet asked. Each story is played turn by turn through
the Assistant the adapters use, in our own words."""

from tests.threads import BACKEND, BACKEND_YEARS, EXPERT, EXPERT_YEARS, GLOBAL, GLOBAL_YEARS


def test_whats_lacking_after_a_fit_asks_the_gap_to_that_role(thread):
    thread.ask("I have someone with 6 years of python and kafka, never managed anyone. global lead engineer?")
    answer, text = thread.ask("ok what's lacking")
    assert answer.kind == "answer" and answer.roles == (GLOBAL,) and GLOBAL_YEARS in text


def test_what_is_missing_for_another_role_weighs_them_against_it(thread):
    thread.ask("candidate with 11 yrs in go and postgres, led a squad of four. fit for lead back end?")
    thread.ask("what would they be paid")
    answer, text = thread.ask("and what is he missing for the expert software engineer instead")
    assert answer.roles == (EXPERT,) and EXPERT_YEARS in text and BACKEND_YEARS not in text


def test_missing_said_of_a_role_with_no_candidate_is_no_fit(thread):
    answer, _text = thread.ask("what's missing from the lead back end engineer posting")
    assert answer.roles in ((), (BACKEND,))
