"""A recruiter asks for a clinic by its own name, not the word for its kind in front
("tannwiese speech therapist salary" for Kurklinik Tannwiese GmbH): the legal form at the
end of a registered name ("GmbH", "Ltd") does not hide that its first word only says
what kind of place it is."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "named_after_its_kind"

recruiter = batch_assistant("recruiter", FOLDER, "Two speech therapists, a German clinic's and a care home's.")


def test_the_clinic_by_its_own_name(recruiter):
    _answer, text = ask(recruiter, "tannwiese speech therapist salary")
    assert "3,400" in text and "36,000" not in text, text


def test_the_other_company_still_by_its_first_word(recruiter):
    _answer, text = ask(recruiter, "meadowbank speech therapist salary")
    assert "36,000" in text and "3,400" not in text, text
