"""A recruiter in an English-speaking team asks in English about roles a French plant posted
in French: "the maintenance technician" is the "Technicien de maintenance", "the accountant"
the "Comptable fournisseurs". French title words are read as the English words the question
uses, as Spanish ones are ("Técnico de Mantenimiento")."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "french_titles"

recruiter = batch_assistant("recruiter", FOLDER, "A French biscuit factory's two postings, written in French, and its UK lab technician.")


def test_the_english_title_finds_the_french_posting(recruiter):
    answer, text = ask(recruiter, "is the maintenance technician permanent")
    assert answer.title.startswith("Technicien de maintenance"), text
    assert "CDI" in text


def test_the_english_trade_word_finds_the_french_one(recruiter):
    answer, text = ask(recruiter, "what does the accountant earn")
    assert answer.title.startswith("Comptable fournisseurs"), text
    assert "26 000" in text
