"""A recruiter asks whether a trade role is on call; the posting says it its own way, as
plants and hospitals do: "the after-hours call-in rotation (one weekend in six)", "call-out rota", "paid standby",
"astreintes un week-end sur cinq". That line answers, not only the role's
employment type, and a role whose posting says nothing of it still says so."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "on_call_said_otherwise"

recruiter = batch_assistant("recruiter", FOLDER, "A dairy's fitter with a call-out rota, and its quality technician with none.")


def test_a_call_out_rota_answers_whether_the_role_is_on_call(recruiter):
    for question in ("is the maintenance fitter on call", "is there on-call for the millbrook fitter"):
        answer, text = ask(recruiter, question)
        assert answer.title.startswith("Maintenance Fitter"), (question, text)
        assert "one weekend in six" in text, (question, text)


def test_a_role_whose_posting_says_nothing_of_it_shows_no_rota(recruiter):
    _answer, text = ask(recruiter, "is the quality technician on call")
    assert "one weekend in six" not in text, text


def test_french_astreintes_answer_whether_the_role_is_on_call(recruiter):
    answer, text = ask(recruiter, "is there on-call for the électromécanicien")
    assert answer.title.startswith("Électromécanicien"), text
    assert "un week-end sur quatre" in text, text
