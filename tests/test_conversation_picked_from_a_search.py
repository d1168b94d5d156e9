"""A recruiter searches every role for a thing, then picks one role of the
list by a word of its title or its place: the pick shows what that role's
documents say of the thing searched, not its overview, and "the other one"
of that list after it does the same (the search's terms are kept with the
list it showed)."""

from tests.threads import EXPERT, BACKEND


def test_a_role_picked_by_a_word_from_a_search_shows_what_it_says_of_the_terms(thread):
    thread.ask("which roles mention on-call")
    answer, text = thread.ask("the expert one, what exactly")
    assert answer.roles == (EXPERT,)
    assert "final point of escalation" in text and "force multiplier" not in text


def test_the_other_one_of_that_list_shows_the_same_terms(thread):
    thread.ask("which roles mention on-call")
    thread.ask("the expert one")
    answer, text = thread.ask("and the other one on that list")
    assert answer.roles == (BACKEND,)
    assert "on-call rotation" in text and "final point of escalation" not in text


def test_a_role_picked_by_its_place_from_a_search_shows_the_terms(thread):
    thread.ask("which roles mention on-call")
    answer, text = thread.ask("the second one")
    assert answer.roles == (BACKEND,)
    assert "on-call rotation" in text


def test_a_pick_that_asks_a_fact_of_its_own_answers_that_fact(thread):
    thread.ask("which roles mention on-call")
    answer, text = thread.ask("the expert one, salary?")
    assert answer.roles == (EXPERT,) and "275,000" in text
