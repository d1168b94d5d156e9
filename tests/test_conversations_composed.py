"""Follow-ups that eval/compose_dialogs.py found us failing, told as recruiters' threads.

A recruiter looks at a list of roles and picks one by how it ranks ("the
lowest paid one", "the one at the bottom") while asking something else of
it, or narrows a pay list again by a new floor. Each story is played turn by
turn and checked by the picked role's facts, not another's.
"""

from tests.threads import BACKEND, BACKEND_PAY, BACKEND_YEARS, EXPERT, EXPERT_PAY, EXPERT_YEARS, GLOBAL, GLOBAL_PAY


class TestPickingByHowItRanks:
    def test_tell_me_more_is_no_ranking_word_beside_the_lowest_paid_one(self, thread):
        thread.ask("who pays above $200k?")
        answer, _ = thread.ask("tell me more about the lowest paid one")
        assert answer.roles == (BACKEND,)

    def test_the_pay_word_that_picks_the_role_is_not_the_question_asked(self, thread):
        thread.ask("which roles ask for Rust")
        answer, text = thread.ask("how many years for the better paid one?")
        assert answer.roles == (EXPERT,) and answer.intent == "experience" and EXPERT_YEARS in text

    def test_pay_asked_of_the_better_paid_one_is_still_pay(self, thread):
        thread.ask("which roles ask for Rust")
        answer, text = thread.ask("and what does the better paid one pay?")
        assert answer.roles == (EXPERT,) and EXPERT_PAY in text and GLOBAL_PAY not in text

    def test_the_one_at_the_bottom_is_the_last_role_shown(self, thread):
        thread.ask("which roles ask for Kafka")
        answer, text = thread.ask("how many years for the one at the bottom?")
        assert answer.roles == (BACKEND,) and BACKEND_YEARS in text and EXPERT_YEARS not in text


    def test_pay_asked_of_the_top_one_of_an_experience_ranking_is_pay(self, thread):
        thread.ask("compare the Engineer and the Expert Software Engineer")
        thread.ask("which of them needs more experience?")
        answer, text = thread.ask("what does the top one pay?")
        assert answer.roles == (EXPERT,) and answer.intent == "salary" and EXPERT_PAY in text

    def test_the_one_that_pays_less_is_ranked_by_the_words_after_it(self, thread):
        thread.ask("Lead Back End Engineer vs Global Lead Engineer")
        thread.ask("which is more senior?")
        answer, _ = thread.ask("tell me more about the one that pays less")
        assert answer.roles == (BACKEND,)

class TestNarrowingAPayListAgain:
    def test_only_the_ones_over_a_higher_floor_keeps_those_paying_above_it(self, thread):
        thread.ask("who pays above $200k?")
        answer, text = thread.ask("only the ones paying over 230k")
        assert set(answer.roles) == {EXPERT, GLOBAL} and BACKEND_PAY not in text

    def test_filter_to_the_ones_over_narrows_the_list_shown(self, thread):
        thread.ask("who pays above $200k?")
        answer, text = thread.ask("filter to the ones over $260,000")
        assert answer.roles == (EXPERT,) and GLOBAL_PAY not in text


class TestAskingForMore:
    def test_tell_me_more_about_the_one_at_the_bottom_picks_the_last_role(self, thread):
        thread.ask("which roles need Ansible?")
        answer, _ = thread.ask("tell me more about the one at the bottom")
        assert answer.roles == (GLOBAL,)


class TestPickingByWhatOnlyOneSays:
    def test_the_remote_one_is_the_role_shown_whose_documents_say_remote(self, thread):
        thread.ask("which roles ask for Kafka")
        answer, text = thread.ask("what does the remote one pay?")
        assert answer.roles == (BACKEND,) and BACKEND_PAY in text and EXPERT_PAY not in text

    def test_the_remote_one_alone_is_that_role(self, thread):
        thread.ask("which roles ask for Kafka")
        answer, _ = thread.ask("ok, the remote one")
        assert answer.roles == (BACKEND,)

    def test_the_one_that_is_remote_is_that_role_too(self, thread):
        thread.ask("what roles do you have?")
        answer, text = thread.ask("salary for the one that's remote?")
        assert answer.roles == (BACKEND,) and BACKEND_PAY in text and EXPERT_PAY not in text


class TestCareerPathBothWays:
    def test_where_does_it_lead_after_where_they_come_from_is_the_next_step(self, thread):
        thread.ask("where do Global Lead Engineers usually come from?")
        answer, text = thread.ask("where does it lead?")
        assert answer.intent == "career_next" and "Director of Engineering" in text \
            and "Principal Software Engineer" not in text


class TestAskingAgainForAnotherRole:
    def test_now_do_the_backend_one_asks_the_last_question_of_it(self, thread):
        thread.ask("how many years of experience does the Expert Software Engineer need?")
        answer, text = thread.ask("now do the backend one")
        assert answer.roles == (BACKEND,) and BACKEND_YEARS in text and EXPERT_YEARS not in text


class TestCareerPathInSourcersWords:
    def test_where_would_we_source_them_from_is_where_they_come_from(self, thread):
        thread.ask("what comes after Global Lead Engineer?")
        answer, text = thread.ask("where would we source them from?")
        assert answer.intent == "career_entry" and "Principal Software Engineer" in text \
            and "Director of Engineering" not in text
