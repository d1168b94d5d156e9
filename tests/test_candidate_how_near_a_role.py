"""A recruiter who told of a candidate's years asks how near a role they are:
"how close is she to the global lead?", "ready for the expert swe?", "is she
far from lead back end?". Asked as a fit, their years are held against the
role's range; after another fact in between, that fact was asked of the role
again, or "close" searched for in it. Each story is played turn by turn through the Assistant the adapters
use, in our own words."""

import pytest

from tests.threads import BACKEND, BACKEND_YEARS, EXPERT, EXPERT_YEARS, GLOBAL, GLOBAL_YEARS


@pytest.mark.parametrize("then, role, years", [
    ("how close is she to the global lead?", GLOBAL, GLOBAL_YEARS),
    ("ready for the expert swe?", EXPERT, EXPERT_YEARS),
    ("is she far from lead back end?", BACKEND, BACKEND_YEARS),
])
def test_how_near_a_role_holds_the_candidates_years_against_it(thread, then, role, years):
    thread.ask("sourcing for a candidate with 7 years of backend work")
    thread.ask("what degree does the engineer role ask for?")  # another fact in between
    answer, text = thread.ask(then)
    assert answer.roles == (role,) and years in text and "experience" in text.split("\n")[0]
