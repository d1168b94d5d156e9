"""A word the documents use is what the recruiter meant, not a typo of a question word: the
planner's documents say "aviation" and "device", so "aviation experience" asks about aviation
(not "vacation", the perks) and "device register" about the register (not "advice"). Another
form or spelling of a question word still reads as it ("behavioural" as "behavioral")."""

from pathlib import Path

import pytest

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "words_of_the_documents"

recruiter = batch_assistant("recruiter", FOLDER, "An aviation maintenance planner and an insurance adviser.")


@pytest.mark.parametrize("question, must, must_not", [
    ("is aviation experience needed for the maintenance planner", "Three years in aviation", "benefits"),
    ("which roles mention aviation", "Maintenance Planner", "No role mentions"),
    ("does the planner keep a device register", "device register", "hiring advice"),
])
def test_a_word_the_documents_use_is_meant_as_typed(recruiter, question, must, must_not):
    _answer, text = ask(recruiter, question)
    assert must in text and must_not not in text


def test_a_misspelt_question_word_is_still_read(recruiter):
    _answer, text = ask(recruiter, "insurance adviser benifits?")
    assert "25 days holiday" in text
