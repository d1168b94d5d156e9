"""A recruiter names the company, then "reqs for" a title: "larkspur reqs for the rn" asks
the requirements of that company's role; "do you have reqs for nurses" still asks which
openings there are."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "trade_short_names"

recruiter = batch_assistant("recruiter", FOLDER, "Four small postings of three companies.")


def test_a_companys_reqs_for_a_title_are_that_roles_requirements(recruiter):
    for question, must, must_not in (("bao long reqs for qa test engineer", "Playwright", "20,000,000"),
                                     ("tallowmere reqs for the data analyst", "Looker", "£38,000")):
        _answer, text = ask(recruiter, question)
        assert must in text and must_not not in text
