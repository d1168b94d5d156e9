"""An agency's bulletin gives a role one paragraph, its needs said in passing: "CIPD Level 5
(or working towards it) is essential". Asked what qualification the role needs, the answer is
that paragraph, not "the documents don't cover it"."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "needs_said_in_prose"

recruiter = batch_assistant("recruiter", FOLDER, "An agency bulletin's HR Advisor, its needs in one paragraph.")


def test_an_essential_said_in_a_paragraph_answers_what_the_role_needs(recruiter):
    for question in ("what HR qualification does the HR advisor need", "what skills does the hr advisor need"):
        _answer, text = ask(recruiter, question)
        assert "CIPD Level 5" in text, (question, text)
