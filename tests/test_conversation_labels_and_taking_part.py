"""A recruiter's search asked as "taking part in" the work, then narrowed to
a two-word thing the documents hyphenate (bank fifteen's kinds, in wordings
of our own): "take part" was searched as "take", and "only the ones that are
on call" compared every role shown on on-call instead of keeping those whose
documents say "on-call". (A short label before a colon read as only setting
the scene, "Panel planning: …", was taken out again: it cost four held-out
questions of the first bank.)"""

import pytest

from tests.threads import BACKEND, BACKEND_YEARS, ENGINEER, EXPERT, EXPERT_YEARS, GLOBAL, GLOBAL_YEARS


@pytest.mark.parametrize("question", [
    "which roles take part in interviewing?",
    "which roles participate in interviewing",
    "roles that play a part in interviewing?",
])
def test_taking_part_in_the_work_is_the_frame_not_a_term(thread, question):
    answer, text = thread.ask(question)
    assert {GLOBAL, BACKEND} <= set(answer.roles)
    assert "mention interviewing" in text and "mention take" not in text and "mention participate" not in text


def test_narrowing_to_a_hyphenated_thing_keeps_the_roles_that_say_it(thread):
    answer, _text = thread.ask("which roles take part in interviewing or hiring?")
    assert {GLOBAL, BACKEND, EXPERT} <= set(answer.roles)
    answer, _text = thread.ask("just the ones that are on call")
    assert set(answer.roles) == {EXPERT, BACKEND}
    answer, text = thread.ask("for those two, how many years")
    assert EXPERT_YEARS in text and BACKEND_YEARS in text and GLOBAL_YEARS not in text and ENGINEER not in answer.roles
