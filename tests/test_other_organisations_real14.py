"""A recruiter asks about postings of the fourteenth batch's kinds (a French posting titled in French, a
startup's page that names itself only in its prose, a comparison of two employers' roles) by a word of
the title and the employer's name, as people type them: the employer's one role is the one answered."""

import pytest

from tests.postings import ask, assistant_on

FRENCH = """Fromagerie des Trois Vallons
Technicien de maintenance industrielle (H/F)

CDI   |   Poligny (39)   |   Salaire : 30 000 € à 34 000 € bruts annuels

La fromagerie
Fondée en 1961, la Fromagerie des Trois Vallons est une coopérative de Poligny.

Vos missions :
- Assurer la maintenance préventive et curative des lignes de moulage

Avantages :
- 13e mois et prime d'intéressement
"""

SCHOOL = """# Science Laboratory Technician

Company: Northgate Grammar School
Location: Ballarat

## Duties
- Prepare practical classes for the science faculty

## Benefits
- Twelve weeks of school holidays
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fourteenth")
    assistant = assistant_on({"technicien.txt": FRENCH, "lab-tech.md": SCHOOL}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_an_employers_name_and_one_word_of_its_french_title_find_that_role(recruiter):
    _answer, text = ask(recruiter, "does the fromagerie technician get a 13th month")
    assert "13e mois" in text and "Science Laboratory" not in text
