"""A recruiter thanks RoleCall twice over in chat shorthand before the next
question ("ty ty, monitoring?"): the thanks is an opener, as a single "ty,"
is, and the question after it ("last: monitoring?") is answered for the role
in question, not taken for small talk.
"""

from tests.threads import ENGINEER


class TestThanksTwiceOverBeforeAQuestion:

    def test_ty_ty_then_a_bare_topic(self, thread):
        thread.ask("engineer role CI tools?")
        answer, text = thread.ask("ty ty, last: monitoring?")
        assert answer.roles == (ENGINEER,) and "Prometheus" in text

    def test_thanks_thanks_then_a_follow_up(self, thread):
        thread.ask("engineer role CI tools?")
        answer, text = thread.ask("thx thx, last one: monitoring?")
        assert answer.roles == (ENGINEER,) and "Prometheus" in text
