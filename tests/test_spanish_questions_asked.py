"""A recruiter asks about a Spanish posting in Spanish: the articles and question words around the
title ("del", "para el", "cuál es") name no other role, and the posting's own headings are asked
in their words ("prestaciones", "fecha límite", "tope")."""

import pytest

from tests.postings import ask, assistant_on

PANADERIA = """# Jefe de Horno

Panadería La Espiga, Oaxaca.

## Funciones
- Encender y controlar los hornos de leña antes del amanecer
- Programar la producción diaria de pan dulce

## Requisitos
- 4 años en panificación industrial
- Manejo de hornos de leña

## Sueldo
$14,200 MXN mensuales brutos

## Prestaciones
- Despensa semanal de pan y aguinaldo de 20 días

## Cómo aplicar
Enviar CV a empleo@laespiga.example

## Fecha límite
28/02/2027
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("espiga")
    assistant = assistant_on({"jefe-de-horno.md": PANADERIA}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_pay_asked_with_del_before_the_title(recruiter):
    """'del' is 'of the': it wraps the title, it is not part of another role's name."""
    _answer, text = ask(recruiter, "sueldo del jefe de horno?")
    assert "14,200" in text


def test_requirements_asked_with_del_before_the_title(recruiter):
    _answer, text = ask(recruiter, "requisitos del jefe de horno")
    assert "panificación industrial" in text


def test_benefits_asked_as_prestaciones(recruiter):
    _answer, text = ask(recruiter, "prestaciones para el jefe de horno")
    assert "aguinaldo" in text


def test_the_deadline_asked_as_fecha_limite(recruiter):
    _answer, text = ask(recruiter, "como aplicar jefe de horno y fecha límite")
    assert "28/02/2027" in text


def test_the_ceiling_asked_as_tope(recruiter):
    """'tope' is a pay range's ceiling, as 'ceiling' is in English."""
    _answer, text = ask(recruiter, "cual es el tope para el jefe de horno")
    assert "14,200" in text
