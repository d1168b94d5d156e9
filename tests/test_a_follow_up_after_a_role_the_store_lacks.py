"""A recruiter asks about a role the documents don't have ("what does a
data scientist earn?"), is told so, and goes on with another role in a
follow-up: "and for the global lead engineer?", "what about engineer". The
question still stands, so the follow-up asks the same fact of the role it
names, as it would after any other answer; a pronoun ("and its skills?")
has no role to lean on and is asked back; "the first one we discussed" is
still the first role talked about. Each story is played turn by turn
through the Assistant the adapters use, in our own words."""

import pytest

from tests.threads import ENGINEER, GLOBAL



@pytest.mark.parametrize("missing, then, role, said", [
    ("salary for data scientist", "and for the global lead engineer?", GLOBAL, "180,000"),
    ("what does a data analyst earn?", "what about engineer", ENGINEER, "salary"),
    ("what skills does a product manager need", "ok the global lead engineer then", GLOBAL, "Soft skills"),
])
def test_a_follow_up_after_a_missing_role_asks_the_same_of_the_role_named(thread, missing, then, role, said):
    answer, _text = thread.ask(missing)
    assert answer.kind == "unknown_role"
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and said in text
    assert answer.intent != "overview"


def test_a_pronoun_after_a_missing_role_points_at_no_other_role(thread):
    thread.ask("tell me about the engineer")
    thread.ask("salary for data scientist")
    answer, _text = thread.ask("and its skills?")
    assert answer.kind == "clarify"


def test_the_first_role_discussed_is_still_there_after_a_missing_one(thread):
    thread.ask("tell me about the engineer")
    thread.ask("salary for data scientist")
    answer, text = thread.ask("the first one we discussed?")
    assert answer.roles == (ENGINEER,) and "salary" in text
