"""A recruiter asks whether a role is "an IC or a people manager": one
question put as a choice between its two sides. The answer is the role's
items about managing, mentoring or leading people (or that its documents say
nothing of it), not its overview nor the items on hands-on work that the
words "individual contributor" alone would find."""

import pytest

from bot import open_assistant
from tests.postings import ask, assistant_on


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question", [
    "lead back end engineer — individual contributor, or more of a manager?",
    "would the lbe be a people manager or an ic",
    "manager vs IC: which is the lead backend engineer?",
])
def test_the_choice_is_answered_by_the_items_on_managing_people(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.roles == ("Lead Back End Engineer",)
    assert "without direct managerial authority" in text
    assert "Hands-On Development" not in text


POSTINGS = {
    "kiln-operator.md": "---\ntitle: Kiln Operator\nlocation: Stoke-on-Trent\n---\n# Kiln Operator\n\n"
                        "## About the role\nFire glazed tableware in the tunnel kilns.\n\n"
                        "## Responsibilities\n- Load and unload kiln cars.\n- Log firing curves each shift.\n",
}


def test_a_role_whose_documents_say_nothing_of_it_says_so(tmp_path):
    folder = tmp_path / "kiln"
    folder.mkdir()
    assistant = assistant_on(POSTINGS, folder)
    _answer, text = ask(assistant, "kiln operator: an IC or a manager?")
    assert "don't mention people management" in text
    assert "contributor" not in text.split("\n")[0]
