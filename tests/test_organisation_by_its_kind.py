"""A recruiter names an organisation by what kind it is, as its own staff do:
"the food bank" for Wrenhollow Food Bank, "the free library" for Pellow Free
Library, "the college". With "the" before it, and when the store has one
organisation of that kind, the words narrow the question to its roles as its
name would; two organisations of the kind leave the words alone."""

import pytest

from tests.postings import ask, assistant_on

LIBRARY_ASSISTANT = """---
title: Circulation Assistant
company: Pellow Free Library
location: Pellow, VT
---

## About the role

Shelve, check out and help patrons find what they need.

## Requirements

- High school diploma
- Weekend availability
"""

FARM_HAND = """---
title: Dairy Farm Hand
company: Oxley Dairy Cooperative
location: Brattle, VT
---

## About the role

Milk the herd and keep the parlour clean.

## Requirements

- Able to start at 4am
"""

SECOND_LIBRARY = """---
title: Archive Technician
company: Marrow Free Library
location: Marrow, VT
---

## About the role

Digitise the town's parish records.

## Requirements

- Experience with flatbed scanners
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kinds")
    assistant = assistant_on({"library.md": LIBRARY_ASSISTANT, "farm.md": FARM_HAND}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_an_organisation_is_named_by_its_kind_with_the(recruiter):
    """"the free library" of Pellow Free Library: its only role is asked about."""
    _answer, text = ask(recruiter, "requirements at the free library?")
    assert "High school diploma" in text
    assert "Which role do you mean?" not in text


def test_the_last_word_of_its_kind_names_it_too(recruiter):
    _answer, text = ask(recruiter, "requirements at the cooperative?")
    assert "Able to start at 4am" in text


def test_two_organisations_of_one_kind_are_not_named_by_it(tmp_path):
    folder = tmp_path / "two"
    folder.mkdir()
    assistant = assistant_on({"a.md": LIBRARY_ASSISTANT, "b.md": SECOND_LIBRARY, "farm.md": FARM_HAND}, folder)
    try:
        _answer, text = ask(assistant, "requirements at the free library?")
        assert "Weekend availability" not in text
    finally:
        assistant.knowledge.store.dispose()
