"""People rate RoleCall's answers with 👍/👎, in Slack and in Teams.

End to end through the real endpoints: Slack's signed slash commands,
mentions and `block_actions` presses (tests/fake_slack.py plays Slack), and
Teams activities with an Action.Submit `value` (tests/fake_connector.py plays
the Bot Connector). What a press stores is read back from the store: the
question, intent, roles, platform and vote, never a user id.
"""

import asyncio
import json
from types import SimpleNamespace

import pytest
from sqlmodel import select

from adapters.teams.render import FEEDBACK_ACTION
from bot import open_assistant
from knowledge.models import Feedback
from knowledge.questions import roles_from_json
from tests.fake_connector import teams_and_bot
from tests.fake_slack import (  # noqa: F401  (assistant, slack and without_proxies are fixtures)
    all_text,
    assistant,
    block_kit_problems,
    buttons,
    slack,
    without_proxies,
)

THANKS = "Thanks for the feedback"


def votes(store) -> list:
    """Every vote kept, newest first, its roles read back from JSON."""
    with store.session() as session:
        rows = session.exec(select(Feedback).order_by(Feedback.given_at.desc(), Feedback.id.desc())).all()
        return [SimpleNamespace(**{**row.model_dump(), "roles": roles_from_json(row.roles)}) for row in rows]


def new_votes(store, before: list) -> list:
    seen = {(v.answer_id, v.voter) for v in before}
    return [v for v in votes(store) if (v.answer_id, v.voter) not in seen]


# -- Slack ------------------------------------------------------------------------

def test_an_answer_about_a_role_carries_thumbs_up_and_down(slack):
    message = slack.slash("salary for lead back end engineer", user="W1", channel="C1").json

    found = buttons(message)
    assert {"👍", "👎"} <= set(found)
    assert found["👍"]["accessibility_label"] == "Helpful"
    assert block_kit_problems(message) == []


def test_clarifying_questions_and_unknown_roles_can_be_rated_too(slack):
    clarify = slack.slash("salary for lead engineer", user="W1", channel="C1").json
    unknown = slack.slash("what does a head of people do?", user="W1", channel="C1").json

    assert "👍" in buttons(clarify) and "👍" in buttons(unknown)


def test_help_and_small_talk_have_nothing_to_rate(slack):
    for typed in ("help", "hey!"):
        assert "👍" not in buttons(slack.slash(typed, user="W2", channel="C2").json)


def test_a_press_is_stored_with_the_question_intent_and_roles_and_only_the_presser_is_thanked(slack, assistant):
    store = assistant.knowledge.store
    before = votes(store)
    answer = slack.slash("salary for lead back end engineer", user="W3", channel="C3").json

    reply = slack.press(buttons(answer)["👍"], user="W3", channel="C3",
                        response_url=slack.api.response_url("thumbs-1"))

    assert reply.status == 200
    thanks = slack.wait_for_response(slack.api.response_url("thumbs-1")).body
    assert thanks["response_type"] == "ephemeral" and thanks["replace_original"] is False
    assert THANKS in all_text(thanks)
    assert "👍" not in buttons(thanks)
    [vote] = new_votes(store, before)
    assert (vote.platform, vote.vote, vote.intent) == ("slack", "up", "salary")
    assert vote.question == "salary for lead back end engineer"
    assert vote.roles == ("Lead Back End Engineer",)
    assert "W3" not in vote.voter and len(vote.voter) == 64  # a hash, not the user id


def test_a_second_press_by_the_same_person_replaces_their_vote_and_others_count_apart(slack, assistant):
    store = assistant.knowledge.store
    before = votes(store)
    answer = slack.slash("what does a Global Lead Engineer own?", user="W4", channel="C4").json

    slack.press(buttons(answer)["👍"], user="W4", channel="C4", response_url=slack.api.response_url("t-2a"))
    slack.wait_for_response(slack.api.response_url("t-2a"))
    slack.press(buttons(answer)["👎"], user="W4", channel="C4", response_url=slack.api.response_url("t-2b"))
    slack.wait_for_response(slack.api.response_url("t-2b"))
    slack.press(buttons(answer)["👍"], user="W5", channel="C4", response_url=slack.api.response_url("t-2c"))
    slack.wait_for_response(slack.api.response_url("t-2c"))

    added = new_votes(store, before)
    assert sorted(v.vote for v in added) == ["down", "up"]  # W4 changed their mind; W5 voted once
    assert len({v.voter for v in added}) == 2


def test_a_press_under_a_threaded_answer_leaves_the_thread_alone(slack, assistant):
    store = assistant.knowledge.store
    before = votes(store)
    slack.mention("<@UBOT> salary for lead back end engineer", channel="C5", ts="1700000500.000100")
    answer = slack.wait_for_post("C5")

    slack.press(buttons(answer.body)["👎"], user="W6", channel="C5", message=answer.as_stored_message(),
                response_url=slack.api.response_url("thread-thumbs"))

    thanks = slack.wait_for_response(slack.api.response_url("thread-thumbs")).body
    assert thanks["response_type"] == "ephemeral" and THANKS in all_text(thanks)
    slack.settle()
    assert len(slack.posts_to("C5")) == 1  # nothing new in the channel for everyone
    [vote] = new_votes(store, before)
    assert (vote.vote, vote.intent, vote.roles) == ("down", "salary", ("Lead Back End Engineer",))


def test_a_long_question_keeps_every_button_within_slacks_limit(slack):
    question = "salary for lead back end engineer " + '"<&>' * 120  # quotes and markup grow when encoded
    message = slack.slash(question, user="W7", channel="C7").json

    assert "👍" in buttons(message)
    assert block_kit_problems(message) == []  # includes: every button value within 2,000 characters


@pytest.mark.parametrize("value", [
    "not json",
    json.dumps({"v": "sideways", "q": "x", "i": "salary", "r": [], "a": "0123456789abcdef"}),
    json.dumps({"v": "up", "q": "x" * 5000, "i": "salary", "r": [], "a": "0123456789abcdef"}),
    json.dumps({"v": "up", "q": "x", "i": "DROP TABLE", "r": [], "a": "0123456789abcdef"}),
    json.dumps({"v": "up", "q": "x", "i": "salary", "r": "Engineer", "a": "0123456789abcdef"}),
    json.dumps({"v": "up", "q": "x", "i": "salary", "r": ["x"] * 50, "a": "0123456789abcdef"}),
    json.dumps({"v": "up", "q": "x", "i": "salary", "r": [], "a": "../../etc"}),
    json.dumps({"v": "down", "q": "x", "i": "salary", "r": [], "a": "0123456789abcdef"}),  # 👍 carrying a 👎
    json.dumps(["up"]),
])
def test_a_feedback_value_rolecall_did_not_write_is_acknowledged_and_ignored(slack, assistant, value):
    store = assistant.knowledge.store
    before = votes(store)
    forged = {"action_id": "rolecall_feedback:up", "type": "button", "value": value,
              "text": {"type": "plain_text", "text": "👍"}}

    reply = slack.press(forged, user="W8", channel="C8", response_url=slack.api.response_url("forged"))

    assert reply.status == 200  # acknowledged, so Slack shows no error
    assert new_votes(store, before) == []
    assert slack.api.calls_to("response_url", lambda call: call.path.endswith("/forged")) == []


# -- Teams ------------------------------------------------------------------------

@pytest.fixture
def teams_assistant(database_url, no_proxy):
    real = open_assistant(database_url)
    yield real
    real.knowledge.store.dispose()


def thumbs(posted) -> dict[str, dict]:
    return {b["title"]: b for b in posted.buttons if (b.get("data") or {}).get("rolecall") == FEEDBACK_ACTION}


def test_a_teams_answer_card_carries_thumbs_and_help_does_not(teams_assistant):
    async def scenario():
        async with teams_and_bot(teams_assistant) as teams:
            await teams.post(teams.personal("salary for lead back end engineer", id="7001"))
            await teams.post(teams.personal("help", id="7002"))

            answer, help_reply = teams.posted
            assert set(thumbs(answer)) == {"👍 Helpful", "👎 Not helpful"}
            assert thumbs(help_reply) == {}

    asyncio.run(scenario())


def test_pressing_thumbs_in_teams_stores_the_vote_and_thanks(teams_assistant):
    store = teams_assistant.knowledge.store

    async def scenario():
        async with teams_and_bot(teams_assistant) as teams:
            await teams.post(teams.channel_mention("what does a Global Lead Engineer own?", id="7101"))
            press = teams.activity("teams_card_submit_personal", id="7102",
                                   value=thumbs(teams.posted[0])["👎 Not helpful"]["data"])

            status = await teams.post(press)

            assert status == 200
            thanks = teams.posted[-1]
            assert THANKS in thanks.everything and thanks.reply_to_id == "7102"
            assert thumbs(thanks) == {}

    asyncio.run(scenario())
    [vote] = votes(store)
    assert (vote.platform, vote.vote, vote.intent) == ("teams", "down", "primary_responsibilities")
    assert vote.question == "what does a Global Lead Engineer own?"
    assert vote.roles == ("Global Lead Engineer",)
    assert "29:" not in vote.voter and "7faf8ab2" not in vote.voter


def test_a_teams_press_delivered_twice_is_one_vote(teams_assistant):
    store = teams_assistant.knowledge.store

    async def scenario():
        async with teams_and_bot(teams_assistant) as teams:
            await teams.post(teams.personal("salary for lead back end engineer", id="7201"))
            press = teams.activity("teams_card_submit_personal", id="7202",
                                   value=thumbs(teams.posted[0])["👍 Helpful"]["data"])
            await teams.post(press)
            await teams.post(dict(press))  # Teams retried it
            assert len(teams.posted) == 2

    asyncio.run(scenario())
    assert [v.vote for v in votes(store)] == ["up"]


@pytest.mark.parametrize("value", [
    {"rolecall": "feedback", "v": "sideways", "q": "x", "i": "salary", "r": [], "a": "0123456789abcdef"},
    {"rolecall": "feedback", "v": "up", "q": "x" * 5000, "i": "salary", "r": [], "a": "0123456789abcdef"},
    {"rolecall": "feedback", "v": "up", "q": "x", "i": "salary", "r": [{"x": 1}], "a": "0123456789abcdef"},
    {"rolecall": "feedback", "v": "up", "q": 7, "i": "salary", "r": [], "a": "0123456789abcdef"},
    {"rolecall": "feedback"},
    {"feedback": "up"},
])
def test_a_teams_value_rolecall_did_not_write_is_ignored(teams_assistant, value):
    async def scenario():
        async with teams_and_bot(teams_assistant) as teams:
            status = await teams.post(teams.activity("teams_card_submit_personal", id="7301", value=value))

            assert status == 200
            assert teams.posted == []

    asyncio.run(scenario())
    assert votes(teams_assistant.knowledge.store) == []
