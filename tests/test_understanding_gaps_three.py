"""Recruiters ask in ways RoleCall misread (issue 19, third round): a role
described "for a non-tech panel" is its overview told plainly, not its soft
skills. Each family of misreadings is one story, on the seeds, turn by turn
as the Slack and Teams adapters ask."""

import pytest

from tests.postings import ask


@pytest.mark.parametrize("question, role", [
    ("describe the global lead eng position in plain english for a non-tech panel", "Global Lead Engineer"),
    ("how would you explain the expert software engineer job to non-technical stakeholders?",
     "Expert Software Engineer"),
    ("summarize the engineer role for a non-technical hiring committee", "Engineer"),
])
def test_a_role_described_for_a_non_technical_audience_is_its_overview(assistant, question, role):
    answer, text = ask(assistant, question)

    assert answer.roles == (role,)
    assert text.startswith(f"{role}: overview")  # who listens says nothing of soft skills
    assert "Soft skills:" not in text


def test_non_technical_skills_asked_of_a_role_are_still_its_soft_skills(assistant):
    answer, text = ask(assistant, "what non technical skills does the engineer need")
    assert answer.roles == ("Engineer",) and "Soft skills:" in text
