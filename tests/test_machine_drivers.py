"""A recruiter calls a machine's operator its driver: "reach truck driver pay" is the Forklift
Operator (Reach Truck), whose title names the machine; "van driver pay" is still the Van Driver."""

from pathlib import Path

import pytest

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "machine_drivers"

recruiter = batch_assistant("recruiter", FOLDER, "A cold store's forklift operator and van driver.")


@pytest.mark.parametrize("question, must, must_not", [
    ("reach truck driver pay", "£13.90", "£12.60"),
    ("forklift driver pay?", "£13.90", "£12.60"),
    ("van driver pay", "£12.60", "£13.90"),
])
def test_a_machines_driver_is_its_operator(recruiter, question, must, must_not):
    _answer, text = ask(recruiter, question)
    assert must in text and must_not not in text
