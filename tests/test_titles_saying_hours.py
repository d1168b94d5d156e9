"""A recruiter asks which roles are part-time or seasonal, and some documents say so only
in the job's title ("Library Assistant (Part-time)", "Lifeguard – Seasonal"): those roles
are found too, shown by their title, beside the ones whose employment type says it."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "titles_saying_hours"

recruiter = batch_assistant("recruiter", FOLDER, "A council's part-time, seasonal and full-time roles.")


def test_part_time_said_in_the_title(recruiter):
    _answer, text = ask(recruiter, "which roles are part-time?")
    assert "Library Assistant" in text and "Planning Officer" not in text, text


def test_seasonal_said_in_the_title(recruiter):
    _answer, text = ask(recruiter, "any seasonal jobs")
    assert "Lifeguard" in text and "Library Assistant" not in text, text


def test_full_time_still_from_the_employment_type(recruiter):
    _answer, text = ask(recruiter, "which roles are full-time")
    assert "Planning Officer" in text and "Lifeguard" not in text, text
