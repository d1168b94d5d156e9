"""A recruiter asks of a posting by nothing but its reference code ("closing date for
HBC-BCS-3107?"), as a candidate quotes it when applying. The code names its role whether
the posting gives it under a label of its own ("Campaign Reference:", "Post ref:") or only
in a sentence ("quoting reference LQB-0219", "Referencia de la oferta: SVQ-0331")."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "reference_codes"

recruiter = batch_assistant("recruiter", FOLDER, "Three postings, each with a reference code said its own way.")


def test_a_code_under_a_label_naming_its_kind_of_reference_names_the_role(recruiter):
    answer, text = ask(recruiter, "closing date for HBC-BCS-3107?")
    assert "Building Control Surveyor" in answer.title, text
    assert "14 February 2027" in text


def test_a_code_quoted_in_a_sentence_names_the_role(recruiter):
    answer, text = ask(recruiter, "what does LQB-0219 pay")
    assert "Shift Supervisor" in answer.title, text
    assert "£14.80" in text


def test_a_code_quoted_in_a_spanish_sentence_names_the_role(recruiter):
    answer, text = ask(recruiter, "salary for SVQ-0331")
    assert "Auxiliar de Calidad" in answer.title, text
    assert "22.000" in text


def test_a_code_no_posting_gives_is_still_not_guessed(recruiter):
    answer, text = ask(recruiter, "closing date for ZZQ-9999?")
    assert "Building Control Surveyor" not in answer.title and "Shift Supervisor" not in answer.title, text


def test_the_closing_date_a_spanish_posting_gives_as_its_plazo_de_inscripcion_answers_a_deadline(recruiter):
    """"Plazo de inscripción: hasta el 31 de marzo" is when applications close, in Spanish."""
    for question in ("closing date for SVQ-0331", "application deadline for the auxiliar de calidad"):
        answer, text = ask(recruiter, question)
        assert "31 de marzo de 2027" in text, (question, text)
