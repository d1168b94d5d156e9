"""Follow-ups read by what they say of the last answer, not by their wording.

A recruiter's follow-up often uses words that, alone, would ask something
else: "top" and "bottom" name the ends of a pay range as well as the ends
of a ranking; "170k or more" bounds a list, it ranks nothing. Each story is
played turn by turn through the Assistant the adapters use.
"""

from bot import CLARIFY
from tests.threads import BACKEND, BACKEND_PAY, ENGINEER, EXPERT, EXPERT_PAY, GLOBAL, GLOBAL_PAY


class TestEndsOfPayRanges:
    def test_more_at_the_bottom_ranks_the_pair_by_their_floors(self, thread):
        thread.ask("compare lead backend and expert swe on-call")
        answer, _ = thread.ask("which pays more at the top")
        assert answer.roles[0] == EXPERT
        answer, text = thread.ask("and more at the bottom?")
        assert answer.roles[0] == EXPERT and set(answer.roles) == {EXPERT, BACKEND}
        assert "180,000" in text and "low end" in text

    def test_less_at_the_bottom_puts_the_lower_floor_first(self, thread):
        thread.ask("lead back end vs expert swe salary")
        answer, text = thread.ask("which pays less at the bottom?")
        assert answer.roles[0] == BACKEND and "160,000" in text

    def test_the_top_of_their_pay_is_the_pay_of_the_role_on_screen(self, thread):
        thread.ask("global lead languages")
        thread.ask("no wait, engineer")
        answer, text = thread.ask("ok and top of their pay?")
        assert answer.roles == (ENGINEER,) and answer.intent == "salary"
        assert GLOBAL_PAY not in text and EXPERT_PAY not in text and BACKEND_PAY not in text

    def test_the_bottom_one_still_picks_the_end_of_a_ranking(self, thread):
        answer, _ = thread.ask("who is paid the most?")
        answer, _ = thread.ask("the bottom one?")
        assert answer.roles == (BACKEND,)


class TestAThresholdsBoundIsNoRanking:
    def test_170k_or_more_narrows_the_list_and_picks_no_role(self, thread):
        thread.ask("which roles list a salary")
        answer, text = thread.ask("only the ones that start at 170k or more")
        assert set(answer.roles) == {EXPERT, GLOBAL} and BACKEND not in text
        answer, text = thread.ask("of those, which needs fewer years")
        assert answer.roles[0] == EXPERT and set(answer.roles) == {EXPERT, GLOBAL}


class TestListsOfRolesStatingAFact:
    def test_the_roles_with_a_salary_listed_show_it_so_the_cheapest_can_be_picked(self, thread):
        answer, text = thread.ask("which roles have a salary range listed")
        assert set(answer.roles) == {EXPERT, GLOBAL, BACKEND}
        assert "180,000" in text and EXPERT_PAY in text and "160,000" in text
        answer, text = thread.ask("the cheapest one - YOE?")
        assert answer.roles == (BACKEND,) and "8-12" in text

    def test_only_those_with_a_salary_listed_narrows_the_list_on_screen(self, thread):
        answer, _ = thread.ask("which roles list GitHub Actions")
        assert set(answer.roles) == {ENGINEER, GLOBAL, BACKEND}
        answer, text = thread.ask("only those with a salary listed")
        assert set(answer.roles) == {GLOBAL, BACKEND} and GLOBAL_PAY in text and BACKEND_PAY in text
        answer, text = thread.ask("the cheaper one's top")
        assert answer.roles == (BACKEND,) and BACKEND_PAY in text and GLOBAL_PAY not in text

    def test_only_those_with_years_stated_narrows_by_experience(self, thread):
        thread.ask("which roles mention Kubernetes")
        answer, text = thread.ask("only the ones with experience stated")
        assert answer.intent == "experience" and len(answer.roles) >= 1 and "years" in text


class TestTheLastQuestionAskedAgainForAnotherRole:
    def test_do_the_same_for_carries_the_topic_to_each_role_named(self, thread):
        _, text = thread.ask("lead backend IaC tools")
        assert "CloudFormation" in text
        answer, text = thread.ask("do the same for expert swe")
        assert answer.roles == (EXPERT,) and "Pulumi" in text and "Ansible" not in text
        answer, text = thread.ask("and the Engineer role")
        assert answer.roles == (ENGINEER,) and "Ansible" in text and "Pulumi" not in text

    def test_a_fact_asked_is_asked_again_whatever_the_words_of_the_repeat(self, thread):
        thread.ask("what does the global lead earn?")
        answer, text = thread.ask("can you do the same for the lead backend role")
        assert answer.roles == (BACKEND,) and answer.intent == "salary" and BACKEND_PAY in text
        answer, _ = thread.ask("same question for expert swe please")
        assert answer.roles == (EXPERT,) and answer.intent == "salary"

    def test_what_a_role_does_is_still_its_duties(self, thread):
        answer, _ = thread.ask("what does the expert swe do")
        assert answer.roles == (EXPERT,) and answer.intent == "primary_responsibilities"


class TestALevelNamedIsALevelOfTheRoleOnScreen:
    def test_senior_lead_level_asks_the_engineers_years_at_that_level(self, thread):
        thread.ask("engineer JD yrs of exp")
        answer, text = thread.ask("what about for senior/lead level?")
        assert answer.roles == (ENGINEER,) and "7+ years" in text
        answer, text = thread.ask("and their education min?")
        assert answer.roles == (ENGINEER,) and answer.intent == "education"

    def test_a_lead_role_named_is_still_that_role(self, thread):
        thread.ask("engineer JD yrs of exp")
        answer, _ = thread.ask("what about the lead backend engineer?")
        assert answer.roles == (BACKEND,)

    def test_lead_after_a_noun_for_the_role_is_its_verb_not_a_lead_role(self, thread):
        answer, _ = thread.ask("highest paid role?")
        assert answer.roles[0] == EXPERT
        answer, text = thread.ask("where does that role lead?")
        assert answer.roles == (EXPERT,) and answer.intent == "career_next" and "Chief Architect" in text

    def test_a_lead_role_asked_by_name_is_still_found(self, thread):
        answer, text = thread.ask("what does the lead role pay?")
        assert answer.kind == CLARIFY and BACKEND in text and GLOBAL in text
