"""A recruiter talks about one role, then another, then a third, and goes
back: "back to the first one we talked about", "the first role we
discussed", "the one before", "the earlier one". The thread remembers, in
order, the roles it talked about (not only those of the last answer), so
such words find the role meant however many answers came between, a list
of roles among them. Each story is played turn by turn through the
Assistant the adapters use; the last class reads and writes the store.
"""

import json
from datetime import timedelta

from sqlalchemy import select

from knowledge import Context, load_context, save_context
from knowledge import conversations
from knowledge.models import Conversation
from tests.threads import (BACKEND, EXPERT, EXPERT_YEARS, GLOBAL, GLOBAL_YEARS)

TTL = timedelta(minutes=30)


class TestBackToTheFirstRoleDiscussed:
    """Three roles asked about in turn; the recruiter returns to the first."""

    def test_back_to_the_first_one_we_talked_about_after_three_roles(self, thread):
        thread.ask("expert swe salary")
        thread.ask("global lead salary")
        thread.ask("lead backend salary")
        answer, text = thread.ask("back to the first one we talked about - years?")
        assert answer.roles == (EXPERT,) and EXPERT_YEARS in text

    def test_the_first_role_we_discussed_after_a_list_of_roles_in_between(self, thread):
        thread.ask("global lead salary")
        thread.ask("expert swe salary")
        thread.ask("which roles pay over 200k?")
        answer, text = thread.ask("the first role we discussed: years?")
        assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text

    def test_the_first_one_stays_first_when_it_was_asked_about_again(self, thread):
        thread.ask("global lead salary")
        thread.ask("expert swe salary")
        thread.ask("global lead skills")
        thread.ask("lead backend salary")
        answer, text = thread.ask("what about the first one we looked at, years?")
        assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text


class TestTheOneBefore:
    """"The one before", "the earlier one": the role talked about before the one on screen."""

    def test_years_for_the_one_before(self, thread):
        thread.ask("expert swe salary")
        thread.ask("global lead salary")
        thread.ask("lead backend salary")
        answer, text = thread.ask("years for the one before?")
        assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text

    def test_the_earlier_one(self, thread):
        thread.ask("expert swe salary")
        thread.ask("global lead salary")
        thread.ask("lead backend salary")
        answer, text = thread.ask("the earlier one - years?")
        assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text

    def test_the_one_before_a_list_is_the_last_role_talked_about(self, thread):
        thread.ask("expert swe salary")
        thread.ask("global lead salary")
        thread.ask("which roles pay over 200k?")
        answer, text = thread.ask("back to the one before, years?")
        assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text

    def test_the_career_step_before_that_is_still_a_career_step(self, thread):
        thread.ask("expert swe salary")
        thread.ask("what's the career path for the lead backend engineer?")
        answer, _ = thread.ask("and before that?")
        assert answer.roles == (BACKEND,)


class TestTheRolesDiscussedAreStored:
    """The store keeps the roles a thread talked about: in order, the first
    kept first, a bounded number, merged in by the store (no read first)."""

    def test_each_answer_adds_its_roles_after_those_before(self, store):
        for ids in ((4,), (2,), (4,), (7,)):
            save_context(store, "t", Context(ids, "salary", discussed=ids))
        assert load_context(store, "t", TTL).discussed == (4, 2, 4, 7)

    def test_an_answer_about_no_role_in_particular_keeps_the_list(self, store):
        save_context(store, "t", Context((4,), "salary", discussed=(4,)))
        save_context(store, "t", Context((1, 2, 3), None))
        assert load_context(store, "t", TTL).discussed == (4,)

    def test_the_list_is_bounded_and_keeps_the_first(self, store):
        for i in range(1, 30):
            save_context(store, "t", Context((i,), "salary", discussed=(i,)))
        kept = load_context(store, "t", TTL).discussed
        assert len(kept) == conversations.DISCUSSED_KEPT and kept[0] == 1 and kept[-1] == 29

    def test_the_portable_path_merges_the_same(self, store, monkeypatch):
        monkeypatch.setattr(conversations, "conflict_insert", lambda engine, table: None)
        monkeypatch.setattr(conversations, "_upserts", {})
        for ids in ((4,), (2,), (4,), (7,)):
            save_context(store, "t", Context(ids, "salary", discussed=ids))
        assert load_context(store, "t", TTL).discussed == (4, 2, 4, 7)

    def test_a_state_stored_before_the_list_existed_still_loads(self, store):
        save_context(store, "old", Context((3,), "salary", ranked=True))
        with store.engine.begin() as conn:
            conn.execute(Conversation.__table__.update().values(state='{"ranked":true}'))
        assert load_context(store, "old", TTL) == Context((3,), "salary", ranked=True)
        save_context(store, "old", Context((5,), "skills", discussed=(5,)))
        assert load_context(store, "old", TTL).discussed == (5,)
        with store.engine.connect() as conn:
            state = conn.execute(select(Conversation.state)).scalar_one()
        assert json.loads(state) == {"discussed": [5]}


class TestAListIsNotRolesTalkedAbout:
    """A search that found two roles lists them; it did not talk about them."""

    def test_the_one_before_a_search_of_two_is_the_role_asked_before_it(self, thread):
        thread.ask("expert swe salary")
        thread.ask("global lead salary")
        thread.ask("which roles mention on-call")
        answer, text = thread.ask("back to the one before, years?")
        assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text



class TestPositionsAmongTheRolesTalkedAbout:
    """Roles asked about one by one, no list on screen: "the second one" is
    the second role talked about."""

    def test_after_going_back_to_the_first_the_second_one_is_the_one_asked_second(self, thread):
        thread.ask("What does the Lead Back End Engineer pay?")
        thread.ask("And the Global Lead Engineer?")
        thread.ask("ok back to the first one - years?")
        answer, text = thread.ask("and the second one - years?")
        assert answer.roles == (GLOBAL,) and GLOBAL_YEARS in text
