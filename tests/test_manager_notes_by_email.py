"""A hiring manager e-mails recruiting the notes for a new posting: the role "reports to me" and its
"advertised range". A recruiter who loads the saved message asks who the role reports to and what it
pays: the answer names the sender, and the advertised range is the role's salary."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "manager_notes_by_email"

recruiter = batch_assistant("recruiter", FOLDER, "A hiring manager's e-mailed notes for a posting.")


def test_reports_to_me_names_the_sender(recruiter):
    _answer, text = ask(recruiter, "who does the site reliability engineer report to")
    assert "Tomasz Okafor" in text, text


def test_the_advertised_range_is_the_salary(recruiter):
    _answer, text = ask(recruiter, "salary for the site reliability engineer")
    assert "$118,000" in text and "$134,000" in text, text
