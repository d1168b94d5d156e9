"""Words that point back at what the conversation showed or was told:
"which of those roles …" (a noun for roles after a word that points) means
the roles on screen, as "which of those" alone does, not every role in the
store; "the candidate" means the person told of, as "she" does. Each story is
played turn by turn through the Assistant the adapters use.
"""

from tests.threads import BACKEND, BACKEND_PAY, EXPERT, GLOBAL, GLOBAL_PAY


class TestWhichOfThoseRoles:
    """A recruiter narrows the store, then ranks what is on screen."""

    def test_which_of_those_roles_ranks_only_the_roles_listed(self, thread):
        thread.ask("which roles ask for more than 11 years?")
        answer, text = thread.ask("which of those roles pays the least?")
        assert answer.roles == (GLOBAL,) and GLOBAL_PAY in text and BACKEND_PAY not in text

    def test_which_of_these_two_jobs_ranks_the_pair_compared(self, thread):
        thread.ask("compare pay for the expert swe and the lead backend engineer")
        answer, _ = thread.ask("which of these two jobs asks for fewer years?")
        assert set(answer.roles) == {EXPERT, BACKEND} and answer.roles[0] == BACKEND

    def test_which_roles_alone_still_asks_the_whole_store(self, thread):
        thread.ask("lead backend salary")
        answer, _ = thread.ask("which roles pay over 200k?")
        assert len(answer.roles) > 1


class TestTheCandidatePointedAt:
    """A recruiter describes a candidate, then says "the candidate" where
    they might have said "she": the question leans on the role in question."""

    def test_the_candidate_wants_a_figure_after_the_band(self, thread):
        thread.ask("my candidate has 9 years of backend work with java, which req fits?")
        thread.ask("what's the pay band")
        answer, text = thread.ask("the candidate is asking for 230")
        assert answer.roles == (BACKEND,) and BACKEND_PAY in text

    def test_does_the_applicant_need_a_degree_for_it(self, thread):
        thread.ask("expert software engineer salary")
        answer, text = thread.ask("does my applicant need a degree for it?")
        assert answer.roles == (EXPERT,) and "Bachelor" in text
