"""A recruiter asks about a Dutch care home's posting in the words people type: the home by the
last word of its group's name, the posting as a "vacature", and whom to call, which the posting says
in Dutch under "Interesse?"."""

import pytest

from knowledge import sections as S
from tests.postings import ask, assistant_on
from tests.readings import only_read

KOK = """Zorggroep Lindewaard  |  Werken bij  |  Vacatures  |  Contact

Vacature: Kok Woonzorgcentrum (Care Home Cook)
Locatie Het Anker, Zwolle  ·  24–28 uur per week  ·  Vacaturenummer 2026-0555

Over ons
Zorggroep Lindewaard biedt wonen en zorg aan ruim 400 ouderen in Overijssel. Het Anker heeft een eigen keuken die elke dag vers kookt.

Wat ga je doen?
- Cook the warm midday meal for 60 residents, with diets for diabetes and swallowing problems
- Order fresh produce from local suppliers and keep the stock list
- Keep the kitchen to HACCP standards

Wat vragen wij?
- A cook's diploma (MBO-2 or higher)
- Experience in a care or hospital kitchen

Wat bieden wij?
- Salaris: €2.611 – €3.485 bruto per maand (FWG 35, CAO VVT)
- 8% vakantiegeld

Interesse?
Solliciteer vóór 14 februari 2027 via de knop "Solliciteer direct". Vragen over de functie? Bel Joost Hendriks, teamleider keuken, via 038 421 77 00.
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dutch")
    assistant = assistant_on({"lindewaard.txt": KOK}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_the_vacature_line_gives_the_title_and_is_no_field_of_its_own():
    """'Vacature: Kok …' names the posting; it is not also a section called 'Vacature'."""
    role = only_read(KOK, "lindewaard.txt")
    assert role.title == "Kok Woonzorgcentrum (Care Home Cook)"
    assert not [i for i in role.items if i.label == "Vacature"]
    assert [i for i in role.items if i.section == S.KEY_RESPONSIBILITIES]


def test_a_care_group_is_named_by_the_word_after_zorggroep(recruiter):
    """'lindewaard' is Zorggroep Lindewaard, and 'vacature' is the posting: no role the store lacks."""
    _answer, text = ask(recruiter, "deadline lindewaard vacature kok woonzorgcentrum")
    assert "14 februari 2027" in text, text


def test_whom_to_contact_is_found_in_a_dutch_application_line(recruiter):
    """'who do I contact' is asked of how to apply, which the posting says in Dutch."""
    _answer, text = ask(recruiter, "who do i contact about the care home cook vacancy")
    assert "Joost Hendriks" in text and "038 421 77 00" in text, text
