"""A hiring manager dictating "compare experience of engineer lead back end
and global lead" lists three roles with no commas between them. The words
"engineer lead back end" hold every word of the Lead Back End Engineer, its
last word first, and the Engineer was dropped from the comparison. A title
of one word said first is that title; a longer title is read in its own order."""

import pytest

from tests.threads import BACKEND, ENGINEER, GLOBAL


@pytest.mark.parametrize("question", [
    "compare experience of engineer lead back end and global lead",
    "compare engineer lead backend and global lead pay",
])
def test_a_one_word_title_before_another_in_a_list_is_a_role_of_its_own(thread, question):
    answer, _text = thread.ask(question)
    assert set(answer.roles) == {ENGINEER, BACKEND, GLOBAL}


def test_a_title_in_its_own_order_is_still_one_role(thread):
    answer, _text = thread.ask("lead back end engineer salary")
    assert answer.roles == (BACKEND,)
