"""A follow-up keeps its meaning when it is said in other words.

eval/perturb_dialogs.py rewrites one follow-up of each tuning conversation at
a time ("thanks! and the global one?", "#2 — what langs", "yaers?") and found
the mechanisms fitted to the words their banks used: a thanks before the
follow-up answered the thanks, a pick by "number 2" or "#2" picked nothing, a
slip in a one-word follow-up named a role. Each story is played turn by turn
through the Assistant the adapters use.
"""

from tests.threads import BACKEND, ENGINEER, EXPERT, GLOBAL


class TestThanksBeforeAFollowUp:
    """"thanks! and ML?": the thanks closes the last answer, the rest asks on."""

    def test_thanks_then_a_role_carries_the_last_question_to_it(self, thread):
        thread.ask("global lead engineer languages")
        answer, text = thread.ask("thanks! and the expert one?")
        assert answer.roles == (EXPERT,) and "Rust" in text and "You're welcome" not in text

    def test_thanks_then_a_topic_asks_it_of_the_role_on_screen(self, thread):
        thread.ask("what does the lead back end engineer pay")
        answer, text = thread.ask("thx, years?")
        assert answer.roles == (BACKEND,) and "8-12" in text

    def test_thanks_alone_is_still_thanks(self, thread):
        thread.ask("what does the lead back end engineer pay")
        _answer, text = thread.ask("ok thanks!")
        assert "You're welcome" in text


class TestPicksByNumber:
    """"number 2", "#2": a position in the list on screen, whatever follows it."""

    def test_number_two_with_a_topic_picks_the_second_role(self, thread):
        thread.ask("expert swe vs engineer — yrs")
        answer, text = thread.ask("number 2 — what langs")
        assert answer.roles == (ENGINEER,) and "JavaScript/TypeScript" in text

    def test_hash_one_with_a_topic_picks_the_first_role(self, thread):
        thread.ask("compare expert software engineer and lead back end engineer")
        answer, _text = thread.ask("#1, hard skills")
        assert answer.roles == (EXPERT,)

    def test_years_for_number_one_asks_the_first_roles_years_not_one_year(self, thread):
        thread.ask("compare expert swe and global lead salary")
        answer, text = thread.ask("years for number 1")
        assert answer.roles == (EXPERT,) and "10-15" in text and "12-18" not in text


class TestASlipInAOneWordFollowUp:
    """"yaers?": a typo of a topic word asks that topic, it names no role."""

    def test_a_swapped_pair_of_letters_in_years_asks_the_years(self, thread):
        thread.ask("what does the global lead engineer pay")
        answer, text = thread.ask("yaers?")
        assert answer.roles == (GLOBAL,) and "12-18" in text


class TestTheRoleSaidByANoun:
    """"who feeds into the role": a noun pointed back at is the role on screen, as "it" is."""

    def test_who_feeds_into_that_position_is_the_roles_entry_points(self, thread):
        thread.ask("lead backend lateral moves")
        thread.ask("what about promotions")
        answer, text = thread.ask("and who feeds into that position")
        assert answer.roles == (BACKEND,) and "Senior Back End Engineer" in text

    def test_the_next_step_up_for_this_one_is_a_career_step_not_a_step_along_the_list(self, thread):
        thread.ask("which role requires fewest years")
        thread.ask("and pay for it?")
        answer, text = thread.ask("next step up for this one")
        assert answer.roles == (ENGINEER,) and "Senior Engineer / Lead Engineer" in text

    def test_the_next_one_down_still_steps_along_a_ranking(self, thread):
        thread.ask("who is paid the most?")
        answer, _ = thread.ask("the next one down")
        assert answer.roles == (GLOBAL,)


class TestFollowUpsTypedWithoutMarks:
    """A follow-up typed with no comma or apostrophe asks what it asked with them."""

    def test_a_correction_with_no_comma_is_still_a_correction(self, thread):
        thread.ask("global lead languages")
        answer, text = thread.ask("no wait engineer")
        assert answer.roles == (ENGINEER,) and "JavaScript/TypeScript" in text

    def test_correction_then_a_role_asks_the_last_question_of_it(self, thread):
        thread.ask("engineer laterals")
        answer, text = thread.ask("correction lead back end")
        assert answer.roles == (BACKEND,) and "DevOps Lead" in text

    def test_that_roles_pay_is_that_roles_pay_not_every_roles(self, thread):
        thread.ask("does any role work with ux designers")
        answer, text = thread.ask("that roles pay")
        assert answer.roles == (ENGINEER,) and "275,000" not in text and "160,000" not in text


class TestWhatAboutATerm:
    """"what about typescript?" searches as "and typescript?" does."""

    def test_what_about_a_term_after_a_search_among_the_roles_searches_it(self, thread):
        thread.ask("engineer vs expert swe langs")
        thread.ask("which has rust")
        answer, text = thread.ask("what about typescript?")
        assert ENGINEER in answer.roles and "TypeScript" in text
