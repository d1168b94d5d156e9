"""Who may talk to the bot, and what a bad request gets back.

With a Microsoft app id set, only requests carrying a valid Bot Framework
token are processed: anything else is a 401 and never reaches the core or
the Bot Connector. Without one, the endpoint exists only when asked for, and
says loudly that it is open. A body that is not an activity is a 4xx, never
a 500.
"""

import asyncio
import logging
import time

import jwt
import pytest
from aiohttp import web
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adapters.runtime import Runtime
from adapters.settings import ConfigError, load_settings
from adapters.teams.settings import TeamsSettings
from adapters.settings import Settings as WebSettings
from adapters.teams import install
from tests.fake_connector import teams_and_bot
from tests.fake_connector import assistant  # noqa: F401  (a fixture: the core, recording what it is asked)

APP_ID = "6a1f4b0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
AUTHENTICATED = TeamsSettings(app_id=APP_ID, app_password="not-a-real-secret")


def forged_token() -> str:
    """Well formed, but signed by us and issued by nobody Teams trusts."""
    claims = {"iss": "https://attacker.example", "aud": APP_ID, "exp": int(time.time()) + 3600,
              "nbf": int(time.time()) - 60, "serviceurl": "https://smba.trafficmanager.net/amer/"}
    return jwt.encode(claims, "an attacker's own signing secret, long enough", algorithm="HS256")


def run(scenario):
    asyncio.run(scenario())


# -- with an app id ---------------------------------------------------------
@pytest.mark.parametrize("authorization", [
    None,
    "",
    "garbage",
    "Bearer garbage",
    "Bearer a.b.c",
    "Basic dXNlcjpwYXNzd29yZA==",
    f"Bearer {forged_token()}",
], ids=["no header", "empty", "no scheme", "not a jwt", "broken jwt", "basic auth", "forged jwt"])
def test_with_an_app_id_a_request_without_a_valid_token_is_refused_and_not_processed(assistant, authorization):
    async def scenario():
        async with teams_and_bot(assistant, AUTHENTICATED) as teams:
            headers = {"Authorization": authorization} if authorization is not None else None
            status = await teams.post(teams.personal("salary for lead back end engineer", id="9001"),
                                      headers=headers)

            assert status == 401
            assert teams.posted == []
            assert assistant.questions == []

    run(scenario)


def test_a_refused_request_does_not_use_up_its_activity_id(assistant):
    # Dedup happens after authentication: a forger replaying an activity id
    # must not stop the real delivery from being answered.
    async def scenario():
        async with teams_and_bot(assistant, AUTHENTICATED) as teams:
            await teams.post(teams.personal("salary for lead back end engineer", id="9101"))

        async with teams_and_bot(assistant) as teams:
            await teams.post(teams.personal("salary for lead back end engineer", id="9101"))

            assert len(teams.posted) == 1

    run(scenario)


# -- without one ------------------------------------------------------------
def test_an_anonymous_endpoint_is_announced_loudly_at_start_up(assistant, caplog):
    with caplog.at_level(logging.WARNING, logger="rolecall.teams"):
        install(web.Application(), WebSettings(teams=TeamsSettings(anonymous=True)), Runtime(assistant))

    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "UNAUTHENTICATED" in warning.getMessage()


def test_an_endpoint_with_an_app_id_starts_quietly(assistant, caplog):
    with caplog.at_level(logging.WARNING, logger="rolecall.teams"):
        install(web.Application(), WebSettings(teams=AUTHENTICATED), Runtime(assistant))

    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_without_an_app_id_or_the_anonymous_flag_there_is_no_endpoint(assistant):
    with pytest.raises(ConfigError, match="MICROSOFT_APP_ID"):
        install(web.Application(), WebSettings(teams=TeamsSettings()), Runtime(assistant))


@pytest.mark.parametrize("typed", ["ture", "enabled", "2"])
def test_an_anonymous_flag_that_is_neither_on_nor_off_stops_start_up_naming_it(typed):
    """"ROLECALL_TEAMS_ANONYMOUS=ture" was read as off: the operator was told
    no platform is configured, never that their flag was not understood."""
    with pytest.raises(ConfigError, match=f"ROLECALL_TEAMS_ANONYMOUS must be 1 .* not '{typed}'"):
        load_settings({"ROLECALL_TEAMS_ANONYMOUS": typed})
    assert load_settings({"ROLECALL_TEAMS_ANONYMOUS": "0"}).teams is None
    assert load_settings({"ROLECALL_TEAMS_ANONYMOUS": "Yes"}).teams.anonymous


def test_an_anonymous_endpoint_ignores_an_authorization_header(assistant):
    # The Emulator may send one; with no app id there is nothing to check it
    # against, and botbuilder would fetch Microsoft's keys only to refuse it.
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            status = await teams.post(teams.personal("help", id="9201"),
                                      headers={"Authorization": f"Bearer {forged_token()}"})

            assert status == 200 and len(teams.posted) == 1

    run(scenario)


# -- bad requests -----------------------------------------------------------
@pytest.mark.parametrize("settings_", [TeamsSettings(anonymous=True), AUTHENTICATED], ids=["anonymous", "app id"])
@pytest.mark.parametrize("body,content_type,expected", [
    (b"this is not json", "application/json", 400),
    (b"\xff\xfe\x00 not utf-8", "application/json", 400),
    (b"[1, 2, 3]", "application/json", 400),
    (b"{}", "application/json", 400),
    (b'{"type": "message", "text": "hi"}', "application/json", 400),
    (b'{"type": "message", "text": "hi"}', "text/plain", 415),
    (b"", "application/json", 400),
], ids=["not json", "not utf-8", "array", "empty object", "no conversation", "not json content", "empty body"])
def test_a_body_that_is_not_an_activity_gets_a_4xx(assistant, settings_, body, content_type, expected):
    async def scenario():
        async with teams_and_bot(assistant, settings_) as teams:
            assert await teams.post_raw(body, content_type) == (expected if settings_.anonymous else 401)
            if not settings_.anonymous:  # with a token the body is read, and refused as it is
                assert await teams.post_raw(body, content_type, headers={"Authorization": "Bearer a.b.c"}) == expected
            assert teams.posted == []

    run(scenario)


@pytest.mark.parametrize("change", [
    {"serviceUrl": "file:///etc/passwd"},
    {"serviceUrl": "not a url"},
    {"serviceUrl": None},
    {"type": None},
    {"type": 7},
    {"conversation": "a:1abc"},
    {"conversation": {"conversationType": "personal"}},
    {"recipient": None},
    {"from": "someone"},
    {"entities": [{"mentioned": {"id": "28:x"}}]},
    {"entities": [{"type": "mention", "mentioned": "the bot"}]},
    {"entities": "mention"},
    {"membersAdded": "everyone"},
], ids=lambda change: ",".join(f"{k}={v!r}"[:40] for k, v in change.items()))
def test_a_malformed_activity_gets_a_400_and_nothing_is_sent(assistant, change):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            activity = teams.personal("salary for lead back end engineer", id="9301")
            activity.update(change)

            assert await teams.post(activity) == 400
            assert teams.posted == [] and assistant.questions == []

    run(scenario)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6,
)
ACCOUNT = st.fixed_dictionaries({}, optional={"id": st.text(max_size=12) | JSON, "name": JSON,
                                              "aadObjectId": JSON}) | JSON
# Each example is a real Teams payload with a few fields replaced, so that
# most of them reach the bot instead of stopping at the first check.
FIELDS = {
    "type": st.sampled_from(["message", "conversationUpdate", "invoke", "event", "typing",
                             "installationUpdate", "messageReaction"]) | JSON,
    "id": st.text(max_size=12) | JSON,
    "text": st.text(max_size=40) | st.just("<at>ridotest</at>") | JSON,
    "textFormat": JSON,
    "value": st.fixed_dictionaries({"rolecall": st.just("ask"), "question": JSON | st.text()}) | JSON,
    "conversation": st.fixed_dictionaries(
        {"id": st.text(min_size=1, max_size=12)},
        optional={"conversationType": st.sampled_from(["personal", "channel", "groupChat"]) | JSON,
                  "isGroup": JSON}) | JSON,
    "recipient": ACCOUNT,
    "from": ACCOUNT,
    "entities": st.lists(st.fixed_dictionaries(
        {}, optional={"type": st.sampled_from(["mention", "clientInfo"]) | JSON,
                      "text": JSON | st.just("<at>ridotest</at>"), "mentioned": ACCOUNT}), max_size=3) | JSON,
    "membersAdded": st.lists(ACCOUNT, max_size=3) | JSON,
    "channelData": JSON,
    "attachments": JSON,
    "deliveryMode": st.sampled_from(["normal", "expectReplies"]) | JSON,
    "name": st.sampled_from(["adaptiveCard/action", "composeExtension/query", "signin/verifyState"]) | JSON,
}
PAYLOAD_NAMES = ["teams_channel_mention", "teams_personal_message", "teams_personal_mention",
                 "teams_card_submit_personal", "teams_conversation_update_bot_added"]
CHANGES = st.lists(st.sampled_from(sorted(FIELDS)).flatmap(lambda k: st.tuples(st.just(k), FIELDS[k])),
                   max_size=3).map(dict)
ACTIVITY = st.tuples(st.sampled_from(PAYLOAD_NAMES), CHANGES)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(ACTIVITY, min_size=15, max_size=15))
def test_whatever_the_activity_looks_like_the_answer_is_never_a_server_error(assistant, activities):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            for payload, changes in activities:
                activity = teams.activity(payload, **changes)
                status = await teams.post(activity)
                assert status in (200, 400), activity

    run(scenario)
