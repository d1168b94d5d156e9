"""A recruiter asks which roles are in Germany or in Ireland, and the postings name only a
town with its postcode or county ("79104 Freiburg im Breisgau", "Clonmel, Co. Tipperary"):
the country is found by its cities and counties. A US town of the same name, with its state's
code ("Dublin, OH"), stays in the US."""

import pytest

from bot.countries import country_of
from tests.postings import ask, assistant_on

CLINIC = """# Physiotherapist (m/w/d)

## Standort
79104 Freiburg im Breisgau

## Anforderungen
- Abgeschlossene Ausbildung als Physiotherapeut/in
"""

HOSPITAL = """# Porter

## Location
St Brigid's Hospital, Clonmel, Co. Tipperary

## Requirements
- Good communication skills
"""

BERLIN = """# Product Designer

## Location
Berlin or remote (Germany)

## Requirements
- A portfolio of shipped work
- German is not required; the team works in English
"""

OHIO = """# Line Cook

## Location
Dublin, OH

## Requirements
- Two years on a busy line
"""


def test_a_german_town_with_its_postcode_is_in_germany():
    assert country_of("79104 Freiburg im Breisgau") == "Germany"


def test_an_irish_town_and_county_is_in_ireland_and_a_us_namesake_is_not():
    assert country_of("St Brigid's Hospital, Clonmel, Co. Tipperary") == "Ireland"
    assert country_of("Dublin, OH") is None


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("countries_de_ie")
    assistant = assistant_on({"clinic.md": CLINIC, "hospital.md": HOSPITAL, "berlin.md": BERLIN, "ohio.md": OHIO}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_roles_in_germany(recruiter):
    """The role whose location writes "Germany" and the one that names only its town, both."""
    _answer, text = ask(recruiter, "any roles in germany?")
    assert "Product Designer" in text and "Physiotherapist" in text and "Porter" not in text and "Line Cook" not in text, text


def test_jobs_in_ireland(recruiter):
    _answer, text = ask(recruiter, "any jobs in Ireland?")
    assert "Porter" in text and "Line Cook" not in text and "Physiotherapist" not in text, text


def test_a_language_asked_of_a_role_is_no_typo_of_its_country(recruiter):
    """"does the designer need german": German, the language, not a place the role is in."""
    answer, text = ask(recruiter, "does the berlin designer need german")
    assert answer.title.startswith("Product Designer"), text
    assert "german" in answer.title.casefold() and "German is not required" in text, text
