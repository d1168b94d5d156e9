"""In Slack people type follow-ups fast, without the comma or the "for" a
careful writer would put in: "sorry the engineer not the lead", "same
question engineer", "what does 2nd pay?". Each still leans on the
conversation as its punctuated form does: the correction takes the role
before "not", the question asked again goes to the role named after it,
and an ordinal standing where the subject would picks from the list shown
(never the list's first role instead). Each story is played turn by turn
through the Assistant the adapters use, in our own words."""

import pytest

from tests.threads import BACKEND, BACKEND_PAY, ENGINEER, ENGINEER_YEARS, EXPERT, EXPERT_YEARS, GLOBAL, GLOBAL_YEARS


@pytest.mark.parametrize("first, then, role, said", [
    ("lead back end engineer languages", "sorry the engineer not the lead", ENGINEER, "TypeScript"),
    ("experience for global lead engineer", "i meant the expert not the global", EXPERT, EXPERT_YEARS),
])
def test_a_correction_without_commas_takes_the_role_before_not(thread, first, then, role, said):
    thread.ask(first)
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and said in text


@pytest.mark.parametrize("first, then, role, said", [
    ("years for lead back end", "same question engineer", ENGINEER, ENGINEER_YEARS),
    ("years for the lead back end engineer", "same thing expert swe?", EXPERT, EXPERT_YEARS),
])
def test_the_same_question_without_for_goes_to_the_role_after_it(thread, first, then, role, said):
    thread.ask(first)
    answer, text = thread.ask(then)
    assert answer.kind == "answer" and answer.roles == (role,) and said in text


@pytest.mark.parametrize("then, role, said", [
    ("what does second pay?", BACKEND, BACKEND_PAY),
    ("what about 2nd", BACKEND, "8-12"),
    ("is 4th a 12+ years job?", GLOBAL, GLOBAL_YEARS),
])
def test_an_ordinal_as_the_subject_picks_from_the_list_shown(thread, then, role, said):
    thread.ask("rank the four roles by minimum years of experience, lowest first")
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and said in text
