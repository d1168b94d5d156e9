"""A recruiter keeps talking in the same thread: what each short reply means.

Pronouns and ellipsis ("it", "years?", "same for the global lead"), replies
to a question back (also to "I don't have that role"), "and then?" / "and
before that?", "which of them …", corrections ("no, I meant the expert
one") and a new question that must not be bent to the role before it. Each
conversation is played turn by turn through the Assistant the adapters use,
and checked by the right role's facts and not the other's.
"""

import pytest

from bot import ANSWER, CLARIFY, UNKNOWN_ROLE, Question, render_text
from knowledge import Context, load_context, save_context
from tests.threads import (BACKEND_PAY, BACKEND_YEARS, EXPERT_PAY, EXPERT_YEARS, GLOBAL_PAY, GLOBAL_YEARS, TTL,
                           Thread)


class TestPronounsAndEllipsis:
    def test_it_years_and_degree_stay_on_the_role(self, thread):
        thread.ask("tell me about the expert software engineer")
        _, text = thread.ask("what does it pay?")
        assert EXPERT_PAY in text and GLOBAL_PAY not in text
        _, text = thread.ask("years?")
        assert EXPERT_YEARS in text and GLOBAL_YEARS not in text
        answer, _ = thread.ask("degree?")
        assert answer.roles == ("Expert Software Engineer",) and answer.intent == "education"

    def test_they_are_the_roles_a_search_found(self, thread):
        thread.ask("which JDs mention rust")
        _, text = thread.ask("and what do they pay?")
        assert GLOBAL_PAY in text and EXPERT_PAY in text and BACKEND_PAY not in text

    def test_both_and_each_are_the_two_roles_found(self, thread):
        thread.ask("which roles mention rust")
        answer, _ = thread.ask("both pay?")
        assert set(answer.roles) == {"Global Lead Engineer", "Expert Software Engineer"}
        _, text = thread.ask("each one's experience?")
        assert GLOBAL_YEARS in text and EXPERT_YEARS in text and BACKEND_YEARS not in text

    def test_that_role_is_the_one_picked_from_a_list(self, thread):
        thread.ask("list the roles")
        answer, _ = thread.ask("the 2nd one")
        picked = answer.roles
        answer, _ = thread.ask("and that role's degree?")
        assert answer.roles == picked and answer.intent == "education"

    def test_and_another_role_asks_the_same_fact(self, thread):
        thread.ask("salary for the engineer")
        _, text = thread.ask("and the lead backend?")
        assert BACKEND_PAY in text and GLOBAL_PAY not in text

    def test_same_for_another_role_repeats_a_facet_question(self, thread):
        thread.ask("what does the global lead engineer earn")
        answer, text = thread.ask("same for the expert swe")
        assert answer.roles == ("Expert Software Engineer",) and EXPERT_PAY in text and GLOBAL_PAY not in text

    def test_same_for_another_role_repeats_an_item_question(self, thread):
        thread.ask("which message queues should the expert swe know")
        answer, text = thread.ask("same for the global lead")
        assert answer.roles == ("Global Lead Engineer",) and answer.intent == "within_role"
        assert "event-driven" in text and GLOBAL_PAY not in text

    def test_what_about_a_third_role_keeps_asking_the_items(self, thread):
        thread.ask("which message queues should the expert swe know")
        thread.ask("same for the global lead")
        answer, _ = thread.ask("what about the lead backend?")
        assert answer.roles == ("Lead Back End Engineer",) and answer.intent == "within_role"

    def test_same_for_two_other_roles_compares_them_on_the_same_fact(self, thread):
        thread.ask("compare the engineer and the expert swe on experience")
        answer, text = thread.ask("same for global lead and lead backend")
        assert set(answer.roles) == {"Global Lead Engineer", "Lead Back End Engineer"}
        assert GLOBAL_YEARS in text and BACKEND_YEARS in text and EXPERT_YEARS not in text

    def test_joining_words_alone_are_never_searched_for(self, thread):
        thread.ask("which roles mention rust")
        thread.ask("which of those two is more senior")
        answer, _ = thread.ask("and the lowest?")
        assert "and the" not in answer.title

    def test_and_part_of_a_name_asks_the_same_of_that_role(self, thread):
        thread.ask("global lead engineer salary")
        answer, text = thread.ask("and backend?")
        assert answer.roles == ("Lead Back End Engineer",) and BACKEND_PAY in text

    def test_and_a_word_two_roles_share_is_the_one_not_on_screen(self, thread):
        thread.ask("lead backend engineer experience")
        answer, text = thread.ask("and lead?")
        assert answer.roles == ("Global Lead Engineer",) and GLOBAL_YEARS in text

    def test_and_part_of_a_name_repeats_an_item_question(self, thread):
        thread.ask("which message queues should the expert swe know")
        answer, text = thread.ask("and backend?")
        assert answer.roles == ("Lead Back End Engineer",) and answer.intent == "within_role" and "Kafka" in text

    def test_a_new_fact_after_an_item_question_is_that_fact(self, thread):
        thread.ask("which message queues should the expert swe know")
        answer, text = thread.ask("global lead engineer salary")
        assert answer.roles == ("Global Lead Engineer",) and answer.intent == "salary" and GLOBAL_PAY in text

    def test_clipped_nouns_ask_the_role_on_screen(self, thread):
        thread.ask("tell me about the expert software engineer")
        _, text = thread.ask("what langs")
        assert "Go, Rust, Java, Python, or C++" in text

    def test_clipped_databases_ask_the_role_on_screen(self, thread):
        thread.ask("does the engineer role do ETL")
        answer, text = thread.ask("what dbs?")
        assert answer.roles == ("Engineer",) and "PostgreSQL, MySQL, MongoDB, Cassandra" in text


class TestRepliesToAQuestionBack:
    def test_the_back_end_one(self, thread):
        thread.ask("lead engineer salary")
        answer, text = thread.ask("the back-end one")
        assert answer.roles == ("Lead Back End Engineer",) and BACKEND_PAY in text

    def test_a_typo_of_the_name(self, thread):
        thread.ask("lead engineer salary")
        answer, text = thread.ask("globl")
        assert answer.roles == ("Global Lead Engineer",) and GLOBAL_PAY in text

    def test_the_first_of_roles_offered_for_a_role_we_lack(self, thread):
        answer, _ = thread.ask("lead platform engineer experience")
        assert answer.kind == UNKNOWN_ROLE and len(answer.choices) > 1
        first = answer.choices[0].label
        answer, _ = thread.ask("the first one")
        assert answer.kind == ANSWER and answer.roles == (first,) and answer.intent == "experience"

    def test_a_number_picks_among_roles_offered_for_a_role_we_lack(self, thread):
        answer, _ = thread.ask("lead platform engineer experience")
        second = answer.choices[1].label
        answer, _ = thread.ask("2")
        assert answer.roles == (second,) and answer.intent == "experience"

    def test_yes_takes_the_one_role_offered_for_a_role_we_lack(self, thread):
        answer, _ = thread.ask("global lead recruiter salary")
        assert answer.kind == UNKNOWN_ROLE and [c.label for c in answer.choices] == ["Global Lead Engineer"]
        answer, text = thread.ask("yes")
        assert answer.roles == ("Global Lead Engineer",) and GLOBAL_PAY in text

    def test_a_question_back_in_a_thread_keeps_what_was_asked(self, thread):
        thread.ask("engineer salary")
        answer, _ = thread.ask("lead engineer?")
        assert answer.kind == CLARIFY
        answer, text = thread.ask("the global one")
        assert answer.roles == ("Global Lead Engineer",) and answer.intent == "salary" and GLOBAL_PAY in text

    def test_a_question_back_keeps_the_items_asked(self, thread):
        thread.ask("which message queues should the expert swe know")
        answer, _ = thread.ask("lead engineer?")
        assert answer.kind == CLARIFY
        answer, text = thread.ask("the global one")
        assert answer.roles == ("Global Lead Engineer",) and answer.intent == "within_role" and "event-driven" in text


class TestATypedPickAnswersThePendingQuestion:
    """A typed reply to "Which role do you mean?" answers the question that
    was asked, as the option's button (the question with the role named) does."""

    @pytest.mark.parametrize("asked, reply", [
        ("lead engineer on call?", "backend"),
        ("lead engineer on call?", "the back-end role"),
        ("lead engineer on call?", "1"),
        ("lead engineer on call?", "Lead Back End Engineer"),
        ("lead engineer salary and years", "the first one"),
        ("what databases does the lead engineer need", "lead back end"),
    ])
    def test_a_typed_pick_answers_as_the_button_does(self, thread, asked, reply):
        back, _ = thread.ask(asked)
        assert back.kind == CLARIFY and back.choices[0].label == "Lead Back End Engineer"
        button, _ = Thread(thread.assistant, "button").ask(back.choices[0].question)
        answer, _ = thread.ask(reply)
        assert answer.roles == ("Lead Back End Engineer",)
        assert (answer.title, answer.intent, answer.sections) == (button.title, button.intent, button.sections)

    def test_picking_again_after_a_pick_keeps_the_question(self, thread):
        thread.ask("lead engineer salary")
        thread.ask("the lead one")
        answer, text = thread.ask("the global one")
        assert answer.roles == ("Global Lead Engineer",) and GLOBAL_PAY in text

    def test_both_answers_it_for_every_role_offered(self, thread):
        thread.ask("lead engineer salary")
        answer, text = thread.ask("both")
        assert set(answer.roles) == {"Lead Back End Engineer", "Global Lead Engineer"}
        assert GLOBAL_PAY in text and BACKEND_PAY in text

    def test_none_of_these_takes_no_option(self, thread):
        thread.ask("lead engineer salary")
        answer, text = thread.ask("none of these")
        assert len(answer.roles) != 2 and GLOBAL_PAY not in text

    def test_a_pick_with_a_question_of_its_own_answers_that(self, thread):
        thread.ask("lead engineer on call?")
        answer, text = thread.ask("the global one's salary")
        assert answer.roles == ("Global Lead Engineer",) and answer.intent == "salary" and GLOBAL_PAY in text


class TestCareerSteps:
    def test_what_s_after_that_is_the_next_step_not_the_same_one(self, thread):
        answer, _ = thread.ask("lead backend engineer next step")
        shown = render_text(answer)
        answer, text = thread.ask("what's after that")
        assert text != shown and "Principal Engineer" in answer.title

    def test_and_before_that_is_where_the_role_comes_from(self, thread):
        thread.ask("what comes after the lead backend engineer")
        answer, text = thread.ask("and before that?")
        assert answer.roles == ("Lead Back End Engineer",) and answer.intent == "career_entry"
        assert "Senior Back End Engineer" in text

    def test_and_before_that_twice_steps_back_past_the_store(self, thread):
        thread.ask("where do expert software engineers come from")
        answer, _ = thread.ask("and before that?")
        assert answer.kind == UNKNOWN_ROLE and "Senior Software Engineer" in answer.title


class TestRankingTheRolesInContext:
    def test_two_roles_one_named_by_its_initials_are_compared_then_ranked(self, thread):
        answer, _ = thread.ask("expert swe vs gle")
        assert set(answer.roles) == {"Expert Software Engineer", "Global Lead Engineer"}
        answer, _ = thread.ask("which one's more senior?")
        assert answer.roles[0] == "Global Lead Engineer"
        _, text = thread.ask("what's its salary?")
        assert GLOBAL_PAY in text and EXPERT_PAY not in text


    def test_which_one_pays_more_of_two_asked_in_turn(self, thread):
        thread.ask("engineer salary")
        thread.ask("global lead engineer salary")
        answer, _ = thread.ask("which one pays more")  # the Engineer states no pay: not ranked
        assert answer.intent == "salary" and answer.roles == ("Global Lead Engineer",)

    def test_the_senior_and_the_junior_one_of_two_asked_in_turn(self, thread):
        thread.ask("engineer salary")
        thread.ask("global lead engineer salary")
        answer, _ = thread.ask("the junior one")
        assert answer.roles == ("Engineer",) and answer.intent == "salary"
        answer, _ = thread.ask("the senior one")
        assert answer.roles == ("Global Lead Engineer",)

    def test_the_other_one_after_a_ranking_of_two_is_the_second(self, thread):
        thread.ask("which roles mention rust")
        answer, _ = thread.ask("which is more senior")
        assert answer.roles == ("Global Lead Engineer", "Expert Software Engineer")
        answer, text = thread.ask("and the other one?")
        assert answer.roles == ("Expert Software Engineer",) and EXPERT_YEARS in text


    def test_that_one_after_a_ranking_is_its_first(self, thread):
        thread.ask("which roles mention rust")
        answer, _ = thread.ask("which of them needs more years")
        first = answer.roles[0]
        answer, _ = thread.ask("salary for that one?")
        assert answer.roles == (first,) and answer.intent == "salary"


class TestItemsOfTheRoleInQuestion:
    def test_a_duty_asked_of_it_is_found_among_its_items(self, thread):
        thread.ask("global lead engineer responsibilities")
        answer, text = thread.ask("is it involved in hiring?")
        assert answer.roles == ("Global Lead Engineer",) and "recruitment, interviewing, and onboarding" in text

    def test_and_another_role_asks_its_items_the_same(self, thread):
        thread.ask("global lead engineer responsibilities")
        thread.ask("is it involved in hiring?")
        _, text = thread.ask("what about the expert swe")
        assert "hiring process for senior technical talent" in text


    def test_a_kind_of_role_is_looked_for_in_the_role_s_items(self, thread):
        thread.ask("global lead engineer experience")
        answer, text = thread.ask("and in a leadership role?")
        assert answer.kind == ANSWER and answer.roles == ("Global Lead Engineer",)
        assert answer.intent == "within_role" and "leadership" in text.lower()


class TestTheRoleInQuestionAsIfNamed:
    """A question about the role on screen that does not name it gets the
    answer the same question would get with the role named: the same rules
    read it, so several facts, a facet one word asks for and the items its
    other words name come out the same."""

    @pytest.mark.parametrize("follow_up, named", [
        ("salary and years?", "lead backend engineer salary and years?"),
        ("what about equity?", "lead backend engineer equity?"),
        ("pay and degree for it", "pay and degree for the lead backend engineer"),
        ("do they require kafka experience?", "does the lead backend engineer require kafka experience?"),
        ("could they move into management?", "could the lbe move into management?"),
    ])
    def test_a_follow_up_is_answered_as_the_question_naming_the_role(self, assistant, thread, follow_up, named):
        thread.ask("tell me about the lead backend engineer")
        answer, _ = thread.ask(follow_up)
        alone = assistant.ask(Question(named, platform="test"))
        assert answer.roles == alone.roles == ("Lead Back End Engineer",)
        assert (answer.title, answer.intent, answer.sections) == (alone.title, alone.intent, alone.sections)

    def test_where_do_they_go_after_is_the_next_step_not_the_go_language(self, thread):
        thread.ask("where do people move into lead backend from")
        answer, text = thread.ask("and where do they go after?")
        assert answer.intent == "career_next" and "Director, Solutions Architecture" in text
        assert "server-side languages" not in text

    def test_a_fact_with_words_of_its_own_is_not_bent_into_a_search(self, thread):
        thread.ask("global lead engineer")
        answer, text = thread.ask("in terms of years?")
        assert answer.roles == ("Global Lead Engineer",) and answer.intent == "experience" and GLOBAL_YEARS in text
        answer, text = thread.ask("how many years of golang?")
        assert answer.roles == ("Global Lead Engineer",) and answer.intent == "experience" and GLOBAL_YEARS in text

    def test_a_word_only_one_letter_off_a_title_is_the_role_s_own_word(self, thread):
        """"managed" is no typo of the Engineering Manager when the role on
        screen lists managed Kubernetes."""
        thread.ask("lead back end engineer databases")
        answer, text = thread.ask("which managed kubernetes?")
        assert answer.roles == ("Lead Back End Engineer",) and "EKS, GKE" in text

    def test_initials_a_title_could_have_are_looked_for_in_the_role(self, thread):
        thread.ask("does the global lead engineer need Kubernetes?")
        answer, text = thread.ask("which CI tools?")
        assert answer.roles == ("Global Lead Engineer",) and "GitLab CI" in text

    def test_a_role_the_store_lacks_is_not_answered_with_the_one_on_screen(self, thread):
        thread.ask("expert software engineer salary")
        answer, text = thread.ask("what's the salary for a data scientist?")
        assert answer.kind == UNKNOWN_ROLE and EXPERT_PAY not in text


class TestCorrections:
    def test_no_i_meant_the_expert_one(self, thread):
        thread.ask("what's the salary for the global lead engineer")
        answer, text = thread.ask("no, I meant the expert one")
        assert answer.roles == ("Expert Software Engineer",) and EXPERT_PAY in text and GLOBAL_PAY not in text

    def test_not_that_one_the_lead_backend_one(self, thread):
        thread.ask("global lead engineer experience")
        answer, text = thread.ask("not that one, the lead backend one")
        assert answer.roles == ("Lead Back End Engineer",) and BACKEND_YEARS in text

    def test_no_the_lead_one_is_the_lead_role_not_taken_back(self, thread):
        thread.ask("global lead engineer salary")
        answer, text = thread.ask("no, the lead one")
        assert answer.roles == ("Lead Back End Engineer",) and BACKEND_PAY in text

    def test_no_the_global_one_after_a_question_back(self, thread):
        thread.ask("lead engineer experience")
        answer, _ = thread.ask("no the global one")
        assert answer.roles == ("Global Lead Engineer",) and answer.intent == "experience"


class TestANewQuestionIsNotBent:
    def test_a_search_across_roles_after_one_role(self, thread):
        thread.ask("salary for the expert swe")
        answer, _ = thread.ask("which roles need kubernetes")
        assert answer.intent == "reverse_search" and len(answer.roles) > 1

    def test_a_ranking_of_every_role_after_two(self, thread):
        thread.ask("lead backend engineer salary")
        thread.ask("global lead engineer salary")
        answer, _ = thread.ask("what is the highest paying role")
        assert answer.roles[0] == "Expert Software Engineer" and len(answer.roles) == 3

    def test_another_role_named_with_its_own_fact(self, thread):
        thread.ask("engineer salary")
        answer, _ = thread.ask("what skills does a global lead engineer need")
        assert answer.roles == ("Global Lead Engineer",) and answer.intent == "skills"


class TestWhatAConversationStores:
    def test_the_words_an_item_question_asked_are_kept(self, store):
        save_context(store, "items", Context((2,), None, topic=("queue", "backend architect")))
        assert load_context(store, "items", TTL) == Context((2,), None, topic=("queue", "backend architect"))

    def test_a_question_back_keeps_its_topic(self, store):
        save_context(store, "back", Context((2, 1), None, choosing=True, topic=("queue",)))
        assert load_context(store, "back", TTL) == Context((2, 1), None, choosing=True, topic=("queue",))

    def test_a_question_back_keeps_the_question_it_answers(self, store):
        asked = Context((4, 3), "salary", choosing=True, topic=("on call",), pending="what does \ue000 pay? #1 | a|b")
        save_context(store, "pending", asked)
        assert load_context(store, "pending", TTL) == asked

    def test_a_topic_beside_an_intent_and_a_mark(self, store):
        save_context(store, "both", Context((2, 1), "salary", ranked=True, topic=("kafka",)))
        assert load_context(store, "both", TTL) == Context((2, 1), "salary", ranked=True, topic=("kafka",))
