"""A recruiter asks about postings of the fourteenth batch's kinds (a French posting titled in French, a
startup's page that names itself only in its prose, a comparison of two employers' roles) by a word of
the title and the employer's name, as people type them: the employer's one role is the one answered."""

from pathlib import Path

import pytest

from tests.postings import ask, assistant_on, batch_assistant

FRENCH = """Fromagerie des Trois Vallons
Technicien de maintenance industrielle (H/F)

CDI   |   Poligny (39)   |   Salaire : 30 000 € à 34 000 € bruts annuels

La fromagerie
Fondée en 1961, la Fromagerie des Trois Vallons est une coopérative de Poligny.

Vos missions :
- Assurer la maintenance préventive et curative des lignes de moulage

Avantages :
- 13e mois
- Prime d'intéressement et participation
- Mutuelle prise en charge à 70 %
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
    _answer, text = ask(recruiter, "where is the fromagerie technician job")
    assert text.startswith("Technicien de maintenance industrielle") and "Science Laboratory" not in text


SPANISH = """Técnico/a de Laboratorio Enológico
Bodegas Río Tordera, S.L.
Salario: 22.000 € - 25.000 € bruto/año

Funciones:
· Análisis de mostos y vinos en la campaña de vendimia.

Requisitos mínimos:
· Grado en Química o Enología.

Se valorará:
· Inglés nivel B1.

Ofrecemos:
· Contrato indefinido tras un periodo de prueba de 4 meses.
"""


@pytest.fixture(scope="module")
def spanish_posting(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spanish")
    assistant = assistant_on({"enologo.txt": SPANISH}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_english_asked_of_a_spanish_posting_finds_its_ingles_line(spanish_posting):
    _answer, text = ask(spanish_posting, "is english required for the lab technician job")
    assert "Inglés nivel B1" in text


def test_a_probation_asked_of_a_spanish_posting_finds_its_periodo_de_prueba(spanish_posting):
    _answer, text = ask(spanish_posting, "how long is the probation for the lab technician")
    assert "4 meses" in text


real14 = batch_assistant("real14", Path(__file__).parent / "documents" / "real14",
                         "The fourteenth batch of postings from other organisations, ingested as one folder.")


def test_a_13th_month_asked_of_a_french_posting_finds_its_13e_mois(real14):
    _answer, text = ask(real14, "does the technicien de maintenance get a 13th month")
    assert "13e mois" in text and "don't mention" not in text


LAB = """# Science Laboratory Technician

Company: Northgate Grammar School

## Reports to
- Head of Science

## Duties
- Prepare practical classes for the science faculty
"""

GRANTS = """# Grants Manager

Company: Harbour Commons Fund

## Reports to
- Director of Programs

## Duties
- Run the grant rounds
"""


@pytest.fixture(scope="module")
def school_and_fund(tmp_path_factory):
    folder = tmp_path_factory.mktemp("manager")
    assistant = assistant_on({"lab.md": LAB, "grants.md": GRANTS}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


@pytest.mark.parametrize("question", ["who is the science lab technician's manager",
                                      "who's the lab technician's supervisor?"])
def test_a_roles_manager_in_the_possessive_is_its_reporting_line_not_a_managers_role(school_and_fund, question):
    _answer, text = ask(school_and_fund, question)
    assert "Head of Science" in text and "Grants Manager" not in text


STARTUP = """# Founding Full-Stack Engineer

Location: London (hybrid)

## TL;DR

Parsley Works builds rota software for independent bakeries. We're 6 people, and Parsley Works is hiring its first engineer.
We're in the office Tuesday to Thursday.

## What you'll do
- Ship features end to end
"""

FUND = """# Grants Manager

Company: Harbour Commons Fund
Location: Denver (hybrid: in the office on Mondays and Fridays)

## Duties
- Run the grant rounds
"""


@pytest.fixture(scope="module")
def fund_and_startup(tmp_path_factory):
    folder = tmp_path_factory.mktemp("compare")
    assistant = assistant_on({"startup.md": STARTUP, "fund.md": FUND}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_comparison_names_its_second_role_by_its_companys_word_and_title(fund_and_startup):
    _answer, text = ask(fund_and_startup, "office days: grants manager vs parsley founding engineer")
    assert "Tuesday to Thursday" in text and "Mondays and Fridays" in text


HOSPITAL = """Healthcare Assistant (Night Duty)

Reporting: Reports to the Clinical Nurse Manager 2 on night duty

Principal Duties and Responsibilities:
- Assist patients with personal hygiene and mobility
- Report changes in a patient's condition to the nurse in charge
"""


@pytest.fixture(scope="module")
def hospital(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hospital")
    assistant = assistant_on({"hca.txt": HOSPITAL}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


@pytest.mark.parametrize("question", ["who is the healthcare assistant accountable to at night",
                                      "who is the healthcare assistant responsible to?"])
def test_accountable_to_asks_whom_the_role_reports_to(hospital, question):
    _answer, text = ask(hospital, question)
    assert "Clinical Nurse Manager 2" in text


def test_a_spanish_postings_reporting_line_in_its_prose_is_whom_the_role_reports_to(tmp_path):
    posting = SPANISH.replace("Funciones:", "Buscamos un/a Técnico/a para nuestra bodega, que dependerá de la "
                                           "Directora Técnica de Bodega.\n\nFunciones:")
    assistant = assistant_on({"enologo.txt": posting}, tmp_path)
    try:
        _answer, text = ask(assistant, "who does the lab technician report to")
    finally:
        assistant.knowledge.store.dispose()
    assert "Directora Técnica de Bodega" in text


def test_a_french_postings_rattache_line_is_whom_the_role_reports_to(real14):
    _answer, text = ask(real14, "who does the technicien de maintenance report to")
    assert "Responsable maintenance" in text


def test_a_probation_asked_with_the_contract_finds_a_spanish_postings_periodo_de_prueba(real14):
    _answer, text = ask(real14, "is the técnico de calidad role permanent? probation?")
    assert "6 meses" in text
