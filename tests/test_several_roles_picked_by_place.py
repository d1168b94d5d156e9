"""A recruiter picks more than one role of a list at once: after a list or a
search shows several roles, "2 and 4", "compare the first and the third",
"the last two - experience?" or "#1 & #3" are those roles side by side, in
the order shown, on what is asked now or was asked last; "number three" is
the third as "number 3" is. A count of something else ("between 3 and 5
years") picks nothing. Each story is played turn by turn through the
Assistant the adapters use.
"""

from tests.threads import BACKEND, BACKEND_YEARS, ENGINEER, EXPERT, EXPERT_PAY, GLOBAL, GLOBAL_PAY


LISTED = (ENGINEER, EXPERT, GLOBAL, BACKEND)  # "list the roles": the store's roles in this order


class TestSeveralRolesPickedByPlace:

    def test_two_bare_numbers_after_the_roles_listed(self, thread):
        answer, _ = thread.ask("show me every role you have")
        assert answer.roles == LISTED
        answer, text = thread.ask("2 & 3 pay?")
        assert set(answer.roles) == {EXPERT, GLOBAL} and EXPERT_PAY in text and GLOBAL_PAY in text

    def test_two_ordinals_named_with_compare(self, thread):
        thread.ask("show me every role you have")
        answer, _ = thread.ask("ok compare the 2nd and the fourth")
        assert set(answer.roles) == {EXPERT, BACKEND}

    def test_the_last_two_of_a_list_in_no_order_of_its_own(self, thread):
        thread.ask("show me every role you have")
        answer, text = thread.ask("the last two, how many years?")
        assert set(answer.roles) == {GLOBAL, BACKEND} and BACKEND_YEARS in text

    def test_a_number_said_as_a_word_after_number(self, thread):
        thread.ask("show me every role you have")
        answer, text = thread.ask("what's number three's salary")
        assert answer.roles == (GLOBAL,) and GLOBAL_PAY in text

    def test_the_two_roles_asked_one_after_the_other(self, thread):
        thread.ask("how much does the expert software engineer earn")
        thread.ask("and the lead back end engineer?")
        answer, _ = thread.ask("1 and 2 side by side")
        assert set(answer.roles) == {EXPERT, BACKEND}

    def test_a_range_of_years_picks_no_roles(self, thread):
        thread.ask("show me every role you have")
        answer, _ = thread.ask("which of them want between 8 and 12 years?")
        assert set(answer.roles) != {EXPERT, BACKEND}
