"""A recruiter asks about one facet of a posting the way people say it
("who fits", "what do they offer", "office days", "when does it close"),
and gets every section that states it, wherever the posting put it, or the
posting's own section the question names. Asked "which roles ..." about a
facet, they get only the roles whose documents say so, with their sources.

The store holds six small postings of an invented company, written here.
"""

import pytest

from bot import ANSWER, open_assistant
from knowledge import Store, ingest_paths
from tests.conftest import _postgres_url
from tests.postings import ask

POSTINGS = {
    "account-manager.md": """\
---
title: Account Manager
company: Tessellate Tools
location: Porto, Portugal (on-site)
employment_type: Full-time
---

# Account Manager

## About the role

Look after the studios that license our build farm.

## Responsibilities

- Renew and grow studio accounts

## Requirements

- 3+ years of account management

## Compensation

Base €50,000 with on-target earnings (OTE) of €80,000.
""",
    "data-consultant.md": """\
---
title: Data Consultant (Contract)
company: Tessellate Tools
location: Remote (EU)
employment_type: Contract, 6 months
---

# Data Consultant

## About the role

Help studios make sense of their build telemetry.

## Responsibilities

- Build dashboards of build health for each studio

## Requirements

- 5+ years of analytics consulting

## Rate

Up to €70/hour; no benefits (independent contractor).
""",
    "office-coordinator.md": """\
---
title: Office Coordinator
company: Tessellate Tools
location: Lisbon, Portugal (on-site)
employment_type: Full-time
---

# Office Coordinator

## About the role

Keep our Lisbon studio running smoothly.

## Responsibilities

- Order supplies and manage the cleaning contract
- Welcome visitors and new joiners

## Requirements

- 2+ years in office administration
""",
    "pipeline-engineer.md": """\
---
title: Pipeline Engineer
company: Tessellate Tools
location: Lisbon, Portugal
employment_type: Full-time
on_call: 1 week in 8, with a paid allowance
start_date: 2027-02-01
hiring_manager: Inês Duarte, Head of Build
valid_through: 2027-03-01
---

# Pipeline Engineer

## About the role

Tessellate Tools makes the build farm our game studios share. You will keep it fast.

## Responsibilities

- Run the shared build farm and its caches
- Cut build times for the studios' nightly builds

## Requirements

- 4+ years building CI systems at scale
- Strong Python and Bazel
- Able to travel up to 25% within Europe

## Working pattern

Hybrid: two days a week in our Alfama office.

## Benefits

- 25 days holiday
- Private health insurance

## Success metrics

- Median build time under 12 minutes by the end of the first year

## Promotion process

Promotions are reviewed twice a year by a calibration committee.

## Equal opportunity

Tessellate Tools is an equal opportunity employer. Applicants must be authorised to work in Portugal; we are unable to sponsor visas for this role.
""",
    "solutions-advisor.md": """\
---
title: Solutions Advisor (Portuguese-speaking)
company: Tessellate Tools
location: Lisbon, Portugal (Hybrid)
employment_type: Full-time
---

# Solutions Advisor

## About the role

Show studios in Brazil and Portugal what our build farm can do.

## Responsibilities

- Run demos and pilots with studio build teams

## Requirements

- Fluent Portuguese and good English
- 2+ years in a pre-sales role
""",
    "support-agent.md": """\
---
title: Support Agent (Part-time, Remote)
company: Tessellate Tools
location: Remote
employment_type: Part time
---

# Support Agent

## About the role

Support · Remote (EU) · Part-time, 20 hours a week

## Responsibilities

- Answer studio tickets about failed builds

## Requirements

- 1+ year in customer support
""",
}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def assistant(request, tmp_path_factory):
    """One store of the postings above per engine, ingested once."""
    folder = tmp_path_factory.mktemp("facet-postings")
    for name, text in POSTINGS.items():
        (folder / name).write_text(text, encoding="utf-8")
    url = f"sqlite:///{folder / 'rolecall.db'}" if request.param == "sqlite" else _postgres_url(request)
    store = Store(url)
    ingest_paths(store, [folder])
    assistant = open_assistant(url, seed=False)
    yield assistant
    assistant.knowledge.store.dispose()
    store.dispose()


@pytest.mark.parametrize("question", [
    "what do we need from a pipeline engineer candidate",
    "pipeline engineer - who fits",
    "who would be a good fit for the pipeline engineer role",
])
def test_asking_what_a_candidate_must_bring_answers_with_the_requirements(assistant, question):
    answer, text = ask(assistant, question)

    assert answer.intent == "requirements", question
    assert "4+ years building CI systems" in text
    assert "Run the shared build farm" not in text  # the responsibilities are another question


def test_asking_what_the_company_offers_answers_with_the_benefits(assistant):
    answer, text = ask(assistant, "what does tessellate offer the pipeline engineer")

    assert answer.intent == "benefits"
    assert "Private health insurance" in text


def test_a_word_of_the_roles_own_title_does_not_outweigh_the_facet_asked(assistant):
    answer, text = ask(assistant, "office coordinator responsibilities")

    assert answer.roles == ("Office Coordinator",)
    assert answer.intent == "primary_responsibilities"
    assert "Order supplies" in text


@pytest.mark.parametrize("question, shown", [
    ("pipeline engineer hybrid setup", "two days a week in our Alfama office"),
    ("pipeline engineer office days", "two days a week in our Alfama office"),
    ("pipeline engineer location and travel", "travel up to 25% within Europe"),
])
def test_a_location_question_shows_what_the_posting_says_of_it_under_other_headings(assistant, question, shown):
    answer, text = ask(assistant, question)

    assert answer.intent == "location", question
    assert "Lisbon, Portugal" in text and shown in text, question
    assert "Private health insurance" not in text


def test_a_place_beside_the_role_is_not_read_as_another_role(assistant):
    answer, text = ask(assistant, "pipeline engineer - lisbon office or remote?")

    assert answer.kind == ANSWER and answer.roles == ("Pipeline Engineer",)
    assert "two days a week in our Alfama office" in text


def test_an_employment_type_question_shows_the_hours_stated_in_the_posting(assistant):
    answer, text = ask(assistant, "is the support agent full time")

    assert answer.intent == "employment_type"
    assert "Part time" in text and "20 hours a week" in text


def test_a_visa_question_finds_the_posting_saying_it_cannot_sponsor(assistant):
    answer, text = ask(assistant, "does tessellate sponsor visas for the pipeline engineer")

    assert answer.roles == ("Pipeline Engineer",)
    assert "unable to sponsor visas" in text


def test_a_role_with_no_benefits_section_answers_with_what_another_section_says_of_them(assistant):
    answer, text = ask(assistant, "does the data consultant (contract) get benefits?")

    assert answer.roles == ("Data Consultant (Contract)",)
    assert "no benefits (independent contractor)" in text


def test_asking_how_promotions_work_is_about_the_career_path_not_the_daily_work(assistant):
    answer, text = ask(assistant, "how do promotions work on the pipeline engineer team")

    assert answer.intent == "career_next"
    assert "calibration committee" in text


@pytest.mark.parametrize("question, heading, shown", [
    ("how much on-call does the pipeline engineer do", "On call", "1 week in 8"),
    ("when does the pipeline engineer posting close", "Valid through", "2027-03-01"),
    ("when does the pipeline engineer start", "Start date", "2027-02-01"),
    ("who's the hiring manager for the pipeline engineer", "Hiring manager", "Inês Duarte"),
])
def test_a_field_of_the_posting_is_found_by_its_ordinary_name(assistant, question, heading, shown):
    answer, text = ask(assistant, question)

    assert answer.roles == ("Pipeline Engineer",), question
    assert heading in [s.title for s in answer.sections], question
    assert shown in text, question


def test_a_question_naming_a_field_better_than_a_facet_answers_from_the_field(assistant):
    answer, _text = ask(assistant, "when does the pipeline engineer posting close")

    assert answer.intent == "named_section"  # not a draft of the job description
    assert answer.title == "Pipeline Engineer: Valid through"


@pytest.mark.parametrize("question, listed, not_listed", [
    ("which roles are fully remote", {"Support Agent (Part-time, Remote)", "Data Consultant (Contract)"},
     {"Office Coordinator", "Pipeline Engineer", "Account Manager"}),
    ("which roles are contract positions", {"Data Consultant (Contract)"},
     {"Office Coordinator", "Support Agent (Part-time, Remote)"}),
    ("which roles are part-time", {"Support Agent (Part-time, Remote)"}, {"Data Consultant (Contract)"}),
    ("which roles have an OTE", {"Account Manager"}, {"Pipeline Engineer", "Support Agent (Part-time, Remote)"}),
    ("which roles need Portuguese?", {"Solutions Advisor (Portuguese-speaking)"}, {"Pipeline Engineer"}),
    ("which roles have benefits", {"Pipeline Engineer"}, {"Account Manager", "Office Coordinator"}),
])
def test_which_roles_questions_list_only_the_roles_whose_facts_say_so(assistant, question, listed, not_listed):
    answer, _text = ask(assistant, question)

    assert answer.kind == ANSWER and answer.intent == "reverse_search", question
    assert listed <= set(answer.roles), question
    assert not not_listed & set(answer.roles), question
    assert answer.sources, question
