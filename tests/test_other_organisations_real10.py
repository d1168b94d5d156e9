"""A recruiter asks about postings of the tenth batch's kinds in the words people type: an events
job's place as its "venue"."""

import pytest

from tests.postings import ask, assistant_on

STEWARD = """---
title: Concourse Steward
location: Eden Park, Auckland
salary: "$27.50 per hour"
---

## About the role

Keep the stands moving on match day.

## What you'll do

- Guide fans to their seats and keep the aisles clear
"""

PILOT = """---
title: Air Ambulance Pilot
location: Dunedin base (NZDN)
salary: "$118,000 per year"
---

## Requirements

- Commercial pilot licence with an instrument rating
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tenth")
    assistant = assistant_on({"steward.md": STEWARD, "pilot.md": PILOT}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_venue_asks_where_an_events_job_is(recruiter):
    """"Venue" is where an events job is worked: its location, not a section no document has."""
    _answer, text = ask(recruiter, "concourse steward venue")
    assert "Eden Park" in text



KEEPER = """---
title: Relief Lighthouse Keeper
employment: Fixed term, 1 April 2027 – 30 September 2027
closing date: 2 March 2027
salary: "£2,450 per month"
---

## About the role

Keep the light and the foghorn running on Inchmore for one summer.

## What you'll do

- Log the weather every three hours and radio it to the coastguard

## On the island

- Lodgings in the keeper's cottage come with the job
"""


@pytest.fixture(scope="module")
def keeper(tmp_path_factory):
    folder = tmp_path_factory.mktemp("keeper")
    assistant = assistant_on({"keeper.md": KEEPER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_contract_dates_are_when_the_fixed_term_runs_not_when_applications_close(keeper):
    """"Contract dates" ask when the term starts and ends, which the employment field says; the
    closing date is another date, for applications."""
    _answer, text = ask(keeper, "relief lighthouse keeper contract dates")
    assert "1 April 2027" in text and "30 September 2027" in text
    _answer, text = ask(keeper, "start and end dates for the relief lighthouse keeper?")
    assert "30 September 2027" in text


def test_accommodation_is_found_where_a_posting_says_lodgings_in_other_words(keeper):
    """Asked whether accommodation or housing comes with a job, a posting that says "lodgings"
    answers it: those are the words for being put up, not a topic the documents lack."""
    for question in ("is accommodation provided for the relief lighthouse keeper",
                     "does the relief lighthouse keeper get housing?"):
        _answer, text = ask(keeper, question)
        assert "Lodgings in the keeper's cottage" in text, question
        assert "don't mention" not in text, question


HAUSMEISTER = """Stadtwerke Ostrach  |  Karriere  |  Kontakt

Stellenangebot: Leitung Haustechnik (Building Services Lead)
Ostrach  ·  Vollzeit

Über uns
Stadtwerke Ostrach versorgt 18.000 Haushalte mit Wasser und Wärme.

Ihre Aufgaben
- Lead the building services team of six across our three sites

Was wir bieten
- Gehalt: €3.900 – €4.600 brutto pro Monat
- Weihnachtsgeld und 30 Tage Urlaub
"""


@pytest.fixture(scope="module")
def ostrach(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ostrach")
    assistant = assistant_on({"ostrach.txt": HAUSMEISTER, "keeper.md": KEEPER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_companys_one_role_is_named_by_a_faint_word_of_its_title_beside_the_company(ostrach):
    """A company with one role, named beside a word of that role's title that alone is too faint to
    name it ("services" of a long two-language title): that role, not a question back."""
    _answer, text = ask(ostrach, "what does the stadtwerke ostrach services job pay?")
    assert "Leitung Haustechnik" in text and "3,900" in text


def test_a_bonus_is_found_as_the_postings_language_names_a_yearly_payment(ostrach):
    """Asked about a bonus, a German posting's "Weihnachtsgeld" (a Christmas payment) is the
    bonus it offers, not a bonus its documents don't mention."""
    _answer, text = ask(ostrach, "is there a christmas bonus for the leitung haustechnik?")
    assert "Weihnachtsgeld" in text
    assert "don't mention a bonus" not in text


PIT_BOSS = """---
title: Pit Boss – Casino Floor
company: Severn Belle Cruises
salary: "£16.20 per hour"
---

## What you'll do

- Oversee the gaming tables on the river boat and settle disputes
"""


@pytest.fixture(scope="module")
def cruises(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cruises")
    assistant = assistant_on({"pit.md": PIT_BOSS, "keeper.md": KEEPER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_title_of_two_words_typed_as_one_word_is_that_title(cruises):
    """People type some two-word titles as one word ("pitboss" for a "Pit Boss"), shorter than
    words glued by accident: the title's two words, not a role the store lacks."""
    _answer, text = ask(cruises, "pitboss hourly rate?")
    assert "£16.20 per hour" in text
    _answer, text = ask(cruises, "what does a pitboss do at severn belle")
    assert "Oversee the gaming tables" in text


CLINIC_NURSE = """Clinic Nurse (Travel Health)

Req #: TVH-27-014
Closing date: 14 February 2027
Location: Harbour Clinic, Wellington

About the role
Give travel vaccines and advice to people before they go abroad.
"""


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clinic")
    assistant = assistant_on({"clinic.txt": CLINIC_NURSE, "keeper.md": KEEPER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_code_under_a_number_sign_label_names_its_role(clinic):
    """A form labels its posting's code with a number sign ("Req #: TVH-27-014"): the code names the
    role, as a "Reference:" code does."""
    _answer, text = ask(clinic, "closing date TVH-27-014")
    assert "14 February 2027" in text


def test_which_base_asks_where_an_air_ambulance_job_is_not_its_base_pay(recruiter):
    """"Which base is the pilot at": a flying job's place is its base, not the base of its pay."""
    _answer, text = ask(recruiter, "which base is the air ambulance pilot at")
    assert "Dunedin base" in text and "118,000" not in text


HUT_WARDEN = """---
title: Hut Warden (Summer Season)
location: Routeburn Track, Fiordland
employment: Fixed term, October 2027 – April 2028
salary: "$26.10 per hour"
---

## About the role

Look after the hut and its trampers for one summer.

## What you'll do

- Check bookings and keep the hut tidy
"""


def test_the_season_of_a_seasonal_title_is_asked_for_its_dates(tmp_path):
    """"When is the hut warden season": 'season' is a word of the title and what is asked, its dates."""
    assistant = assistant_on({"warden.md": HUT_WARDEN}, tmp_path)
    try:
        _answer, text = ask(assistant, "when is the hut warden season")
    finally:
        assistant.knowledge.store.dispose()
    assert "October 2027 – April 2028" in text, text


PORTER = """---
title: Night Porter
location: Brora, Sutherland
---

## About us

Home > Jobs > Hotels

Founded in 1987, Marram Lodge is a 40-room hotel on the dunes.

## What you'll do

- Keep the front desk overnight and check in late arrivals
- Lock up and walk the fire round at 2am

## How to apply

Send your CV to jobs@marram.example; the posting closes as soon as the post is filled.
"""


@pytest.fixture(scope="module")
def lodge(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lodge")
    assistant = assistant_on({"porter.md": PORTER, "keeper.md": KEEPER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_company_described_after_a_breadcrumb_and_its_founding_year_is_named(lodge):
    """"Founded in 1987, Marram Lodge is …", below a breadcrumb, names the company asked by."""
    _answer, text = ask(lodge, "where is marram lodge")
    assert "Brora" in text and "Inchmore" not in text, text


def test_a_deadline_for_a_posting_asks_when_applications_close_not_for_a_draft(lodge):
    """"Deadline for the night porter posting": 'posting' is the role, not a job description to write."""
    _answer, text = ask(lodge, "deadline for the night porter posting?")
    assert "as soon as the post is filled" in text, text


TEACHER = """---
title: Year 2 Class Teacher
location: Ely, Cambridgeshire
---

Full time, permanent – closing date 16 January 2027

## About us

Fenwick Primary is a one-form entry school. Application forms should be returned to hr@fenwick.example.

## What you'll do

- Teach a Year 2 class of 28 pupils
"""


def test_a_deadline_asked_of_a_posting_with_only_an_application_line_gives_its_closing_date_too(tmp_path):
    """Where the posting says how to apply in one line and its closing date in another, the deadline
    asked is answered with both."""
    assistant = assistant_on({"teacher.md": TEACHER}, tmp_path)
    try:
        _answer, text = ask(assistant, "deadline for the year 2 teacher job")
    finally:
        assistant.knowledge.store.dispose()
    assert "16 January 2027" in text and "hr@fenwick.example" in text, text
