"""A recruiter keeps a team's openings in an Org file titled "<company> – recruiting <year>"
with no company field: the title says who hires, so "shotfirer pay at brackwell" and "roles at
brackwell quarries" find the role."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "org_titled"

recruiter = batch_assistant("recruiter", FOLDER, "An Org file of one opening, titled for the company's hiring.")


def test_the_org_files_title_names_the_company(recruiter):
    _answer, text = ask(recruiter, "which roles does brackwell quarries have")
    assert "Shotfirer" in text
    _answer, text = ask(recruiter, "how much for the job at brackwell?")
    assert "41,000" in text


def test_the_company_alone_is_read_from_a_hiring_title_only():
    from knowledge.readers import company

    assert company.find(None, [], {}, hints=("Brackwell Quarries – recruiting 2027",)) == "Brackwell Quarries"
    assert company.find(None, [], {}, hints=("Notes – meeting 2027",)) is None
