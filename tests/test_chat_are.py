"""A recruiter typing fast writes "r" for "are": "which jobs r in boise", "r there any
roles in leeds". Beside a noun for the openings or before "there", the "r" is the verb,
so the question is a search by place, not a search for the words "r in boise"."""

from pathlib import Path

import pytest

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "trade_short_names"

recruiter = batch_assistant("recruiter", FOLDER, "Four small postings in three cities.")


@pytest.mark.parametrize("question, must, must_not", [
    ("which jobs r in boise", "Registered Nurse", "Data Analyst"),
    ("r there any roles in leeds?", "Data Analyst", "Registered Nurse"),
])
def test_r_beside_the_openings_is_are(recruiter, question, must, must_not):
    _answer, text = ask(recruiter, question)
    assert must in text and must_not not in text
