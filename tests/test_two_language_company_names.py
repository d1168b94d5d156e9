"""A recruiter loads a bilingual library's posting that names its employer in both languages before
its verb ("Lac-Argent Public Library / Bibliothèque publique du Lac-Argent is a bilingual public
library …"). The first name is the role's company, so "what pension does lac-argent public library
offer" is asked of its posting, not of a role it does not have."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "two_language_name"

recruiter = batch_assistant("recruiter", FOLDER, "A bilingual library's posting.")


def test_the_employer_named_in_two_languages_is_known_by_the_first(recruiter):
    _answer, text = ask(recruiter, "what pension does lac-argent public library offer")
    assert "Municipal defined benefit pension" in text, text
