"""A recruiter pastes a LinkedIn job page in today's layout, where the line under the title
reads "Company · place · Reposted 2 days ago · Over 50 applicants": the company is the first
piece and the place the second, so a question naming the company finds the role and the place
is the town, not the company. The older layout (company, title, "place · 1 week ago") still reads."""

from pathlib import Path

from knowledge.readers import read
from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "linkedin_company_first"

recruiter = batch_assistant("recruiter", FOLDER, "Two LinkedIn copies, one in each header layout.")


def _fields(name: str) -> dict:
    doc = read((FOLDER / name).read_bytes(), name)[0]
    return {item.label: item.text for item in doc.items if item.label}


def test_the_company_first_header_line_gives_company_and_place():
    fields = _fields("linkedin-copy-fernlea-lodge-night-support-worker.txt")
    assert fields["Company"] == "Fernlea Lodge Care"
    assert fields["Location"].startswith("Ripon, England")


def test_the_older_header_still_gives_company_and_place():
    fields = _fields("linkedin-copy-brackwater-hall-porter.txt")
    assert fields["Company"] == "Brackwater Hotel"
    assert fields["Location"].startswith("Harrogate, England")


def test_a_question_naming_the_company_finds_the_role(recruiter):
    answer, text = ask(recruiter, "how many hours a week is the fernlea night role")
    assert "Night Support Worker" in answer.title, text
    assert "33 hours per week" in text
