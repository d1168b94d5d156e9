"""A word one letter off a cost word ("mostly" of "costly", the acronym
"CeMAP" of "cheap") asks no pay: read as a cost word, it had turned a
question about a candidate's languages into a pay comparison."""

import pytest

from tests.postings import ask


@pytest.mark.parametrize("question", [
    "Candidate is mostly backend work, knows Go and Java. Global lead or lead backend for their languages?",
    "is the CeMAP needed for the global lead engineer?",
])
def test_a_word_one_letter_off_a_cost_word_asks_no_pay(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.intent != "salary"
    assert "salary" not in text.splitlines()[0].casefold()


def test_a_cost_word_typed_as_it_is_still_asks_pay(assistant):
    answer, text = ask(assistant, "which is more expensive, the global lead or the lead backend engineer?")
    assert "$180,000" in text and "$160,000" in text
