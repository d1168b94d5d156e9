"""A team without a public URL runs `rolecall slack --socket`: the same
answers arrive over a Socket Mode WebSocket instead of HTTP requests."""

import logging
import sys
import time

from adapters.slack.socket import run_socket_mode
from tests.rolecall_process import free_port
from tests.fake_slack import (  # noqa: F401  (assistant, slack and without_proxies are fixtures)
    APP_TOKEN,
    all_text,
    assistant,
    slack,
    without_proxies,
)


def test_over_socket_mode_a_mention_and_a_slash_command_are_answered(slack, assistant):
    settings = slack.slack_settings(app_token=APP_TOKEN, signing_secret="")  # no signing secret needed
    connection = slack.start_task(run_socket_mode(settings, assistant))
    try:
        slack.api.wait_for("socket.connected")

        mention = slack.over_socket("events_api", slack.mention_payload(
            "<@UBOT> salary for lead back end engineer", channel="C90", ts="1700000900.000100"))
        command = slack.over_socket("slash_commands", slack.slash_payload(
            "what does a Lead Back End Engineer own?", user="W90", channel="C90"), accepts_response_payload=True)

        post = slack.wait_for_post("C90")
        assert post.body["thread_ts"] == "1700000900.000100"
        assert "160,000" in all_text(post.body)
        slack.api.wait_for("socket.ack", lambda call: call.body["envelope_id"] == mention)
        answer = slack.api.wait_for("socket.ack", lambda call: call.body["envelope_id"] == command).body["payload"]
        assert answer["response_type"] == "ephemeral"
        assert "Lead the design" in all_text(answer)
    finally:
        slack.stop_task(connection)


def test_over_socket_mode_the_rate_limit_applies_as_over_http(slack, assistant):
    """Socket Mode goes through the same runtime as the web process: one
    person asking faster than the limit is asked to wait there too."""
    from adapters.ratelimit import RateLimit
    from adapters.runtime import SLOW_DOWN_TITLE

    settings = slack.slack_settings(app_token=APP_TOKEN, signing_secret="")
    connection = slack.start_task(run_socket_mode(settings, assistant, rate_limit=RateLimit(1, 60)))
    try:
        slack.api.wait_for("socket.connected")
        answers = []
        for _ in range(2):  # one after the other
            envelope = slack.over_socket("slash_commands", slack.slash_payload(
                "salary for lead back end engineer", user="W91", channel="C91"), accepts_response_payload=True)
            answers.append(slack.api.wait_for("socket.ack", lambda call: call.body["envelope_id"] == envelope)
                           .body["payload"])
    finally:
        slack.stop_task(connection)

    assert "160,000" in all_text(answers[0])
    assert SLOW_DOWN_TITLE in all_text(answers[1]) and "160,000" not in all_text(answers[1])


def _socket_lines(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "rolecall.slack.socket"]


def _until_lines(slack, caplog, count: int) -> list[logging.LogRecord]:
    deadline = time.monotonic() + 30
    while len(_socket_lines(caplog)) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return _socket_lines(caplog)


def test_a_wrong_app_token_is_one_line_with_the_fix_then_longer_waits(slack, assistant, caplog):
    """It used to be a traceback every 10 seconds, for ever."""
    settings = slack.slack_settings(app_token="xapp-1-A111-222-NotTheRightToken", signing_secret="")
    with caplog.at_level(logging.INFO):
        connection = slack.start_task(run_socket_mode(settings, assistant, first_retry=0.05, most_retry=0.2))
        try:
            lines = _until_lines(slack, caplog, 4)[:4]
        finally:
            slack.stop_task(connection)

    assert [r.getMessage().rsplit("; trying again in ", 1)[1] for r in lines] == ["0.05 s", "0.1 s", "0.2 s", "0.2 s"]
    for record in lines:
        assert record.getMessage().startswith("Slack Socket Mode: Slack refused SLACK_APP_TOKEN (invalid_auth): "
                                              "make an app-level token with the connections:write scope")
        assert record.exc_info is None
    assert "Traceback" not in caplog.text and "will be unused" not in caplog.text
    assert not slack.api.calls_to("socket.connected")


def test_no_network_is_one_line_naming_where_it_tried(slack, assistant, caplog):
    nowhere = f"http://127.0.0.1:{free_port()}/api/"  # nothing listens there
    settings = slack.slack_settings(app_token=APP_TOKEN, signing_secret="", api_url=nowhere)
    with caplog.at_level(logging.INFO):
        connection = slack.start_task(run_socket_mode(settings, assistant, first_retry=0.05, most_retry=0.1))
        try:
            [first, *_] = _until_lines(slack, caplog, 2)
        finally:
            slack.stop_task(connection)

    assert first.getMessage().startswith(f"Slack Socket Mode: cannot reach Slack at {nowhere} (")
    assert "check the network, a proxy (HTTPS_PROXY) or SLACK_API_URL; trying again in 0.05 s" in first.getMessage()
    assert "Traceback" not in caplog.text


def test_a_lost_connection_the_sdk_retries_is_one_line_not_a_traceback():
    from adapters.slack.socket import _sdk_logger

    try:
        raise ConnectionResetError("reset by peer")
    except ConnectionResetError:
        record = _sdk_logger().makeRecord("x", logging.ERROR, __file__, 1,
                                          "Failed to connect (error: reset by peer); Retrying...", (),
                                          sys.exc_info())
    assert all(f.filter(record) for f in _sdk_logger().filters)
    assert record.exc_info is None
    assert record.getMessage() == "Slack Socket Mode: connection lost (reset by peer); the SDK reconnects every 10 s"
