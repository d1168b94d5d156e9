"""A recruiter walks a role's career path with "and then?". When the store
has a role for none of the role's next steps, "and then?" goes on along the
role's own path (a document lists where a role leads nearest first), rather
than stopping at a first step the store cannot follow.
"""

from tests.threads import EXPERT, GLOBAL


class TestAndThenPastTheStoresRoles:

    def test_and_then_after_next_steps_the_store_has_no_role_for(self, thread):
        thread.ask("expert software engineer next step")
        answer, text = thread.ask("and then?")
        assert answer.roles == (EXPERT,) and "Director of Engineering" in text and "Chief Architect" in text

    def test_and_before_that_still_goes_back_from_the_same_role(self, thread):
        thread.ask("global lead engineer, where can they go next?")
        answer, text = thread.ask("and then?")
        assert answer.roles == (GLOBAL,) and "VP of Technology" in text
        answer, text = thread.ask("and before that?")
        assert answer.roles == (GLOBAL,) and "Principal Software Engineer" in text


class TestBeyondThat:
    """"Beyond that" points back at the answer on screen: more than it, not
    the secondary duties "beyond" alone may ask for."""

    def test_what_is_preferred_beyond_that_after_the_years(self, thread):
        thread.ask("Global Lead Engineer YOE?")
        answer, text = thread.ask("what's preferred for them beyond that?")
        assert answer.roles == (GLOBAL,) and "globally distributed" in text

    def test_and_then_beyond_that_after_the_next_steps(self, thread):
        thread.ask("global lead engineer what is the path up from there")
        answer, text = thread.ask("and then beyond that")
        assert answer.roles == (GLOBAL,) and "VP of Technology" in text
