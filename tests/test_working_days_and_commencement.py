"""A recruiter asks when a role starts and which days it works, as British and
Australian postings write them: a "Commencement:" field for the start date, and
the days of the week in an hours line ("Tuesday to Friday, 8.00 am to 4.30 pm")."""

import pytest

from tests.postings import ask, assistant_on

LIBRARY = """# Library Assistant (Part-time)

Company: Kestrel Bay Regional Council
Location: Kestrel Bay Library, Esplanade Road

## Details

Reference: KBRC-0412
Commencement: Monday 1 March 2027
Reports to: Branch Librarian

## Duties
- Issue and return loans and help visitors use the catalogue
- Run the Saturday story time for children

## Hours of work
Tuesday to Friday, 8.00 am to 4.30 pm.

## Requirements
- Customer service experience

## How to apply
Send your CV to jobs@kestrelbay.example
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    folder = tmp_path_factory.mktemp("council")
    assistant = assistant_on({"library-assistant.md": LIBRARY}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


@pytest.mark.parametrize("question", ["start date for the library assistant?",
                                      "when does the library assistant start"])
def test_a_commencement_field_is_the_roles_start_date(council, question):
    _answer, text = ask(council, question)
    assert "1 March 2027" in text


@pytest.mark.parametrize("question", ["which days does the library assistant work",
                                      "what days is the library assistant working"])
def test_which_days_a_role_works_is_read_from_its_hours(council, question):
    _answer, text = ask(council, question)
    assert "Tuesday to Friday" in text


def test_an_agency_recruiter_putting_a_candidate_forward_is_asking_how_to_apply(council):
    _answer, text = ask(council, "how do I put forward a candidate for the library assistant")
    assert "hiring process" in text.splitlines()[0]


def test_which_days_in_the_office_still_asks_where_the_role_works(tmp_path):
    hybrid = LIBRARY.replace("## Hours of work", "## Location\nHybrid: in the library on Tuesdays and Fridays\n\n## Hours of work")
    assistant = assistant_on({"library-assistant.md": hybrid}, tmp_path)
    try:
        _answer, text = ask(assistant, "library assistant - which days in the office?")
        assert "location" in text.splitlines()[0]
    finally:
        assistant.knowledge.store.dispose()
