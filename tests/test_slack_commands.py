"""Slash commands are answered by RoleCall's own handler, not by Bolt
(adapters/slack/commands.py), through the real web application on real
HTTP: a forged, unsigned or stale command is refused as Bolt refused it, a
signed one is answered in the acknowledgement, and what is not a command
(an event, a button press, Slack's SSL check) still reaches Bolt."""

import json
import time
import urllib.parse

import pytest

from tests import web_process
from tests.fake_slack import payload

FORM = "application/x-www-form-urlencoded"
assistant, web = web_process.assistant, web_process.web  # fixtures


def command(text: str, **fields) -> str:
    form = dict(urllib.parse.parse_qsl(payload("slack_slash_command.txt"), keep_blank_values=True))
    form.update(text=text, **fields)
    return urllib.parse.urlencode(form)


def test_a_signed_slash_command_is_answered_privately_in_the_acknowledgement(web):
    reply = web.slash("salary for lead back end engineer", user="W201", channel="C201")

    assert reply.status_code == 200
    assert reply.headers["Content-Type"].startswith("application/json")
    message = reply.json()
    assert message["response_type"] == "ephemeral"
    assert "Lead Back End Engineer" in json.dumps(message["blocks"])
    assert web.logs.request_lines()[-1]["outcome"] == "answered"


@pytest.mark.parametrize("how", ["wrong secret", "no signature", "stale", "from the future"])
def test_a_forged_or_stale_slash_command_is_refused_as_bolt_refused_it(web, how):
    body = command("salary for lead back end engineer")
    now = int(time.time())
    sent = {"wrong secret": dict(secret="not-the-signing-secret"), "no signature": dict(signature=""),
            "stale": dict(timestamp=str(now - 6 * 60)), "from the future": dict(timestamp=str(now + 6 * 60))}[how]

    refused = web.slack_post(body, content_type=FORM, **sent)

    assert refused.status_code == 401
    assert refused.json() == {"error": "invalid request"}
    assert web.logs.failures() == []


def test_a_question_typed_with_plus_percent_and_ampersand_signs_is_read_as_typed(web):
    reply = web.slash("salary for lead back end engineer: base + bonus & 100% of equity?")

    assert reply.status_code == 200
    assert "Lead Back End Engineer" in json.dumps(reply.json()["blocks"])
    assert "base + bonus & 100% of equity" in json.dumps(reply.json())  # the 👍/👎 carry the words


def test_a_signed_command_of_another_name_with_the_word_payload_is_answered(web):
    reply = web.slack_post(command("what does a payload engineer earn?", command="/roles"), content_type=FORM)

    assert reply.status_code == 200
    assert reply.json()["response_type"] == "ephemeral"


def test_an_ssl_check_and_a_signed_event_still_reach_bolt(web):
    ssl_check = web.slack_post("ssl_check=1&token=verification_token", content_type=FORM)
    forged_event = web.slack_post(json.dumps({"type": "event_callback", "event": {"type": "app_mention"}}),
                                  secret="not-the-signing-secret")

    assert ssl_check.status_code == 200 and ssl_check.text == ""
    assert forged_event.status_code == 401
