"""A hiring manager corrects the role and says sorry for it: "no, the
global lead — my fault, been a long week", "lead backend, sorry, long day". The
apology asks nothing; its words were searched for in the role ("about long").
Each story is played turn by turn through the Assistant the adapters use, in
our own words."""

import pytest

from tests.threads import BACKEND, EXPERT, GLOBAL


@pytest.mark.parametrize("first, then, role, said", [
    ("lead back end engineer databases?", "no, the global lead — my fault, been a long week", GLOBAL, "PostgreSQL"),
    ("expert swe terraform?", "lead backend, sorry, long day", BACKEND, "Terraform"),
    ("engineer on-call", "nope the expert one. on mobile", EXPERT, "on-call"),
])
def test_an_apology_after_a_correction_keeps_what_was_asked(thread, first, then, role, said):
    thread.ask(first)
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and said in text
    assert not {"long", "mobile", "fault"} & set(text.split("\n")[0].split())


def test_an_apology_that_goes_on_to_ask_is_no_aside(thread):
    answer, text = thread.ask("new here, apologies if basic — does the lead back end engineer have a 401k")
    assert answer.roles == (BACKEND,) and "401(k)" in text
