"""A recruiter preparing interview loops asks what to probe for one role,
then "same for the engineer loop": the word for the loop only hints at a
hiring process the seeds lack, so the reply asks the last question again of
the other role, not its overview. A word that asks a facet by itself still
asks its own question. Played turn by turn, in our own words."""

import pytest

from tests.threads import BACKEND, ENGINEER, EXPERT, GLOBAL_PAY


@pytest.mark.parametrize("first, then, role", [
    ("interview tips for the global lead engineer loop: which tools to probe?", "same for the engineer loop",
     ENGINEER),
    ("engineer interview loop — which skills to test?", "and the expert swe loop?", EXPERT),
])
def test_same_for_another_roles_loop_asks_the_last_question_again(thread, first, then, role):
    thread.ask(first)
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and "overview" not in text.split("\n")[0] and "Hard skills" in text


def test_a_facet_asked_after_same_for_is_its_own_question(thread):
    thread.ask("global lead engineer pay")
    answer, text = thread.ask("same for the lead backend engineer, but the degree")
    assert answer.roles == (BACKEND,) and "education" in text.split("\n")[0] and GLOBAL_PAY not in text
