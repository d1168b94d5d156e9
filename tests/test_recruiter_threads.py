"""A recruiter's thread that points back in ways a single question never does.

"The other lead role" after one lead role, "the first one" after a question
about one role and then another, a fact asked of the role in question
beside a word that is only part of some title ("how big is the team?"),
which of the roles shown is "better paid", a threshold that narrows the
list just shown ("and under 230k?"), and a candidate described once ("I
have a candidate with 7 years") whom later questions lean on. Each conversation is played
turn by turn through the Assistant the adapters use, and checked by the
right roles' facts and not the others'.
"""

import pytest

from bot import ANSWER
from knowledge import load_context
from knowledge.models import Conversation
from tests.threads import (BACKEND, BACKEND_PAY, BACKEND_YEARS, ENGINEER, ENGINEER_YEARS, EXPERT, EXPERT_PAY,
                           GLOBAL, GLOBAL_PAY, GLOBAL_YEARS, TTL, Thread)


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


class TestAThresholdNarrowsTheListShown:
    def test_and_under_narrows_a_pay_filter_and_says_both_bounds(self, thread):
        thread.ask("which roles pay over 200k?")
        answer, text = thread.ask("and under 230k?")
        # the list compared each range's top; so does its narrowing: 220k is the only top under 230k
        assert answer.roles == (BACKEND,)
        assert "above $200,000" in answer.title and "below $230,000" in answer.title
        assert "top of each" in text

    @pytest.mark.parametrize("kept", ['[1, 2]', '[["salary", true, true, "200k", "top"]]',
                                      '[["salary", true, true, null, "top"]]', '[["salary", true, true, 1e400, "top"]]',
                                      '[["salary", "yes", true, 200000, "middle"]]'])
    def test_a_kept_bound_edited_by_hand_is_forgotten_not_a_failure(self, assistant, thread, kept):
        """A bound the conversation kept that this code never writes (a row
        edited by hand, cut short, or a newer RoleCall's) costs the thread
        that bound; "and under 230k?" is still answered."""
        thread.ask("which roles pay over 200k?")
        with assistant.store.engine.begin() as conn:
            conn.execute(Conversation.__table__.update().where(Conversation.key == thread.key)
                         .values(state=f'{{"bounds": {kept}}}'))
        answer, _ = thread.ask("and under 230k?")
        assert answer.kind == ANSWER and "below $230,000" in answer.title

    def test_a_named_end_is_compared_instead(self, thread):
        thread.ask("which roles pay more than 190k?")
        answer, _ = thread.ask("which of those start under 170k?")
        assert answer.roles == (BACKEND,) and "bottom" in answer.summary

    def test_years_narrow_a_years_filter_without_saying_years_again(self, thread):
        thread.ask("roles needing at least 8 years")
        answer, _ = thread.ask("any of them under 10 years?")
        assert answer.roles == (BACKEND,) and "at least 8 years" in answer.title

    def test_a_bare_number_after_a_years_filter_is_years(self, thread):
        thread.ask("roles needing at least 10 years")
        answer, _ = thread.ask("and at most 11?")
        assert answer.roles == (EXPERT,) and "11 years" in answer.title

    def test_which_of_them_filters_the_roles_a_search_found(self, thread):
        thread.ask("which roles list kafka?")
        answer, text = thread.ask("which of them pay over 250k?")
        assert answer.roles == (EXPERT,) and BACKEND_PAY not in text

    def test_a_bound_the_same_way_is_asked_again_of_every_role(self, thread):
        thread.ask("roles paying at least 250k")
        answer, _ = thread.ask("what about at least 200k?")
        # not narrowed to the list above 250k: a new threshold the same way replaces it
        assert set(answer.roles) == {EXPERT, GLOBAL, BACKEND} and "250,000" not in answer.title


class TestACandidateDescribed:
    def test_which_role_would_suit_them_is_a_fit_for_the_years_told(self, thread):
        thread.ask("I have a candidate with 7 years of backend experience")
        answer, text = thread.ask("which role would suit them then?")
        # 7 years is within the Engineer's 3-7; the Lead Back End Engineer asks 8-12+
        assert answer.roles == (ENGINEER,) and ENGINEER_YEARS in text

    def test_the_candidate_is_answered_a_fit_when_first_described(self, thread):
        answer, _ = thread.ask("my candidate has 12 years of experience")
        assert set(answer.roles) == {EXPERT, GLOBAL, BACKEND} and ENGINEER not in answer.roles

    @pytest.mark.parametrize("asked", ["someone with 7 years, where should I put them?",
                                       "I've got someone with 7 years, no degree, where should I put them?"])
    def test_a_candidate_told_by_their_years_alone_is_placed_by_them(self, thread, asked):
        """Nothing but years (and what they lack) to rank the roles by: the
        roles whose stated years take theirs, not "which role do you mean?"."""
        answer, text = thread.ask(asked)
        assert answer.kind == ANSWER and answer.roles == (ENGINEER,) and ENGINEER_YEARS in text

    def test_a_role_named_later_is_judged_for_the_years_told(self, thread):
        thread.ask("got someone with 11 yrs")
        answer, text = thread.ask("would they qualify for the global lead engineer?")
        assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text

    def test_a_fact_asked_beside_the_candidate_is_still_answered(self, thread):
        thread.ask("I have a candidate with 7 years")
        answer, text = thread.ask("what does the lead back end engineer pay?")
        assert answer.roles == (BACKEND,) and BACKEND_PAY in text

    def test_new_years_for_the_same_candidate_are_a_fit_across_the_roles_again(self, thread):
        thread.ask("candidate with 4 years, what's available?")
        answer, text = thread.ask("and if she had 9?")
        assert answer.roles == (BACKEND,) and BACKEND_YEARS in text

    def test_the_candidate_outlives_a_question_about_a_role_in_between(self, thread):
        """An answer that does not read the candidate (a role's pay) does not
        forget them: what a conversation was told is kept, not replaced."""
        thread.ask("I have a candidate with 7 years of experience")
        thread.ask("what does the expert software engineer earn?")
        answer, text = thread.ask("which role would suit them?")
        assert answer.roles == (ENGINEER,) and ENGINEER_YEARS in text

    def test_where_should_i_put_them_places_the_candidate_told_of_before(self, thread):
        """"Where" asks where to put them, not where the job is, and the
        candidate is the one described two questions back."""
        thread.ask("I have a candidate with 4 years")
        thread.ask("and the expert's salary?")
        answer, text = thread.ask("where should I put them?")
        assert answer.roles == (ENGINEER,) and ENGINEER_YEARS in text

    def test_is_a_role_a_fit_judges_it_for_the_candidate_the_conversation_knows(self, thread):
        thread.ask("I have someone with 11 years")
        answer, text = thread.ask("is the engineer role a fit?")
        # the range to judge by, not the role's skills for "a fit"
        assert answer.roles == (ENGINEER,) and answer.intent == "experience" and ENGINEER_YEARS in text

    def test_the_years_are_kept_in_the_conversation(self, thread, assistant):
        thread.ask("I have a candidate with 9 years")
        context = load_context(assistant.store, thread.key, TTL)
        assert context.candidate_years == 9

    def test_a_description_after_the_years_is_ranked_with_those_years(self, thread):
        thread.ask("I have a candidate with 16 years")
        answer, text = thread.ask("they led globally distributed teams, where should I put them?")
        # ranked by their words, and the years told before fall in the Global Lead Engineer's 12-18+
        assert answer.roles[0] == GLOBAL and "16 years is within its stated range" in text

    def test_a_word_of_a_title_in_the_description_is_what_they_have_not_a_role_asked(self, thread):
        """"backend" is a word of two titles (the Lead Back End Engineer, and a
        Senior Back End Engineer its career path names): in a candidate's
        description it is what they have, and the roles are ranked by it, the
        rest of their words and their years, not by the years alone."""
        answer, text = thread.ask("I have a candidate with 6 years of backend python, where do they fit?")
        assert answer.title == "Roles that fit the candidate" and "python" in text
        assert {BACKEND, ENGINEER} <= set(answer.roles) and "6 years is within its stated range (3-7" in text

    def test_would_she_fit_it_with_no_years_told_shows_what_the_role_asks(self, thread):
        thread.ask("lead back end engineer salary")
        answer, text = thread.ask("would she fit it?")
        assert answer.roles == (BACKEND,) and answer.intent == "experience" and BACKEND_YEARS in text


class TestTheRestOfTheRoles:
    def test_and_the_others_asks_the_same_fact_of_every_other_role(self, thread):
        thread.ask("expert software engineer salary")
        answer, text = thread.ask("and the others?")
        assert set(answer.roles) == {ENGINEER, GLOBAL, BACKEND}
        assert GLOBAL_PAY in text and BACKEND_PAY in text and EXPERT_PAY not in text

    def test_the_remaining_roles_leave_out_the_role_in_question(self, thread):
        thread.ask("lead back end engineer experience")
        answer, text = thread.ask("what about the remaining roles?")
        assert set(answer.roles) == {ENGINEER, EXPERT, GLOBAL} and BACKEND_YEARS not in text


class TestACorrectionTypedInHaste:
    def test_sorry_meant_without_a_comma_is_the_role_meant_not_a_missing_one(self, thread):
        thread.ask("expert software engineer languages")
        answer, text = thread.ask("sorry meant global lead")
        assert answer.roles == (GLOBAL,) and "C#" in text and "I don't have" not in text

    def test_oops_i_meant_another_facet_keeps_the_role(self, thread):
        thread.ask("global lead soft skills")
        answer, text = thread.ask("oops I meant hard skills")
        assert answer.roles == (GLOBAL,) and "Kubernetes" in text


class TestTheTopicOnScreen:
    def test_a_weighing_question_after_interview_tips_answers_from_the_tips(self, thread):
        thread.ask("lead backend interview tips")
        answer, text = thread.ask("should I weigh leadership or tech more")
        assert answer.roles == (BACKEND,) and "technical expertise first" in text
        assert "Technology Leadership" not in text  # the role's tags mention it too, but are not on screen

    def test_anything_about_a_word_in_there_is_the_list_on_screen(self, thread):
        thread.ask("global lead responsibilities")
        answer, text = thread.ask("anything about mentoring in there")
        assert answer.roles == (GLOBAL,) and "Mentor and coach senior" in text
        assert "Role definition" not in text and "Roles that mention" not in text

    def test_promotions_after_lateral_moves_are_the_next_steps(self, thread):
        thread.ask("lead backend lateral moves")
        answer, text = thread.ask("what about promotions")
        assert answer.roles == (BACKEND,) and "Moves on to" in text and "Lateral moves" not in text

    def test_does_a_degree_help_asks_the_education_not_for_help(self, thread):
        thread.ask("expert swe education")
        answer, text = thread.ask("does a masters help")
        assert answer.roles == (EXPERT,) and "Master" in text and "Ask me about job roles" not in text

    def test_which_certifications_would_help_me_asks_the_role_not_for_help(self, thread):
        thread.ask("engineer lateral moves")
        answer, text = thread.ask("and which certifications would help me, per its preferred education?")
        assert answer.roles == (ENGINEER,) and "Certified Kubernetes Administrator" in text
        assert "Ask me about job roles" not in text

    def test_what_would_help_me_alone_is_still_a_call_for_help(self, thread):
        answer, text = thread.ask("what can help me?")
        assert "Ask me about job roles" in text

    def test_whether_something_matters_is_looked_for_in_the_role_not_taken_for_a_title(self, thread):
        thread.ask("expert swe preferred experience")
        answer, text = thread.ask("do open source contributions matter")
        assert answer.roles == (EXPERT,) and "open-source projects" in text and "Master" not in text

    def test_a_field_named_like_a_title_is_looked_for_in_the_fields_on_screen(self, thread):
        thread.ask("engineer job fields of study")
        answer, text = thread.ask("does mechanical engineering count")
        assert answer.roles == (ENGINEER,) and "Mechanical Engineering" in text
        assert "Preferred education" not in text  # the items naming it, not the whole education again

    def test_a_word_searched_in_one_role_is_asked_again_of_the_next(self, thread):
        thread.ask("lead backend hard skills")
        thread.ask("does it need go")
        answer, text = thread.ask("and the expert swe?")
        assert answer.roles == (EXPERT,) and "Go, Rust, Java" in text


class TestTheNextStepAgain:
    def test_and_from_there_is_the_step_after_the_one_shown(self, thread):
        thread.ask("engineer next steps")
        answer, _ = thread.ask("and from there?")
        assert "Senior Engineer" in answer.title


class TestACareerTargetAskedAgain:
    def test_and_to_another_title_lists_the_roles_leading_there(self, thread):
        thread.ask("roles that lead to chief architect")
        answer, _ = thread.ask("what about engineering manager?")
        assert answer.title == "Paths into Engineering Manager"
        assert set(answer.roles) == {ENGINEER, BACKEND}

    def test_the_target_is_kept_in_the_conversation(self, thread, assistant):
        thread.ask("which roles can lead to Chief Architect?")
        assert load_context(assistant.store, thread.key, TTL).target == "Chief Architect"


class TestAPartOfTheWorkCarriedToAnotherRole:
    def test_what_a_role_helps_with_is_asked_again_of_the_next_role(self, thread):
        """"Does it help with hiring?" asks about hiring ("help with" is the
        question's frame); "what about global lead" asks the same of that
        role: its recruiting duty, not its coaching ("helping engineers grow")."""
        thread.ask("expert swe secondary duties")
        thread.ask("does it help with hiring?")
        answer, text = thread.ask("what about global lead")
        assert answer.roles == (GLOBAL,) and "recruitment, interviewing, and onboarding" in text


def test_the_range_that_takes_the_candidates_years_is_the_one_quoted(tmp_path):
    """The Backend Engineer has two postings: the ATS feed asks 5+ years, the
    team's page 4+. A candidate with 4 years fits by the second, and the
    answer quotes that range, not the first one as if 4 were within 5+."""
    from pathlib import Path
    from bot import open_assistant as open_
    from knowledge import Store, ingest_paths
    documents = Path(__file__).parent / "documents"
    url = f"sqlite:///{tmp_path / 'rolecall.db'}"
    store = Store(url)
    ingest_paths(store, [documents / "ats" / "greenhouse-harborlight-jobs.json"])  # stored first: its 5+ first
    ingest_paths(store, [documents / "md" / "backend-engineer.md"])
    answer, text = Thread(open_(url), "thread-backend").ask(
        "I have a candidate with 4 years of kotlin, where should I put them?")
    assert "Backend Engineer" in answer.roles
    assert "4 years is within its stated range (4+ years)" in text and "(5+ years)" not in text


class TestAFieldOfStudyInShort:
    """"mech eng", "comp sci": a degree's field as recruiters shorten it is
    the field, not a missing "mech engineer" role nor a question about comp."""

    def test_a_mech_eng_degree_is_asked_of_the_role_in_question(self, thread):
        thread.ask("expert swe education")
        answer, text = thread.ask("would a mech eng degree do?")
        assert answer.kind == ANSWER and answer.roles == (EXPERT,) and answer.intent == "education"
        assert "Computer Science" in text

    def test_comp_sci_is_a_field_not_compensation(self, thread):
        answer, text = thread.ask("is a comp sci degree required for the engineer?")
        assert answer.roles == (ENGINEER,) and answer.intent == "education" and "Mechanical Engineering" in text


class TestWhichOfAListOfOne:
    def test_which_of_those_pays_least_after_a_list_of_one_is_that_role(self, thread):
        """The list shown found one role: "which of those" asks of it, not of every role."""
        thread.ask("which roles need more than 10 years?")
        answer, text = thread.ask("which of those pays least?")
        assert answer.roles == (GLOBAL,) and GLOBAL_PAY in text and BACKEND_PAY not in text
