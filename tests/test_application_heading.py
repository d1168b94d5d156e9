"""A recruiter loads a vet hospital's page of two vacancies that ends under a bare "Application" heading
(how to apply, its reference, and that a CV alone will not do). Each posting is told how to apply, so
"how to apply for the kennel assistant job" gives the reference, "can candidates just send a cv" is
answered from it ("We do not accept CVs on their own"), and "can student vets apply" says first whom
the posting welcomes, then how."""

from pathlib import Path

import pytest

from knowledge import sections as S
from knowledge.readers import headings
from tests.postings import ask, batch_assistant

FOLDER = Path(__file__).parent / "story_documents" / "application_heading"

recruiter = batch_assistant("recruiter", FOLDER, "A vet hospital's page of two vacancies.")


def test_each_posting_is_told_how_to_apply(recruiter):
    _answer, text = ask(recruiter, "how to apply for the kennel assistant job")
    assert "HV-26" in text, text


def test_whether_a_cv_alone_will_do_is_answered_from_how_to_apply(recruiter):
    _answer, text = ask(recruiter, "can candidates just send a cv for the veterinary nurse job")
    assert "We do not accept CVs on their own" in text, text


def test_who_may_apply_comes_before_how(recruiter):
    _answer, text = ask(recruiter, "can student vets apply for the kennel assistant job")
    assert "welcome to apply" in text, text
    assert text.index("welcome to apply") < text.index("HV-26"), text


@pytest.mark.parametrize("heading", ["Application", "Your application", "Ihre Bewerbung", "Votre candidature",
                                     "Solicitud", "Candidatura", "Sollicitatie"])
def test_the_application_heading_in_other_words_is_how_to_apply(heading):
    assert headings.facet(heading) == S.NOT_ABOUT_ROLE
