"""Recruiters ask which roles are in a country or a region: "anything in
Chile?", "what's open in Europe?", "jobs based in APAC". The roles are
filtered by their location facts (a city's country, a country's region), and
when none is there the answer says so, never the whole list or a question back."""

import pytest

from tests.postings import ask, assistant_on

POSTINGS = {
    "vineyard-manager.md": "---\ntitle: Vineyard Manager\nlocation: Mendoza, Argentina\n---\n# Vineyard Manager\n\n"
                           "## Responsibilities\n- Plan pruning and harvest crews.\n",
    "sommelier.md": "---\ntitle: Sommelier\nlocation: Lyon, France\n---\n# Sommelier\n\n"
                    "## Responsibilities\n- Build the wine list for the brasserie.\n",
    "cellar-hand.md": "---\ntitle: Cellar Hand\nlocation: Pune\n---\n# Cellar Hand\n\n"
                      "## Responsibilities\n- Rack and top up barrels.\n",
}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(POSTINGS, tmp_path_factory.mktemp("by-place"))


@pytest.mark.parametrize("question, roles", [
    ("jobs based in APAC", ("Cellar Hand",)),
    ("anything in LATAM?", ("Vineyard Manager",)),
    ("which roles are in Europe", ("Sommelier",)),
    ("what's open in Europe?", ("Sommelier",)),
    ("hiring in South America?", ("Vineyard Manager",)),
    ("what do we have in France", ("Sommelier",)),
    ("jobs in EMEA", ("Sommelier",)),
])
def test_roles_are_filtered_by_where_they_are_posted(assistant, question, roles):
    answer, text = ask(assistant, question)
    assert answer.roles == roles, text


@pytest.mark.parametrize("question", [
    "any roles in Canada?",
    "what's open in the Middle East?",
    "what do we have in Japan?",
])
def test_a_place_no_role_is_in_is_said_plainly(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.roles == ()
    assert text.startswith("No role")
    assert "Which role" not in text
