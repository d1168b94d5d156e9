"""A recruiter asks about postings of the ninth batch's kinds in the words people type: hours as
"hrs", pay as India's "CTC"."""

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


TESTER = """---
title: QA Lead (Playwright)
location: Pune
salary: "₹16-22 LPA"
---

## Responsibilities

- Lead the test automation of the lending app

## Referrals

- ₹15,000 referral bonus; refer via careers@nandisoft.example
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ninth")
    assistant = assistant_on({"developer.md": DEVELOPER, "tester.md": TESTER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_ctc_asks_for_the_pay(recruiter):
    """"CTC" (cost to company) is how Indian postings and recruiters say the pay, even beside a word
    the store does not know that a section happens to hold ("nandisoft" in a referral e-mail)."""
    _answer, text = ask(recruiter, "qa lead ctc at nandisoft")
    assert "₹16-22 LPA" in text


def test_hrs_asks_for_the_hours(recruiter):
    _answer, text = ask(recruiter, "how many hrs a week is the senior python developer")
    assert "45 hours a week" in text


WASH = """---
title: Borehole Field Coordinator
company: Maji Bora
location: Kisumu
---

## Key responsibilities

- Supervise the drilling crews

## Minimum requirements

- Degree in Water Engineering
- Fluent Dholuo and Kiswahili
"""


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wash")
    assistant = assistant_on({"wash.md": WASH}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_skills_of_a_posting_without_a_skills_section_are_what_it_requires(coordinator):
    """A posting lists what a candidate must bring as requirements, not as the seeds' hard and soft
    skills: asked its skills or languages, its requirements answer, not "don't cover its skills"."""
    _answer, text = ask(coordinator, "borehole field coordinator - languages?")
    assert "Dholuo and Kiswahili" in text and "don't cover" not in text
    _answer, text = ask(coordinator, "what skills does the borehole field coordinator need")
    assert "Degree in Water Engineering" in text


PICKER = """---
title: Seasonal Grape Picker
company: SCEA Domaine Berthier
location: Pauillac
salary: "€12,10 gross per hour"
---

## Missions

- Pick the grapes by hand
"""

SHELVER = """---
title: Library Page
company: Harbour Point Public Library
location: Harbour Point, ME
salary: "$15.50/hour"
---

## What you'll do

- Shelve returned books
"""


@pytest.fixture(scope="module")
def employers(tmp_path_factory):
    folder = tmp_path_factory.mktemp("employers")
    assistant = assistant_on({"picker.md": PICKER, "page.md": SHELVER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_company_is_named_without_its_legal_form_or_by_its_initials(employers):
    """"SCEA Domaine Berthier" is asked as "domaine berthier" (its legal form left off, as people
    say it), and "Harbour Point Public Library" as "hppl" (its initials): the company, not part of the
    role's title."""
    _answer, text = ask(employers, "domaine berthier grape picker pay")
    assert "€12,10 gross per hour" in text
    _answer, text = ask(employers, "hppl library page pay?")
    assert "$15.50/hour" in text


CLERK = """---
title: Ward Clerk – Day Surgery Unit (Part-Time)
company: Fernmoor Hospital
location: Fernmoor
salary: "£12.85 per hour"
---

## Responsibilities

- Book patients in on the ward system
"""


@pytest.fixture(scope="module")
def hospital(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hospital")
    assistant = assistant_on({"clerk.md": CLERK}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_titles_dash_qualifier_is_said_before_it_in_full_or_by_its_initials(hospital):
    """"Ward Clerk – Day Surgery Unit" is the "day surgery unit ward clerk", and the "DSU ward clerk"."""
    _answer, text = ask(hospital, "DSU ward clerk hourly rate")
    assert "£12.85 per hour" in text
    _answer, text = ask(hospital, "day surgery unit ward clerk pay")
    assert "£12.85 per hour" in text


FILLED = """---
title: Payroll Officer
company: Brightwater Housing
location: Leeds
status: FILLED
---

## Responsibilities

- Run the monthly payroll
"""


@pytest.fixture(scope="module")
def tracker(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tracker")
    assistant = assistant_on({"payroll.md": FILLED}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_whether_a_role_is_still_open_is_answered_by_its_status(tracker):
    """A requisition tracker says a role is OPEN or FILLED: asked whether it is still open, its status
    answers, not "its documents don't mention open"."""
    _answer, text = ask(tracker, "is the payroll officer req still open")
    assert "FILLED" in text and "don't mention" not in text
