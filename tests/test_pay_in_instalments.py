"""A recruiter loads a Spanish bakery's posting whose yearly pay is written "bruto/año" and paid "en 14
pagas", and a French workshop's whose range is written "29 000 € à 33 000 €" with a "13e mois" among
its perks. Each pay is a year's, both ends of the French range are kept, and how the pay comes (14
instalments, a thirteenth month) is said with it."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "pay_in_instalments"

recruiter = batch_assistant("recruiter", FOLDER, "A Spanish bakery and a French workshop.")


def test_a_spanish_yearly_pay_says_its_fourteen_instalments(recruiter):
    _answer, text = ask(recruiter, "salary for the jefe de obrador")
    assert "23,500" in text and "26,000" in text, text
    assert "per year" in text, text
    assert "14 pagas" in text, text


def test_a_french_range_joined_by_a_keeps_both_ends_and_its_thirteenth_month(recruiter):
    _answer, text = ask(recruiter, "what does the régleur cnc earn")
    assert "29,000" in text and "33,000" in text, text
    assert "per year" in text, text
    assert "13e mois" in text, text


def test_a_thirteenth_month_after_the_monthly_pay_is_kept_with_it(recruiter):
    _answer, text = ask(recruiter, "speech and language therapist salary")
    assert "3,300" in text and "3,800" in text and "per month" in text, text
    assert "13th month" in text, text
