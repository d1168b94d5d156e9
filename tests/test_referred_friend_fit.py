"""A recruiter refers someone they know and asks whether they fit a role:
"referring a friend", "a referral with 9 years". The friend is the candidate
whose years are told, so the answer is the role's experience and where its
people come from, as for "a candidate with 9 years". In our own words."""

import pytest

from bot import Question, render_text
from tests.threads import BACKEND_YEARS, EXPERT_YEARS


@pytest.mark.parametrize("question, said", [
    ("referring a friend: 11 yrs, staff engineer, ran an SRE team in two offices. good fit for expert swe?",
     EXPERT_YEARS),
    ("my referral: 9 years, senior backend dev, built payment APIs. good fit for the lead backend engineer?",
     BACKEND_YEARS),
])
def test_a_referred_friends_fit_shows_the_experience_asked(assistant, question, said):
    text = render_text(assistant.ask(Question(question, platform="test")))
    assert "experience" in text.split("\n")[0] and said in text
