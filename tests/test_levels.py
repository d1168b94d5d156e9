"""A recruiter asks about the levels of a job family and the pay of each level.

A handbook ladder (a heading per level, each with its own responsibilities,
requirements and salary) becomes one role per level plus the family's role,
which keeps the levels in the document's order; that order is each level's
career path. A posting hiring at several levels says so only in its pay
table, one range per level and place. Questions name a level or a place and
get those ranges; compare questions compare the right ones.

The documents are small, written here, in Markdown and HTML.
"""

import pytest

from bot import ANSWER, CLARIFY
from tests.postings import ask, assistant_on

ANALYST_LADDER = """\
---
title: Data Analyst job family
---

# Data Analyst job family

How analysts grow at Larkspur Books. Promotions are decided twice a year by the analytics leads.

## Junior Data Analyst (A1)

### Responsibilities
- Build weekly sales reports from prepared tables

### Requirements
- Working SQL

### Salary
$60,000 – $70,000

## Data Analyst (Mid, A2)

### Responsibilities
- Own the reporting for one store region

### Requirements
- 2+ years of analytics work

### Salary
$75,000 – $90,000

## Senior Data Analyst (A3)

### Responsibilities
- Design the metrics other analysts report on

### Requirements
- 5+ years of analytics work

### Salary
$95,000 – $115,000

## Lead Data Analyst (A4)

### Responsibilities
- Set the analytics roadmap with the heads of the business

### Requirements
- 8+ years of analytics work

### Salary
$120,000 – $140,000

## Promotion process
- Managers nominate analysts each spring and autumn
"""

DESIGN_LADDER = """\
<html><head><title>Design career levels</title></head><body>
<h1>Design career levels</h1>
<p>The levels of product design at Larkspur Books.</p>
<h2>Associate Product Designer</h2>
<h3>Responsibilities</h3><ul><li>Design single screens with a mentor</li></ul>
<h3>Salary</h3><p>$70,000 – $85,000</p>
<h2>Product Designer</h2>
<h3>Responsibilities</h3><ul><li>Design whole features end to end</li></ul>
<h3>Salary</h3><p>$90,000 – $110,000</p>
<h2>Principal Product Designer</h2>
<h3>Responsibilities</h3><ul><li>Set the design direction across products</li></ul>
<h3>Salary</h3><p>$140,000 – $170,000</p>
</body></html>
"""

ANDROID_POSTING = """\
# Android Engineer (Kotlin)

**Company:** Larkspur Books
**Location:** Chicago, IL or Remote (US)

We are hiring Android engineers at two levels for our reading app.

## Responsibilities
- Build the offline reader in Jetpack Compose

## Requirements
- 3+ years of Android development in Kotlin

## Compensation

| Level | Chicago | Remote (US) |
|-------|---------|-------------|
| Android Engineer II | $130,000 – $150,000 | $120,000 – $140,000 |
| Senior Android Engineer | $160,000 – $185,000 | $150,000 – $175,000 |

All levels receive equity.
"""

TRANSLATOR_POSTING = """\
# Literary Translator

**Company:** Larkspur Books
**Location:** Lisbon

## Responsibilities
- Translate novels from Portuguese into English

## Requirements
- Published literary translations

## Salary
€48.000 – €56.000 per year, depending on experience.
"""

EDITOR_CONTRACT = """\
# Freelance Copy Editor

**Company:** Larkspur Books
**Employment type:** Contract

## Responsibilities
- Copy-edit manuscripts before typesetting

## Requirements
- 3+ years of copy editing

## Rate
$45–$55/hour
"""

MARKETING_ANALYST = """\
# Data Analyst, Marketing

**Company:** Larkspur Books

## Responsibilities
- Measure which campaigns sell books

## Requirements
- 2+ years of marketing analytics

## Salary
$70,000 – $80,000
"""

INDEXER_CONTRACT = """\
# Contract Indexer

**Company:** Larkspur Books
**Employment type:** Contract

## Responsibilities
- Write back-of-book indexes for non-fiction titles

## Requirements
- Experience indexing non-fiction

## Rate
Up to $60/hour
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    """A store of these documents only, ingested once."""
    assistant = assistant_on({
        "analyst-ladder.md": ANALYST_LADDER, "design-levels.html": DESIGN_LADDER,
        "android-engineer.md": ANDROID_POSTING, "literary-translator.md": TRANSLATOR_POSTING,
        "copy-editor.md": EDITOR_CONTRACT, "indexer.md": INDEXER_CONTRACT, "marketing-analyst.md": MARKETING_ANALYST,
    }, tmp_path_factory.mktemp("levels-documents"))
    yield assistant
    assistant.knowledge.store.dispose()


def test_the_family_role_lists_its_levels_in_the_ladders_order(assistant):
    answer, text = ask(assistant, "what levels are there in the data analyst job family")

    assert answer.kind == ANSWER and answer.roles == ("Data Analyst job family",)
    levels = ["Junior Data Analyst (A1)", "Data Analyst (Mid, A2)", "Senior Data Analyst (A3)", "Lead Data Analyst (A4)"]
    assert [text.index(level) for level in levels] == sorted(text.index(level) for level in levels)


def test_a_posting_hiring_at_two_levels_names_them_from_its_pay_table(assistant):
    answer, text = ask(assistant, "which levels is larkspur hiring android engineers at")

    assert answer.kind == ANSWER and answer.roles == ("Android Engineer (Kotlin)",)
    assert answer.intent == "levels"
    assert "Android Engineer II" in text and "Senior Android Engineer" in text


def test_the_next_level_is_the_one_after_it_on_the_ladder(assistant):
    answer, text = ask(assistant, "what comes after senior data analyst")

    assert answer.roles == ("Senior Data Analyst (A3)",)
    assert "Lead Data Analyst (A4)" in text and "ladder" in text
    assert "Junior Data Analyst" not in text


def test_an_html_ladder_gives_each_level_its_next_step_too(assistant):
    answer, text = ask(assistant, "what's the next level after product designer")

    assert answer.roles == ("Product Designer",)
    assert "Principal Product Designer" in text and "Associate Product Designer" not in text


def test_a_route_up_the_ladder_follows_the_levels(assistant):
    answer, text = ask(assistant, "how do I get from junior data analyst to lead data analyst")

    assert answer.kind == ANSWER
    for level in ("Data Analyst (Mid, A2)", "Senior Data Analyst (A3)", "Lead Data Analyst (A4)"):
        assert level in text


def test_pay_for_one_level_in_one_place_shows_that_row_and_says_what_it_left_out(assistant):
    answer, text = ask(assistant, "senior android engineer pay in chicago")

    assert answer.intent == "salary"
    assert "$160,000 - $185,000" in text
    assert "$130,000 - $150,000" not in text.split("left out")[0]
    assert "$150,000 - $175,000" not in text and "$120,000 - $140,000" not in text
    assert "left out" in answer.summary and "Senior Android Engineer, Remote (US)" in answer.summary


def test_a_place_beside_salary_picks_the_pay_row_not_the_location(assistant):
    answer, text = ask(assistant, "android engineer II remote salary")

    assert answer.kind == ANSWER and answer.intent == "salary"
    assert "$120,000 - $140,000" in text
    assert "$160,000 - $185,000" not in text.split("left out")[0]


def test_pay_asked_without_a_level_or_place_shows_every_row(assistant):
    answer, text = ask(assistant, "android engineer salary")

    for row in ("$130,000 - $150,000", "$120,000 - $140,000", "$160,000 - $185,000", "$150,000 - $175,000"):
        assert row in text
    assert "left out" not in text


def test_two_levels_of_one_posting_compared_in_one_place(assistant):
    answer, text = ask(assistant, "android engineer II vs senior android engineer pay in chicago")

    assert "$130,000 - $150,000" in text and "$160,000 - $185,000" in text
    assert "$120,000 - $140,000" not in text.split("left out")[0]


def test_a_level_named_alone_is_compared_with_the_level_beside_it(assistant):
    answer, text = ask(assistant, "senior vs lead data analyst salary")

    assert answer.kind == ANSWER and answer.kind != CLARIFY
    assert answer.roles == ("Senior Data Analyst (A3)", "Lead Data Analyst (A4)")
    assert "$95,000 - $115,000" in text and "$120,000 - $140,000" in text
    assert "$60,000" not in text


def test_a_salary_written_with_dot_thousands_is_quoted_as_written(assistant):
    answer, text = ask(assistant, "literary translator salary")

    assert "€48,000 - €56,000" in text
    assert "€48.000 – €56.000" in text


def test_which_contract_pays_most_per_hour_ranks_hourly_rates_only(assistant):
    answer, text = ask(assistant, "which role pays the most per hour")

    assert answer.summary.startswith("Contract Indexer pays the most")
    assert "Freelance Copy Editor" in text
    assert "Lead Data Analyst" not in text.split("\n\n")[1]


def test_a_level_in_brackets_is_found_when_said_before_the_title(assistant):
    answer, text = ask(assistant, "junior vs mid data analyst salary")

    assert answer.roles == ("Junior Data Analyst (A1)", "Data Analyst (Mid, A2)")
    assert "$60,000 - $70,000" in text and "$75,000 - $90,000" in text


def test_a_mid_level_question_reads_level_as_part_of_the_title(assistant):
    # "data analyst" alone is also the Data Analyst, Marketing; "mid-level" says which
    answer, text = ask(assistant, "mid-level data analyst pay band")

    assert answer.kind == ANSWER and answer.roles == ("Data Analyst (Mid, A2)",)
    assert "$75,000 - $90,000" in text


def test_the_ladder_of_a_role_is_its_job_family(assistant):
    answer, text = ask(assistant, "how do promotions work on the data analyst ladder")

    assert answer.kind == ANSWER and answer.roles == ("Data Analyst job family",)
    assert "spring and autumn" in text


def test_a_level_of_a_posting_compared_with_another_role_shows_that_levels_pay(assistant):
    answer, text = ask(assistant, "senior android engineer vs lead data analyst salary")

    assert answer.roles == ("Android Engineer (Kotlin)", "Lead Data Analyst (A4)")
    assert "$160,000 - $185,000" in text and "$150,000 - $175,000" in text and "$120,000 - $140,000" in text
    assert "$130,000 - $150,000" not in text
    assert answer.summary.startswith("Android Engineer (Kotlin) has the highest range ($160,000 - $185,000")
