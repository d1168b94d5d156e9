"""Slack events that seldom come, as Slack sends them to the real web
process: each is answered or acknowledged as the person or the admin
behind it expects, never met with a 404 that counts against the app."""

import json
import logging

from tests import web_process
from tests.fake_slack import payload

assistant, web = web_process.assistant, web_process.web  # fixtures


def test_a_question_replied_in_a_dm_thread_and_also_sent_to_the_dm_is_answered_in_that_thread(web):
    """A recruiter replies in a thread of their DM with RoleCall and ticks
    "Also send to direct message": Slack sends one message, of subtype
    thread_broadcast. It is a question like any other."""
    body = json.loads(payload("slack_message_im.json"))
    body["event_id"] = "EvBroadcast1"
    body["event"].update(subtype="thread_broadcast", text="salary for lead back end engineer",
                         ts="1355517600.000100", thread_ts="1355517523.000005",
                         root={"type": "message", "user": "UBOT", "text": "Ask me about job roles",
                               "ts": "1355517523.000005", "thread_ts": "1355517523.000005"})

    accepted = web.slack_post(json.dumps(body))

    assert accepted.status_code == 200
    posted = web.slack_api.wait_for("chat.postMessage", lambda call: call.body.get("channel") == "D024BE91L")
    assert posted.body.get("thread_ts") == "1355517523.000005"
    assert "Lead Back End Engineer" in posted.body["text"]


def test_slack_saying_it_rate_limited_the_apps_events_is_acknowledged_and_told_to_the_on_call_engineer(web):
    """Over 30,000 events an hour, Slack stops delivering them for a minute
    and says so with an `app_rate_limited` request: a 200 is all it wants,
    and the log says what happened, not that the request went unhandled."""
    body = {"token": "one-long-verification-token", "type": "app_rate_limited", "team_id": "T111",
            "minute_rate_limited": 1518467820, "api_app_id": "A111"}

    acknowledged = web.slack_post(json.dumps(body))

    assert acknowledged.status_code == 200, acknowledged.text
    said = [record.getMessage() for record in web.logs.records
            if record.name.startswith("rolecall") and record.levelno >= logging.WARNING]
    assert any("rate-limited" in line and "1518467820" in line for line in said), said
    assert not any("no listener" in line for line in said)
