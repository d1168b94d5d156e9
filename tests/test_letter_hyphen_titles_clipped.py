"""A recruiter types a title whose word stands behind one letter and a hyphen
("E-commerce Coordinator", "e-Learning Designer") glued and cut short, as the trade
says it: "ecom coordinator", "elearn designer". The role is found as if written in full."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "letter_hyphen_titles_clipped"

recruiter = batch_assistant("recruiter", FOLDER, "A garden supplier's web shop role and a college's two learning roles.")


def test_ecom_is_the_e_commerce_title(recruiter):
    answer, text = ask(recruiter, "what does the ecom coordinator get paid")
    assert "26,500" in text, text
    assert answer.title.startswith("E-commerce Coordinator")


def test_ecomm_cut_elsewhere(recruiter):
    answer, text = ask(recruiter, "duties of the ecomm coordinator at thornbury")
    assert "web shop" in text, text


def test_elearn_is_the_e_learning_designer_not_the_other_learning_role(recruiter):
    answer, text = ask(recruiter, "elearn designer salary")
    assert "35,750" in text and "21,300" not in text, text
