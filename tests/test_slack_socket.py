"""A team without a public URL runs `rolecall slack --socket`: the same
answers arrive over a Socket Mode WebSocket instead of HTTP requests."""

from adapters.slack.socket import run_socket_mode
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
