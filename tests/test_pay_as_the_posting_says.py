"""A recruiter asks what a public employer's posting pays. Such postings give
the hourly rate in their summary and the annual range in their text: the
answer carries both, each as the posting wrote it, and a range the posting
wrote without a currency code reads as written ("$52,000 - $58,000 per year"),
the code said after it."""

import pytest

from knowledge import Store, ingest_paths
from tests.postings import ask, assistant_on

COUNTY_MECHANIC = """---
title: Fleet Mechanic I
company: Brennock County
location: Brennock, OH
salary: "$24.04 - $30.77 Hourly"
---

## Definition

Repairs and services the county's plough trucks, mowers and patrol cars.

## Annual Salary

$50,003.20 - $64,001.60 Annually, plus a tool allowance.

## Minimum Qualifications

- Two years as an automotive or diesel mechanic
- ASE certification within one year of hire
"""

LIBRARY_ASSISTANT = """---
title: Branch Library Assistant
company: Pellow Free Library
location: Pellow, VT
---

## About the role

Shelve, check out and help patrons find what they need.

## Pay

$38,000 - $42,000 per year, with a $500 uniform stipend per year.

## Requirements

- High school diploma
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("public")
    assistant = assistant_on({"mechanic.md": COUNTY_MECHANIC, "library.md": LIBRARY_ASSISTANT}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_an_hourly_rate_and_the_annual_range_of_the_same_pay_are_both_given(recruiter):
    _answer, text = ask(recruiter, "what does the fleet mechanic make?")
    assert "$24.04 - $30.77" in text
    assert "$50,003.20 - $64,001.60" in text


def test_the_annual_range_is_there_when_the_year_is_asked(recruiter):
    _answer, text = ask(recruiter, "fleet mechanic annual salary")
    assert "$50,003.20 - $64,001.60" in text


def test_an_amount_in_another_period_that_is_not_the_same_pay_is_no_second_range(recruiter):
    """The stipend per year is a stipend, not the assistant's pay said again."""
    _answer, text = ask(recruiter, "branch library assistant salary")
    assert "2 salary ranges" not in text
    assert "$38,000 - $42,000 per year" in text


def test_a_range_without_a_code_reads_as_written_with_the_code_after_it(recruiter):
    _answer, text = ask(recruiter, "branch library assistant salary")
    assert "$38,000 - $42,000 per year (USD" in text


def test_ingest_says_the_second_range_is_the_pay_in_another_period(tmp_path):
    (tmp_path / "mechanic.md").write_text(COUNTY_MECHANIC, encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        report = ingest_paths(store, [tmp_path / "mechanic.md"], dry_run=True)
        assert report.documents[0].salary == "24.04 - 30.77 USD per hour and 1 more range in another period"
    finally:
        store.dispose()


ONTARIO_PARAMEDIC = """---
title: Land Ambulance Paramedic
company: Kestrel Lake EMS
location: Kenora, Ontario
---

## About the role

Respond to emergency calls across the district.

## Compensation

$41.10 – $49.20 per hour
"""


def test_a_dollar_range_shown_by_another_currency_s_code_is_also_shown_as_written(tmp_path):
    """A Canadian posting's "$41.10 – $49.20 per hour" is shown in CAD, and its dollar signs as written:
    the numbers alone lose the "$" a recruiter quotes back."""
    assistant = assistant_on({"paramedic.md": ONTARIO_PARAMEDIC}, tmp_path)
    try:
        _answer, text = ask(assistant, "land ambulance paramedic hourly rate")
    finally:
        assistant.knowledge.store.dispose()
    assert "CAD" in text and "$41.10 – $49.20 per hour" in text, text
