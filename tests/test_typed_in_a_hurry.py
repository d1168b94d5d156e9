"""Recruiters type in a hurry (issue 19, perturbation round): a title's word
with a letter left out and two letters swapped as well ("sowfare" for
"software", "enigner" for "engineer", "gblal" for "global") is still that
title's word, when no other title's word is as close. Each family is one
story, on the seeds, with wordings of our own."""

import pytest

from tests.postings import ask


@pytest.mark.parametrize("question, role", [
    ("how many years for the expert sowfare engineer?", "Expert Software Engineer"),
    ("what does an enigner do all day", "Engineer"),
    ("pay range for the gblal lead engineer", "Global Lead Engineer"),
    ("enngeer salary?", "Engineer"),
])
def test_a_title_word_with_a_letter_missing_and_two_swapped_is_still_that_title(assistant, question, role):
    answer, text = ask(assistant, question)

    assert role in answer.roles
    assert "I don't have the role" not in text


def test_a_word_two_slips_from_no_title_word_is_not_made_a_title(assistant):
    answer, text = ask(assistant, "what does a zqrtyx engineer do")

    assert "Zqrtyx" not in " ".join(answer.roles)


@pytest.mark.parametrize("question, roles", [
    ("caches engineer role", {"Engineer"}),
    ("load balancers global lead vs engineer", {"Global Lead Engineer", "Engineer"}),
    ("schedulers expert swe", {"Expert Software Engineer"}),
])
def test_a_topic_in_the_plural_run_into_a_title_without_a_mark_is_asked_of_that_role(assistant, question, roles):
    answer, text = ask(assistant, question)

    assert roles <= set(answer.roles)
    assert "I don't have the role" not in text


@pytest.mark.parametrize("question, role", [
    ("quick one from a headhunter Lead Back End Engineer salary", "Lead Back End Engineer"),
    ("I am sourcer Global lead engineer pay range please", "Global Lead Engineer"),
])
def test_a_title_written_in_capitals_after_a_lower_case_word_starts_its_own_phrase(assistant, question, role):
    answer, text = ask(assistant, question)

    assert role in answer.roles
    assert "I don't have the role" not in text
