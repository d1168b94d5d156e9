"""Slack's quote mark ("> ") opening a line is markup, not a word.

eval/perturb_dialogs.py's slack-markup rewrite quotes a follow-up as Slack's
"> " does. "> any 401k?" was read as pay above $401,000, "> ty ty, last:
monitoring?" as thanks alone, "> hm ok, what roles DO you have" as a search
for "hm". A ">" before an amount still says above it.
"""

from bot.chat_markup import without_markup
from tests.threads import BACKEND


class TestAQuotedFollowUp:
    """"> any 401k?" asks what "any 401k?" asks."""

    def test_a_quoted_perk_asks_for_the_perk_not_pay_above_it(self, thread):
        thread.ask("is the lead backend role remote?")
        thread.ask("full time?")
        answer, text = thread.ask("> any 401k?")
        assert BACKEND in answer.roles and "401(k)" in text and "$401,000" not in text

    def test_a_quoted_question_for_the_roles_lists_them(self, thread):
        thread.ask("salary for the data scientist req?")
        answer, text = thread.ask("> hm ok, what roles DO you have")
        assert len(answer.roles) == 4 and "Global Lead Engineer" in text

    def test_the_quote_mark_is_blanked_and_offsets_hold(self):
        assert without_markup("> any 401k?") == "  any 401k?"
        assert without_markup("&gt; any 401k?") == "     any 401k?"

    def test_a_mark_before_an_amount_is_above_it(self):
        assert without_markup("> 200k?") == "> 200k?"
        assert without_markup("which roles pay > 200k") == "which roles pay > 200k"


class TestAQuotedAnswerThenTheRoleMeant:
    """"> <an answer pasted back> ... not that one, the expert": the role after
    the quote is asked; the quote's own role is what was said, even with its mark blanked."""

    def test_the_role_after_a_quoted_answer_is_the_one_asked(self, thread):
        from tests.threads import EXPERT
        thread.ask("how much does the expert software engineer pay?")
        answer, text = thread.ask("> Global Lead Engineer: salary ... not that one, I asked about the expert software engineer")
        assert answer.roles == (EXPERT,) and "275,000" in text
