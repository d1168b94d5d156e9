"""A title the store knows only from career paths, asked as a way into (or
out of) the role the conversation is about: after a candidate told of for
the Engineer role, "would an associate engineer be a usual feeder?" asks
whether the Engineer's people come from there, so its entry points are the
answer; read alone it said "I don't have the role" and offered every role
whose path names the title, and "they" in the next question then stood for
two roles (bank fifteen's kind, in wordings of our own)."""

import pytest

from tests.threads import ENGINEER, EXPERT


@pytest.mark.parametrize("question", [
    "would an associate engineer be a usual feeder?",
    "is associate engineer a common way in",
])
def test_a_path_title_asked_as_a_way_in_answers_the_role_in_question(thread, question):
    thread.ask("my candidate has 4 yrs as an associate engineer and is after the Engineer job")
    answer, text = thread.ask(question)
    assert answer.roles == (ENGINEER,)
    assert "Junior Engineer / Associate Engineer" in text
    answer, text = thread.ask("and where could they go next?")
    assert answer.roles == (ENGINEER,) and EXPERT not in answer.roles
    assert "Senior Engineer / Lead Engineer" in text


def test_a_path_title_asked_with_no_role_in_question_says_where_it_appears(thread):
    answer, text = thread.ask("is associate engineer a usual feeder?")
    assert "career paths" in text and ENGINEER in text
