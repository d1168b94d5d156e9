"""A recruiter asks what a role is, or what the person in it does, and gets
the gist first.

"What does the shift lead do" is answered by the one sentence of the
posting's overview that says what the person does, then the
responsibilities. A page with no overview (a Notion export that starts with
its responsibilities) still answers "tell me about the role": its company's
line, its first responsibilities and requirements, where it is and what it
pays, never "the documents don't cover its overview".

The documents are small, written here, in Markdown.
"""

import pytest

from bot import ANSWER
from tests.postings import ask, assistant_on

SHIFT_LEAD = """\
# Night Shift Lead

**Company:** Bramblewick Freight
**Location:** Fresno, CA

## Overview
Bramblewick Freight moves groceries for farm cooperatives. Our Fresno depot loads 90 trucks a night.
As Night Shift Lead you keep a crew of 12 loaders safe and on schedule for the dawn departures.

## Responsibilities
- Assign loaders to docks at the start of each shift
- Check every trailer's seal before it leaves

## Requirements
- 2+ years of warehouse experience
"""

NOTION_PAGE = """\
# Partner Success Manager 🌱

Status: Open
Location: Remote — Europe

## 👋 About Quernstone

Quernstone makes software that 300 bakeries use to plan their flour orders. We are 40 people.

## 🚀 What you'll do

- Own a book of 25 bakery chains from onboarding to renewal
- Run a quarterly review with each chain's head baker
- Turn bakers' requests into written product proposals
- Keep renewals above 90%

## 🧠 What we're looking for

- 4+ years in customer success for a B2B product
- Fluent German and English

## 💸 Compensation

€60,000 – €70,000 per year
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    """A store of these documents only, ingested once."""
    assistant = assistant_on({"night-shift-lead.md": SHIFT_LEAD, "partner-success.md": NOTION_PAGE},
                             tmp_path_factory.mktemp("gist-documents"))
    yield assistant
    assistant.knowledge.store.dispose()


def test_what_a_role_does_leads_with_the_overviews_line_about_the_person(assistant):
    answer, text = ask(assistant, "what does the night shift lead do?")

    assert answer.kind == ANSWER and answer.roles == ("Night Shift Lead",)
    assert answer.summary.startswith("Our Fresno depot loads 90 trucks")
    assert "you keep a crew of 12 loaders safe" in answer.summary
    assert "moves groceries for farm cooperatives" not in text  # the company's pitch is not the role's gist
    assert text.index("crew of 12 loaders") < text.index("Assign loaders to docks")


def test_an_overview_question_about_a_page_without_an_overview_gives_its_gist(assistant):
    answer, text = ask(assistant, "tell me about the partner success manager role")

    assert answer.kind == ANSWER and answer.intent == "overview"
    assert "don't cover" not in text
    assert answer.summary == "Quernstone makes software that 300 bakeries use to plan their flour orders."
    assert "Own a book of 25 bakery chains" in text and "Fluent German and English" in text
    assert "Keep renewals above 90%" not in text  # the first few lines, not the whole page
    assert "Location: Remote — Europe" in text and "€60,000 - €70,000" in text and "EUR" not in text
    assert answer.sources == ("partner-success.md",)
