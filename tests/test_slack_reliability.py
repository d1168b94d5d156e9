"""RoleCall's Slack endpoint stays correct when Slack, the network or the
core misbehave: retries are answered once, forged or stale requests are
refused, nobody gets pinged through RoleCall, failures become apologies and
secrets stay out of the logs."""

import json
import logging
import time
import urllib.parse

import pytest
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from sqlalchemy import text

from adapters.runtime import Runtime
from adapters.settings import ConfigError, Settings
from adapters.slack.settings import SlackSettings
from adapters.slack.app import build_bolt_app
from adapters.web import build_app
from bot import open_assistant
from tests.fake_slack import (  # noqa: F401  (assistant, slack and without_proxies are fixtures)
    BOT_ID,
    BOT_TOKEN,
    BOT_USER,
    SIGNING_SECRET,
    SlackWorkspace,
    all_text,
    assistant,
    buttons,
    slack,
    without_proxies,
)

MENTION = "<@UBOT> salary for lead back end engineer"


# -- retries ---------------------------------------------------------------------

def test_an_event_slack_retries_is_answered_once(slack):
    first = slack.mention(MENTION, channel="C30", event_id="Ev30RETRY")
    retry = slack.mention(MENTION, channel="C30", event_id="Ev30RETRY", retry=1)
    again = slack.mention(MENTION, channel="C30", event_id="Ev30RETRY", retry=2)

    assert (first.status, retry.status, again.status) == (200, 200, 200)
    slack.settle()  # every answer given has been posted
    assert len(slack.posts_to("C30")) == 1


def test_two_web_processes_on_one_database_answer_an_event_once(assistant, without_proxies):
    other_process = open_assistant(assistant.knowledge.store.url, seed=False)
    try:
        with SlackWorkspace(assistant) as first, SlackWorkspace(other_process) as second:
            first.mention(MENTION, channel="C31", event_id="Ev31TWICE")
            second.mention(MENTION, channel="C31", event_id="Ev31TWICE", retry=1)
            first.settle()
            second.settle()

            assert len(first.posts_to("C31")) + len(second.posts_to("C31")) == 1
    finally:
        other_process.knowledge.store.dispose()


# -- requests that are not from Slack ------------------------------------------------

def test_a_request_with_a_bad_signature_is_refused_and_not_processed(slack):
    forged = slack.mention(MENTION, channel="C32", event_id="Ev32FORGED")  # a genuine request, for the shape
    assert forged.status == 200
    body = json.dumps({"type": "event_callback", "event_id": "Ev32OTHER", "team_id": "T111",
                       "event": {"type": "app_mention", "text": MENTION, "user": "W1", "channel": "C33",
                                 "ts": "1700000500.000100"}})

    wrong_secret = slack.post(body, content_type="application/json", secret="not-the-signing-secret")
    no_signature = slack.post(body, content_type="application/json", signature="")

    assert (wrong_secret.status, no_signature.status) == (401, 401)
    slack.settle()
    assert slack.posts_to("C33") == []
    # not processed at all: the event id is still unused, so Slack's genuine delivery is answered
    assert slack.post(body, content_type="application/json").status == 200
    slack.settle()
    assert len(slack.posts_to("C33")) == 1


def test_a_request_older_than_five_minutes_is_refused(slack):
    body = json.dumps({"type": "event_callback", "event_id": "Ev34STALE", "team_id": "T111",
                       "event": {"type": "app_mention", "text": MENTION, "user": "W1", "channel": "C34",
                                 "ts": "1700000600.000100"}})

    replayed = slack.post(body, content_type="application/json", timestamp=int(time.time()) - 6 * 60)

    assert replayed.status == 401
    slack.settle()
    assert slack.posts_to("C34") == []


@pytest.mark.parametrize("body, content_type", [
    ("{not json", "application/json"),
    ("[1, 2]", "application/json"),
    ('{"type": "event_callback", "event": "app_mention"}', "application/json"),
    ('{"type": "block_actions", "actions": "press"}', "application/json"),
    ("payload=%7Bnot+json", "application/x-www-form-urlencoded"),
    ("payload=%5B%5D", "application/x-www-form-urlencoded"),
    ("", "application/json"),
])
def test_a_malformed_body_gets_a_4xx_never_a_500(slack, body, content_type):
    reply = slack.post(body, content_type=content_type)

    assert 400 <= reply.status < 500
    assert "Traceback" not in reply.text


# -- what users type --------------------------------------------------------------

def test_a_channel_ping_in_a_question_is_not_repeated_as_a_ping(slack):
    # <!channel> is how Slack sends "@channel"; &lt;!here&gt; is someone typing "<!here>" literally.
    slack.mention("<@UBOT> <!channel> what does a Zoo &lt;!here&gt; Wrangler do?", channel="C35")

    post = slack.wait_for_post("C35")
    sent = json.dumps(post.body)
    assert "Wrangler" in all_text(post.body)  # the question was read, and its role repeated
    assert "<!channel>" not in sent and "<!here>" not in sent
    assert "Zoo Wrangler" in all_text(post.body)  # a ping, even typed literally, is no part of the name
    assert "<!" not in all_text(post.body)


def test_a_slash_command_does_not_echo_mentions_or_links(slack):
    message = slack.slash("<!here> <@W9|ann> what does a <https://evil.example|Lead Back End Engineer> own?").json

    assert "Lead the design" in all_text(message)
    assert "<!here>" not in json.dumps(message)
    assert "evil.example" not in json.dumps(message)


def test_a_question_about_a_payload_engineer_reaches_the_core(slack):
    # Bolt reads any form body containing "payload" as a button press; RoleCall does not.
    reply = slack.slash("what does a payload engineer earn?", user="W36", channel="C36")

    assert reply.status == 200
    assert reply.json["response_type"] == "ephemeral"


# -- RoleCall's own messages and other noise -----------------------------------------

def test_the_bots_own_messages_edits_and_joins_in_a_dm_are_ignored(slack):
    ignored = [
        slack.dm("salary for lead back end engineer", user=BOT_USER, channel="D40"),  # RoleCall's own post
        slack.dm("salary for lead back end engineer", user="UOTHERBOT", bot_id="B999", channel="D40"),
        slack.dm("salary for lead back end engineer", user=None, bot_id=BOT_ID, subtype="bot_message",
                 channel="D40"),
        slack.dm("", user=None, subtype="message_changed", channel="D40",
                 message={"type": "message", "user": "U40", "text": "salary for lead back end engineer"}),
        slack.dm("", user=None, subtype="message_deleted", channel="D40", deleted_ts="1700000000.000001"),
        slack.dm("<@U40> has joined the channel", user="U40", subtype="channel_join", channel="D40"),
    ]
    assert all(reply.status == 200 for reply in ignored)
    slack.settle()
    assert slack.posts_to("D40") == []

    slack.dm("salary for lead back end engineer", user="U40", channel="D40")
    slack.settle()
    assert len(slack.posts_to("D40")) == 1


def test_messages_in_channels_are_left_to_mentions(slack):
    reply = slack.dm("salary for lead back end engineer", user="U41", channel="C41", channel_type="channel")

    assert reply.status == 200
    slack.settle()
    assert slack.posts_to("C41") == []


# -- failures --------------------------------------------------------------------

@pytest.fixture
def broken_assistant(tmp_path):
    """A real assistant whose database lost a table: every answer fails."""
    assistant = open_assistant(f"sqlite:///{tmp_path / 'broken.db'}")
    with assistant.knowledge.store.engine.begin() as connection:
        connection.execute(text("DROP TABLE meta"))
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_failure_while_answering_becomes_an_apology_not_a_500(broken_assistant, without_proxies, caplog):
    with SlackWorkspace(broken_assistant) as slack:
        private = slack.slash("salary for lead back end engineer")
        slack.mention(MENTION, channel="C50")
        public = slack.wait_for_post("C50")

    assert private.status == 200
    for message in (private.json, public.body):
        assert "Sorry, something went wrong" in all_text(message)
        assert "Traceback" not in all_text(message) and "meta" not in all_text(message)
    failures = [r for r in caplog.records if r.levelno == logging.ERROR and "answering failed" in r.getMessage()]
    assert len(failures) == 2
    assert "no such table: meta" in caplog.text  # the cause is logged


def test_a_wrong_token_is_reported_at_start_up_and_requests_get_no_500(assistant, without_proxies, caplog):
    with SlackWorkspace(assistant, bot_token="xoxb-revoked-token") as slack:
        assert "the bot token was refused (auth.test: invalid_auth)" in caplog.text
        assert slack.get("/healthz").status == 200
        reply = slack.slash("salary for lead back end engineer")

    assert reply.status == 503  # not answered with a token Slack refuses; Slack shows its own error
    assert "160,000" not in reply.text


def test_an_unreachable_web_api_is_reported_at_start_up_and_requests_get_no_500(assistant, without_proxies,
                                                                                  caplog):
    with SlackWorkspace(assistant, api_url="http://127.0.0.1:9/api") as slack:
        assert "could not reach the Slack Web API at http://127.0.0.1:9/api/" in caplog.text
        reply = slack.slash("salary for lead back end engineer")

    assert reply.status == 503  # Slack tries again later
    assert "Traceback" not in reply.text


def test_an_empty_signing_secret_is_a_start_up_error(assistant):
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        build_app(Settings(slack=SlackSettings(bot_token=BOT_TOKEN, signing_secret="")), assistant)


def test_oauth_variables_in_the_environment_do_not_switch_bolt_to_oauth(assistant, without_proxies, monkeypatch):
    monkeypatch.setenv("SLACK_CLIENT_ID", "111.222")
    monkeypatch.setenv("SLACK_CLIENT_SECRET", "oauth-client-secret")

    with SlackWorkspace(assistant) as slack:
        slack.dm("salary for lead back end engineer", user="U60", channel="D60")
        post = slack.wait_for_post("D60")

    assert post.token == BOT_TOKEN and post.refused == []
    assert "160,000" in all_text(post.body)


def test_every_request_gets_the_apps_one_web_api_client_and_otherwise_what_bolt_gives(assistant):
    """RoleCall's Bolt app skips building a Web API client per request and
    logs through a logger of its own; an upgrade of Bolt that puts more into
    a request's context must show here."""
    bolt = build_bolt_app(SlackSettings(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET), Runtime(assistant))
    ours, bolts = AsyncBoltRequest(body="", headers={}), AsyncBoltRequest(body="", headers={})

    bolt._init_context(ours)
    AsyncApp._init_context(bolt, bolts)

    assert set(ours.context) == set(bolts.context)
    assert ours.context["client"] is bolt.client
    # (Bolt's own client would get the token from `authorize`, after this.)
    assert bolts.context["client"] is not bolt.client and bolts.context["client"].base_url == bolt.client.base_url
    # Bolt's logger would copy another logger's level onto "rolecall": ours is a child of it instead
    assert ours.context["logger"].name == "rolecall.slack.bolt"
    for name in set(ours.context) - {"client", "logger"}:
        assert ours.context[name] is bolts.context[name], name


# -- secrets ---------------------------------------------------------------------

def test_no_token_or_secret_reaches_the_log(assistant, without_proxies, caplog):
    caplog.set_level(logging.DEBUG)
    with SlackWorkspace(assistant) as slack:
        private = slack.slash("what does a Lead Back End Engineer own?", user="W70", channel="C70").json
        slack.press(buttons(private)["Show more"], user="W70", channel="C70",
                    response_url=slack.api.response_url("more-70"))
        slack.wait_for_response(slack.api.response_url("more-70"))
        slack.mention(MENTION, channel="C70")
        slack.dm("salary for lead back end engineer", user="U70", channel="D70")
        slack.wait_for_post("D70")
        forged = slack.post(json.dumps({"type": "event_callback", "event": {"type": "app_mention"}}),
                            content_type="application/json", secret="wrong")

    assert forged.status == 401
    assert len(caplog.records) > 20  # Bolt and slack_sdk did log at DEBUG
    for secret in (BOT_TOKEN, SIGNING_SECRET):
        assert secret not in caplog.text
        assert not any(secret in str(record.args) for record in caplog.records)


# -- what reaches the log -----------------------------------------------------------

@pytest.mark.parametrize("kind", ["interactive_message", "dialog_submission", "block_suggestion", "shortcut"])
def test_a_request_no_listener_takes_is_logged_as_a_short_summary(slack, caplog, kind):
    """Bolt's own "unhandled request" warning quoted parts of the signed body
    (whole action lists, dialog submissions): lines of 50 KB, with whatever
    people typed. One short line says what it was instead."""
    filler = "confidential-" + "x" * 50_000
    body = {"type": kind, "team": {"id": "T111"}, "user": {"id": "W90"}, "callback_id": "cb90",
            "token": "verification_token", "action_ts": "1700000000.000900", "trigger_id": "1.2.3"}
    body.update({
        "interactive_message": {"actions": [{"name": "x", "type": "button", "value": filler}]},
        "dialog_submission": {"submission": {"notes": filler}},
        "block_suggestion": {"action_id": "a90", "block_id": "b90", "value": filler},
        "shortcut": {"callback_id": "cb90-" + filler[:200], "message": {"text": filler}},
    }[kind])
    caplog.set_level(logging.DEBUG)

    reply = slack.post(urllib.parse.urlencode({"payload": json.dumps(body)}),
                       content_type="application/x-www-form-urlencoded")

    assert reply.status < 500
    lines = [record.getMessage() for record in caplog.records]
    assert any("no listener" in line and kind in line for line in lines), lines
    assert all(len(line) <= 2_000 for line in lines), max(len(line) for line in lines)
    assert not any("confidential" in line for line in lines)
