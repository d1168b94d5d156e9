"""A recruiter asks what schooling a role needs where the posting asks no degree but a
school-leaving certificate ("5 GCSEs", "High school diploma or GED"), and asks who the
holder's boss would be, in those words: the certificate is the role's education, the
boss the manager it reports to."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "school_leaving_and_bosses"

recruiter = batch_assistant("recruiter", FOLDER, "A rail depot's stores assistant and a hotel's night receptionist.")


def test_gcses_are_the_education_asked(recruiter):
    _answer, text = ask(recruiter, "what education does the stores assistant need")
    assert "5 GCSEs" in text, text


def test_a_high_school_diploma_is_the_education_asked(recruiter):
    _answer, text = ask(recruiter, "night receptionist - any education requirement?")
    assert "High school diploma or GED" in text, text


def test_the_boss_is_the_manager_reported_to(recruiter):
    _answer, text = ask(recruiter, "who's the night receptionist's boss")
    assert "Front Office Manager" in text, text


def test_their_boss_in_other_words(recruiter):
    _answer, text = ask(recruiter, "stores assistant, who'd be their boss?")
    assert "Stores Team Leader" in text, text


def test_metrics_are_no_school_certificate(recruiter):
    _answer, text = ask(recruiter, "what metrics is the stores assistant measured on")
    assert "5 GCSEs" not in text or "education" not in text.split("\n")[0], text
