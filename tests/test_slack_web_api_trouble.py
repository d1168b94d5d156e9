"""When Slack's Web API rate-limits RoleCall or fails, a reply is retried a
bounded number of times, honouring `Retry-After`, and then given up with a
logged error; the web process stays healthy and answers the next question."""

import logging

from tests.fake_slack import (  # noqa: F401  (assistant, slack and without_proxies are fixtures)
    all_text,
    assistant,
    slack,
    without_proxies,
)

QUESTION = "<@UBOT> salary for lead back end engineer"


def test_a_slow_web_api_does_not_hold_up_the_acknowledgement(slack):
    """Slack redelivers an event it has not seen acknowledged within 3 s:
    the answer is posted after the acknowledgement, however long the Web API
    takes, so a slow Web API never turns one question into several."""
    slack.api.posts_held = True  # until this test releases them, however long that takes

    reply = slack.mention(QUESTION, channel="C80")
    assert reply.status == 200  # acknowledged while the answer's post is still held
    assert not [call for call in slack.api.calls if call.method == "chat.postMessage"]
    slack.api.release_posts()
    slack.settle()

    assert "160,000" in all_text(slack.wait_for_post("C80").body)


def test_a_rate_limited_reply_is_sent_again_after_retry_after(slack):
    slack.api.troubles = [(429, {"Retry-After": "1"})]

    slack.mention(QUESTION, channel="C81")
    delivered = slack.api.wait_for("chat.postMessage", lambda call: call.body.get("channel") == "C81"
                                   and not call.refused, timeout=10)

    slack.settle()
    refused = slack.api.calls_to("chat.postMessage", lambda call: call.refused == ["HTTP 429"])
    assert len(refused) == 1
    assert delivered.at - refused[0].at >= 1.0  # Slack asked for one second
    assert "160,000" in all_text(delivered.body)
    assert [call.refused for call in slack.posts_to("C81")] == [["HTTP 429"], []]  # sent once more, not twice


def test_a_server_error_is_retried_and_the_reply_arrives(slack):
    slack.api.troubles = [(503, {}), (500, {})]

    slack.mention(QUESTION, channel="C82")
    delivered = slack.api.wait_for("chat.postMessage", lambda call: call.body.get("channel") == "C82"
                                   and not call.refused, timeout=10)

    assert "160,000" in all_text(delivered.body)


def test_a_reply_slack_keeps_refusing_is_given_up_and_logged(slack, caplog):
    slack.api.troubles = [(500, {})] * 3  # the first attempt and both retries

    reply = slack.mention(QUESTION, channel="C83")

    assert reply.status == 200  # Slack's event was taken; it must not be redelivered
    slack.settle()  # the answer is posted after the acknowledgement
    attempts = slack.api.calls_to("chat.postMessage", lambda call: call.body.get("channel") == "C83")
    assert [call.refused for call in attempts] == [["HTTP 500"]] * 3
    errors = [r for r in caplog.records if r.levelno == logging.ERROR and "chat.postMessage to C83 failed" in r.getMessage()]
    assert len(errors) == 1
    # The process is fine and answers the next question.
    assert slack.get("/healthz").status == 200
    slack.mention(QUESTION, channel="C84")
    assert "160,000" in all_text(slack.wait_for_post("C84").body)
