"""A recruiter asks which fields of study a role takes in a word or two:
"majors?" after a role's degree, "is physics an acceptable field for it?",
"fields?" after two roles' education side by side. "fields" alone was searched
for across the store, and "an accepted field" read as nothing at all. Each
story is played turn by turn through the Assistant the adapters use, in our
own words."""

import pytest

from tests.threads import BACKEND, ENGINEER


@pytest.mark.parametrize("first, then, role, said", [
    ("engineer degree requirements", "majors?", ENGINEER, "Data Science / Applied Mathematics"),
    ("how many years does the lead back end engineer need", "is physics an acceptable field for it?", BACKEND,
     "Mathematics"),
    ("engineer pay", "relevant field of degree?", ENGINEER, "Mechanical Engineering (for hardware/embedded roles)"),
])
def test_fields_in_few_words_ask_the_role_in_questions_education(thread, first, then, role, said):
    thread.ask(first)
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and said in text


def test_fields_after_two_roles_education_asks_both(thread):
    thread.ask("engineer vs lead back end engineer: minimum degree")
    answer, text = thread.ask("and the disciplines?")
    assert set(answer.roles) == {ENGINEER, BACKEND}
    assert "Mathematics" in text and "Mechanical Engineering (for hardware/embedded roles)" in text
