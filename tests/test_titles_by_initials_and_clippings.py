"""Recruiters name a role by its initials or a clipped word ("DE", "PM",
"SWE", "maint tech"). Read over the store's own titles: initials typed in
capitals are the title they stand for even where they are a word of another
language ("DE" is no Spanish "de" where a Data Engineer is stored), and
initials two stored titles share ("PM": a product and a project manager)
ask which one rather than guess."""

import pytest

from tests.postings import ask, assistant_on


def _posting(title: str, duty: str) -> str:
    return f"---\ntitle: {title}\nlocation: Remote\n---\n# {title}\n\n## Responsibilities\n- {duty}\n"


POSTINGS = {
    "data-engineer.md": _posting("Data Engineer", "Keep the nightly loads of the ledger warehouse green."),
    "maintenance-technician.md": _posting("Maintenance Technician", "Grease the press line bearings weekly."),
    "product-manager.md": _posting("Product Manager", "Write the quarterly roadmap for the kiosk app."),
    "project-manager.md": _posting("Project Manager", "Chair the weekly site meeting with subcontractors."),
    "software-engineer.md": _posting("Software Engineer", "Ship the kiosk app's payment screens."),
}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(POSTINGS, tmp_path_factory.mktemp("initials"))


@pytest.mark.parametrize("question, role", [
    ("DE responsibilities?", "Data Engineer"),
    ("what does a DE do all day", "Data Engineer"),
    ("SWE duties", "Software Engineer"),
    ("maint tech duties", "Maintenance Technician"),
])
def test_initials_and_clippings_of_one_stored_title_name_it(assistant, question, role):
    answer, _text = ask(assistant, question)
    assert answer.roles == (role,)


@pytest.mark.parametrize("question", ["PM duties", "what does a pm do?", "pm responsibilities pls"])
def test_initials_two_stored_titles_share_ask_which(assistant, question):
    answer, text = ask(assistant, question)
    assert answer.kind == "clarify", text
    assert "Product Manager" in text and "Project Manager" in text
