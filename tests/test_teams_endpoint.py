"""Teams, end to end, the way Teams talks to the bot.

The real aiohttp application from `build_app`, with the real `CloudAdapter`
inside, listens on a loopback port; activities shaped like Teams' own (from
tests/payloads) are posted to `/api/messages`, each naming a local fake Bot
Connector as its `serviceUrl`; the fake records the replies botbuilder
posts. The core is the real one, on a real database.
"""

import asyncio
import copy
import json


from adapters.teams.bot import WELCOME_TITLE
from adapters.teams.render import ACTION_KEY, ASK_ACTION, CARD_VERSION, ask_data
from tests.fake_connector import CHANNEL_THREAD, teams_and_bot
from tests.fake_connector import assistant  # noqa: F401  (a fixture: the core, recording what it is asked)


def run(scenario):
    asyncio.run(scenario())


# -- channels --------------------------------------------------------------
def test_a_recruiter_mentions_the_bot_in_a_channel_and_the_answer_lands_in_the_thread(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            status = await teams.post(teams.channel_mention("what does a Lead Back End Engineer own?", id="1001"))

            assert status == 200
            [reply] = teams.posted
            assert reply.conversation_id == CHANNEL_THREAD  # the thread, not the channel
            assert reply.reply_to_id == "1001"
            assert "Lead the design" in reply.everything
            question = assistant.questions[-1]
            assert question.text == "what does a Lead Back End Engineer own?"  # no mention left
            assert (question.platform, question.conversation_key) == ("teams", CHANNEL_THREAD)

    run(scenario)


def test_the_reply_is_an_adaptive_card_with_a_plain_text_fallback(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            await teams.post(teams.channel_mention("salary for lead back end engineer", id="1002"))

            [reply] = teams.posted
            assert reply.card["type"] == "AdaptiveCard"
            assert reply.card["version"] == CARD_VERSION
            assert reply.body["textFormat"] == "plain"
            assert reply.body["text"]
            assert "160,000" in reply.body["summary"]  # the whole answer, for clients without cards
            assert "160,000" in json.dumps(reply.card)
            assert not reply.body.get("entities")  # never a mention

    run(scenario)


def test_a_follow_up_in_the_same_thread_keeps_its_context(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            await teams.post(teams.channel_mention("what does a Global Lead Engineer own?", id="2001"))
            await teams.post(teams.channel_mention("and the salary?", id="2002"))

            assert "180,000" in teams.posted[-1].everything
            assert teams.posted[-1].conversation_id == CHANNEL_THREAD

    run(scenario)


def test_another_thread_does_not_inherit_that_context(assistant):
    other_thread = "19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881599999"

    async def scenario():
        async with teams_and_bot(assistant) as teams:
            await teams.post(teams.channel_mention("what does a Global Lead Engineer own?", id="2101"))
            await teams.post(teams.channel_mention("and the salary?", id="2102", conversation_id=other_thread))

            assert teams.posted[-1].conversation_id == other_thread
            assert "180,000" not in teams.posted[-1].everything
            assert assistant.questions[-1].conversation_key == other_thread

    run(scenario)


def test_a_channel_message_that_does_not_mention_the_bot_is_left_alone(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            activity = teams.activity("teams_channel_mention", id="2201", text="lunch anyone?", entities=[])
            status = await teams.post(activity)

            assert status == 200
            assert teams.posted == [] and assistant.questions == []

    run(scenario)


# -- personal chat ---------------------------------------------------------
def test_in_a_personal_chat_every_message_is_a_question(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            activity = teams.personal("salary for lead back end engineer", id="3001")
            await teams.post(activity)

            [reply] = teams.posted
            assert reply.conversation_id == activity["conversation"]["id"]
            assert reply.reply_to_id == "3001"
            assert "160,000" in reply.everything

    run(scenario)


def test_a_personal_chat_keeps_context_between_messages(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            await teams.post(teams.personal("what does a Global Lead Engineer own?", id="3101"))
            await teams.post(teams.personal("and the salary?", id="3102"))

            assert "180,000" in teams.posted[-1].everything

    run(scenario)


def test_a_mention_in_a_personal_chat_is_stripped_too(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            activity = teams.activity("teams_personal_mention", text="<at>Teams TestBot</at> help")
            await teams.post(activity)

            assert assistant.questions[-1].text == "help"
            assert len(teams.posted) == 1

    run(scenario)


# -- buttons ---------------------------------------------------------------
def test_pressing_a_button_asks_its_question_in_the_same_conversation(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            await teams.post(teams.personal("what does a Lead Back End Engineer own?", id="4001"))
            buttons = [b for b in teams.posted[-1].buttons if b["data"].get(ACTION_KEY) == ASK_ACTION]  # not 👍/👎
            assert buttons, "an answer about a role offers follow-up buttons"
            press = teams.activity("teams_card_submit_personal", id="4002", value=buttons[0]["data"])
            press["conversation"] = teams.personal("", id="x")["conversation"]

            await teams.post(press)

            assert len(teams.posted) == 2
            asked = assistant.questions[-1]
            assert asked.text == buttons[0]["data"]["question"]
            assert asked.conversation_key == press["conversation"]["id"]
            assert teams.posted[-1].reply_to_id == "4002"

    run(scenario)


def test_a_button_press_is_answered_like_the_typed_question(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            press = teams.activity("teams_card_submit_personal", id="4101",
                                   value=ask_data("salary for lead back end engineer"))
            await teams.post(press)

            [reply] = teams.posted
            assert "160,000" in reply.everything

    run(scenario)


def test_a_card_value_that_is_not_ours_is_ignored(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            status = await teams.post(teams.activity("teams_card_submit_personal"))  # {"feedback": "up"}

            assert status == 200
            assert teams.posted == [] and assistant.questions == []

    run(scenario)


# -- installing ------------------------------------------------------------
def test_adding_the_bot_to_a_team_posts_one_short_welcome_with_examples(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            status = await teams.post(teams.activity("teams_conversation_update_bot_added"))

            assert status == 200
            [welcome] = teams.posted
            assert WELCOME_TITLE in welcome.everything
            assert "@mention" in welcome.everything
            assert 1 <= len(welcome.buttons) <= 3
            assert all(button["data"]["question"] for button in welcome.buttons)

    run(scenario)


def test_a_person_joining_a_team_gets_no_welcome_from_the_bot(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            activity = teams.activity("teams_conversation_update_bot_added", id="f:person-joined",
                                      membersAdded=[{"id": "29:someone-new"}])
            status = await teams.post(activity)

            assert status == 200
            assert teams.posted == []

    run(scenario)


# -- delivered twice -------------------------------------------------------
def test_an_activity_delivered_twice_is_answered_once(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            activity = teams.personal("salary for lead back end engineer", id="5001")
            first = await teams.post(activity)
            again = await teams.post(copy.deepcopy(activity))

            assert (first, again) == (200, 200)
            assert len(teams.posted) == 1

    run(scenario)


def test_two_deliveries_at_once_are_answered_once(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            activity = teams.channel_mention("salary for lead back end engineer", id="5101")
            statuses = await asyncio.gather(*(teams.post(copy.deepcopy(activity)) for _ in range(3)))

            assert statuses == [200, 200, 200]
            assert len(teams.posted) == 1

    run(scenario)


def test_the_same_activity_id_in_another_conversation_is_a_new_question(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            await teams.post(teams.channel_mention("help", id="5201"))
            await teams.post(teams.personal("help", id="5201"))

            assert len(teams.posted) == 2

    run(scenario)
