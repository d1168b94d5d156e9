"""A recruiter in the trades asks which "ticket" a role needs, the trade's word for a
card or certificate ("scaffolder - ticket required?"): that asks what the role requires.
A helpdesk's tickets are its work, not a certificate."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "trade_tickets"

recruiter = batch_assistant("recruiter", FOLDER, "A scaffolding firm's scaffolder and service desk analyst.")


def test_ticket_required_asks_the_requirements(recruiter):
    _answer, text = ask(recruiter, "advanced scaffolder - ticket required?")
    assert "CISRS" in text and "requirements" in text.split("\n")[0], text


def test_which_tickets_in_other_words(recruiter):
    _answer, text = ask(recruiter, "which tickets does the scaffolder have to hold")
    assert "CISRS" in text and "requirements" in text.split("\n")[0], text


def test_a_helpdesks_tickets_are_its_work(recruiter):
    _answer, text = ask(recruiter, "how many tickets a day does the service desk analyst handle")
    assert "40 support tickets" in text, text
