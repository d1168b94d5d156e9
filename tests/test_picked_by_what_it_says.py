"""A role on screen picked by a thing only its documents say: after a
search found several roles, "the Pulumi one" or "the Jaeger one — pay?" is
the one of them that mentions it, as "the global one" is the one whose title
says "global". Each story is played turn by turn through the Assistant the
adapters use.
"""

from tests.threads import BACKEND, EXPERT, EXPERT_PAY, EXPERT_YEARS


class TestThePickByATermOnlyOneRoleSays:

    def test_the_pulumi_one_after_every_role_mentioned_terraform(self, thread):
        answer, _ = thread.ask("which roles mention terraform?")
        assert len(answer.roles) > 2
        answer, text = thread.ask("the pulumi one's years?")
        assert answer.roles == (EXPERT,) and EXPERT_YEARS in text

    def test_the_jaeger_one_then_a_fact_after_a_dash(self, thread):
        thread.ask("who lists Jaeger or New Relic?")
        answer, text = thread.ask("ok the Jaeger one - what does it pay?")
        assert answer.roles == (EXPERT,) and EXPERT_PAY in text

    def test_a_term_every_role_on_screen_says_picks_none(self, thread):
        thread.ask("which roles need kafka")
        answer, _ = thread.ask("the kafka one, pay?")
        assert answer.roles != (BACKEND,) and answer.roles != (EXPERT,)
