"""A recruiter types the back end's short form in lower case before a level
word, as dictation and quick typing do: "the be lead", "yoe: be lead vs
global lead", "for our be lead req". After an article, a possessive, a
preposition or a mark the verb "be" cannot stand, so "be" is the back end
there, as "BE lead" is; "should the lead be hands-on" and "to be lead" keep
the verb."""

import pytest

from bot import open_assistant
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question", [
    "what does the be lead earn",
    "salary: be lead?",
    "comp for our be lead req",
    "be lead vs global lead salary",
])
def test_be_before_a_level_word_after_an_article_or_mark_is_the_back_end(assistant, question):
    answer, _text = ask(assistant, question)
    assert "Lead Back End Engineer" in answer.roles


def test_to_be_lead_keeps_the_verb(assistant):
    answer, _text = ask(assistant, "how many years to be lead engineer at the global level")
    assert "Lead Back End Engineer" not in answer.roles
