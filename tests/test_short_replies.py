"""A recruiter's short replies to what is on screen: declining a question
back, walking down a ranking, asking what a pay range is, "the other one".

Each conversation is played turn by turn through the Assistant the adapters
use, and checked by the right role's facts and not the other's.
"""

import pytest

from bot import ANSWER, CLARIFY, open_assistant
from tests.threads import BACKEND_PAY, EXPERT_PAY, GLOBAL_PAY, Thread


class TestDecliningAQuestionBack:
    @pytest.mark.parametrize("reply", ["neither", "none of those", "no", "nope, neither of them"])
    def test_no_option_is_picked_and_the_roles_there_are_are_listed(self, thread, reply):
        answer, _ = thread.ask("what does a lead engineer earn?")
        assert answer.kind == CLARIFY
        answer, text = thread.ask(reply)
        assert answer.intent == "list_roles" and "None of those" in text
        assert GLOBAL_PAY not in text and BACKEND_PAY not in text

    def test_the_question_it_kept_is_dropped(self, thread):
        thread.ask("what does a lead engineer earn?")
        thread.ask("neither")
        answer, _ = thread.ask("the engineer")
        assert answer.roles == ("Engineer",) and answer.intent != "salary"

    def test_a_correction_with_a_role_still_picks_it(self, thread):
        thread.ask("what does a lead engineer earn?")
        answer, text = thread.ask("no, the global one")
        assert answer.roles == ("Global Lead Engineer",) and GLOBAL_PAY in text


class TestWalkingDownARanking:
    def test_second_third_and_the_bottom_one_are_taken_from_the_ranking(self, thread):
        answer, _ = thread.ask("who is paid the most?")
        ranked = answer.roles
        assert ranked[0] == "Expert Software Engineer" and len(ranked) == 3
        answer, _ = thread.ask("who's second?")
        assert answer.roles == (ranked[1],) and answer.intent == "salary"
        answer, _ = thread.ask("and third?")
        assert answer.roles == (ranked[2],)
        answer, text = thread.ask("the bottom one?")
        assert answer.roles == (ranked[-1],) and BACKEND_PAY in text

    def test_the_worst_after_a_pick_from_the_ranking_is_its_other_end(self, thread):
        thread.ask("which role pays best?")
        thread.ask("and second best?")
        answer, text = thread.ask("and the worst?")
        assert answer.roles[0] == "Lead Back End Engineer" and BACKEND_PAY in text

    def test_the_next_one_down_and_the_one_above_step_along_the_ranking(self, thread):
        answer, _ = thread.ask("which role is the most senior?")
        ranked = answer.roles
        thread.ask("what does it pay?")
        answer, _ = thread.ask("and the next one down?")
        assert answer.roles == (ranked[1],) and answer.intent == "salary"
        answer, _ = thread.ask("and the next one down?")
        assert answer.roles == (ranked[2],)
        answer, _ = thread.ask("and the one above it?")
        assert answer.roles == (ranked[1],) and answer.intent == "salary"

    def test_the_next_one_after_a_career_step_is_still_a_career_step(self, thread):
        thread.ask("what comes after the engineer?")
        answer, _ = thread.ask("and the next one?")
        assert answer.intent in ("career_next", "career_path")

    def test_top_two_is_the_ranking_cut_to_its_first_two(self, thread):
        thread.ask("which role pays the most?")
        answer, text = thread.ask("top 2?")
        assert answer.roles == ("Expert Software Engineer", "Global Lead Engineer")
        assert EXPERT_PAY in text and GLOBAL_PAY in text and BACKEND_PAY not in text

    def test_bottom_two_after_a_pick_from_the_ranking_is_still_of_that_ranking(self, thread):
        thread.ask("who is paid the most?")
        thread.ask("the first one")
        answer, text = thread.ask("bottom two?")
        assert set(answer.roles) == {"Global Lead Engineer", "Lead Back End Engineer"} and EXPERT_PAY not in text

    def test_the_bottom_two_after_the_top_three_are_of_the_whole_ranking(self, thread):
        thread.ask("who needs the most experience?")
        thread.ask("top 3?")
        answer, _ = thread.ask("what about the bottom two?")
        assert set(answer.roles) == {"Engineer", "Lead Back End Engineer"}

    def test_top_paying_role_is_a_new_question_not_a_pick(self, thread):
        thread.ask("which role pays the most?")
        thread.ask("the bottom one")
        answer, _ = thread.ask("top paying role?")
        assert answer.roles[0] == "Expert Software Engineer"


class TestWhatAPayRangeIs:
    def test_per_year_is_answered_from_the_period_stated(self, thread):
        thread.ask("what does the lead backend engineer earn?")
        answer, text = thread.ask("is that per year?")
        assert answer.roles == ("Lead Back End Engineer",) and answer.intent == "salary"
        assert "Yes: the documents state it per year" in text and BACKEND_PAY in text

    def test_a_range_with_no_period_says_so_rather_than_guess(self, thread):
        thread.ask("what does the global lead engineer pay?")
        answer, text = thread.ask("is that per year?")
        assert answer.roles == ("Global Lead Engineer",)
        assert "don't say what period" in text and "Yes" not in text

    @pytest.mark.parametrize("reply, missing", [("is that base or total?", "say nothing about base or total pay"),
                                                ("before tax?", "say nothing about tax"),
                                                # a part of pay: none of its documents names it (`bot.pay_parts`)
                                                ("does it include bonus?", "documents don't mention a bonus")])
    def test_what_the_documents_do_not_say_is_said_to_be_missing(self, thread, reply, missing):
        thread.ask("what does the lead backend engineer earn?")
        answer, text = thread.ask(reply)
        assert answer.roles == ("Lead Back End Engineer",) and missing in text

    def test_what_the_documents_do_say_is_quoted(self, thread):
        thread.ask("what does the global lead engineer pay?")
        _, text = thread.ask("is that negotiable?")
        assert "The documents say: “" in text and "Commensurate with experience" in text
        _, text = thread.ask("is that USD?")
        assert "The documents state it in USD" in text

    def test_the_ends_of_the_range_are_its_stored_figures(self, thread):
        thread.ask("what's the expert software engineer's salary range?")
        _, text = thread.ask("top of the range?")
        assert "The top of the range is $275,000+ USD" in text
        _, text = thread.ask("and the starting salary?")
        assert "The bottom of the range is $180,000 USD" in text

    def test_per_year_after_an_overview_is_about_the_pay_it_showed(self, thread):
        """An overview shows the role's pay at a glance beside its years:
        "is that per year?" asks the period of that pay, not its experience."""
        thread.ask("give me an overview of the lead backend engineer")
        answer, text = thread.ask("is that per year?")
        assert answer.roles == ("Lead Back End Engineer",) and answer.intent == "salary"
        assert "Yes: the documents state it per year" in text and BACKEND_PAY in text

    def test_where_the_range_starts_and_tops_out_are_its_ends(self, thread):
        """The ends of a range asked with a verb, as people say them: "what
        does it start at?" is its bottom, "where does it top out?" its top."""
        thread.ask("what's the expert software engineer's salary range?")
        answer, text = thread.ask("what does it start at?")
        assert answer.roles == ("Expert Software Engineer",)
        assert "The bottom of the range is $180,000 USD" in text
        _, text = thread.ask("and where does it top out?")
        assert "The top of the range is $275,000+ USD" in text

    def test_is_that_negotiable_after_an_overview_is_about_its_pay(self, thread):
        thread.ask("give me an overview of the global lead engineer")
        answer, text = thread.ask("is that negotiable?")
        assert answer.roles == ("Global Lead Engineer",) and "Commensurate with experience" in text

    def test_per_year_after_anything_but_pay_is_not_about_pay(self, thread):
        thread.ask("what does the lead backend engineer do?")
        answer, _ = thread.ask("is that per year?")
        assert answer.intent != "salary"


class TestTheOtherOfAPair:
    def test_after_a_comparison_and_one_of_them_the_other_is_the_one_not_asked(self, thread):
        thread.ask("compare the global lead engineer and the lead backend engineer")
        thread.ask("what does the global one pay?")
        answer, text = thread.ask("and the other one?")
        assert answer.roles == ("Lead Back End Engineer",) and BACKEND_PAY in text

    def test_a_pair_compared_after_another_role_asks_which_is_meant(self, thread):
        thread.ask("what does the lead backend engineer pay?")
        thread.ask("compare engineer and expert software engineer on salary")
        answer, _ = thread.ask("what about the other one")
        assert answer.kind == CLARIFY
        assert {c.label for c in answer.choices} >= {"Engineer", "Expert Software Engineer"}

    def test_a_question_back_after_one_of_its_options_the_other_is_the_one_not_asked(self, thread):
        thread.ask("what does the global lead engineer pay?")
        thread.ask("what is the salary for lead engineer")
        answer, text = thread.ask("the other one")
        assert answer.kind == ANSWER and answer.roles == ("Lead Back End Engineer",) and BACKEND_PAY in text


    def test_both_after_each_option_in_turn_compares_them_on_what_was_asked(self, thread):
        thread.ask("lead engineer salary")
        thread.ask("the backend one")
        thread.ask("the other one")
        answer, text = thread.ask("both")
        assert set(answer.roles) == {"Lead Back End Engineer", "Global Lead Engineer"}
        assert answer.intent == "compare" and GLOBAL_PAY in text and BACKEND_PAY in text


class TestPickedByHowTheyCompare:
    def test_the_cheaper_one_is_the_lower_paid_of_the_pair_and_the_other_one_keeps_the_question(self, thread):
        thread.ask("compare the lead backend and the global lead on salary")
        answer, _ = thread.ask("the cheaper one's skills?")
        assert answer.roles == ("Lead Back End Engineer",) and answer.intent == "skills"
        answer, _ = thread.ask("and the other one's?")
        assert answer.roles == ("Global Lead Engineer",) and answer.intent == "skills"

    def test_the_better_paid_one_is_the_higher_paid(self, thread):
        thread.ask("compare the lead backend and the global lead")
        answer, _ = thread.ask("the better paid one's responsibilities")
        assert answer.roles == ("Global Lead Engineer",)

    def test_the_cheapest_one_of_a_list_filtered_by_pay_is_its_lowest_paid(self, thread):
        thread.ask("which roles pay over 150k?")
        answer, text = thread.ask("the cheapest one?")
        assert answer.roles == ("Lead Back End Engineer",) and BACKEND_PAY in text

    def test_the_less_experienced_one_is_the_junior_one(self, thread):
        thread.ask("compare the engineer and the expert software engineer")
        answer, _ = thread.ask("the less experienced one's skills")
        assert answer.roles == ("Engineer",) and answer.intent == "skills"
        thread.ask("compare the engineer and the expert software engineer")
        answer, _ = thread.ask("the more senior one's skills")
        assert answer.roles == ("Expert Software Engineer",)


class TestOneRoleThenAnother:
    def test_the_experience_requirement_is_the_experience_and_and_the_global_ones_asks_it_again(self, thread):
        answer, _ = thread.ask("what's the lead backend engineer's experience requirement?")
        assert answer.intent == "experience" and len(answer.sections) <= 2  # no items "about requirement"
        answer, _ = thread.ask("and the global one's?")
        assert answer.roles == ("Global Lead Engineer",) and answer.intent == "experience"
        answer, _ = thread.ask("which is more?")
        assert answer.roles[0] == "Global Lead Engineer" and answer.intent == "experience"


def test_which_pays_more_of_two_paid_in_different_currencies_ranks_neither(tmp_path):
    """A hydrologist paid yearly in Swiss francs, then a night shift
    supervisor paid hourly in pounds: "which of them pays more?" cannot be
    answered like with like, so both are shown and said not to be ranked
    (as a comparison of them says), not the first crowned as paying the most
    of a list of one."""
    from pathlib import Path
    from knowledge import Store, ingest_paths
    real4 = Path(__file__).parent / "documents" / "real4"
    url = f"sqlite:///{tmp_path / 'rolecall.db'}"
    ingest_paths(Store(url), [real4 / "google-docs-html-fernhill-hydrologist.html",
                              real4 / "email-gmail-ostrava-night-shift-supervisor.txt"])
    thread = Thread(open_assistant(url), "thread-currencies")
    thread.ask("what does the hydrologist pay?")
    thread.ask("and the night shift supervisor?")
    answer, text = thread.ask("which of them pays more?")
    assert set(answer.roles) == {"Hydrologist (Flood Forecasting)", "Night Shift Supervisor"}
    assert "not ranked" in text and "pays the most" not in text


class TestThePayOfOneRoleOrOfEvery:
    def test_which_roles_include_equity_after_one_roles_pay_asks_every_role(self, thread):
        """After the Expert Software Engineer's comp, "which roles include
        equity?" is a search of the store, not a question about that range."""
        thread.ask("comp for expert swe")
        answer, text = thread.ask("which roles include equity?")
        assert answer.roles == ("Lead Back End Engineer",) and "Competitive salary and equity compensation" in text

    def test_does_it_include_equity_is_asked_of_the_role_in_question(self, thread):
        """"It" is the role on screen: its own documents answer, not a search
        of every role that mentions equity."""
        thread.ask("tell me about the lead backend engineer")
        answer, text = thread.ask("does it include equity?")
        assert answer.roles == ("Lead Back End Engineer",) and "Roles that mention" not in answer.title
        assert "Competitive salary and equity compensation" in text


class TestWordsThatPointBackAtTheConversation:
    def test_a_title_word_two_roles_share_means_the_one_the_conversation_was_about(self, thread):
        thread.ask("lead back end engineer salary")
        answer, text = thread.ask("does the lead role allow remote?")
        assert answer.roles == ("Lead Back End Engineer",) and "Remote/Hybrid" in text

    def test_with_no_conversation_the_same_words_ask_which_role(self, thread):
        answer, _ = thread.ask("does the lead role allow remote?")
        assert answer.kind == CLARIFY

    def test_min_after_the_preferred_education_is_the_minimum_of_the_same_role(self, thread):
        thread.ask("global lead eng edu preferred")
        answer, text = thread.ask("min?")
        assert answer.roles == ("Global Lead Engineer",) and "Bachelor" in text and "Ph.D." not in text

    def test_the_winner_and_the_loser_are_the_ends_of_the_ranking_shown(self, thread):
        answer, _ = thread.ask("which of expert swe and global lead pays more at the top")
        ranked = answer.roles
        answer, text = thread.ask("entry points for the winner")
        assert answer.roles == ranked[:1] and "Senior Software Engineer" in text
        answer, _ = thread.ask("and the loser's?")
        assert answer.roles == ranked[-1:]


def test_a_candidate_described_then_which_role_is_a_fit_across_the_roles(thread):
    answer, text = thread.ask("candidate: ex Principal Software Engineer, 14 YOE, C# and Rust, "
                              "has led teams across 3 continents. which role?")
    assert text.startswith("Roles that fit the candidate") and answer.roles[0] == "Global Lead Engineer"


class TestNarrowingTheRolesShown:
    """"Only the remote ones", "just those that mention Kafka": the roles on
    screen narrowed to those whose documents say it, not every role compared."""

    def test_only_the_remote_ones_of_a_pay_list(self, thread):
        thread.ask("which roles pay over 200k?")
        answer, text = thread.ask("only the remote ones")
        assert answer.roles == ("Lead Back End Engineer",) and "Remote/Hybrid" in text

    def test_only_those_that_mention_a_tool_of_a_ranking(self, thread):
        thread.ask("rank the roles by salary")
        answer, text = thread.ask("only those that mention kafka")
        assert set(answer.roles) == {"Expert Software Engineer", "Lead Back End Engineer"} and "Kafka" in text
