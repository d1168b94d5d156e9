"""A recruiter shortens a therapist to "OT" and asks its pay or hours at the place that
employs one ("OT pay at Larchmont?"): two capitals before "pay" or "hours" would be
overtime anywhere else, but beside the name of a company with an Occupational Therapist
they are that therapist. Where the company named has no such role, "OT" stays overtime."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "initials_beside_their_employer"

recruiter = batch_assistant("recruiter", FOLDER, "A rehab service's two therapists and a warehouse's forklift driver.")


def test_ot_pay_at_the_employer_is_the_therapists(recruiter):
    answer, text = ask(recruiter, "OT pay at Larchmont?")
    assert "31,200" in text and "33,400" not in text, text
    assert answer.title.startswith("Occupational Therapist")


def test_ot_hours_at_the_employer_are_the_therapists(recruiter):
    answer, text = ask(recruiter, "OT hrs at larchmont community rehab")
    assert "22.5" in text and "37.5" not in text, text


def test_ot_rate_at_the_employer_in_other_words(recruiter):
    answer, text = ask(recruiter, "what's the OT rate over at Larchmont")
    assert "31,200" in text, text


def test_ot_pay_where_no_therapist_works_is_no_therapist(recruiter):
    _answer, text = ask(recruiter, "OT pay at Brackenfield?")
    assert "31,200" not in text, text
