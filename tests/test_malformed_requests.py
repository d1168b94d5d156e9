"""Requests that once got a 5xx, each with the answer it gets now.

Each row is one request to the real web process (real Bolt, real
CloudAdapter) and the status it must get: a 4xx, or the answer the protocol
expects, never a 5xx, never a traceback in the log, and nothing sent to
Slack or to the Bot Connector. With a Microsoft app id set, a request
without a token is refused before anything else is looked at.
"""

import json
import urllib.parse

import pytest

from adapters.teams.settings import TeamsSettings
from bot import open_assistant
from tests.web_process import LogCapture, WebProcess

APP_ID = "6a1f4b0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
AUTHENTICATED = TeamsSettings(app_id=APP_ID, app_password="not-a-real-secret")
BOGUS_CHARSET = "application/json; charset=bogus"
CARD_ERROR = "application/vnd.microsoft.error"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    assistant = open_assistant(f"sqlite:///{tmp_path_factory.mktemp('malformed') / 'rolecall.db'}")
    yield assistant
    assistant.knowledge.store.dispose()


@pytest.fixture(scope="module")
def anonymous(assistant):
    """Slack, and Teams without an app id."""
    with WebProcess(assistant) as web:
        yield web


@pytest.fixture(scope="module")
def with_app_id(assistant):
    with WebProcess(assistant, teams=AUTHENTICATED) as web:
        yield web


def invoke(web, name, value) -> bytes:
    activity = dict(web.teams_activity(type="invoke", id=f"invoke-{name}-{value!r}"), name=name)
    if value is not ...:
        activity["value"] = value
    return json.dumps(activity).encode()


def view_payload(web, kind, view) -> bytes:
    body = {"type": kind, "team": {"id": "T111"}, "user": {"id": "W111", "team_id": "T111"},
            "api_app_id": "A111", "token": "verification_token", "trigger_id": "111.222.valid", "view": view}
    return urllib.parse.urlencode({"payload": json.dumps(body)}).encode()


def teams(body, content_type="application/json"):
    return lambda web: web.teams_post(data=body(web), content_type=content_type)


def slack_form(body):
    return lambda web: web.slack_post(body(web), content_type="application/x-www-form-urlencoded")

def MESSAGE(web) -> bytes:
    return json.dumps(web.teams_activity(id="m-1")).encode()


# (server, request, expected status); the ids say what each request is.
CASES = {
    "teams with an app id: a charset Python does not know, no token": (
        "app id", teams(MESSAGE, BOGUS_CHARSET), 401),
    "teams with an app id: not JSON, no token": (
        "app id", teams(lambda web: b"not json"), 401),
    "teams with an app id: an empty body as text, no token": (
        "app id", teams(lambda web: b"", "text/plain"), 401),
    "teams: adaptiveCard/action whose value is text": (
        "anonymous", teams(lambda web: invoke(web, "adaptiveCard/action", "x")), 400),
    "teams: adaptiveCard/action whose value is a number": (
        "anonymous", teams(lambda web: invoke(web, "adaptiveCard/action", 5)), 400),
    "teams: adaptiveCard/action whose value is a list": (
        "anonymous", teams(lambda web: invoke(web, "adaptiveCard/action", [])), 400),
    "teams: adaptiveCard/action whose value is null": (
        "anonymous", teams(lambda web: invoke(web, "adaptiveCard/action", None)), 400),
    "teams: adaptiveCard/action without a value": (
        "anonymous", teams(lambda web: invoke(web, "adaptiveCard/action", ...)), 400),
    "teams: adaptiveCard/action with an Action.Submit": (
        "anonymous", teams(lambda web: invoke(web, "adaptiveCard/action", {"action": {"type": "Action.Submit"}})),
        400),
    "teams: adaptiveCard/action with an Action.Execute": (
        "anonymous", teams(lambda web: invoke(web, "adaptiveCard/action",
                                              {"action": {"type": "Action.Execute", "verb": "ask"}})), 400),
    "teams: the invoke composeExtension/query": (
        "anonymous", teams(lambda web: invoke(web, "composeExtension/query", {"commandId": "search"})), 200),
    "teams: the invoke signin/verifyState": (
        "anonymous", teams(lambda web: invoke(web, "signin/verifyState", {"state": "123"})), 200),
    "teams: an attachment that is null": (
        "anonymous", teams(lambda web: json.dumps(web.teams_activity(id="a-null", attachments=[None])).encode()), 400),
    "teams: an attachment that is a number": (
        "anonymous", teams(lambda web: json.dumps(web.teams_activity(id="a-5", attachments=[5])).encode()), 400),
    "teams: an invoke without a name": (
        "anonymous", teams(lambda web: invoke(web, None, {})), 200),
    # JSON is UTF-8 whatever its label says (RFC 8259): answered as without one
    # (a Teams message so labelled is answered: tests/test_declared_charsets.py).
    "slack: a charset Python does not know": (
        "anonymous", lambda web: web.slack_post(b'{"type": "event_callback"}', content_type=BOGUS_CHARSET), 404),
    "slack: view_submission whose view is null": (
        "anonymous", slack_form(lambda web: view_payload(web, "view_submission", None)), 400),
    "slack: view_submission whose view is text": (
        "anonymous", slack_form(lambda web: view_payload(web, "view_submission", "modal")), 400),
    "slack: view_submission whose view is a list": (
        "anonymous", slack_form(lambda web: view_payload(web, "view_submission", [])), 400),
    "slack: view_submission whose view has a callback_id but no type": (
        "anonymous", slack_form(lambda web: view_payload(web, "view_submission", {"callback_id": "ask"})), 400),
    "slack: view_closed whose view is null": (
        "anonymous", slack_form(lambda web: view_payload(web, "view_closed", None)), 400),
    "slack: block_actions with a null view": (
        "anonymous", slack_form(lambda web: view_payload(web, "block_actions", None)), 400),
}


@pytest.mark.parametrize("server, send, expected", CASES.values(), ids=CASES.keys())
def test_a_malformed_request_gets_its_proper_answer_never_a_5xx(request, server, send, expected):
    web = request.getfixturevalue({"anonymous": "anonymous", "app id": "with_app_id"}[server])
    sent_to_slack = len(web.slack_api.calls)
    with LogCapture() as logs:
        reply = send(web)

    assert reply.status_code == expected, reply.text
    assert not logs.failures()
    assert "Traceback" not in reply.text
    assert web.connector.posted == [] and len(web.slack_api.calls) == sent_to_slack


def test_an_invoke_the_bot_does_not_implement_gets_200_and_no_body(anonymous):
    reply = anonymous.teams_post(data=invoke(anonymous, "composeExtension/query", {}))

    assert (reply.status_code, reply.content) == (200, b"")


@pytest.mark.parametrize("value, code", [("x", "BadRequest"), ({"action": {"type": "Action.Execute"}}, "NotSupported")])
def test_an_adaptive_card_action_gets_the_universal_actions_error_response(anonymous, value, code):
    reply = anonymous.teams_post(data=invoke(anonymous, "adaptiveCard/action", value))

    assert reply.status_code == 400
    body = reply.json()
    assert (body["statusCode"], body["type"], body["value"]["code"]) == (400, CARD_ERROR, code)
    assert body["value"]["message"]
