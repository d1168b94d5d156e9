"""A sourcer or an HRBP levelling titles asks for the roles by a word of
their title: "which roles have a lead in the title?", "titles containing
engineer". The word is the title's, not a topic of the documents: "lead" was
read as a career word ("lead into") and every role's entry points listed."""

import pytest

from bot import Question, open_assistant, render_text
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question", [
    "which roles have a lead in the title?",
    "roles with 'lead' in their title",
    "any job titles containing lead?",
    "which positions have the word Lead in their name",
])
def test_the_roles_whose_title_has_the_word(assistant, question):
    answer, text = ask(assistant, question)
    assert set(answer.roles) == {"Global Lead Engineer", "Lead Back End Engineer"}, text
    assert "Expert Software Engineer" not in text


def test_a_word_no_title_has_says_so_and_lists_nothing(assistant):
    answer, text = ask(assistant, "which roles have manager in the title?")
    assert answer.roles == ()
    assert "manager" in text.lower() and "Global Lead Engineer" not in text


def test_a_word_of_a_titles_other_spelling_counts(assistant):
    """The back-end lead is also written "Lead Backend Engineer": its other
    title has the word though its first does not."""
    answer, _text = ask(assistant, "which roles have backend in the title?")
    assert answer.roles == ("Lead Back End Engineer",)


def test_the_one_with_a_word_in_its_title_picks_among_the_roles_on_screen(assistant):
    """After a comparison, "the one with global in the title - pay?" picks one
    of the two shown by a word of its title; it lists no roles of the store."""
    key = "pick-by-title-word"
    assistant.answer(Question("compare global lead engineer and lead backend engineer", conversation_key=key))
    answer = assistant.answer(Question("the one with global in the title - pay?", conversation_key=key)).answer
    assert answer.roles == ("Global Lead Engineer",)
    assert "180,000" in render_text(answer)
