"""A hiring manager asks how to weigh one quality against another in a
candidate: "how should we weigh leadership against knife skills for the
head chef?", "menu creativity or leadership, which matters more?". The
qualities were read as the facet asked (skills) and the posting's advice on
what to put first was not shown. Weighing one thing against another, like
prioritizing, asks the hiring advice. A small posting of our own."""

import pytest

from tests.postings import ask, assistant_on

HEAD_CHEF = """---
title: Head Chef
company: Saltmarsh Kitchen
---

## Responsibilities

- Lead a brigade of twelve across two services a day
- Build the seasonal menu with the owners

## Skills

- Classical knife skills and butchery
- Menu creativity with seasonal produce
- Leadership under pressure on a busy pass
- Food safety and allergen control

## Hiring advice

- Put calm leadership of a busy brigade ahead of flair on the plate; plating can be coached.
- Ask for a trial shift on a Saturday service.

## Salary

£42,000 - £48,000 per year
"""


@pytest.fixture(scope="module")
def kitchen(tmp_path_factory):
    """One posting with hiring advice on what to put first."""
    opened = assistant_on({"chef.md": HEAD_CHEF}, tmp_path_factory.mktemp("kitchen"))
    yield opened
    opened.knowledge.store.dispose()


@pytest.mark.parametrize("question", [
    "how should we weigh leadership against knife skills for the head chef?",
    "head chef: menu creativity or leadership, which matters more?",
    "how do I weigh skills vs leadership when hiring a head chef",
])
def test_weighing_one_quality_against_another_asks_the_hiring_advice(kitchen, question):
    answer, text = ask(kitchen, question)

    assert answer.roles == ("Head Chef",)
    assert "ahead of flair on the plate" in text
    assert "hiring advice" in text.splitlines()[0]
