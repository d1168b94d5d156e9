"""A recruiter names a company and one of its roles by its title's initials ("orrin works sc
salary" for its Stage Carpenter): the role of that company whose title they spell, when only
one does; initials that spell none of its roles still get the company's roles."""

from pathlib import Path

from bot.rules import _initials
from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "posted_fields"

recruiter = batch_assistant("recruiter", FOLDER, "A company with two roles, and another with one.")


def test_initials_beside_the_company_name_its_role(recruiter):
    answer, text = ask(recruiter, "orrin works sc salary")
    assert "£31,000" in text and "£29,000" not in text, text
    assert answer.title.startswith("Stage Carpenter")


def test_initials_of_none_of_its_roles_list_them(recruiter):
    _answer, text = ask(recruiter, "orrin works qx salary")
    assert "Stage Carpenter" in text and "Props Maker" in text


def test_what_a_title_is_said_by_in_initials():
    assert _initials("Non-revenue Water Engineer") == {"nrwe", "nrw"}
    assert _initials("Data Engineer (Lagos)") == {"de"}
    assert _initials("Plant Operator II") == {"po"}
    assert _initials("") == set() and _initials("(x)") == set()
