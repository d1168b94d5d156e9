"""Questions dictated or typed without marks, and a thing asked of a role by
name that no document knows: the end of a pay range or a step on a path
run straight into the title ("at the bottom expert swe or lead be") is no
word of the title, and "does the engineer need cobol?" says the documents
don't mention it, rather than describing the role."""

import pytest

from tests.threads import BACKEND, ENGINEER, EXPERT, GLOBAL


def test_the_bottom_of_a_range_run_into_a_title_is_no_word_of_it(thread):
    answer, _text = thread.ask("which pays more at the bottom expert swe or lead be")
    assert set(answer.roles) == {EXPERT, BACKEND}


def test_a_career_step_run_into_a_title_is_no_word_of_it(thread):
    answer, _text = thread.ask("next career step engineer compared with global lead")
    assert set(answer.roles) == {ENGINEER, GLOBAL}


@pytest.mark.parametrize("question", ["does the engineer need cobol", "does the engineer require any cobol?"])
def test_a_thing_needed_that_no_document_knows_is_said_to_be_unmentioned(thread, question):
    answer, text = thread.ask(question)
    assert answer.roles == (ENGINEER,)
    assert "don't mention cobol" in text


def test_initials_asked_as_a_need_are_looked_for_among_the_roles_items(thread):
    answer, text = thread.ask("does the engineer need a cka")
    assert answer.roles == (ENGINEER,) and answer.intent == "within_role"
    assert "Certified Kubernetes Administrator" in text


def test_a_word_no_document_knows_asked_otherwise_gets_the_usual_answer(thread):
    answer, text = thread.ask("tell me about the engineer and stuff")
    assert answer.roles == (ENGINEER,) and "don't mention" not in text
