"""Follow-ups whose contexts the web process reads together
(adapters/runtime.py): words that leaned on the conversation before have
their context read first, and those asked meanwhile are read in one
statement and answered in one lot. Each must still get its own
conversation's context, and the one its previous question left."""

import asyncio
from datetime import timedelta

import pytest

from adapters import runtime as runtime_module
from adapters.runtime import Runtime
from bot import UNAVAILABLE, Question, open_assistant
from knowledge import Context, StoreUnavailable, load_context, load_contexts, save_context
from tests.test_answer_memory import in_loop, reads

TTL = timedelta(minutes=30)
LEAD_BACKEND_SALARY = "$160,000 - $220,000"


@pytest.fixture
def runtime(database_url, monkeypatch):
    monkeypatch.setattr(runtime_module, "ANSWER_WAIT_SECONDS", 60.0)  # a busy machine is not what is tested
    assistant = open_assistant(database_url, serving=True)
    assistant.knowledge.version_ttl = 3600.0  # the version read stays trusted, however busy the machine
    yield Runtime(assistant)
    assistant.store.dispose()


def read_together(runtime: Runtime, monkeypatch) -> list[list[str]]:
    """The keys of each lot whose contexts were read together."""
    lots = []
    read = runtime.assistant.read_contexts

    def recorded(keys):
        lots.append(list(keys))
        return read(keys)

    monkeypatch.setattr(runtime.assistant, "read_contexts", recorded)
    return lots


def test_two_conversations_read_together_each_get_their_own_context(runtime, monkeypatch):
    """Three recruiters ask "and the salary?" at the same moment, each after
    a question about another role (one of them in no conversation yet): one
    statement reads all three contexts, and each is answered for its own."""
    ask = lambda text, key: runtime.answer(Question(text, platform="slack", conversation_key=key))  # noqa: E731
    lots = read_together(runtime, monkeypatch)

    async def scenario():
        await ask("tell me about the engineer role", "slack:T:C0:user:U0")
        await ask("and the salary?", "slack:T:C0:user:U0")  # these words lean on the conversation from now on
        await ask("tell me about the engineer role", "slack:T:C1:user:U1")
        await ask("what does a lead backend engineer own?", "slack:T:C2:user:U2")
        lots.clear()
        with reads(runtime.assistant.store) as statements:
            answers = await asyncio.gather(*(ask("and the salary?", f"slack:T:C{n}:user:U{n}") for n in (1, 2, 3)))
        return answers, statements

    (engineer, lead_backend, nothing), statements = in_loop(runtime, scenario)

    assert lots == [["slack:T:C1:user:U1", "slack:T:C2:user:U2", "slack:T:C3:user:U3"]]
    assert len(statements) == 1 and "conversation" in statements[0] and " IN " in statements[0].upper()
    assert engineer.roles == ("Engineer",) and engineer.intent == "salary"
    assert lead_backend.roles == ("Lead Back End Engineer",) and LEAD_BACKEND_SALARY in lead_backend.summary
    assert nothing.roles == ()  # no role on screen: asked which one


def test_a_context_left_by_one_question_is_read_by_the_next_in_order(runtime, monkeypatch):
    """In one conversation, each follow-up read with others' follows the
    context its previous question left, also when another conversation's
    follow-ups are read in the same lots."""
    key, other = "slack:T:C:user:U1", "slack:T:C9:user:U9"
    ask = lambda text, k=key: runtime.answer(Question(text, platform="slack", conversation_key=k))  # noqa: E731
    lots = read_together(runtime, monkeypatch)

    async def scenario():
        await ask("tell me about the engineer role", other)
        await ask("and the salary?", other)  # the words lean from now on
        said = []
        for role in ("tell me about the engineer role", "what does a lead backend engineer own?",
                     "tell me about the engineer role"):
            await ask(role)
            answers = await asyncio.gather(ask("and the salary?"), ask("and the salary?", other))
            said.append(answers[0])
        return said

    said = in_loop(runtime, scenario)

    assert [answer.roles for answer in said] == [("Engineer",), ("Lead Back End Engineer",), ("Engineer",)]
    assert [sorted(lot) for lot in lots] == [sorted([key, other])] * 3


def test_contexts_read_together_are_those_read_one_by_one(database_url):
    """`load_contexts` gives what `load_context` gives for each key: a
    stored one with its earlier roles and state, none for a key never
    written or expired, a key asked twice once."""
    assistant = open_assistant(database_url)
    store = assistant.store
    try:
        save_context(store, "a", Context((1,), "salary"))
        save_context(store, "a", Context((3, 1), "experience", choosing=True, candidate_years=7))
        save_context(store, "b", Context((2,), None, topic=("kafka",)))
        save_context(store, "old", Context((2,), "salary"))
        keys = ["a", "b", "never", "a", "old"] + [f"absent{n}" for n in range(70)]  # more than one statement's
        one_by_one = {key: load_context(store, key, TTL) for key in keys}

        assert load_contexts(store, keys, TTL) == one_by_one and list(one_by_one) == list(dict.fromkeys(keys))
        assert one_by_one["a"] == Context((3, 1), "experience", earlier_role_ids=(1,), choosing=True,
                                          candidate_years=7)
        assert load_contexts(store, ["old", "b"], timedelta(seconds=-1)) == {"old": None, "b": None}
    finally:
        store.dispose()


def test_when_the_contexts_read_together_cannot_be_read_each_question_is_told_to_try_again(runtime, monkeypatch):
    """The store drops out just as a lot of follow-ups is read: every one of
    them gets "try again shortly", none an older context or an apology."""
    ask = lambda text, key: runtime.answer(Question(text, platform="slack", conversation_key=key))  # noqa: E731

    def away(keys):
        raise StoreUnavailable("the database went away")

    async def scenario():
        await ask("tell me about the engineer role", "slack:T:C1:user:U1")
        await ask("and the salary?", "slack:T:C1:user:U1")  # the words lean from now on
        monkeypatch.setattr(runtime.assistant, "read_contexts", away)
        return await asyncio.gather(*(ask("and the salary?", f"slack:T:C{n}:user:U{n}") for n in (1, 2)))

    assert [answer.kind for answer in in_loop(runtime, scenario)] == [UNAVAILABLE, UNAVAILABLE]
