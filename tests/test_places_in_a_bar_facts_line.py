"""A recruiter loads a French board's posting whose facts line under the title is parted by bars and
names its town with its département ("CDI | Mâcon (71) | Salaire : … | Début : mars 2027"). Asked
where the job is, the bot says the town (the line's long labelled pay chip does not hide the place);
asked if it is permanent, it says the line's contract, "CDI"."""

from pathlib import Path

from knowledge.readers import read
from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "bar_facts_line"

recruiter = batch_assistant("recruiter", FOLDER, "A wine estate's posting with a bar-parted facts line.")


def test_the_town_and_its_departement_are_where_the_job_is(recruiter):
    _answer, text = ask(recruiter, "where is the caviste job")
    assert "Mâcon (71)" in text, text


def test_a_table_row_under_the_title_is_no_place():
    """A bar parts a table's cells too: a row of words that name no town gives no location."""
    text = "Caviste conseil\n\nNiveau | Équipe | Horaires\n\nVos missions :\n- Accueillir les visiteurs\n"
    doc, = read(text.encode(), "caviste.txt")
    assert not [i for i in doc.items if i.section == "location"], doc.items


def test_the_contract_chip_of_the_line_is_the_employment_type(recruiter):
    """"CDI" in the same line is the contract: asked if the job is permanent, the bot says it in its word."""
    _answer, text = ask(recruiter, "is the caviste job permanent")
    assert "CDI" in text, text
