"""A pay ranking sets apart the roles whose documents state no pay; they
are still among the roles the recruiter is looking at. After a question
about the ranking's first role ("what degree does it want"), "the junior one"
picks among the ranking and the roles it set apart, as it would right after
the ranking. Played turn by turn through the Assistant the adapters use.
"""

from tests.threads import ENGINEER, ENGINEER_YEARS, EXPERT


class TestTheRolesAPayRankingSetApart:

    def test_the_junior_one_after_a_question_about_the_best_paid(self, thread):
        thread.ask("what roles do you have")
        answer, _ = thread.ask("who pays best")
        assert ENGINEER not in answer.roles  # its documents state no pay
        answer, _ = thread.ask("what degree does it want")
        assert answer.roles == (EXPERT,)
        answer, _ = thread.ask("and the junior one?")
        assert answer.roles == (ENGINEER,)

    def test_the_least_experienced_one_years_after_the_top_earners_skills(self, thread):
        thread.ask("rank the roles by pay")
        thread.ask("hard skills for it?")
        answer, text = thread.ask("the least experienced one - years?")
        assert answer.roles == (ENGINEER,) and ENGINEER_YEARS in text
