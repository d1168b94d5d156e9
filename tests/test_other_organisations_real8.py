"""A recruiter asks about postings from organisations outside software: a credit
union in Queensland, a lakeside hotel in Genève, a school, a depot in Texas.

Their pay carries more than its numbers ("+ super", "incl. night supplement"), so
the answer quotes the posting's own words; a place typed without its accents
("geneve") or by its full name where the posting abbreviates it ("Toowong, QLD",
"Amarillo, TX") is still found; a subject clipped as teachers clip it ("maths
teacher") names the Mathematics teacher; and a closing date or a minimum age is
asked in a recruiter's shorthand ("closing date X", "min age X")."""

import pytest

from tests.postings import ask, assistant_on

TELLER = """---
title: Branch Teller (Part-time)
company: Coralbay Credit Union
location: Toowong branch, QLD
salary: "$31.20 per hour + super"
---

## About the role

Serve members at the counter and help them with everyday banking.

## Requirements

- Cash handling experience
- A current driver licence, for relief shifts at other branches

## What's in it for you

- A 15% staff discount on personal loans
- Two volunteering days a year

## Closing date

2027-03-02
"""

CONCIERGE = """---
title: Concierge (Lobby)
company: Hôtel du Lac Genève
location: Quai du Mont-Blanc, 1201 Genève
salary: "CHF 29.80 per hour incl. weekend supplement"
---

## About the role

Welcome guests, book tables and taxis, and keep the lobby running.

## Requirements

- Fluent French and English
"""

SCIENCE_TEACHER = """---
title: Intermediate Phase Mathematics Educator
company: Hillcrest Prep
location: Pietermaritzburg
---

## About the role

Teach mathematics to Grades 4 to 6, 24 periods a week.

## Requirements

- A teaching degree or PGCE
- Must be 18 or older to apply; the school prefers 23 or older

## Closing date

Applications close 30 April 2027.
"""

YARD_DRIVER = """---
title: Yard Jockey - Nights
company: Plainsway Freight
location: Amarillo, TX
---

## About the role

Move trailers between the doors and the yard.

## Requirements

- Must be 19 or older
- A clean driving record

## Schedule

Nights, 7 days on / 7 days off, 18:00 to 06:00.

## Location

Split between the Amarillo cross-dock and the Canyon overflow yard.
"""


EVENTS_OFFICER = """---
title: Community Events Officer
company: Larkfield Hospice
location: Ripon
---

## About the role

Run the hospice's sponsored walks and quiz nights.

## Requirements

- Experience running public events
- At least 1 year in volunteer management
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("others")
    assistant = assistant_on({"teller.md": TELLER, "concierge.md": CONCIERGE, "teacher.md": SCIENCE_TEACHER,
                              "yard.md": YARD_DRIVER, "events.md": EVENTS_OFFICER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_pay_with_superannuation_is_quoted_as_the_posting_wrote_it(recruiter):
    _answer, text = ask(recruiter, "branch teller pay rate coralbay")
    assert "$31.20 per hour + super" in text


def test_an_hourly_rate_with_a_supplement_is_quoted_as_written(recruiter):
    _answer, text = ask(recruiter, "concierge hourly rate")
    assert "CHF 29.80 per hour incl. weekend supplement" in text


def test_a_place_typed_without_its_accents_finds_the_roles_there(recruiter):
    _answer, text = ask(recruiter, "which roles are in geneve")
    assert "Concierge (Lobby)" in text


def test_a_state_by_its_full_name_finds_roles_where_the_posting_abbreviates_it(recruiter):
    _answer, text = ask(recruiter, "what roles do we have in queensland")
    assert "Branch Teller" in text
    _answer, text = ask(recruiter, "anything in texas?")
    assert "Yard Jockey" in text


def test_a_clipped_subject_names_the_teacher_of_it(recruiter):
    _answer, text = ask(recruiter, "maths educator - what qualifications")
    assert "PGCE" in text


def test_closing_date_said_before_the_role_asks_when_it_closes(recruiter):
    _answer, text = ask(recruiter, "closing date branch teller")
    assert "2027-03-02" in text


def test_min_age_said_before_the_role_asks_its_requirements(recruiter):
    _answer, text = ask(recruiter, "min age yard jockey")
    assert "19 or older" in text


def test_whats_in_it_for_me_asks_what_the_job_gives(recruiter):
    _answer, text = ask(recruiter, "whats in it for me as branch teller")
    assert "volunteering days" in text


def test_a_staff_discount_asks_what_the_job_gives(recruiter):
    _answer, text = ask(recruiter, "branch teller staff discount?")
    assert "15% staff discount" in text


def test_the_rotation_asks_the_working_pattern(recruiter):
    _answer, text = ask(recruiter, "what's the rotation for the yard jockey")
    assert "7 days on / 7 days off" in text


def test_the_sites_ask_where_the_job_is(recruiter):
    _answer, text = ask(recruiter, "which sites would the yard jockey work across")
    assert "Canyon overflow yard" in text


def test_a_driver_licence_is_a_driving_licence(recruiter):
    _answer, text = ask(recruiter, "which jobs need a driving licence?")
    assert "Branch Teller" in text


def test_an_organisation_of_a_kind_named_by_its_kind_narrows_to_its_role(recruiter):
    """"the hospice events job": the hospice is the store's one hospice, and "events" its role."""
    _answer, text = ask(recruiter, "requirements for the hospice events job?")
    assert "running public events" in text


def test_a_floor_of_one_year_said_in_words_is_the_experience(recruiter):
    _answer, text = ask(recruiter, "what experience for the hospice events job")
    assert "At least 1 year in volunteer management" in text
