"""A recruiter asks about postings of the ninth batch's kinds in the words people type: hours as
"hrs"."""

import pytest

from tests.postings import ask, assistant_on

DEVELOPER = """---
title: Senior Python Developer
company: Kaveri Softech
location: Bengaluru
salary: "₹14-20 LPA"
---

## About the role

Build the claims platform's APIs.

## Referrals

- ₹20,000 referral bonus, paid after 90 days; refer via careers@kaverisoftech.example

## Hours

45 hours a week, Monday to Friday
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ninth")
    assistant = assistant_on({"developer.md": DEVELOPER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_hrs_asks_for_the_hours(recruiter):
    _answer, text = ask(recruiter, "how many hrs a week is the senior python developer")
    assert "45 hours a week" in text
