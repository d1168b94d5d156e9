"""A hiring manager lists what finance wants about one role: "the range, the
years and the education". Among several asks, "the range" on its own is the
pay range, so the pay is answered beside the rest; a range said of the years
("the years range") stays the experience asked."""

from pathlib import Path

import pytest

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "range_among_asks"

manager = batch_assistant("manager", FOLDER, "One dispatch posting with a pay range.")


@pytest.mark.parametrize("question", [
    "for the Dispatch Supervisor I need the range, the years and the education",
    "Dispatch Supervisor: the range plus the responsibilities please",
    "budget meeting later - dispatch supervisor, the range and how many years?",
])
def test_the_range_beside_other_asks_is_the_pay(manager, question):
    _answer, text = ask(manager, question)
    assert "48,000" in text and "56,000" in text


def test_a_range_of_years_stays_the_experience(manager):
    _answer, text = ask(manager, "what's the years range for the Dispatch Supervisor")
    assert "4-6 years" in text and "48,000" not in text
