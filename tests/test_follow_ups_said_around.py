"""A follow-up is the same question whatever a recruiter says around it:
a remark on the answer they just read ("Makes sense."), a polite frame
("Could you also tell me: ..."), a "one more thing:" before it, or Slack's
own markup on a word (*bold*, _italics_, `code`). Each story is played turn
by turn through the Assistant the adapters use.
"""

from tests.threads import BACKEND, BACKEND_YEARS, EXPERT, EXPERT_PAY, EXPERT_YEARS, GLOBAL, GLOBAL_PAY, GLOBAL_YEARS


class TestARemarkOnTheLastAnswerBeforeTheFollowUp:
    """People acknowledge what they read before asking on: the remark asks
    nothing, and the follow-up after it leans on the conversation as it would alone."""

    def test_makes_sense_then_another_role_for_the_same_fact(self, thread):
        thread.ask("how many years for the lead backend engineer?")
        answer, text = thread.ask("Makes sense. And what about the global one?")
        assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text

    def test_that_helps_then_a_bare_topic(self, thread):
        thread.ask("expert software engineer pay")
        answer, text = thread.ask("OK, that helps. experience?")
        assert answer.roles == (EXPERT,) and EXPERT_YEARS in text

    def test_interesting_then_which_of_those(self, thread):
        thread.ask("what do the expert swe and the global lead earn?")
        answer, text = thread.ask("Interesting! which of those pays more?")
        assert answer.roles[:1] == (EXPERT,) and EXPERT_PAY in text

    def test_good_to_know_then_and_then_on_a_career_path(self, thread):
        thread.ask("where does a lead back end engineer come from?")
        answer, text = thread.ask("Good to know - and then?")
        assert answer.roles == (BACKEND,) and "Principal Engineer" in text

    def test_a_remark_alone_is_still_only_a_remark(self, thread):
        thread.ask("expert software engineer pay")
        answer, _ = thread.ask("Makes sense.")
        assert EXPERT_YEARS not in answer.title


class TestAFollowUpInAPoliteFrame:
    """"Could you also tell me", "one more thing:" ask nothing of their own."""

    def test_could_you_also_tell_me_before_and_then(self, thread):
        thread.ask("global lead engineer, where do people come from?")
        answer, text = thread.ask("Could you also tell me: and then?")
        assert answer.roles == (GLOBAL,) and "VP of Technology" in text

    def test_one_more_thing_before_a_bare_topic(self, thread):
        thread.ask("lead back end engineer salary")
        answer, text = thread.ask("One more thing, please: years?")
        assert answer.roles == (BACKEND,) and BACKEND_YEARS in text

    def test_i_would_also_like_to_know_what_the_other_pays(self, thread):
        thread.ask("global lead experience")
        answer, text = thread.ask("I'd also like to know what it pays")
        assert answer.roles == (GLOBAL,) and GLOBAL_PAY in text


class TestSlackMarkupOnAWord:
    """Slack sends the asterisks, underscores and backticks people type for
    emphasis; a word in them is the same word."""

    def test_one_word_of_a_name_in_bold_is_still_the_name(self, thread):
        thread.ask("which roles mention kafka?")
        answer, text = thread.ask("and New *Relic*?")
        assert "mention New Relic" in text and answer.roles == (BACKEND,)

    def test_a_role_in_italics_is_the_role(self, thread):
        thread.ask("lead backend engineer salary")
        answer, text = thread.ask("and for the _expert software engineer_?")
        assert answer.roles == (EXPERT,) and EXPERT_PAY in text

    def test_a_word_in_code_marks_in_a_follow_up(self, thread):
        thread.ask("expert swe hard skills")
        answer, text = thread.ask("does it need `Kubernetes`?")
        assert answer.roles == (EXPERT,) and "Kubernetes" in text

    def test_snake_case_words_stay_as_typed(self):
        from bot.chat_markup import without_emphasis
        assert without_emphasis("is on_call_rotation listed?") == "is on_call_rotation listed?"
        assert without_emphasis("2*3*4 years") == "2*3*4 years"
