"""A recruiter quotes a phrase of a posting to find its role: "which role is
the 'architectural conscience' one?". The quote, in single quotes as in
double ones, is looked for whole, as the document writes it, not by its
first word; and "what does it cover" after it asks of the role the quote
finds, not of a role named by the quote's words."""

import pytest

from bot import open_assistant
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question", [
    "which role is the 'architectural conscience' one?",
    "which role mentions ‘architectural conscience’?",
    "I'm the new sourcing coordinator. Which role is the 'architectural conscience' one, and what does it involve?",
])
def test_a_quoted_phrase_finds_the_role_that_writes_it(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.roles == ("Lead Back End Engineer",), text


def test_apostrophes_inside_words_are_no_quotes(assistant):
    answer, _text = ask(assistant, "what's the global lead engineer's salary?")
    assert answer.roles == ("Global Lead Engineer",)
    assert answer.intent == "salary"
