"""A recruiter asks what a role needs when its posting is one paragraph with no section
for requirements or experience: the paragraph's own words answer ("registration
required", "no previous experience needed"), not "the documents don't cover it"."""

from pathlib import Path

import pytest

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "one_paragraph"

recruiter = batch_assistant("recruiter", FOLDER, "A pharmacy's one-paragraph posting.")


@pytest.mark.parametrize("question, must", [
    ("pharmacy technician requirements", "GPhC registration required"),
    ("does the pharmacy tech need experience?", "No previous experience needed"),
])
def test_a_need_said_in_a_paragraph_answers_what_the_role_needs(recruiter, question, must):
    _answer, text = ask(recruiter, question)
    assert must in text and "don't cover" not in text
