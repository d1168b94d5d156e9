"""A recruiter asks which roles are in Mexico or in China, and the postings
name only a city or a state ("Planta Apodaca, Nuevo León", "上海市浦东新区"):
the country is found by its cities and states, a Chinese city found inside an
address written with no spaces."""

import pytest

from bot.countries import country_of
from tests.postings import ask, assistant_on

PLANT = """# Operador de Montacargas

## Ubicación
Planta Apodaca, Nuevo León

## Requisitos
- Licencia de montacargas vigente
"""

SHANGHAI = """# 仓库管理员

## 工作地点
上海市浦东新区张江镇

## 任职要求
- 熟悉WMS系统
"""

LONDON = """# Barista

## Location
Shoreditch, London

## Requirements
- Latte art
"""


def test_a_chinese_address_with_no_spaces_is_in_china():
    assert country_of("上海市浦东新区张江镇") == "China"


def test_a_mexican_state_is_in_mexico():
    assert country_of("Planta Apodaca, Nuevo León") == "Mexico"


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("countries")
    assistant = assistant_on({"plant.md": PLANT, "shanghai.md": SHANGHAI, "london.md": LONDON}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_roles_in_mexico(recruiter):
    _answer, text = ask(recruiter, "what roles do we have in mexico")
    assert "Operador de Montacargas" in text and "Barista" not in text


def test_jobs_in_china(recruiter):
    _answer, text = ask(recruiter, "which jobs are in China")
    assert "仓库管理员" in text and "Barista" not in text
