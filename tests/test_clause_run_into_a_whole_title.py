"""A recruiter dictating, or typing a run-on without marks, runs the last word
of one clause into the title of the next: "...kafka aws lead back end engineer
fit", "i am recruiter expert software engineer position". A title named in
full by two words or more is a whole title already, so a word no title has
before it is the clause before, not another role; the role named answers.
A bare head ("data platform engineer") still names a role the store lacks,
and never gets the Engineer's facts."""

import pytest

from tests.threads import BACKEND, EXPERT


@pytest.mark.parametrize("question, role", [
    ("pasting from cv 11 yrs backend python/django led 4 engineers kafka aws lead back end engineer fit", BACKEND),
    ("um so hello i am recruiter expert software engineer position how many year of experience is necessary", EXPERT),
    ("13 yrs rust led the architecture of a payments platform expert swe years needed", EXPERT),
])
def test_a_word_run_into_a_whole_title_is_the_clause_before(thread, question, role):
    answer, _text = thread.ask(question)
    assert answer.roles == (role,)
    assert answer.intent != "unknown_role"


@pytest.mark.parametrize("question", ["data platform engineer salary", "what does a python aws docker engineer earn"])
def test_a_made_up_title_on_a_bare_head_is_still_a_role_the_store_lacks(thread, question):
    answer, text = thread.ask(question)
    assert answer.roles == () and "don't have the role" in text
