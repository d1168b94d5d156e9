"""A recruiter loads a public hospital's job specification, whose words for the employer and the role
are its own ("Background to the Post": the hospital; "Purpose of the Post": the role). The hospital
the background names is the role's employer, so "what is kilmurry general hospital" answers from it,
and "what is the hospital porter role" from the purpose of the post."""

from pathlib import Path

from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "job_specification_words"

recruiter = batch_assistant("recruiter", FOLDER, "A hospital's job specification.")


def test_the_background_to_the_post_names_the_employer(recruiter):
    _answer, text = ask(recruiter, "how big is kilmurry general hospital")
    assert "220-bed" in text, text


def test_the_purpose_of_the_post_is_the_roles_overview(recruiter):
    _answer, text = ask(recruiter, "what is the hospital porter role about")
    assert "move patients, samples and equipment" in text, text
