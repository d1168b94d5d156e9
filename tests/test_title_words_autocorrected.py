"""A recruiter on a phone types a title and autocorrect swaps one of its
words for a real word: "lead backed engineer", "senior roasted operator".
No typo is mended in a real word, and "backed" read as something done, so
the role was one the store lacks. A word standing where a title's word
would, with that title's words on both sides, one slip from it, is that
word. A small posting of our own, and the seeds."""

import pytest

from tests.postings import ask, assistant_on

ROASTER = """---
title: Senior Roaster Operator
company: Brackenridge Coffee
---

## Responsibilities

- Run the drum roaster through each morning's batches

## Salary

$48,000 - $53,000 per year
"""


PACKER = """---
title: Senior Packing Operator
company: Brackenridge Coffee
---

## Responsibilities

- Run the bagging line and check seal weights

## Salary

$39,000 - $42,000 per year
"""


@pytest.fixture(scope="module")
def roastery(tmp_path_factory):
    """Two senior operators, one whose middle word autocorrect knows a verb for."""
    opened = assistant_on({"roaster.md": ROASTER, "packer.md": PACKER}, tmp_path_factory.mktemp("roastery"))
    yield opened
    opened.knowledge.store.dispose()


@pytest.mark.parametrize("question", [
    "senior roasted operator pay",  # "roasted": something done to coffee, one letter off
    "what does a senior roasted operator earn",
])
def test_a_title_word_autocorrected_between_its_neighbours_is_that_word(roastery, question):
    answer, text = ask(roastery, question)

    assert answer.roles == ("Senior Roaster Operator",)
    assert "$48,000" in text and "I don't have the role" not in text


def test_a_verb_form_between_a_titles_words_is_the_title_word(assistant):
    answer, text = ask(assistant, "lead backed engineer - what does it pay?")

    assert answer.roles == ("Lead Back End Engineer",)
    assert "I don't have the role" not in text


def test_the_word_alone_beside_one_title_word_stays_as_typed(assistant):
    _answer, text = ask(assistant, "backed engineer salary")

    assert "Lead Back End Engineer:" not in text.splitlines()[0]
