"""A team publishes its openings as one README whose table sums them up ("| [Cartographer]
(#cartographer) | Data | 20 February 2027 |") above a section for each: a date only the table
gives is the role's, so "when does the cartographer close" finds it, and the other role's date
stays with the other role."""

from pathlib import Path

from knowledge.readers.markdown import summary_rows_placed
from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "summary_table"

recruiter = batch_assistant("recruiter", FOLDER, "A README of two roles with a summary table.")


def test_a_date_only_the_summary_table_gives_is_the_roles(recruiter):
    _answer, text = ask(recruiter, "cartographer closing date?")
    assert "20 February 2027" in text and "6 March 2027" not in text
    _answer, text = ask(recruiter, "when does the android developer close")
    assert "6 March 2027" in text and "20 February 2027" not in text


def test_what_the_section_says_already_is_not_written_twice():
    body = ("| Role | Location | Closes |\n|---|---|---|\n| [Tiler](#tiler) | Ljubljana | 1 May 2027 |\n\n"
            "## Tiler\n\n**Location:** Ljubljana, Slovenia\n\nYou cut tiles.\n")
    placed = summary_rows_placed(body)
    assert "Closes: 1 May 2027" in placed and "Location: Ljubljana  " not in placed


def test_a_table_with_no_links_or_broken_rows_is_left_alone():
    for body in ("| a | b |\n|---|---|\n| x | y |\n", "| [A](#a) | b |\n|---|\n| [A](#a) |\n", "|\n---\n|"):
        assert summary_rows_placed(body) == body
