"""A recruiter searches every role for a word, and only the documents that
use that word (or its plural and verb forms, or a word made from it, such as
"mentorship" of "mentor") count: a past form like "found" is no part of
"foundations". Told what the asker did first ("I found some strong Kafka
folks"), the search is for the skill, not for the asker's verb, how good the
people are or the noun for them. On the seeds."""

import pytest

from tests.postings import ask


def test_a_past_form_is_not_the_start_of_another_word(assistant):
    answer, text = ask(assistant, "do any roles say found?")

    assert "strong foundations" not in text
    assert answer.roles == ()


def test_a_word_still_finds_the_words_made_from_it(assistant):
    answer, text = ask(assistant, "do any roles say mentor?")

    assert "Lead Back End Engineer" in answer.roles and "mentor" in text.lower()


@pytest.mark.parametrize("question", [
    "I found a couple of strong Kafka people at a meetup, which roles could I pitch them for?",
    "we spotted some kafka folks on github, which roles could take them",
])
def test_the_asker_s_own_verb_and_the_people_are_not_searched_for(assistant, question):
    answer, _text = ask(assistant, question)

    assert set(answer.roles) == {"Expert Software Engineer", "Lead Back End Engineer"}


def test_the_items_saying_most_of_the_question_come_first_and_once(assistant):
    """Many of the engineer's items name AWS or Kubernetes; the one on
    certifications names both and the certifications asked, so it leads; an
    item naming both terms is listed once, not once per term."""
    _answer, text = ask(assistant, "which roles mention aws or kubernetes certifications?")
    engineer = text[text.index("Engineer:"):text.index("Expert Software Engineer:")]
    first = engineer.split("\n- ")[1]
    assert "Certified Kubernetes Administrator" in first
    items = [line for line in text.splitlines() if line.startswith("- ")]
    assert len(items) == len(set(items))


def test_a_clipped_word_recruiters_type_still_finds_the_whole_word(assistant):
    # whole words only would lose "config" for "configuration": the usual clippings are vocabulary
    answer, text = ask(assistant, "Engineer IaC / config mgmt tools")

    assert "configuration management tools" in text and "Role definition" not in text
