"""Reading a Teams activity: what the user asks, with the bot's mention gone."""

import json
from pathlib import Path

from botbuilder.schema import Activity

from adapters.teams.bot import MAX_KEY_CHARS, delivery_key, question_text
from adapters.teams.render import ask_data

PAYLOADS = Path(__file__).parent / "payloads"


def activity(payload: str, **fields) -> Activity:
    body = json.loads((PAYLOADS / f"{payload}.json").read_text())
    body.update(fields)
    return Activity().deserialize(body)


def mention(id: str, name: str) -> dict:
    return {"type": "mention", "text": f"<at>{name}</at>", "mentioned": {"id": id, "name": name}}


BOT = "28:0b6fe6d1-fece-44f7-9a48-56465e2d5ab8"


def test_the_bot_mention_is_removed_from_a_channel_question():
    assert question_text(activity("teams_channel_mention")) == "reply to thread"


def test_the_bots_name_elsewhere_in_the_question_is_kept():
    # TurnContext.remove_recipient_mention would delete both "ridotest"s.
    asked = activity("teams_channel_mention", text="<at>ridotest</at> who owns ridotest billing?")

    assert question_text(asked) == "who owns ridotest billing?"


def test_a_colleague_mentioned_in_the_question_keeps_their_name_without_the_tag():
    asked = activity("teams_channel_mention", text="<at>ridotest</at> what would <at>Megan Bowen</at> earn as a Lead Engineer?",
                     entities=[mention(BOT, "ridotest"), mention("29:megan", "Megan Bowen")])

    assert question_text(asked) == "what would Megan Bowen earn as a Lead Engineer?"


def test_in_a_channel_a_message_without_the_bots_mention_asks_nothing():
    asked = activity("teams_channel_mention", text="<at>Megan Bowen</at> lunch?", entities=[mention("29:megan", "Megan Bowen")])

    assert question_text(asked) is None


def test_a_bare_mention_asks_for_help():
    assert question_text(activity("teams_channel_mention", text="<at>ridotest</at>")) == "help"


def test_in_a_personal_chat_the_text_is_the_question():
    assert question_text(activity("teams_personal_message", text="  salary for\n an Engineer ")) == "salary for an Engineer"


def test_a_button_press_asks_the_buttons_question():
    pressed = activity("teams_card_submit_personal", value=ask_data("salary for Engineer"))

    assert question_text(pressed) == "salary for Engineer"


def test_an_attachment_without_text_asks_nothing():
    assert question_text(activity("teams_personal_message", text=None)) is None


def test_a_delivery_key_never_loses_the_activity_id():
    key = delivery_key("a:" + "x" * 400, "1485983408511")

    assert len(key) <= MAX_KEY_CHARS and key.endswith(":1485983408511")
    assert delivery_key("a:short", "1") == "teams:a:short:1"
