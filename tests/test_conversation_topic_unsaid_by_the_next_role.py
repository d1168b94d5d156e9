"""A recruiter asks whether a role's documents say a thing ("is Mathematics
ok for the lead backend engineer?"), then "and for the global lead?": where
the global lead's documents don't say that thing, the answer is the part of
its documents where the first role said it (its fields of study), not its
overview."""

from tests.threads import GLOBAL


def test_the_same_thing_asked_of_a_role_that_does_not_say_it_shows_that_part(thread):
    thread.ask("is Mathematics ok for the lead backend engineer?")
    answer, text = thread.ask("and for the global lead?")
    assert answer.roles == (GLOBAL,)
    assert "Fields of study" in text and "force multiplier" not in text


def test_the_same_thing_asked_of_a_role_that_says_it_shows_its_items(thread):
    thread.ask("does the lead backend engineer mention Kafka?")
    answer, text = thread.ask("and for the expert swe?")
    assert "Kafka" in text
