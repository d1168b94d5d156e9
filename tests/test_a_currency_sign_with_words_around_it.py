"""A recruiter in a Slack thread types only a currency sign to ask what a
role pays, but rarely bare: "and $?", "ok what about €?", "hey £ pls",
"@RoleCall $?", "Nice, thanks. $?" or "Quick one: $?". Words that only lean
on the conversation, a mention, quoting or a short remark before it ask
nothing more, so the sign asks the pay of the role in question as a lone
sign does; a sign inside an amount ("over $200k") is read as before. Each story is played turn by turn through the Assistant
the adapters use.
"""

import pytest

from tests.threads import EXPERT, EXPERT_PAY


class TestACurrencySignWithWordsAroundIt:

    @pytest.mark.parametrize("reply", ["and $?", "ok what about €?", "hey £ pls", "<@U0TEST99> $?", "€ for that one?",
                                       "Nice, thanks. $?", "Quick one: $?", "$$ cheers"])
    def test_the_sign_after_a_role_answer_asks_its_pay(self, thread, reply):
        thread.ask("what does the expert software engineer do day to day")
        answer, text = thread.ask(reply)
        assert answer.roles == (EXPERT,) and EXPERT_PAY in text
