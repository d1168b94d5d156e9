"""What a conversation must remember for follow-ups a recruiter writes
without repeating themselves: the title the store lacks that a career
question started from, the roles a question listed itself, the candidate
told of, the pair a pick was made from. Each story is played turn by turn
through the Assistant the adapters use.
"""

import pytest

from tests.threads import (BACKEND, BACKEND_PAY, BACKEND_YEARS, ENGINEER, ENGINEER_YEARS, EXPERT, EXPERT_PAY,
                           EXPERT_YEARS, GLOBAL, GLOBAL_PAY, GLOBAL_YEARS)


class TestAndThenAfterATitleTheStoreLacks:
    """A career question about a title the store has no role for answers with
    the roles whose paths name it; where people come to a role from that
    title, that role is its next step, so "and then?" goes on from there."""

    def test_and_then_goes_past_the_role_the_title_leads_into(self, thread):
        _, text = thread.ask("principal software engineer -> ?")
        assert GLOBAL in text
        answer, text = thread.ask("and then?")
        assert answer.roles == (GLOBAL,) and "VP of Technology" in text

    def test_and_after_follows_the_role_juniors_move_into(self, thread):
        thread.ask("Junior engineer, what role is next for him?")
        answer, text = thread.ask("And after?")
        assert answer.roles == (ENGINEER,) and "Senior Engineer / Lead Engineer" in text

    def test_and_then_after_a_senior_title_goes_past_its_lead_role(self, thread):
        thread.ask("where does a senior back end engineer usually move up to?")
        answer, text = thread.ask("and then?")
        assert answer.roles == (BACKEND,) and "Director, Solutions Architecture" in text


class TestARolePickedByItsPlaceInTheQuestionsOwnList:
    """A recruiter lists the roles they have in mind and picks one by its
    place in the same message; the list stays for the next picks."""

    def test_the_second_of_the_roles_listed_is_asked_about_alone(self, thread):
        answer, text = thread.ask("list: engineer, lead back end engineer, expert swe. 2nd one TC?")
        assert answer.roles == (BACKEND,) and BACKEND_PAY in text and EXPERT_PAY not in text
        answer, text = thread.ask("3rd one?")
        assert answer.roles == (EXPERT,) and EXPERT_PAY in text

    def test_a_bare_engineer_between_commas_is_one_of_the_roles_listed(self, thread):
        answer, text = thread.ask("I have three roles in mind: expert software engineer, engineer, "
                                  "global lead engineer. The last one, what is the years?")
        assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text and EXPERT_YEARS not in text
        answer, text = thread.ask("The first one, salary?")
        assert answer.roles == (EXPERT,) and EXPERT_PAY in text
        answer, text = thread.ask("The middle one?")
        assert answer.roles == (ENGINEER,) and EXPERT_PAY not in text and GLOBAL_PAY not in text


class TestTheRolesACandidatesTitleLeadsInto:
    """A candidate told of by their current title; "that background", "that
    title" point back at it, and the roles asked for are those whose paths
    say people come to them from it."""

    def test_which_role_takes_people_from_that_background(self, thread):
        thread.ask("She is a Systems Analyst, 2 years in.")
        answer, text = thread.ask("Which role takes people from that background?")
        assert answer.roles == (ENGINEER,) and "Systems Analyst" in text
        answer, text = thread.ask("how many years does that role want?")
        assert answer.roles == (ENGINEER,) and ENGINEER_YEARS in text and BACKEND_YEARS not in text

    def test_the_role_listing_that_title_as_an_entry_point_is_then_it(self, thread):
        thread.ask("We have a candidate who is currently a Principal Software Engineer with 13 years of experience.")
        answer, text = thread.ask("Which role lists that title as an entry point?")
        assert answer.roles == (GLOBAL,)
        answer, text = thread.ask("Does she meet the experience range for it?")
        assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text and EXPERT_YEARS not in text

    def test_with_no_candidate_told_that_background_is_no_title(self, thread):
        answer, _ = thread.ask("Which role takes people from that background?")
        assert not answer.title.startswith("Roles entered from")


class TestAThingAskedThatNoFacetAnswersCarriesOver:
    """"On-call" is no facet of the seeds' roles: the items that say it answer.
    Asked of one role and shown among its duties already, it is still the
    topic asked, so "what about X?" asks it of X; and asked of a role picked
    from those on screen, it is asked, not what was asked before."""

    def test_on_call_duties_then_what_about_another_role_carries_on_call(self, thread):
        _, text = thread.ask("Does the Lead Back End Engineer have on-call duties?")
        assert "on-call rotation" in text
        answer, text = thread.ask("What about the Expert Software Engineer?")
        assert answer.roles == (EXPERT,) and "on-call support" in text and "on-call rotation" not in text

    def test_back_to_the_first_one_asks_its_on_call_not_its_pay_again(self, thread):
        thread.ask("expert swe salary")
        thread.ask("global lead salary")
        answer, text = thread.ask("back to the first one: its on-call?")
        assert answer.roles == (EXPERT,) and "on-call support" in text and EXPERT_PAY not in text

    def test_the_other_ones_on_call_after_a_pick_from_a_pair(self, thread):
        thread.ask("which roles need kafka")
        thread.ask("the one of those that pays more - range?")
        answer, text = thread.ask("and the other one's on-call?")
        assert answer.roles == (BACKEND,) and "on-call rotation" in text and BACKEND_PAY not in text


class TestShortRepliesThatReAimTheLastQuestion:
    """"from?" after where a role leads asks where it comes from; "actually
    make that expert" asks the last question again of another role, and its
    "make" earns nothing."""

    def test_from_after_the_next_steps_is_where_the_role_comes_from(self, thread):
        thread.ask("expert swe where next")
        answer, text = thread.ask("from?")
        assert answer.roles == (EXPERT,) and answer.intent == "career_entry" and "Senior Software Engineer" in text

    def test_actually_make_that_expert_asks_the_languages_of_the_expert(self, thread):
        _, text = thread.ask("lead back end langs")
        assert "Node.js" in text
        answer, text = thread.ask("actually make that expert")
        assert answer.roles == (EXPERT,) and answer.intent == "hard_skills" and "Rust" in text
        assert "Node.js" not in text

    def test_hang_on_make_that_global_lead_asks_the_pay_again(self, thread):
        thread.ask("Expert SWE salary, ta.")
        answer, text = thread.ask("hang on, make that Global Lead")
        assert answer.roles == (GLOBAL,) and answer.intent == "salary" and GLOBAL_PAY in text
        answer, text = thread.ask("no, wait. make that the backend one")
        assert answer.roles == (BACKEND,) and BACKEND_PAY in text and GLOBAL_PAY not in text


class TestLevelsOfTheRoleInQuestion:
    """"And for senior/lead?" after the Engineer's years asks what its
    documents say of those levels, not the Lead Back End Engineer's years;
    the Engineer stays the role in question."""

    def test_senior_slash_lead_is_a_level_of_the_engineer_not_another_role(self, thread):
        thread.ask("Engineer YOE")
        answer, text = thread.ask("and for senior/lead?")
        assert answer.roles == (ENGINEER,) and "7+ years" in text and BACKEND_YEARS not in text
        answer, text = thread.ask("masters?")
        assert answer.roles == (ENGINEER,) and "relevant technical discipline" in text

    @pytest.mark.parametrize("question", ["Is 6 years enough for a senior/lead Engineer position?",
                                          "senior/lead engineer years"])
    def test_levels_written_with_a_slash_before_a_held_title_are_its_levels(self, thread, question):
        answer, text = thread.ask(question)
        assert answer.roles == (ENGINEER,) and "7+ years" in text and BACKEND_YEARS not in text

    def test_a_level_before_a_title_without_a_slash_still_asks_which_lead_role(self, thread):
        answer, _text = thread.ask("lead engineer salary")
        assert answer.kind == "clarify"


class TestAThingAskedOfTheRoleInQuestionByAPronoun:
    """An interviewer asks of "that role" or "it" about things its documents
    name ("what kind of APIs", "which managed Kubernetes services"): the
    role's items that say them, even when the facet on screen says another
    word of the question."""

    def test_apis_and_managed_kubernetes_of_the_lead_backend(self, thread):
        thread.ask("I'm interviewing someone for Lead Back End Engineer tomorrow. "
                   "How many years of leadership do they want?")
        answer, text = thread.ask("What kind of APIs would the person build in that role?")
        assert answer.roles == (BACKEND,) and "GraphQL" in text
        answer, text = thread.ask("Which managed Kubernetes services does it name?")
        assert answer.roles == (BACKEND,) and "EKS, GKE" in text


class TestWhetherWhatWasShownIsRequired:
    """A candidate-experience coordinator relays "do they really insist on
    it?" after the minimum degree: the role's education again, whose own
    words ("we value skills and experience over formal degrees") answer it."""

    @pytest.mark.parametrize("question", ["Do they really insist on it?", "is that mandatory?",
                                          "is it a hard requirement?"])
    def test_insisting_on_the_degree_shown_is_the_education_again(self, thread, question):
        thread.ask("Expert Software Engineer: minimum degree?")
        answer, text = thread.ask(question)
        assert answer.roles == (EXPERT,) and answer.intent == "education" and "formal degrees" in text

    def test_a_thing_of_its_own_is_still_looked_for(self, thread):
        thread.ask("Expert Software Engineer: minimum degree?")
        answer, text = thread.ask("does it require kafka?")
        assert answer.roles == (EXPERT,) and "Kafka" in text
