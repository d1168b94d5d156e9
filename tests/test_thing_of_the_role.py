"""A hiring manager asks for a thing of a role written "the X of the Y":
"how large is the team of the lead?", "the team of the backend lead, how many
people?". The words either side of "of the" were read as one title the store
lacks (Senior Engineering Team Lead), and answered "I don't have that role";
"the lead" is ambiguous, so it asks which, and the reply gets the thing asked.
Each story is played turn by turn through the Assistant the adapters use, in
our own words."""

from tests.threads import BACKEND


def test_a_thing_of_an_ambiguous_role_asks_which_role(thread):
    answer, text = thread.ask("how large is the team of the lead?")
    assert answer.kind == "clarify" and "I don't have" not in text
    answer, text = thread.ask("the back end one")
    assert answer.roles == (BACKEND,) and "4-6" in text


def test_a_thing_of_a_role_named_in_full_is_that_roles(thread):
    answer, text = thread.ask("the team of the lead back end engineer, how many people?")
    assert answer.roles == (BACKEND,) and "4-6" in text
