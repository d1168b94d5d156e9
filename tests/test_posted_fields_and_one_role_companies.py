"""A recruiter asks of a posting by a word its items are written under ("the scenic painter
rate", "the painter's dates"), with a comment below the post that uses the same word in
passing: the item "Rate: £210 per day" answers, not the comment. And a company hiring one
role stands for it before a noun for a posting ("does the quarrybank job want welsh?");
a company with several roles still lists them."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "posted_fields"

recruiter = batch_assistant("recruiter", FOLDER, "A freelance posting with comments, and a company with two roles.")


def test_an_item_written_under_the_word_asked_answers_before_a_comment(recruiter):
    for question in ("scenic painter rate?", "quarrybank painter rate"):
        _answer, text = ask(recruiter, question)
        assert "£210 per day" in text and "open to offers" not in text, (question, text)


def test_an_item_under_a_word_of_the_facet_asked_is_part_of_its_answer(recruiter):
    _answer, text = ask(recruiter, "scenic painter contract dates")
    assert "3 March to 28 April 2027" in text


def test_the_company_job_of_a_company_with_one_role_is_that_role(recruiter):
    for question, must in (("does the quarrybank job want welsh?", "Cardiff venue crew"),
                           ("how much does the quarrybank scenic gig pay", "£210")):
        answer, text = ask(recruiter, question)
        assert must in text, (question, text)
        assert "Scenic Painter" in answer.title


def test_a_company_with_several_roles_still_lists_them(recruiter):
    _answer, text = ask(recruiter, "does the orrin works job want welsh?")
    assert "Stage Carpenter" in text and "Props Maker" in text
