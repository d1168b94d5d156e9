"""RoleCall's quick JSON for outgoing activities is msrest's JSON.

`adapters.teams.wire.to_wire` replaces msrest's `Model.serialize()` on the
reply path for speed; whatever it sends must be byte-for-byte what
botbuilder would have sent. Checked on real replies to the seed documents,
addressed the way botbuilder addresses them, and on the odd values msrest
handles (datetimes, enums, nested models, cards given as models).
"""

import datetime
import json
from pathlib import Path

import pytest
from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    CardAction,
    ChannelAccount,
    ConversationAccount,
    Entity,
    HeroCard,
    Mention,
    SuggestedActions,
)
from botbuilder.schema.teams import TeamsChannelAccount

from adapters.teams.bot import reply_activity
from adapters.teams.render import render_reply
from adapters.teams.wire import to_wire
from bot import open_assistant

PAYLOADS = Path(__file__).parent / "payloads"
INBOUND = sorted(PAYLOADS.glob("teams_*.json"))
QUESTIONS = [
    "what does a Lead Back End Engineer own?",
    "salary for lead back end engineer",
    "compare Engineer and Expert Software Engineer",
    "which roles need Kubernetes?",
    "what does a Chief Wizard own?",
    "help",
    "<at>x</at> **bold** & <b>html</b> ünïcödé 🚀",
]


def addressed(reply: Activity, inbound_file: Path) -> Activity:
    inbound = Activity().deserialize(json.loads(inbound_file.read_text()))
    return TurnContext.apply_conversation_reference(reply, TurnContext.get_conversation_reference(inbound))


@pytest.fixture
def assistant(seeded_store, database_url):
    real = open_assistant(database_url)
    yield real
    real.knowledge.store.dispose()


def test_replies_to_real_questions_serialize_as_msrest_does(assistant):
    for question in QUESTIONS:
        from bot import Question

        reply = reply_activity(render_reply(assistant.answer(Question(text=question, platform="teams"))))
        for inbound in INBOUND:
            activity = addressed(reply, inbound)
            assert to_wire(activity) == activity.serialize(), (question, inbound.name)


@pytest.mark.parametrize("activity", [
    Activity(type=ActivityTypes.message, text="enum type", timestamp=datetime.datetime(2025, 1, 2, 3, 4, 5, 678000,
                                                                                     tzinfo=datetime.timezone.utc)),
    Activity(type="message", local_timestamp=datetime.datetime(2025, 1, 2, 3, 4, 5)),
    Activity(type="message", entities=[Mention(mentioned=ChannelAccount(id="29:x", name="X"), text="<at>X</at>",
                                               type="mention"), Entity(type="clientInfo")]),
    Activity(type="message", suggested_actions=SuggestedActions(
        actions=[CardAction(type="imBack", title="Yes", value="yes")], to=["29:x"])),
    Activity(type="message", attachments=[CardFactory.hero_card(HeroCard(title="hero", buttons=[
        CardAction(type="imBack", title="a", value={"k": [1, 2.5, True, None]})]))]),
    Activity(type="message", channel_data={"notification": {"alert": True}, "count": 3, "none": None}),
    Activity(type="message", from_property=TeamsChannelAccount(id="29:y", name="Y", aad_object_id="aad"),
             conversation=ConversationAccount(id="a:1", is_group=False, conversation_type="personal")),
    Activity(type="message", value=7, text=12),  # wrong types: msrest's own conversions
    Activity(type="message", attachments=[None]),
    MessageFactory.attachment(CardFactory.adaptive_card({"type": "AdaptiveCard", "body": [
        {"type": "TextBlock", "text": "x", "wrap": True}], "actions": [], "version": "1.4"}), text="t"),
], ids=lambda a: a.text or "activity")
def test_odd_values_serialize_as_msrest_does(activity):
    assert to_wire(activity) == activity.serialize()
