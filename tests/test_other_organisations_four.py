"""A recruiter asks about other organisations' roles the way people name them:
by the organisation's initials, by the site the job is at, by the town.

"the ashby wharf job" names the one role posted at Ashby Wharf; "hmcl" names
Holloway Mill Community Library though its req codes ("HMCL-2027-041") start with
the same letters; a location written "Sunbury Arms, Mill Lane, Hexworth town
centre" or "Olinda – PE" still gives its places. A place that two roles share, or a
plural ("which roles are in hexworth"), still asks across the roles."""

import pytest

from tests.postings import ask, assistant_on

LIBRARY = """# Careers at Holloway Mill Community Library

## Library Assistant – Children's Services (Part-Time)

**Company:** Holloway Mill Community Library
**Location:** Westbrook Branch, 12 Elm Street, Holloway Mill, OH 44101
**Job ref:** HMCL-2027-041
**Pay:** $17.20/hour

### Requirements

- At least 1 year working with children

## Branch Librarian

**Company:** Holloway Mill Community Library
**Location:** Central Library, 1 Market Square, Holloway Mill, OH 44101
**Job ref:** HMCL-2027-042
**Pay:** $61,000 annually

### Requirements

- An MLIS degree
"""

BUILDER = """# Site Supervisor - Ashby Wharf (6-month Contract)

**Company:** Pellow & Grange Builders Ltd
**Location:** Ashby Wharf, Tanners Road, Burslow
**Day rate:** £290 per day

## Responsibilities

- Run the site day to day and keep the diary

## Requirements

- SMSTS and a CSCS card
"""

PUB = """# Bar Manager

**Company:** The Lantern Inns Group
**Location:** The Sunbury Arms, Mill Lane, Hexworth town centre
**Salary:** €41,000 – €45,000 per annum

## Requirements

- 3 years running a busy bar
- Gaeilge is a plus
"""

CALLS = """# Bilingual Support Agent (English/Spanish)

**Company:** Litoral Atendimento Ltda.
**Location:** Rua do Sol 200, Olinda – PE (on-site)
**Salary:** R$ 2.900,00 per month

## Schedule

- Hybrid after the first 60 days: 3 days at home, 2 in the office
"""

SHOP = """# Roles at Hexworth Hardware

## Shop Assistant

**Company:** Hexworth Hardware Co.
**Location:** Hexworth
**Pay:** £11.90 per hour

### Responsibilities

- Serve at the counter and stock the shelves

## Delivery Driver

**Company:** Hexworth Hardware Co.
**Location:** Hexworth
**Pay:** £12.40 per hour

### Responsibilities

- Deliver orders to customers in the van
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("organisations_four")
    opened = assistant_on({"library.md": LIBRARY, "builder.md": BUILDER, "pub.md": PUB, "calls.md": CALLS,
                           "shop.md": SHOP}, folder)
    yield opened
    opened.knowledge.store.dispose()


def test_the_organisations_initials_beside_a_title_name_its_role_though_its_codes_start_with_them(assistant):
    _answer, text = ask(assistant, "hmcl library assistant pay?")
    assert "$17.20" in text and "don't have the role" not in text


def test_a_reference_code_that_opens_with_the_initials_still_names_its_role(assistant):
    _answer, text = ask(assistant, "how do i apply for HMCL-2027-042?")
    assert "Branch Librarian" in text and "Library Assistant" not in text.split("\n")[0]


def test_the_site_a_job_is_at_names_the_one_role_posted_there(assistant):
    _answer, text = ask(assistant, "where's the ashby wharf job")
    assert "Tanners Road" in text and "Which role do you mean" not in text


def test_a_place_written_after_the_in_a_long_address_names_its_role(assistant):
    _answer, text = ask(assistant, "is irish needed for the sunbury arms job")
    assert "Gaeilge" in text


def test_a_town_written_beside_its_state_code_names_the_role_posted_there(assistant):
    _answer, text = ask(assistant, "is the olinda job remote")
    assert "60 days" in text


def test_a_plural_asks_across_the_roles_at_a_place_though_one_role_is_there(assistant):
    _answer, text = ask(assistant, "which roles are in olinda?")
    assert "Bilingual Support Agent" in text and "Olinda" in text


def test_a_place_two_roles_share_names_neither(assistant):
    _answer, text = ask(assistant, "what does the hexworth job pay")
    assert "£11.90" in text and "£12.40" in text or "Which role" in text


def test_reqs_after_a_title_and_before_its_company_are_its_requirements(assistant):
    _answer, text = ask(assistant, "branch librarian reqs at holloway mill")
    assert "MLIS" in text and "requirements" in text.split("\n")[0]


def test_reqs_had_at_a_company_are_still_its_openings(assistant):
    _answer, text = ask(assistant, "do you have reqs at holloway mill?")
    assert "MLIS" not in text


FEED_DEADLINE = """# Youth Librarian

**Company:** Harrow Vale Library
**Pay:** $19.10/hour

## Duties

- Run the after-school homework club

## Nice to have

- Spanish
- Apply online by January 9, 2027. A background check is required.
- Apply now »
"""


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("organisations_four_feed")
    opened = assistant_on({"youth.md": FEED_DEADLINE}, folder)
    yield opened
    opened.knowledge.store.dispose()


def test_the_deadline_to_apply_is_the_line_that_says_by_when_though_no_section_holds_it(feed):
    _answer, text = ask(feed, "deadline to apply for the youth librarian job?")
    assert "January 9, 2027" in text and "Apply now" not in text


NGO = """# Jobs at Mvua Clean Water Trust

## 1. Monitoring, Evaluation & Learning (MEL) Officer

| | |
|---|---|
| **Location** | Kampala |
| **Gross salary** | KES 150,000 – 190,000 per month |

### Minimum requirements

- 3 years in monitoring and evaluation of water projects

## 2. Grants Officer

| | |
|---|---|
| **Location** | Kampala |
| **Gross salary** | KES 70,000 per month |

### Minimum requirements

- A degree in finance or accounting
"""


@pytest.fixture(scope="module")
def ngo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("organisations_four_ngo")
    opened = assistant_on({"ngo.md": NGO}, folder)
    yield opened
    opened.knowledge.store.dispose()


def test_m_and_e_is_the_sectors_name_for_monitoring_and_evaluation(ngo):
    _answer, text = ask(ngo, "m&e officer years of exp")
    assert "3 years" in text and "don't have the role" not in text


def test_a_shilling_range_is_a_salary_stated(ngo):
    _answer, text = ask(ngo, "MEL officer vs grants officer salary")
    assert "150,000" in text and "70,000" in text and "not stated" not in text


def test_a_currency_code_written_before_the_amount_is_shown_there(ngo):
    _answer, text = ask(ngo, "grants officer salary")
    assert "KES 70,000 per month" in text and "not stated" not in text and "70,000 KES" not in text


THREE = """# Current vacancies

> Pwani Health & Water Alliance (PHWA) is a Kenyan NGO working on maternal health in Mombasa's informal settlements and in Kilifi and Kwale counties.

## 1. Data Officer

| | |
|---|---|
| **Location** | Mombasa (Nyali office) |

### Key responsibilities

- Keep the programme's indicator database

## 2. Field Coordinator

| | |
|---|---|
| **Location** | Kilifi, with weekly travel to Kwale |

### Key responsibilities

- Supervise community health volunteers

---

## Benefits (all roles)

- Medical cover for the staff member and up to four children
- 24 working days' annual leave
"""


@pytest.fixture(scope="module")
def alliance(tmp_path_factory):
    folder = tmp_path_factory.mktemp("organisations_four_alliance")
    opened = assistant_on({"alliance.md": THREE}, folder)
    yield opened
    opened.knowledge.store.dispose()


def test_a_role_whose_company_only_works_in_a_town_is_not_a_role_posted_there(alliance):
    _answer, text = ask(alliance, "which roles are in mombasa?")
    assert "Data Officer" in text and "Field Coordinator" not in text


def test_the_companys_places_are_not_shown_beside_the_roles_own_location(alliance):
    _answer, text = ask(alliance, "data officer location")
    assert "Nyali" in text and "Kilifi" not in text


def test_two_fields_asked_with_a_plus_between_are_both_answered(tmp_path):
    doc = """# Site Engineer - Ferry Lane (6-month Contract)

**Company:** Pellow & Grange Builders Ltd
**Start:** 8 March 2027
**Duration:** 6 months, possible extension
**Day rate:** £260 per day

## Responsibilities

- Set out the groundworks
"""
    (tmp_path / "docs").mkdir()
    opened = assistant_on({"engineer.md": doc}, tmp_path / "docs")
    try:
        _answer, text = ask(opened, "when does the site engineer contract start + how long")
        assert "8 March 2027" in text and "6 months" in text
    finally:
        opened.knowledge.store.dispose()


def test_whether_a_role_must_be_registered_is_asked_of_its_requirements(tmp_path):
    doc = """# Registered Dietitian

**Company:** Harbour Point Hospital
**Pay:** CA$38.10 per hour

## About the role

Harbour Point is a 200-bed community hospital.

## Qualifications

- Current registration with the College of Dietitians of Ontario (CDO)
"""
    (tmp_path / "docs").mkdir()
    opened = assistant_on({"dietitian.md": doc}, tmp_path / "docs")
    try:
        _answer, text = ask(opened, "does the dietitian need to be registered with anyone")
        assert "College of Dietitians" in text
    finally:
        opened.knowledge.store.dispose()


def test_the_company_its_description_opens_with_names_its_roles_with_no_company_field(alliance):
    _answer, text = ask(alliance, "where is the pwani field role based")
    assert "Kilifi" in text and "don't have the role" not in text


def test_medical_cover_for_a_companys_staff_asks_its_benefits(alliance):
    _answer, text = ask(alliance, "medical cover for pwani staff?")
    assert "Medical cover for the staff member" in text


FORWARD = """Site Manager - Quarry Lane (3-month Contract)

Rate: £300 per day, outside IR35
Start: 1 February 2027

The job
- Run the site day to day

Must have
- SMSTS and a CSCS Black Card

How to apply
CV to jobs@harlandpike.example quoting HP-301.
Dana Holt | Contracts Manager
Harland & Pike Joinery Ltd
"""


def test_a_company_named_only_in_a_signature_names_its_role_with_the_titles_initials(tmp_path):
    (tmp_path / "docs").mkdir()
    opened = assistant_on({"forward.txt": FORWARD}, tmp_path / "docs")
    try:
        _answer, text = ask(opened, "is the harland pike SM gig inside or outside ir35")
        assert "outside IR35" in text and "don't have the role" not in text
    finally:
        opened.knowledge.store.dispose()


COUNTY = """# Equipment Mechanic – Fleet Department

Posting No. 2027-014 | Opens: 01/04/2027 | Closes: 01/25/2027 at 5:00 PM Eastern

## Duties

- Service the county's graders, loaders and plow trucks

## How to apply

Apply through the County application portal. Paper applications are accepted at the HR office.

Marlow County is an Equal Opportunity Employer.
"""


def test_the_closing_date_is_found_on_the_postings_opening_line_beside_how_to_apply(tmp_path):
    (tmp_path / "docs").mkdir()
    opened = assistant_on({"county.md": COUNTY}, tmp_path / "docs")
    try:
        _answer, text = ask(opened, "closing date for the equipment mechanic job")
        assert "01/25/2027" in text
    finally:
        opened.knowledge.store.dispose()


def test_the_company_of_an_equal_opportunity_line_and_a_dept_name_the_role(tmp_path):
    (tmp_path / "docs").mkdir()
    opened = assistant_on({"county.md": COUNTY}, tmp_path / "docs")
    try:
        _answer, text = ask(opened, "what does the marlow fleet dept job do")
        assert "graders" in text and "don't have the role" not in text
    finally:
        opened.knowledge.store.dispose()


CLINIC = """# Medical Lab Technologist

**Company:** Birchwood Regional Hospital
**Location:** Lakeview Falls, ON, CA
**Pay:** CA$36.10 – CA$45.90 per hour

## Duties

- Run the chemistry and haematology analysers
"""

BACKEND = """# Senior Python Developer

**Company:** Kaveri Softworks
**Location:** Chennai (Guindy) – hybrid, 3 days in office
**Pay:** ₹14-20 LPA

## Responsibilities

- Build the payments APIs
"""

PUB_TWO = """# Head Chef

**Company:** Hexworth Hardware Co.
**Location:** Hexworth
**Pay:** £14.50 per hour

## Duties

- Run the café kitchen
"""


UPSTATE = """# Library Page

**Company:** Delhi Free Library
**Location:** Delhi, NY 13753
**Pay:** $15.50 per hour

## Duties

- Shelve returns and keep the stacks in order
"""


@pytest.fixture(scope="module")
def countries(tmp_path_factory):
    folder = tmp_path_factory.mktemp("organisations_four_countries")
    opened = assistant_on({"clinic.md": CLINIC, "backend.md": BACKEND, "chef.md": PUB_TWO, "page.md": UPSTATE},
                          folder)
    yield opened
    opened.knowledge.store.dispose()


def test_a_country_asked_finds_the_roles_whose_address_gives_only_its_code(countries):
    _answer, text = ask(countries, "list the roles in canada")
    assert "Medical Lab Technologist" in text and "Head Chef" not in text and "Senior Python" not in text


def test_a_country_asked_finds_the_roles_in_its_cities(countries):
    _answer, text = ask(countries, "which roles are in india")
    assert "Senior Python Developer" in text and "Medical Lab" not in text


def test_a_town_of_the_same_name_in_another_country_is_not_in_it(countries):
    """Delhi, NY is in the United States: its state's code says so."""
    _answer, text = ask(countries, "which roles are in india")
    assert "Library Page" not in text


REQS = """# Open reqs at Nandi Infotech

## Senior Go Developer

**Experience:** 6–9 years
**Location:** Pune

### Requirements

- 6+ years of Go, at least 2 years with Kubernetes operators

## Service Desk Analyst

**Experience:** 1–3 years
**Location:** Pune

### Requirements

- 1+ years on an IT service desk with ticketing tools
"""


def test_experience_compared_shows_each_roles_requirement_beside_its_field(tmp_path):
    (tmp_path / "docs").mkdir()
    opened = assistant_on({"reqs.md": REQS}, tmp_path / "docs")
    try:
        _answer, text = ask(opened, "go dev vs service desk - exp needed")
        assert "6+ years of Go" in text and "1+ years on an IT service desk" in text
    finally:
        opened.knowledge.store.dispose()
