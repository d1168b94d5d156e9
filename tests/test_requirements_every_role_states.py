"""A recruiter asks which roles don't *strictly* require something ("which
jobs don't necessarily need a forklift licence?"). The hedge was searched
as a word ("roles that don't mention strictly": all of them), and when every
role does mention the thing, the answer stopped at "every role does",
hiding the lines that ask it "or equivalent experience". A hedge says how
firmly a document asks, never what; and when no role lacks the thing, each
role's line that says it is shown. Two small postings of our own."""

import pytest

from tests.postings import ask, assistant_on

PICKER = """---
title: Warehouse Picker
company: Dunmore Freight
---

## Requirements

- Counterbalance forklift licence or two years of equivalent yard experience
- Able to lift 20 kg

## Salary

$36,000 - $39,000 per year
"""

LOADER = """---
title: Dock Loader
company: Dunmore Freight
---

## Requirements

- Current counterbalance forklift licence
- Steel-toe boots

## Salary

$37,500 - $41,000 per year
"""


@pytest.fixture(scope="module")
def freight(tmp_path_factory):
    """Two postings that both name a forklift licence, one accepting experience instead."""
    opened = assistant_on({"picker.md": PICKER, "loader.md": LOADER}, tmp_path_factory.mktemp("freight"))
    yield opened
    opened.knowledge.store.dispose()


@pytest.mark.parametrize("question", [
    "which jobs don't strictly require a forklift licence?",
    "which roles don't necessarily need a forklift licence",
    "any positions that don't absolutely demand a forklift licence?",
])
def test_a_hedged_negation_shows_where_each_role_asks_the_thing(freight, question):
    answer, text = ask(freight, question)

    assert "strictly" not in text and "necessarily" not in text and "absolutely" not in text
    assert "Every role in the store (2) does" in text
    assert "two years of equivalent yard experience" in text
    assert "Current counterbalance forklift licence" in text


def test_roles_lacking_the_thing_are_still_listed_alone(freight):
    answer, text = ask(freight, "which roles don't mention steel-toe boots?")

    assert answer.roles == ("Warehouse Picker",)
    assert "Where each says it" not in text


def test_a_plain_negation_every_role_answers_names_none_of_them(freight):
    _answer, text = ask(freight, "which roles don't mention a forklift licence?")

    assert "Every role in the store (2) does" in text
    assert "Warehouse Picker" not in text and "Dock Loader" not in text
