"""A recruiter loads an agency's monthly digest whose openings are each boxed between rule lines, and
a scaffolder's flyer whose two trades are each a heading in capitals over a day rate of their own.
Each opening is a role of its own: one posting's pay, place or reporting line never answers for
another's, and what the flyer says for every role (hours, how to apply) is each role's. A single
posting whose sections are boxed stays one role."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "several_postings"

recruiter = batch_assistant("recruiter", FOLDER, "An agency digest, a scaffolding flyer and a library posting.")


def test_each_boxed_opening_of_a_digest_is_a_role(recruiter):
    answer, text = ask(recruiter, "salary for the warehouse shift supervisor")
    assert "£33,500" in text and "£24,000" not in text, text
    assert answer.title.startswith("Warehouse Shift Supervisor")
    answer, text = ask(recruiter, "who does the accounts assistant report to")
    assert "Finance Controller" in text and "Night Operations Manager" not in text, text


def test_a_boxed_opening_keeps_its_own_place(recruiter):
    _answer, text = ask(recruiter, "where is the accounts assistant maternity cover based")
    assert "Loughborough" in text and "Derby" not in text, text


def test_the_digest_publisher_is_each_openings_company(recruiter):
    _answer, text = ask(recruiter, "which roles does ridgeway staffing have")
    assert "Warehouse Shift Supervisor" in text and "Accounts Assistant" in text, text


def test_each_trade_on_a_flyer_has_its_own_day_rate(recruiter):
    _answer, text = ask(recruiter, "day rate for advanced scaffolders")
    assert "£210 per day" in text and "£125" not in text, text
    _answer, text = ask(recruiter, "what do scaffold labourers get paid")
    assert "£125 per day" in text and "£210" not in text, text


def test_what_a_flyer_says_for_every_role_is_each_roles(recruiter):
    _answer, text = ask(recruiter, "what hours do the scaffold labourers work")
    assert "7am – 4:30pm" in text, text


def test_a_posting_with_boxed_sections_stays_one_role(recruiter):
    _answer, text = ask(recruiter, "list roles")
    assert "Library Assistant" in text, text
    for section in ("What You Will Do", "What You Need"):
        assert f"- {section}" not in text, text
