"""A recruiter reads a role's next steps, then asks about a track of them:
"and how about the leadership track", "technical track instead?". The
answer is the next steps on screen on that track (the titles that manage,
or that stay technical), not a search of the role's documents for the word
"track", nor a title the store lacks.
"""

from tests.threads import BACKEND, ENGINEER


class TestATrackOfTheNextStepsOnScreen:

    def test_the_leadership_track_after_the_next_steps(self, thread):
        thread.ask("where can a lead back end engineer go next?")
        answer, text = thread.ask("and how about leadership track")
        assert answer.roles == (BACKEND,) and "Engineering Manager" in text

    def test_technical_track_instead(self, thread):
        thread.ask("next step after the engineer role if i want management")
        answer, text = thread.ask("technical track instead?")
        assert answer.roles == (ENGINEER,) and "Technical Architect" in text
