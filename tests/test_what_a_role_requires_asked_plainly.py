"""A recruiter asks what a role requires in plain words: "what German level
for the Erzieher?", "how much experience for the kita educator?", "is a
forklift ticket needed for the planner?". The posting may be in German, and
may not mention the thing asked: the answer is the role's requirements, the
lines its years were read from, whatever language they are in."""

import pytest

from tests.postings import ask, assistant_on

ERZIEHER = """# Erzieher (m/w/d) – Kita Sonnenblume

Kita Sonnenblume gGmbH · Freiburg

## Deine Aufgaben

- Begleitung einer Gruppe von 20 Kindern zwischen drei und sechs Jahren
- Elterngespräche und Dokumentation der Entwicklung

## Das bringst du mit

- Staatlich anerkannte Ausbildung als Erzieher:in
- Mindestens 2 Jahre Berufserfahrung in einer Kita
- Deutschkenntnisse auf Niveau C1

## Gehalt

€3.400 brutto/Monat nach TVöD SuE
"""

PLANNER = """# Shift Planner

Tollgate Logistics · Doncaster, UK · Full-time

## About the role

You will plan the drivers' rota for forty night trunks.

## Requirements

- 2 years planning a transport or warehouse rota
- Advanced Excel; no forklift licence required

## Salary

£31,000 - £34,000 per year
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plain")
    assistant = assistant_on({"erzieher.md": ERZIEHER, "planner.md": PLANNER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_the_level_of_a_language_asked_is_the_requirement_not_a_career_level(recruiter):
    _answer, text = ask(recruiter, "what german level for the erzieher?")
    assert "Niveau C1" in text
    assert "career path" not in text


def test_the_experience_asked_is_the_line_its_years_were_read_from_in_any_language(recruiter):
    _answer, text = ask(recruiter, "how much experience for the erzieher")
    assert "Mindestens 2 Jahre Berufserfahrung in einer Kita" in text
    assert "don't cover" not in text


def test_whether_a_thing_the_posting_never_names_is_needed_is_answered_by_its_requirements(recruiter):
    _answer, text = ask(recruiter, "is a CSCS card needed for the shift planner?")
    assert "no forklift licence required" in text
