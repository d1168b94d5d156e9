"""A hiring manager copies a line out of a job ad into chat and asks about
it: "the ad says '…' - what does that role pay?". The line is no title: its
words were read as a role the store lacks, or left the role unnamed. The
line names the one role whose documents say it word for word; the words
that only say where it came from ("pasted from the JD:") ask nothing. Two
small postings of our own, written for these stories."""

import pytest

from tests.postings import ask, assistant_on

GREENHOUSE = """---
title: Greenhouse Technician
company: Fernhollow Growers
---

## Responsibilities

- Calibrate the drip irrigation controllers before each planting cycle
- Scout benches for aphids and log what you find

## Education

- Horticulture certificate or two seasons of nursery work

## Salary

$41,000 - $47,500 per year
"""

ROASTER = """---
title: Coffee Roaster
company: Fernhollow Growers
---

## Responsibilities

- Profile each green coffee lot on the sample roaster before production
- Keep the roastery's afterburner and chaff collector clean

## Skills

- Sensory cupping to SCA protocol
- Artisan or Cropster roast logging

## Salary

$44,000 - $52,000 per year
"""


@pytest.fixture(scope="module")
def growers(tmp_path_factory):
    """Two postings of one employer, each with lines only it says."""
    opened = assistant_on({"greenhouse.md": GREENHOUSE, "roaster.md": ROASTER}, tmp_path_factory.mktemp("growers"))
    yield opened
    opened.knowledge.store.dispose()


@pytest.mark.parametrize("question, role, said", [
    ("copied from the JD: 'Calibrate the drip irrigation controllers before each planting cycle' - what does it pay?",
     "Greenhouse Technician", "$41,000"),
    ('"Profile each green coffee lot on the sample roaster" -- salary for that one?', "Coffee Roaster", "$44,000"),
    ("our posting reads “scout benches for aphids and log what you find”. Which education is needed?",
     "Greenhouse Technician", "Horticulture certificate"),
    ("From the ad: 'Keep the roastery’s afterburner and chaff collector clean'. What skills does the role ask for?",
     "Coffee Roaster", "Sensory cupping"),
])
def test_a_line_pasted_from_a_posting_names_the_role_that_says_it(growers, question, role, said):
    answer, text = ask(growers, question)

    assert answer.roles == (role,)
    assert said in text and "I don't have the role" not in text


def test_a_line_no_posting_says_names_no_role(growers):
    answer, text = ask(growers, "the ad says 'Drive the forklift across the loading dock at night' - pay?")

    assert answer.roles not in (("Greenhouse Technician",), ("Coffee Roaster",))
