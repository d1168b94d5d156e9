"""A recruiter talks to RoleCall in a thread as to a colleague: short replies
("the first", "yes", "the global one", "and then?", "which of them pays
more?") mean the roles and the question already on screen.

Every conversation here is played turn by turn through the same Assistant
the Slack and Teams adapters use, with the thread's conversation key.
"""

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot import ANSWER, CLARIFY, NOT_UNDERSTOOD, open_assistant
from knowledge import Context, load_context, save_context
from knowledge import conversations
from knowledge.conversations import PENDING_ROLE
from knowledge.models import Conversation
from knowledge.store import Store

TTL = timedelta(minutes=30)


@pytest.fixture
def assistant(database_url):
    return open_assistant(database_url)


class TestARepliedClarification:
    """RoleCall asked which role was meant; the reply answers the question
    that was asked, not the role's overview and not another question back."""

    def test_a_distinguishing_word_picks_the_role_and_the_question_is_answered(self, thread):
        answer, _ = thread.ask("lead engineer experience")
        assert answer.kind == CLARIFY
        answer, text = thread.ask("the global one")
        assert answer.kind == ANSWER and answer.roles == ("Global Lead Engineer",)
        assert answer.intent == "experience" and "12-18" in text

    def test_a_number_picks_an_option_in_the_order_offered(self, thread):
        answer, _ = thread.ask("lead engineer experience")
        second = answer.choices[1].label
        answer, _ = thread.ask("2")
        assert answer.roles == (second,) and answer.intent == "experience"

    def test_option_two_picks_the_second_option(self, thread):
        answer, _ = thread.ask("lead engineer salary")
        second = answer.choices[1].label
        answer, _ = thread.ask("option 2")
        assert answer.roles == (second,) and answer.intent == "salary"

    def test_an_ordinal_picks_an_option(self, thread):
        answer, _ = thread.ask("lead engineer salary")
        first = answer.choices[0].label
        answer, _ = thread.ask("the first")
        assert answer.roles == (first,) and answer.intent == "salary"

    def test_yes_accepts_the_one_role_offered(self, thread):
        answer, _ = thread.ask("backend pay")
        assert answer.title == "Did you mean Lead Back End Engineer?"
        answer, text = thread.ask("yes")
        assert answer.roles == ("Lead Back End Engineer",) and "160,000" in text

    def test_the_full_name_answers_the_pending_question(self, thread):
        thread.ask("lead engineer education")
        answer, text = thread.ask("the global lead one")
        assert answer.roles == ("Global Lead Engineer",) and answer.intent == "education"
        assert "relevant technical field" in text

    def test_the_other_one_is_the_option_not_picked(self, thread):
        thread.ask("lead engineer salary")
        thread.ask("the back-end role")
        answer, text = thread.ask("and the other one?")
        assert answer.roles == ("Global Lead Engineer",) and "250,000" in text

    def test_the_senior_one_is_the_option_needing_the_most_experience(self, thread):
        thread.ask("lead engineer experience")
        answer, text = thread.ask("the senior one")
        assert answer.roles == ("Global Lead Engineer",) and "12-18" in text

    def test_the_last_one_after_the_first_picks_from_the_same_list(self, thread):
        listed, _ = thread.ask("which roles list Rust?")
        thread.ask("tell me more about the first")
        answer, _ = thread.ask("and the last one?")
        assert answer.roles == (listed.roles[-1],) and answer.roles != (listed.roles[0],)

    def test_a_role_shown_a_moment_ago_is_picked_by_its_word(self, thread):
        thread.ask("lead engineer comp")
        answer, _ = thread.ask("backend")
        assert answer.roles == ("Lead Back End Engineer",)
        answer, text = thread.ask("now the global one")
        assert answer.roles == ("Global Lead Engineer",) and "180,000" in text


class TestTheRolesOnScreen:
    """A list the last answer showed is what "those two", "them" and "the
    second" mean."""

    def test_those_two_are_the_roles_a_search_found(self, thread):
        answer, _ = thread.ask("which roles list Rust?")
        found = set(answer.roles)
        assert len(found) == 2
        answer, text = thread.ask("what do those two pay?")
        assert set(answer.roles) == found and answer.intent == "compare"
        assert "275,000" in text and "250,000" in text and "220,000" not in text

    def test_those_two_are_the_last_two_roles_asked_about(self, thread):
        thread.ask("expert swe languages")
        thread.ask("and the global lead's?")
        answer, text = thread.ask("what do those two pay?")
        assert set(answer.roles) == {"Expert Software Engineer", "Global Lead Engineer"}
        assert "275,000" in text and "250,000" in text

    def test_they_after_one_role_is_still_that_role(self, thread):
        thread.ask("expert swe languages")
        thread.ask("global lead engineer salary")
        answer, _ = thread.ask("how many years do they usually have?")
        assert answer.roles == ("Global Lead Engineer",)

    def test_which_of_them_pays_most_ranks_only_those_roles(self, thread):
        thread.ask("which roles list Rust?")
        answer, text = thread.ask("which of them pays the most?")
        assert answer.roles == ("Expert Software Engineer", "Global Lead Engineer")
        assert "Lead Back End Engineer" not in text
        answer, _ = thread.ask("and least?")
        assert answer.roles == ("Global Lead Engineer", "Expert Software Engineer")

    def test_compare_it_keeps_what_was_asked_and_which_is_higher_ranks_on_it(self, thread):
        thread.ask("global lead engineer salary")
        answer, _ = thread.ask("how does it compare with the lead backend?")
        assert answer.intent == "compare" and answer.title.endswith(": salary")
        answer, _ = thread.ask("which is higher at the top?")
        assert answer.intent == "salary" and answer.roles == ("Global Lead Engineer", "Lead Back End Engineer")

    def test_the_second_of_a_list(self, thread):
        listed, _ = thread.ask("which roles list Rust?")
        answer, _ = thread.ask("the second one")
        assert answer.roles == (listed.roles[1],) and answer.intent == "overview"

    def test_which_of_those_two_searches_only_those_roles(self, thread):
        thread.ask("expert swe languages")
        thread.ask("and the global lead's?")
        answer, _ = thread.ask("which of those two lists C++?")
        assert answer.roles == ("Expert Software Engineer",)

    def test_which_of_the_two_can_go_that_high(self, thread):
        thread.ask("comp for lead backend engineer?")
        thread.ask("TC for expert swe?")
        answer, _ = thread.ask("candidate wants 260k+, which of the two can go that high?")
        assert answer.roles == ("Expert Software Engineer",)


class TestYearsOfExperience:
    def test_is_ten_enough_shows_the_range_to_judge_by(self, thread):
        thread.ask("global lead engineer years of experience")
        answer, text = thread.ask("is 10 enough?")
        assert answer.roles == ("Global Lead Engineer",) and "12-18" in text

    def test_which_of_the_two_fits_someone_with_nine_years(self, thread):
        thread.ask("expert swe vs lead backend pay")
        thread.ask("and experience?")
        answer, _ = thread.ask("which of the two fits someone with 9 years?")
        assert answer.roles == ("Lead Back End Engineer",)

    def test_which_roles_would_ten_years_fit_asks_every_role(self, thread):
        thread.ask("global lead engineer years of experience")
        thread.ask("is 10 enough?")
        answer, _ = thread.ask("which roles would 10 years fit then?")
        assert set(answer.roles) == {"Expert Software Engineer", "Lead Back End Engineer"}

    def test_the_senior_one_of_two_compared(self, thread):
        thread.ask("compare engineer and expert swe")
        answer, text = thread.ask("what does the senior one pay?")
        assert answer.roles == ("Expert Software Engineer",) and "275,000" in text

    def test_which_is_more_junior_ranks_the_two_by_experience_after_their_pay(self, thread):
        thread.ask("compare lead backend and expert swe salary")
        answer, _ = thread.ask("which is more junior?")
        assert answer.intent == "experience" and answer.roles == ("Lead Back End Engineer", "Expert Software Engineer")

    def test_which_needs_more_after_comparing_experience(self, thread):
        thread.ask("compare expert swe and lead backend experience")
        answer, text = thread.ask("which needs more?")
        assert answer.intent == "experience" and answer.roles[0] == "Expert Software Engineer"


class TestFollowingTheOneRole:
    def test_and_then_continues_the_career_path(self, thread):
        thread.ask("who does the lead backend engineer usually come from?")
        answer, text = thread.ask("and then?")
        assert answer.roles == ("Lead Back End Engineer",) and answer.intent == "career_next"
        assert "Principal Engineer" in text and "Engineering Manager" in text

    def test_and_then_past_the_roles_we_have_says_the_next_one_is_missing(self, thread):
        """...and goes on along the role's own path past it (see
        test_conversation_career_further_along.py)."""
        thread.ask("engineer next steps")
        answer, text = thread.ask("and then?")
        assert "no role for Senior Engineer" in text and "Principal Engineer / Staff Engineer" in text

    def test_a_bare_term_is_looked_up_in_the_roles_documents(self, thread):
        thread.ask("hard skills for expert software engineer")
        answer, text = thread.ask("which message queues?")
        assert answer.roles == ("Expert Software Engineer",) and "Kafka, RabbitMQ, or SQS" in text

    def test_a_bare_short_form_is_looked_up_in_its_spellings(self, thread):
        """"k8s?" and "IaC?" after a role's skills: its documents say "Kubernetes" and "infrastructure-as-code"."""
        thread.ask("engineer technical skills pls")
        answer, text = thread.ask("k8s?")
        assert answer.roles == ("Engineer",) and "Kubernetes" in text
        answer, text = thread.ask("IaC?")
        assert answer.roles == ("Engineer",) and "Terraform, CloudFormation, Ansible" in text

    def test_what_the_role_says_about_a_topic(self, thread):
        thread.ask("what's the expert software engineer responsible for?")
        answer, text = thread.ask("what does the role say about on-call?")
        assert answer.roles == ("Expert Software Engineer",) and "on-call" in text

    def test_does_it_need_a_tool(self, thread):
        thread.ask("tell me about the global lead engineer")
        answer, text = thread.ask("does it need Terraform?")
        assert answer.roles == ("Global Lead Engineer",) and "Terraform" in text

    def test_does_a_named_role_need_a_tool(self, thread):
        answer, text = thread.ask("does the global lead engineer need Kubernetes?")
        assert answer.roles == ("Global Lead Engineer",) and "Kubernetes" in text
        answer, text = thread.ask("does the engineer require Rust?")  # its documents never say Rust: said so
        assert answer.roles == ("Engineer",) and text.index("don't mention Rust") < text.index("Role definition")

    def test_something_else_is_not_forced_onto_the_role(self, thread):
        thread.ask("tell me about the global lead engineer")
        answer, _ = thread.ask("quantum gardening?")
        assert answer.kind == NOT_UNDERSTOOD and not answer.roles

    def test_a_new_role_replaces_the_list(self, thread):
        thread.ask("which roles list Rust?")
        thread.ask("what does the engineer role pay?")
        answer, _ = thread.ask("the second one")
        assert not answer.roles  # one role on screen now: no second to pick


class TestShortRepliesAboutTheOneRole:
    """After an answer about one role, a few words ask about that role, as
    if it were named again."""

    def test_a_short_form_is_looked_for_in_its_usual_spellings(self, thread):
        thread.ask("hard skills for expert software engineer")
        answer, text = thread.ask("k8s?")
        assert answer.roles == ("Expert Software Engineer",) and "Kubernetes" in text
        answer, text = thread.ask("IaC?")
        assert answer.roles == ("Expert Software Engineer",) and "Terraform, Pulumi" in text

    def test_which_clouds_is_about_the_last_role_not_the_one_before(self, thread):
        thread.ask("expert swe salary")
        thread.ask("global lead hard skills")
        answer, text = thread.ask("which clouds")
        assert answer.roles == ("Global Lead Engineer",) and "AWS" in text

    def test_could_they_move_into_a_field_reads_the_role_s_way_on(self, thread):
        thread.ask("what's the engineer role's career path?")
        answer, text = thread.ask("could they move into data?")
        assert answer.roles == ("Engineer",) and answer.intent == "career_next"
        assert "Data Engineer / Machine Learning Engineer" in text

    def test_an_ordinal_that_says_when_picks_nothing(self, thread):
        thread.ask("lead backend interview tips")
        answer, text = thread.ask("tech or leadership first?")
        assert answer.roles == ("Lead Back End Engineer",) and "Prioritize technical expertise first" in text

    def test_which_roles_asks_the_whole_store_again(self, thread):
        thread.ask("global lead engineer salary")
        answer, _ = thread.ask("which roles list Rust?")
        assert set(answer.roles) == {"Expert Software Engineer", "Global Lead Engineer"}

    def test_who_else_asks_the_store_beyond_the_role(self, thread):
        thread.ask("expert swe career path")
        answer, text = thread.ask("who else can get to chief architect")
        assert "Global Lead Engineer" in answer.roles and "Chief Architect" in text


class TestAfterARanking:
    """A ranking names its first role: "it" and a bare facet mean that one;
    "them" and "and least?" still mean them all."""

    def test_it_is_the_role_that_came_first(self, thread):
        answer, _ = thread.ask("highest paying role?")
        top = answer.roles[0]
        answer, _ = thread.ask("how many yrs does it need")
        assert answer.roles == (top,) and answer.intent == "experience"

    def test_a_bare_facet_is_asked_of_the_first(self, thread):
        answer, _ = thread.ask("which is the most senior by yoe")
        top = answer.roles[0]
        answer, _ = thread.ask("pay?")
        assert answer.roles == (top,) and answer.intent == "salary"

    def test_words_it_does_not_know_beside_both_are_chat(self, thread):
        compared, _ = thread.ask("which is better paid, expert swe or global lead?")
        answer, _ = thread.ask("how bout experience for both")
        assert set(answer.roles) == set(compared.roles) and answer.intent == "compare"
        assert answer.title.endswith(": experience")

    def test_them_is_every_role_ranked(self, thread):
        ranked, _ = thread.ask("highest paying role?")
        answer, _ = thread.ask("what do they require for education?")
        assert set(answer.roles) == set(ranked.roles) and answer.intent == "compare"


class TestWhichOfThem:
    def test_titles_we_lack_are_looked_for_among_the_roles_compared(self, thread):
        thread.ask("lead backend vs global lead - responsibilities")
        answer, text = thread.ask("which of them mentors senior and principal engineers?")
        assert answer.roles == ("Global Lead Engineer",) and "senior and principal-level engineers" in text


class TestWhatAConversationStores:
    def test_a_ranking_is_stored_as_ranked(self, store):
        save_context(store, "ranked", Context((3, 1, 2), "salary", ranked=True))
        assert load_context(store, "ranked", TTL) == Context((3, 1, 2), "salary", ranked=True)

    def test_a_question_back_is_stored_with_its_options_and_pending_intent(self, store):
        save_context(store, "thread", Context((3, 1), "experience", choosing=True))
        assert load_context(store, "thread", TTL) == Context((3, 1), "experience", choosing=True)

    def test_a_question_back_with_no_intent_and_a_plain_context_read_back_as_written(self, store):
        save_context(store, "a", Context((3, 1), None, choosing=True))
        save_context(store, "b", Context((2,), "salary"))
        assert load_context(store, "a", TTL) == Context((3, 1), None, choosing=True)
        assert load_context(store, "b", TTL) == Context((2,), "salary")

    def test_a_question_back_keeps_its_topic_and_pending_question_word_for_word(self, store):
        asked = Context((3, 1), "skills", choosing=True, topic=("message queues", "kafka"),
                        pending=f"which message queues does {PENDING_ROLE} use? #1 \ue001")
        save_context(store, "picking", asked)
        assert load_context(store, "picking", TTL) == asked

    def test_a_plain_answer_stores_no_state_and_a_question_back_only_what_differs(self, store):
        save_context(store, "plain", Context((2,), "salary"))
        save_context(store, "back", Context((3, 1), "experience", choosing=True))
        with store.engine.connect() as conn:
            state = dict(conn.execute(select(Conversation.key, Conversation.state)).all())
        assert state["plain"] is None
        assert json.loads(state["back"]) == {"choosing": True}

    def test_a_database_without_upserts_stores_the_same_state_and_earlier_roles(self, store, monkeypatch):
        monkeypatch.setattr(conversations, "conflict_insert", lambda engine, table: None)
        monkeypatch.setattr(conversations, "_upserts", {})
        save_context(store, "portable", Context((1,), "salary"))
        save_context(store, "portable", Context((3, 1), "skills", choosing=True, pending=f"{PENDING_ROLE} on call?"))
        assert load_context(store, "portable", TTL) == Context(
            (3, 1), "skills", earlier_role_ids=(1,), choosing=True, pending=f"{PENDING_ROLE} on call?")

    def test_a_time_sqlite_cannot_read_back_is_read_as_no_context_until_the_next_answer(self, tmp_path):
        """SQLite keeps a timestamp as text: one edited by hand ('garbage',
        month 13) costs the thread what it was about, and the next answer
        writes a good one, instead of failing every question in it."""
        store = Store(f"sqlite:///{tmp_path / 'rolecall.db'}")
        try:
            save_context(store, "odd", Context((3, 1), "salary"))
            with store.engine.begin() as conn:
                conn.exec_driver_sql("UPDATE conversation SET updated_at = '2026-13-45 99:00:00'")
            assert load_context(store, "odd", TTL) is None
            save_context(store, "odd", Context((2,), "skills"))
            assert load_context(store, "odd", TTL).role_ids == (2,)
        finally:
            store.dispose()

    @pytest.mark.parametrize("garbage", ["1,x", "3,", "1;2", "\u00b2"])
    def test_roles_that_are_not_ids_are_read_as_no_roles_now_and_after_the_next_answer(self, store, garbage):
        """A roles column edited by hand costs the thread what it was about,
        never every answer in it: not now, and not once the next answer has
        moved those roles aside as the earlier ones."""
        save_context(store, "odd", Context((3, 1), "salary"))
        with store.engine.begin() as conn:
            conn.execute(Conversation.__table__.update().values(role_ids=garbage))
        assert load_context(store, "odd", TTL).intent == "salary"
        save_context(store, "odd", Context((2,), "skills"))
        assert load_context(store, "odd", TTL).role_ids == (2,)

    @pytest.mark.parametrize("garbage", ['{"choosing": tru', '[1, 2]', '"ranked"', 'null',
                                         '{"topic": "kafka", "choosing": "yes", "pending": 3}',
                                         '{"bounds": ' + '[' * 900 + ']' * 900 + '}', '[' * 100_000 + ']' * 100_000,
                                         '{"bounds": [{"salary": 200000}]}', '{"bounds": [["salary", {"top": 1}]]}'],
                             ids=["cut short", "a list", "a string", "null", "wrong types", "deep bounds", "too deep",
                                  "an object", "a nested object"])
    def test_a_state_that_is_not_what_this_code_writes_is_read_as_no_state(self, store, garbage):
        """A state column cut short, edited by hand or written by another
        RoleCall costs the thread its question back, never every answer in it:
        the roles and the intent still read back."""
        save_context(store, "odd", Context((3, 1), "salary", ranked=True))
        with store.engine.begin() as conn:
            conn.execute(Conversation.__table__.update().values(state=garbage))
        read = load_context(store, "odd", TTL)
        # and it is a key, as every context is: answers that leaned on one are remembered by it
        assert read == Context((3, 1), "salary") and hash(read) == hash(Context((3, 1), "salary"))
