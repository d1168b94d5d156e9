"""A recruiter loads a transit authority's Workday page, whose last day to apply is an "End Date" under
"time left to apply", and a parish council's advert that gives an "Advert expiry". Asked when either
closes, RoleCall answers with that day, without the page's countdown of days left."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "posting_end_dates"

recruiter = batch_assistant("recruiter", FOLDER, "A Workday page and a parish council's advert.")


def test_a_workday_end_date_is_when_the_posting_closes(recruiter):
    _answer, text = ask(recruiter, "when does the service dispatcher posting close")
    assert "February 12, 2027" in text, text
    assert "days left" not in text, text


def test_a_workday_end_date_answers_by_the_requisition_id(recruiter):
    _answer, text = ask(recruiter, "closing date for JR-22817")
    assert "February 12, 2027" in text, text


def test_an_advert_expiry_is_the_closing_date(recruiter):
    _answer, text = ask(recruiter, "what is the deadline for the parish clerk job")
    assert "22 January 2027" in text, text
