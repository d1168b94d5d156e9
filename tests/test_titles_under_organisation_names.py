"""A recruiter loads job documents whose first line names the organisation, not the job: a college's
"Job Description" with the post's heading under its name, a council's role profile whose facts table
gives the "Position title", a German bakery's and a French firm's postings whose job line carries the
gender tag ("(m/w/d)", "(F/H)"). Each role is found under the job's own title, never the employer's."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "titles_under_organisation_names"

recruiter = batch_assistant("recruiter", FOLDER, "A college, a council, a bakery and an electrician's firm.")


def test_the_heading_under_the_kind_of_document_is_the_job(recruiter):
    answer, text = ask(recruiter, "who does the estates caretaker report to")
    assert "Estates Supervisor" in text, text
    assert answer.title.startswith("Estates Caretaker")


def test_the_position_title_in_a_facts_table_names_the_role(recruiter):
    answer, text = ask(recruiter, "what does the highways inspector earn")
    assert "35,412" in text, text
    assert answer.title.startswith("Highways Inspector")


def test_a_job_line_with_a_german_gender_tag_is_the_title(recruiter):
    answer, text = ask(recruiter, "what is the hourly pay for the Verkäufer Bäckereifiliale")
    assert "14,20" in text, text
    assert answer.title.startswith("Verkäufer")


def test_a_job_line_with_a_french_gender_tag_is_the_title(recruiter):
    answer, text = ask(recruiter, "salary for the électricien de chantier")
    assert "2 300" in text or "2,300" in text, text
    assert answer.title.startswith("Électricien")


def test_no_role_is_named_after_an_employer(recruiter):
    _answer, text = ask(recruiter, "list roles")
    for employer in ("Kestrel Valley College", "Bäckerei Sonnenkorn", "Atelier Lumière", "Role Profile"):
        assert f"- {employer}" not in text, text
