"""A posting writes its range high to low: "$30k-20k", "250,000 - 180,000".
It is the same range, stored low to high so that thresholds and rankings
compare the right ends; the words stay as written, and ingest says what it
turned round.
"""

import pytest

from bot import open_assistant, render_text, Question
from knowledge import ingest_paths
from knowledge.parse import parse_salary
from knowledge.readers.salary import from_numbers, parse_all


@pytest.mark.parametrize("line, low, high", [
    ("$30k-20k", 20000, 30000),
    ("250,000 - 180,000 USD per year", 180000, 250000),
    ("£55k–£45k + 10% bonus", 45000, 55000),
    ("150-120k", 120000, 150000),
])
def test_a_range_written_high_to_low_is_read_low_to_high_with_its_words_kept(line, low, high):
    [salary] = parse_all(line)
    assert (salary.minimum, salary.maximum) == (low, high)
    assert salary.high_to_low and salary.text.startswith(line.split(" + ")[0])


def test_a_range_written_low_to_high_is_not_marked():
    [salary] = parse_all("$20k-30k")
    assert (salary.minimum, salary.maximum, salary.high_to_low) == (20000, 30000, False)


def test_structured_data_with_its_minimum_above_its_maximum_is_turned_round():
    salary = from_numbers(250000, "180,000", "usd", "per year", "250000 - 180000")
    assert (salary.minimum, salary.maximum, salary.high_to_low) == (180000, 250000, True)


def test_a_role_profiles_salary_line_written_high_to_low_is_turned_round():
    salary = parse_salary("$220,000 - $160,000 USD per year", 3)
    assert (salary.minimum, salary.maximum, salary.high_to_low) == (160000, 220000, True)


def test_ingest_stores_it_low_to_high_says_so_and_answers_with_the_words_as_written(tmp_path):
    posting = tmp_path / "data-wrangler.md"
    posting.write_text("# Data Wrangler\n\n## Responsibilities\n\n- Wrangle data\n\n"
                       "## Compensation\n\n$130k-90k per year\n")
    url = f"sqlite:///{tmp_path / 'rolecall.db'}"
    assistant = open_assistant(url)
    report = ingest_paths(assistant.knowledge.store, [posting])
    [document] = report.documents
    assert document.salary.startswith("90,000 - 130,000 USD")
    assert any("high to low" in str(w) and "$130k-90k" in str(w) for w in document.warnings), document.warnings
    text = render_text(assistant.ask(Question("salary for data wrangler?", platform="test")))
    assert "90,000" in text and "130,000" in text and text.index("90,000") < text.index("130,000")
    between = render_text(assistant.ask(Question("which roles pay over 120k?", platform="test")))
    assert "Data Wrangler" in between
