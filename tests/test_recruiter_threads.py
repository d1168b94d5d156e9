"""A recruiter's thread that points back in ways a single question never does.

"The other lead role" after one lead role, "the first one" after a question
about one role and then another, a fact asked of the role in question
beside a word that is only part of some title ("how big is the team?"),
and which of the roles shown is "better paid". Each conversation is played
turn by turn through the Assistant the adapters use, and checked by the
right roles' facts and not the others'.
"""

import pytest

from bot import ANSWER, open_assistant
from tests.threads import Thread

# Each role's pay and experience, as the seeds state them.
GLOBAL_PAY, EXPERT_PAY, BACKEND_PAY = "250,000", "275,000", "220,000"
GLOBAL_YEARS, EXPERT_YEARS, BACKEND_YEARS, ENGINEER_YEARS = "12-18", "10-15", "8-12", "3-7"
GLOBAL, EXPERT, BACKEND, ENGINEER = ("Global Lead Engineer", "Expert Software Engineer", "Lead Back End Engineer",
                                     "Engineer")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return open_assistant(f"sqlite:///{tmp_path_factory.mktemp('recruiter_threads') / 'rolecall.db'}")


@pytest.fixture
def thread(assistant, request):
    return Thread(assistant, f"thread-{request.node.name}")


class TestTheOtherRoleOfAKind:
    def test_compare_with_the_other_lead_role_compares_the_two_lead_roles(self, thread):
        thread.ask("salary of lead back end engineer")
        answer, text = thread.ask("how does it compare with the other lead role?")
        assert set(answer.roles) == {BACKEND, GLOBAL} and answer.intent == "compare"
        assert BACKEND_PAY in text and GLOBAL_PAY in text and EXPERT_PAY not in text

    def test_versus_the_other_lead_position_keeps_the_facet_asked(self, thread):
        thread.ask("global lead engineer experience")
        answer, text = thread.ask("compare with the other lead position")
        assert set(answer.roles) == {BACKEND, GLOBAL}
        assert GLOBAL_YEARS in text and BACKEND_YEARS in text

    def test_what_about_the_other_lead_one_is_the_lead_role_not_asked_before(self, thread):
        # the earlier role (Engineer) is no lead role: "the other lead one" is not it
        thread.ask("engineer salary")
        thread.ask("global lead engineer experience")
        answer, text = thread.ask("what about the other lead one?")
        assert answer.roles == (BACKEND,) and BACKEND_YEARS in text


class TestPositionsAfterTwoRolesAskedInTurn:
    def test_the_first_one_is_the_role_asked_about_first(self, thread):
        thread.ask("lead back end engineer salary")
        thread.ask("and the global lead engineer?")
        answer, _ = thread.ask("the first one's soft skills")
        assert answer.roles == (BACKEND,) and answer.intent == "soft_skills"

    def test_the_latter_is_the_role_asked_about_second(self, thread):
        thread.ask("lead back end engineer salary")
        thread.ask("and the global lead engineer?")
        answer, text = thread.ask("the second one's experience?")
        assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text


class TestAFactOfTheRoleInQuestion:
    def test_a_word_of_some_career_title_does_not_hide_the_role_in_question(self, thread):
        # "team" is a word of "Senior Engineering Team Lead", a title of the career paths only
        thread.ask("lead back end engineer")
        answer, _ = thread.ask("how big is the team?")
        assert answer.kind == ANSWER and answer.roles == (BACKEND,)


class TestWhichOfTheRolesShown:
    def test_which_is_better_paid_ranks_them_by_pay(self, thread):
        thread.ask("which roles list kafka?")
        answer, text = thread.ask("which is better paid?")
        assert answer.roles[0] == EXPERT and answer.intent == "salary"
        assert set(answer.roles) == {EXPERT, BACKEND} and GLOBAL_PAY not in text

    def test_how_does_it_stack_up_compares_with_the_role_named(self, thread):
        thread.ask("expert software engineer soft skills")
        answer, _ = thread.ask("how does that stack up against the global lead?")
        assert set(answer.roles) == {EXPERT, GLOBAL} and answer.intent == "compare"
