"""A recruiter dictating, or typing a run-on without marks, runs the end of
one clause into the title of the next: "... led 4 engineers kafka aws lead
back end engineer fit". A word the documents name a skill by ("AWS",
"Kafka"), before a title named in full by two words or more, ends the clause
before; the role named answers. A word the documents write in lower case
("platform") or not at all (a company: "harbourline") may be a specialism or
an employer, and a bare head ("engineer") names no role in full: those still
name a role the store lacks, never another role's facts."""

import pytest

from tests.threads import BACKEND, EXPERT


@pytest.mark.parametrize("question, role", [
    ("pasting from cv 11 yrs backend python/django led 4 engineers kafka aws lead back end engineer fit", BACKEND),
    ("kafka aws lead back end engineer fit", BACKEND),
    ("candidate knows kubernetes expert software engineer salary", EXPERT),
])
def test_a_skill_run_into_a_whole_title_is_the_clause_before(thread, question, role):
    answer, _text = thread.ask(question)
    assert answer.roles == (role,)
    assert answer.intent != "unknown_role"


@pytest.mark.parametrize("question", [
    "platform expert swe", "13 yrs rust led the architecture of a payments platform expert swe years needed",
    "harbourline lead back end engineer requirements", "data platform engineer salary",
    "what does a python aws docker engineer earn",
])
def test_a_specialism_an_employer_or_a_bare_head_is_still_a_role_the_store_lacks(thread, question):
    answer, text = thread.ask(question)
    assert answer.roles == () and "don't have the role" in text
