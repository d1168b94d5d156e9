"""A request whose Content-Type names a charset (`; charset=latin-1`, as a
proxy in front of RoleCall may add) is still Slack's or Teams': a Slack
signature is checked over the bytes Slack signed, not over text decoded and
encoded again, and the words the recruiter typed are read as typed."""

import hashlib
import hmac
import json
import time
import urllib.parse

import pytest

from tests import web_process
from tests.fake_slack import SIGNING_SECRET, payload

FORM = "application/x-www-form-urlencoded"
assistant, web = web_process.assistant, web_process.web  # fixtures


def signed(web, data: bytes, content_type: str):
    """POST `data` signed over its bytes, as Slack signs it."""
    timestamp = str(int(time.time()))
    base = b"v0:" + timestamp.encode() + b":" + data
    signature = "v0=" + hmac.new(SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    return web.slack_post(data, content_type=content_type, timestamp=timestamp, signature=signature)


def command_fields(web, text: str) -> dict:
    fields = dict(urllib.parse.parse_qsl(payload("slack_slash_command.txt"), keep_blank_values=True))
    fields.update(text=text, response_url=web.slack_api.response_url(f"command-{time.monotonic_ns()}"))
    return fields


@pytest.mark.parametrize("charset", ["utf-8", "latin-1", "ISO-8859-1", "windows-1252", "utf-16", "no-such-charset"])
def test_a_slash_command_labelled_with_any_charset_is_answered_with_the_words_typed(web, charset):
    """Slack percent-encodes the words as UTF-8; the label does not change them."""
    data = urllib.parse.urlencode(command_fields(web, "salary for lead back end engineer, café?")).encode()

    reply = signed(web, data, f"{FORM}; charset={charset}")

    assert reply.status_code == 200, reply.text
    assert "Lead Back End Engineer" in json.dumps(reply.json()["blocks"])
    assert "café" in json.dumps(reply.json(), ensure_ascii=False)
    assert web.logs.failures() == []


def test_a_slash_command_written_in_latin_1_bytes_is_verified_over_those_bytes(web):
    """A form whose é is the single byte 0xE9, sent as latin-1: the
    signature is over those bytes, and the é reads as é."""
    fields = command_fields(web, "salary for lead back end engineer, café?")
    data = urllib.parse.urlencode(fields).replace("caf%C3%A9", "café").encode("latin-1")
    assert b"caf\xe9" in data

    reply = signed(web, data, f"{FORM}; charset=latin-1")

    assert reply.status_code == 200, reply.text
    assert "café" in json.dumps(reply.json(), ensure_ascii=False)


@pytest.mark.parametrize("charset", ["latin-1", "ISO-8859-1", "no-such-charset"])
def test_a_mention_with_accents_labelled_latin_1_is_answered_in_the_thread(web, charset):
    """JSON is UTF-8 whatever the label says (RFC 8259): the event is
    verified and answered, not refused as forged."""
    event = json.loads(payload("slack_app_mention.json"))
    event["event_id"] = f"Ev{time.monotonic_ns()}"
    event["event"]["text"] = "<@UBOT> salary for lead back end engineer, s'il vous plaît"
    data = json.dumps(event, ensure_ascii=False).encode("utf-8")

    accepted = signed(web, data, f"application/json; charset={charset}")

    assert accepted.status_code == 200, accepted.text
    channel = event["event"]["channel"]
    posted = web.slack_api.wait_for("chat.postMessage", lambda call: call.body.get("channel") == channel)
    assert "Lead Back End Engineer" in json.dumps(posted.body)


@pytest.mark.parametrize("charset", ["latin-1", "no-such-charset"])
def test_a_teams_message_with_accents_labelled_latin_1_is_read_as_typed(web, charset):
    """The activity is JSON, so UTF-8: 'café' is not read as 'cafÃ©'."""
    activity = web.teams_activity(text="salary for lead back end engineer, café?", id=f"m-{charset}")

    accepted = web.teams_post(data=json.dumps(activity, ensure_ascii=False).encode("utf-8"),
                              content_type=f"application/json; charset={charset}")

    assert accepted.status_code == 200, accepted.text
    reply = json.dumps(web.teams_replies(1)[0].body, ensure_ascii=False)
    assert "Lead Back End Engineer" in reply
    assert "café" in reply and "cafÃ©" not in reply  # the feedback buttons carry the words
