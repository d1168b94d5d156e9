"""An interviewer writing a rubric asks which topics of one kind belong in
it: "what safety topics go in the lab technician interview rubric?". The
interview was read as a topic of its own (hiring), so the role's items on
hiring and candidates came first and those on the topic asked were lost.
The interview, rubric or scorecard is what the asker prepares; the topic
said with it is what the role's items are ranked by. Said alone ("does it
sit on interview panels?"), the interview is still the topic. A small
posting of our own."""

import pytest

from tests.postings import ask, assistant_on

LAB_TECHNICIAN = """---
title: Lab Technician
company: Wexcombe Diagnostics
---

## About the role

Ideal candidates are careful, calm and curious.

## Responsibilities

- Prepare reagents and run the daily quality-control samples
- Follow biosafety level 2 procedures, including spill response and sharps disposal
- Sit on interview panels when we hire new lab staff

## Salary

$44,000 - $49,000 per year
"""


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """One posting with an item on a safety topic and one on hiring."""
    opened = assistant_on({"lab.md": LAB_TECHNICIAN}, tmp_path_factory.mktemp("lab"))
    yield opened
    opened.knowledge.store.dispose()


@pytest.mark.parametrize("question", [
    "what biosafety topics belong in a lab technician interview rubric?",
    "biosafety points for my lab technician interview scorecard",
    "which biosafety things should the interviewers cover for the lab technician",
])
def test_the_topic_said_with_an_interview_rubric_ranks_the_roles_items(lab, question):
    answer, text = ask(lab, question)

    assert answer.roles == ("Lab Technician",)
    assert "spill response" in text
    assert "Sit on interview panels" not in text


def test_the_interview_said_alone_is_still_the_topic(lab):
    _answer, text = ask(lab, "does the lab technician sit on interview panels?")

    assert "Sit on interview panels" in text


def test_interviewing_as_the_roles_own_work_beside_another_topic_is_still_asked(lab):
    _answer, text = ask(lab, "does the lab technician also interview new staff, or only run samples?")

    assert "Sit on interview panels" in text
