"""A recruiter types a title the way the trade says it, short: "payroll adm", "medical
sec" (its last word cut to three letters, right after its other words) and "physio" for
the physiotherapist. The role is found as if its title had been written in full."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "titles_said_short"

recruiter = batch_assistant("recruiter", FOLDER, "A freight firm's payroll roles, a clinic's physio, secretary and receptionist.")


def test_a_title_word_cut_to_three_letters_after_the_others(recruiter):
    answer, text = ask(recruiter, "who does the medical sec report to")
    assert "Practice Manager" in text and "Reception Lead" not in text, text
    assert answer.title.startswith("Medical Secretary")


def test_three_letters_cut_short_at_the_end_of_a_question(recruiter):
    answer, text = ask(recruiter, "salary for the payroll adm")
    assert "27,500" in text and "23,000" not in text, text


def test_physio_is_the_physiotherapist(recruiter):
    answer, text = ask(recruiter, "physio salary")
    assert "34,000" in text, text
    assert answer.title.startswith("Physiotherapist")


def test_three_letters_alone_are_no_title(recruiter):
    _answer, text = ask(recruiter, "sec salary")
    assert "25,400" not in text or "22,100" in text, text


def test_lab_beside_a_word_of_the_title_is_its_laboratory(recruiter):
    for question in ("which days does the lab technician work", "who does the lab tech report to"):
        answer, text = ask(recruiter, question)
        assert answer.title.startswith("Clinical Laboratory Technician"), (question, text)


def test_initials_keep_the_letters_of_a_title_word_written_as_initials(recruiter):
    """"HR Business Partner" is the HRBP: "HR" gives both its letters."""
    for question in ("HRBP package with harbourside", "what does the hrbp earn"):
        answer, text = ask(recruiter, question)
        assert answer.title.startswith("HR Business Partner"), (question, text)
        assert "49,000" in text, (question, text)
