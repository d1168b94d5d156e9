"""A Mexican plant posts its openings with Spanish titles ("Soldador de
Estructuras", "Operador de Montacargas") and pay as "$14,000 a $16,500 MXN
al mes". The recruiter asks in English ("forklift operator pay", "the
welder's requirements"): the title's Spanish words are read as the English
ones, and "a" between two amounts joins a range as "to" does."""

import pytest

from knowledge.readers.salary import parse
from tests.postings import ask, assistant_on

SHEET = """# Operador de Montacargas

## Sueldo
$14,000 a $16,500 MXN al mes

## Requisitos
- Licencia de montacargas vigente
- Secundaria terminada
"""

WELDER = """# Soldador de Estructuras

## Sueldo
$17,500 MXN mensuales brutos

## Requisitos
- Certificación AWS D1.1
"""


def test_a_between_two_amounts_is_a_range():
    salary = parse("$14,000 a $16,500 MXN al mes")
    assert (salary.minimum, salary.maximum, salary.currency, salary.period) == (14_000, 16_500, "MXN", "per month")


def test_mensuales_is_a_month():
    assert parse("$17,500 MXN mensuales brutos").period == "per month"


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spanish")
    assistant = assistant_on({"montacargas.md": SHEET, "soldador.md": WELDER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_spanish_title_asked_in_english(recruiter):
    _answer, text = ask(recruiter, "forklift operator pay")
    assert "16,500" in text


def test_a_spanish_title_asked_by_its_english_head_word(recruiter):
    _answer, text = ask(recruiter, "what does the welder need")
    assert "AWS D1.1" in text


def test_the_spanish_title_asked_in_spanish_still_found(recruiter):
    _answer, text = ask(recruiter, "requisitos del operador de montacargas")
    assert "Licencia de montacargas" in text
