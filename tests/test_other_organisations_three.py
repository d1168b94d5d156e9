"""A recruiter asks about postings from more organisations outside software: a
pub's two kitchen jobs, a cold store's job-board feed, a survey firm in
Singapore.

A one-word title ("Chef", "Lifeguard") is a role of its own beside another one,
so both are compared; a feed's plain pay field is said with the headline that adds
to it ("+ $1.50 night premium"); a Singapore or Hong Kong dollar written "S$" or
"HK$" on both ends of a range is the whole range in that currency; "to drive" is
what a job asks, not the Driver's role."""

import pytest

from tests.postings import ask, assistant_on

KITCHEN = """# Careers at the Harrowgate Arms

## Chef

Pay: £15.10 per hour

### Requirements

- Level 2 food hygiene certificate

### Nice to have

- A beer cellar certificate (BII), for covering the bar on quiet nights

## Cellar Supervisor (Evenings)

Pay: £13.40 per hour

### Responsibilities

- Change kegs and clean the beer lines weekly

## Kitchen Porter

Pay: £11.95 per hour

### Requirements

- Happy to work split shifts
"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<source>
<publisher>Frostgate Cold Storage</publisher>
<job>
<title><![CDATA[Freezer Picker - Nights]]></title>
<referencenumber><![CDATA[FGC-3302]]></referencenumber>
<company><![CDATA[Frostgate Cold Storage]]></company>
<city><![CDATA[Joliet]]></city>
<state><![CDATA[IL]]></state>
<country><![CDATA[US]]></country>
<description><![CDATA[<p><strong>Freezer Picker – Nights | $19.40/hr + $1.50 night premium</strong></p>
<p>Frostgate runs a frozen food store for supermarkets across the Midwest.</p>
<p><strong>What you'll do</strong></p>
<ul>
<li>Pick frozen cases to order with a voice headset</li>
<li>Wrap and label pallets for dispatch</li>
</ul>
<p><strong>What you need</strong></p>
<ul>
<li>Able to work in a -10°F freezer with breaks</li>
</ul>]]></description>
<salary><![CDATA[$19.40 per hour]]></salary>
<jobtype><![CDATA[fulltime]]></jobtype>
</job>
</source>
"""

SURVEYOR = """# Geotechnical Technician

**Company:** Meranti Ground Survey Pte. Ltd.
**Location:** Jurong, Singapore
**Salary:** S$3,900 – S$4,600 per month
**Job ref:** MGS-GT-0315

## Responsibilities

- Log boreholes and take soil samples on site

## Requirements

- A diploma in civil engineering

## How to apply

Email your CV to hr@meranti.example.sg quoting MGS-GT-0315 by 30 April 2027.
"""

CARE = """# Roles at Bramblewood Home Care

## Home Care Worker

### Responsibilities

- Visit clients in their homes for personal care

### Requirements

- A manual driving licence and your own car for visits between clients

## Van Driver

### Responsibilities

- Deliver meals to clients on the morning route

### Requirements

- A full licence with no more than 3 points
"""

# A manager's post typed on a phone and pasted: the shop's name only on the first line, confirmed by
# the address to write to; the pay in UK shorthand ("ph": per hour).
BAKERY = """Hollybrook Farm Shop

bakery job for website

Sent from my Galaxy

Morning Sam can u put this up on
the shop page today, ta

----

Bakery Assistant
(Early Starts)

£11.80ph, paid weekly

What u'll do
- Bake the morning bread and scones from 5am
- Serve on the deli counter

Perks
- 20% off in the shop and café

Send ur CV to jobs@hollybrook.example.co.uk
"""

# A bare "$" in places the US dollar is not paid: a Queensland town by its state's abbreviation, a
# company registered in Australia with no place to go on.
PARAMEDIC = """# Patient Transport Officer

**Location:** Toowoomba, QLD
**Pay:** $38.50 per hour plus penalty rates

## Responsibilities

- Transfer patients between hospitals and aged care homes
"""

PAYROLL = """# Payroll Officer

**Company:** Gumleaf Accounting Pty Ltd
**Location:** Remote
**Salary:** $82,000 - $90,000 a year

## Requirements

- Three years of payroll experience
"""

# The hours stated only among the duties.
NIGHTS = """# Night Care Assistant

**Location:** Harrogate
**Pay:** £12.40 per hour

## What you'll do

- Support residents with personal care overnight
- Work 3 nights a week, 8pm to 8am
- Complete hourly checks and the handover notes
"""

# A second pay line under the pay heading: what is paid on top, for another kind of shift.
SUPPORT = """# Supported Living Worker

Location: Wakefield

## Salary

£24,900 a year

Waking nights are paid at £14.20 an hour on top of your salary.

## Duties

- Help tenants with cooking, budgeting and appointments
"""

# Skills stated only among the requirements.
GUIDE = """# Castle Tour Guide

**Location:** Conwy

## Requirements

- Fluent Welsh and English
- No Blue Badge guiding qualification yet? We train you on the two-day course, paid

## What you'll do

- Lead groups of up to 25 visitors around the castle walls

## How to apply

- Send a CV and a short note to staff@conwy-tours.example.co.uk
"""

PIANO = """# Careers at Larkspur Academy, Cheltenham

## Chemistry Teacher

### Requirements

- Qualified teacher status (QTS) and a chemistry degree
- An enhanced DBS check

## Front Desk Administrator

### Requirements

- Experience with a booking system
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("other3")
    assistant = assistant_on({"kitchen.md": KITCHEN, "feed.xml": FEED, "surveyor.md": SURVEYOR,
                              "care.md": CARE, "bakery-paste.txt": BAKERY,
                              "transport.md": PARAMEDIC, "payroll.md": PAYROLL,
                              "nights.md": NIGHTS,
                              "support.md": SUPPORT,
                              "guide.md": GUIDE,
                              "piano.md": PIANO}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_one_word_title_beside_another_title_is_compared_with_it(recruiter):
    """"Chef", "Lifeguard", "Barista": no agent-noun ending, yet the whole title, so a role of its own."""
    _answer, text = ask(recruiter, "can you how do kitchen porter and chef compare on pay")
    assert "£15.10" in text and "£11.95" in text


def test_a_feeds_pay_field_is_said_with_what_the_headline_adds(recruiter):
    _answer, text = ask(recruiter, "freezer picker pay frostgate")
    assert "$19.40" in text and "$1.50 night premium" in text


def test_singapore_dollars_written_on_both_ends_are_the_whole_range(recruiter):
    _answer, text = ask(recruiter, "what's the salary for the geotechnical technician?")
    assert "S$3,900" in text and "S$4,600" in text
    assert "3,900 – 3,900" not in text and "3,900 per month" not in text


def test_the_verb_of_a_titles_person_asks_what_the_job_needs_not_that_role(recruiter):
    """"drive" after "to" is what the work asks, not the Van Driver."""
    _answer, text = ask(recruiter, "home care worker, will I have to drive?")
    assert "driving licence" in text and "Van Driver" not in text


def test_an_organisation_named_on_a_pastes_first_line_and_in_its_address_is_the_company(recruiter):
    _answer, text = ask(recruiter, "do staff get a discount at hollybrook farm shop?")
    assert "20% off" in text


def test_pay_in_uk_shorthand_per_hour_is_hourly(recruiter):
    _answer, text = ask(recruiter, "which roles pay more than £11 an hour?")
    assert "Bakery Assistant" in text


def test_a_postings_reference_code_names_its_role(recruiter):
    """The code a candidate quotes when applying is asked about as the role it names."""
    _answer, text = ask(recruiter, "how do I apply for MGS-GT-0315?")
    assert "hr@meranti.example.sg" in text and "30 April 2027" in text
    _answer, text = ask(recruiter, "what does FGC-3302 pay")
    assert "$19.40" in text


def test_a_certificate_named_with_a_role_word_is_a_topic_of_the_role_asked(recruiter):
    """"beer cellar certificate" beside the Chef, named in full: a certificate the Chef's posting
    names, not a "beer cellar" role the store lacks, though "cellar" is a word of another title."""
    _answer, text = ask(recruiter, "is a beer cellar certificate needed for the chef, or just desirable?")
    assert "BII" in text and "don't have" not in text


def test_a_bare_dollar_in_an_australian_state_by_its_abbreviation_is_australian(recruiter):
    _answer, text = ask(recruiter, "patient transport officer hourly rate?")
    assert "38.50" in text and "penalty rates" in text and "AUD" in text and "USD" not in text


def test_a_bare_dollar_of_a_company_registered_in_australia_is_australian(recruiter):
    _answer, text = ask(recruiter, "what's the salary for the payroll officer?")
    assert "82,000" in text and "AUD" in text and "USD" not in text


def test_shift_times_among_the_duties_answer_the_schedule(recruiter):
    _answer, text = ask(recruiter, "what's the rota for the night care assistant?")
    assert "8pm to 8am" in text and "Harrogate" not in text


def test_a_second_pay_line_on_top_of_the_salary_is_said_with_it(recruiter):
    _answer, text = ask(recruiter, "how much does a supported living worker get paid?")
    assert "£24,900" in text and "£14.20" in text


def test_skills_asked_of_a_posting_without_a_skills_section_are_its_requirements(recruiter):
    _answer, text = ask(recruiter, "castle tour guide - which languages do they want?")
    assert "Fluent Welsh and English" in text and "don't cover" not in text


def test_do_asking_whether_one_needs_something_asks_no_duties(recruiter):
    """"do I need …" is the auxiliary of needing: what the posting says of the thing needed, no duties."""
    _answer, text = ask(recruiter, "do I need my blue badge already to apply as a castle tour guide?")
    assert "two-day course" in text and "Lead groups" not in text


def test_a_job_asked_by_what_its_person_does_is_that_role(recruiter):
    """"to teach chem" is the Chemistry Teacher, as "to drive vans" is the Van Driver."""
    _answer, text = ask(recruiter, "what would I need to teach chem at larkspur?")
    assert "QTS" in text


DISPATCHER = """# Freight Dispatcher

**Company:** Lakefront Haulage Inc.
**Location:** 1200 Darwin Ave, Chicago, IL 60601
**Pay:** $52,000 - $58,000 per year

## Responsibilities

- Plan the day's loads and call the drivers
"""


def test_a_street_named_after_an_australian_city_is_no_australian_place(tmp_path):
    """'Darwin Ave, Chicago, IL': a street and a US state's code; the bare $ is the US dollar."""
    assistant = assistant_on({"dispatcher.md": DISPATCHER}, tmp_path)
    _answer, text = ask(assistant, "freight dispatcher salary?")
    assert "52,000" in text and "AUD" not in text
