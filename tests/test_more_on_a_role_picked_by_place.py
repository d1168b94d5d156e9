"""A recruiter asks for more on one role of a list by where it stands:
"more on the one at the bottom", "ok, more on the top one". "More on"
opening the message asks for detail and ranks nothing, so "bottom" and
"top" are places in the list shown, not ends of a pay range; "which pays
more on the low end?" still ranks. Each story is played turn by turn
through the Assistant the adapters use.
"""

from tests.threads import EXPERT, GLOBAL


class TestMoreOnARolePickedByPlace:

    def test_more_on_the_one_at_the_bottom_of_a_search(self, thread):
        answer, _ = thread.ask("who lists rust?")
        assert answer.roles == (EXPERT, GLOBAL)
        answer, _ = thread.ask("more on the one at the bottom")
        assert answer.roles == (GLOBAL,)

    def test_ok_more_on_the_top_one(self, thread):
        thread.ask("who lists rust?")
        answer, _ = thread.ask("ok, more on the top one pls")
        assert answer.roles == (EXPERT,)

    def test_more_on_the_low_end_still_ranks(self, thread):
        thread.ask("who lists rust?")
        answer, _ = thread.ask("which of them pays more on the low end?")
        assert len(answer.roles) == 2
