"""A recruiter loads a startup's working-doc posting whose only word on the employer is its "TL;DR"
("Fennelworks builds booking software … We're 12 people"). The summary is read as the role's overview,
so the company is known by it, and "how big is fennelworks" or "what kind of company is fennelworks"
is answered from what it says of itself, not with its hiring advice or a list of its roles."""

from pathlib import Path

import pytest

from knowledge import sections as S
from knowledge.readers import headings
from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "what_the_company_is"

recruiter = batch_assistant("recruiter", FOLDER, "A startup's posting whose employer is told in its TL;DR.")


@pytest.mark.parametrize("question", ["how big is fennelworks", "what kind of company is fennelworks",
                                      "how many people work at fennelworks"])
def test_what_the_company_is_comes_from_its_own_words(recruiter, question):
    _answer, text = ask(recruiter, question)
    assert "12 people" in text, text


@pytest.mark.parametrize("heading", ["TL;DR", "In short", "At a glance"])
def test_a_summary_heading_is_the_roles_overview(heading):
    assert headings.facet(heading) == S.ABOUT
