"""A recruiter describes a candidate by their current title and asks which
req fits ("candidate: 14 yrs, now a senior staff engineer, ran code reviews
for several teams. which opening?"). A role whose career path lists that
title as a way in ("Entry Point From: Senior Staff Engineer") is the step
the documents write for them, and counts for the fit beside the words the
description shares with each role."""

import pytest

from bot import open_assistant
from tests.postings import ask


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


@pytest.mark.parametrize("question", [
    "candidate: 14 yrs, now a senior staff engineer, ran code reviews for several teams. which opening?",
    "referral is currently a solutions architect with 13 years, has mentored teams on software design - which req?",
])
def test_the_role_entered_from_the_candidates_title_fits_best(assistant, question):
    _answer, text = ask(assistant, question)
    assert "Best fit: Global Lead Engineer" in text, text


@pytest.mark.parametrize("question", [
    "Senior back end dev, 9 years, Go and Kafka, 3 years as tech lead, wants to mentor a small team. Best match?",
    "Senior backend developer, 9 yrs, Go and Kafka, mentors juniors. Closest match?",
])
def test_a_title_the_store_lacks_said_first_with_years_is_the_candidates_own(assistant, question):
    """A sourcer's shorthand opens with the candidate's current title and
    years ("Senior back end dev, 9 years, …") and asks for the best match with
    no word for the person: the title is their background, not a role the
    store was asked about and lacks ("I don't have the role …")."""
    _answer, text = ask(assistant, question)
    assert "Best fit: Lead Back End Engineer" in text, text


def test_the_candidate_asking_for_themselves_is_matched_by_their_background(assistant):
    """A coordinator pastes the candidate's own e-mail: "I have 6 years …
    which role is good for me?". The asker is the candidate; their field
    ("healthcare software") is background, not a role the store lacks."""
    _answer, text = ask(assistant, "Olá! I have 6 years of experience in healthcare software with HIPAA "
                                   "compliance. Which role is good for me?")
    assert "Best fit: Engineer" in text and "HIPAA" in text, text


def test_a_pasted_candidate_email_asking_which_of_your_roles_is_for_me(assistant):
    """A coordinator pastes the candidate's e-mail whole: "Which of your roles
    is for me?" asks the fit as "which role fits?" does, and the coordinator's
    "Pasting" is none of what the candidate has."""
    _answer, text = ask(assistant, "Pasting a candidate's e-mail: \"I have 8 years of backend development and I "
                                   "led projects for 3 years. I know Node.js and GraphQL. Which of your roles is "
                                   "for me?\"")
    assert "Best fit: Lead Back End Engineer" in text, text
    assert "pasting" not in text.lower()
