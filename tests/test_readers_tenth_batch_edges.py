"""Edges of the tenth batch's readers: shapes an ordinary posting takes that the new readers must
leave alone (a "Job Description" heading, a field said to be internal, a facts line under the
title, a card's opening hours, hours in a numbered document, a grade before the pay, a titled
Word 2003 paragraph with a border, an unclosed MediaWiki reference, a place ending in "SA")."""

from knowledge import sections as S
from knowledge.readers import read
from tests.readings import items


def _only(data: str, name: str):
    docs = read(data.encode(), name)
    assert len(docs) == 1, [d.title for d in docs]
    return docs[0]


def _text(doc) -> str:
    return " ".join(i.text for i in doc.items)


BAKER = """Head Baker

Job Description
We are looking for a head baker to run our night shift in Totnes.
You will plan the bake and train two apprentices.

Responsibilities
- Plan the overnight bake
- Train the apprentices

Salary: £31,000 per year
"""


def test_a_job_description_heading_opens_a_section_and_the_sentence_under_it_is_no_title():
    """"Job Description" under the title is a section heading; the role keeps its own title."""
    role = _only(BAKER, "baker.txt")
    assert role.title == "Head Baker"
    assert "head baker to run our night shift" in _text(role)
