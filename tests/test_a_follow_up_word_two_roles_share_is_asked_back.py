"""After the Engineer's salary a recruiter types "and the lead?". Two roles
of the store are lead roles (the Lead Back End Engineer, the Global Lead
Engineer), and "lead" fits both about as well: asked alone, "the lead role?"
asks which one. A follow-up must not guess either, or one role's pay is
given for the other's; it asks back, and the pick answers what was asked.
A word that fits one role far better, or one lead role after the other,
still picks. Each story is played turn by turn through the Assistant the
adapters use, in our own words."""

import pytest

from tests.threads import BACKEND, BACKEND_PAY, GLOBAL, GLOBAL_PAY


@pytest.mark.parametrize("first, then", [
    ("salary for engineer", "and the lead?"),
    ("salary for the expert software engineer", "what about the lead one"),
    ("salary for the expert software engineer", "no, the lead one"),
])
def test_a_word_two_roles_fit_alike_is_asked_back(thread, first, then):
    thread.ask(first)
    answer, _text = thread.ask(then)
    assert answer.kind == "clarify"
    assert {c.label for c in answer.choices} >= {BACKEND, GLOBAL}
    answer, text = thread.ask("global")
    assert answer.roles == (GLOBAL,) and GLOBAL_PAY in text


@pytest.mark.parametrize("first, then, role, said", [
    ("salary for the lead back end engineer", "and the lead?", GLOBAL, GLOBAL_PAY),
    ("salary for the global lead engineer", "what about lead?", BACKEND, BACKEND_PAY),
    ("salary for engineer", "and the backend one?", BACKEND, BACKEND_PAY),
])
def test_a_word_that_fits_one_role_still_picks_it(thread, first, then, role, said):
    thread.ask(first)
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and said in text


def test_the_other_lead_role_is_the_one_not_talked_about_yet(thread):
    thread.ask("salary for the global lead engineer")
    thread.ask("same q for engineer")
    answer, text = thread.ask("how about the other lead role")
    assert answer.roles == (BACKEND,) and BACKEND_PAY in text
