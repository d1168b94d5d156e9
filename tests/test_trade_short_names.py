"""A recruiter names roles the way their trade shortens them: a nurse as an "RN", a data
analyst as a "DA" (though a developer advocate shares those initials), developer relations
as "devrel", and a company by the first words of its name even when the first one is short
("bao long" for Bao Long Systems). Each is read as the stored role or company it stands for."""

from pathlib import Path

import pytest

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "trade_short_names"

recruiter = batch_assistant("recruiter", FOLDER, "Four small postings whose roles are asked by short names.")


@pytest.mark.parametrize("question, must", [
    ("larkspur RN pay", "$41.20"),
    ("rn shifts", "12-hour day shifts"),
    ("what does the rn need", "telemetry"),
])
def test_a_nurse_asked_as_rn_is_the_registered_nurse(recruiter, question, must):
    _answer, text = ask(recruiter, question)
    assert must in text


def test_da_is_the_data_analyst_even_beside_a_developer_advocate(recruiter):
    _answer, text = ask(recruiter, "DA salary")
    assert "£38,000" in text and "£52,000" not in text


def test_devrel_is_the_developer_advocate(recruiter):
    _answer, text = ask(recruiter, "devrel responsibilities")
    assert "starter kits" in text


def test_a_company_with_a_short_first_word_is_asked_by_its_first_two_words(recruiter):
    _answer, text = ask(recruiter, "bao long qa salary")
    assert "20,000,000" in text
    _answer, text = ask(recruiter, "bao long requirements")
    assert "Playwright" in text
