"""A sourcer types "which roles say nothing about on-call candidate refuses
pager duty" with no mark after the question: the second clause says why
they ask. Read as the thing lacking, "refuses" made every role one that says
nothing of on-call, the opposite of what two roles' documents say. The
clause of the negation ends where a subject of its own ("candidate", "i")
starts, as a question mark would end it."""

import pytest

from tests.threads import BACKEND, ENGINEER, EXPERT, GLOBAL


@pytest.mark.parametrize("run_on", [
    "which roles say nothing about on-call candidate refuses pager duty",
    "which roles dont list any perks at all i need to chase hr",
])
def test_the_reason_after_a_negated_search_is_not_what_the_roles_lack(thread, run_on):
    marked = run_on.replace(" candidate", "? candidate").replace(" i need", "? i need")
    answer, _text = thread.ask(run_on)
    expected, _ = thread.ask(marked)
    assert set(answer.roles) == set(expected.roles)
    assert set(answer.roles) < {ENGINEER, EXPERT, GLOBAL, BACKEND}


def test_a_candidate_as_the_object_of_a_negated_search_stays_in_it(thread):
    answer, text = thread.ask("which roles don't require a degree for the candidate")
    assert "degree" in text and answer.intent == "reverse_search"
