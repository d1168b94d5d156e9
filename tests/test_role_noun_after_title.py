"""A recruiter ends a role's name with a noun for it ("the enforcement post",
"the kitchen job") and asks whether a thing is required: the noun is part of
naming the role, so the answer is not a field that happens to share the word
(a council's "Post ref: NBC-2210")."""

import pytest

from tests.postings import ask, assistant_on

POSTING = """# Licensing Officer

Company: Northfold Borough Council
Location: Town Hall, Northfold

## Details

Post ref: NBC-2210
Grade: Grade 5

## Duties
- Process taxi and premises licence applications

## Essential
- Experience of casework in a regulatory setting

## Desirable
- Membership of the Institute of Licensing
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    folder = tmp_path_factory.mktemp("licensing")
    assistant = assistant_on({"licensing.md": POSTING}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_noun_ending_the_roles_name_is_not_a_field_asked_for(council):
    _answer, text = ask(council, "is Institute of Licensing membership required for the licensing post or just nice to have")
    assert "Institute of Licensing" in text and "NBC-2210" not in text


def test_a_field_named_by_the_question_is_still_answered(council):
    _answer, text = ask(council, "post ref for the licensing officer")
    assert "NBC-2210" in text
