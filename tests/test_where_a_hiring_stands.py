""""Where are we with the X req?" asks how far hiring for the role has got,
not where the role is based. RoleCall holds only what the documents say: a
requisition tracker's status when a document has one, else it says the
documents don't mention how far hiring has got, with what they do say of the
role, never its location as if that were the answer."""

import pytest

from tests.postings import ask, assistant_on

POSTINGS = {
    "glassblower.md": "---\ntitle: Glassblower\nlocation: Murano, Italy\n---\n# Glassblower\n\n"
                      "## About the role\nShape lampwork and blown vessels for the studio's gallery pieces.\n\n"
                      "## Responsibilities\n- Gather and blow molten glass at the furnace.\n",
    "ferry-deckhand.md": "---\ntitle: Ferry Deckhand\nlocation: Oban, Scotland\nstatus: Filled in March\n---\n"
                         "# Ferry Deckhand\n\n## About the role\nCrew the island car ferry.\n\n"
                         "## Responsibilities\n- Secure vehicles on the car deck.\n",
}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hiring-status")
    return assistant_on(POSTINGS, folder)


@pytest.mark.parametrize("question", [
    "where are we with the glassblower req?",
    "Where are we at on the glassblower opening",
    "hey, where do we stand with the glassblower role?",
])
def test_no_status_in_the_documents_is_said_not_answered_by_the_location(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.roles == ("Glassblower",)
    assert "don't mention hiring progress" in text
    assert "Murano" not in text.split("\n")[0]
    assert "location" not in text.split("\n")[0].casefold()


def test_a_status_the_documents_hold_is_the_answer(assistant):
    answer, text = ask(assistant, "where are we with the ferry deckhand req?")
    assert answer.roles == ("Ferry Deckhand",)
    assert "Filled in March" in text


def test_where_the_role_is_based_is_still_its_location(assistant):
    _answer, text = ask(assistant, "where is the glassblower based?")
    assert "Murano" in text
