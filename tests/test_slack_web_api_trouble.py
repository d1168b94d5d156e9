"""When Slack's Web API rate-limits RoleCall or fails, a reply is retried a
bounded number of times, honouring `Retry-After`, and then given up with a
logged error; the web process stays healthy and answers the next question."""

import logging

from tests.fake_slack import (  # noqa: F401  (assistant, slack and without_proxies are fixtures)
    SlackWorkspace,
    all_text,
    assistant,
    buttons,
    slack,
    without_proxies,
)
from tests.web_process import sample

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


PROXY_ERROR_PAGE = (500, {"Content-Type": "text/plain"}, "upstream connect error or disconnect/reset before headers")


def test_a_server_error_with_a_text_body_is_retried_and_the_reply_arrives(slack):
    """A proxy in front of Slack answers a 5xx with a text page, not JSON."""
    slack.api.troubles = [PROXY_ERROR_PAGE, (502, {"Content-Type": "text/html"}, "<html>Bad Gateway</html>")]

    slack.mention(QUESTION, channel="C85")
    delivered = slack.api.wait_for("chat.postMessage", lambda call: call.body.get("channel") == "C85"
                                   and not call.refused, timeout=10)

    assert "160,000" in all_text(delivered.body)
    assert [call.refused for call in slack.posts_to("C85")] == [["HTTP 500"], ["HTTP 502"], []]


def test_a_reply_lost_to_text_error_pages_is_logged_with_its_cause_and_counted(slack, caplog):
    slack.api.troubles = [PROXY_ERROR_PAGE] * 3  # the first attempt and both retries

    slack.mention(QUESTION, channel="C86")
    slack.settle()

    assert len(slack.posts_to("C86")) == 3
    errors = [r for r in caplog.records if r.levelno == logging.ERROR and "chat.postMessage to C86 failed" in r.getMessage()]
    assert len(errors) == 1 and "http_500 (upstream connect error" in errors[0].getMessage()
    assert not [r for r in caplog.records if "Task exception was never retrieved" in r.getMessage()]
    assert sample(slack.metrics(), "rolecall_delivery_failures_total", platform="slack", cause="http_500") == 1


def test_a_share_the_response_url_fails_to_take_is_sent_again(slack):
    private = slack.slash("salary for lead back end engineer", user="W89", channel="C89").json
    slack.api.response_troubles = [PROXY_ERROR_PAGE, (503, {})]

    slack.press(buttons(private)["Share in channel"], user="W89", channel="C89",
                response_url=slack.api.response_url("share-89"))
    slack.settle()

    attempts = slack.api.calls_to("response_url", lambda call: call.path.endswith("/share-89"))
    assert [call.refused for call in attempts] == [["HTTP 500"], ["HTTP 503"], []]
    assert "160,000" in all_text(attempts[-1].body)


def test_a_share_the_response_url_keeps_refusing_is_logged_and_counted(slack, caplog):
    private = slack.slash("salary for lead back end engineer", user="W89", channel="C90").json
    slack.api.response_troubles = [(503, {})] * 3

    slack.press(buttons(private)["Share in channel"], user="W89", channel="C90",
                response_url=slack.api.response_url("share-90"))
    slack.settle()

    assert len(slack.api.calls_to("response_url", lambda call: call.path.endswith("/share-90"))) == 3
    errors = [r for r in caplog.records if r.levelno == logging.ERROR and "response URL failed: http_503" in r.getMessage()]
    assert len(errors) == 1
    assert sample(slack.metrics(), "rolecall_delivery_failures_total", platform="slack", cause="http_503") == 1


# -- the bot token's check (auth.test) ---------------------------------------------

def test_while_auth_test_fails_events_get_a_503_and_slacks_retry_is_answered(assistant, without_proxies):
    """Bolt, left to check the token itself, answered every request with
    "installation is no longer available" and a 200 that Slack does not retry."""
    workspace = SlackWorkspace(assistant)
    workspace.api.auth_troubles = [(500, {})] * 1_000  # Slack's Web API is down at start-up
    with workspace as slack:
        event = slack.mention_payload(QUESTION, channel="C87", event_id="Ev87AUTH")
        private = slack.slash("salary for lead back end engineer")
        first = slack.send_event(event)
        assert (first.status, private.status) == (503, 503)
        assert "no longer available" not in first.text + private.text

        slack.api.auth_troubles.clear()  # Slack is back; it retries the event, up to three times
        retries = []
        for retry in (1, 2, 3):
            retries.append(slack.send_event(event, retry=retry).status)
            if retries[-1] == 200:
                break

        assert retries[-1] == 200
        assert "160,000" in all_text(slack.wait_for_post("C87").body)
        slack.settle()
        assert len(slack.posts_to("C87")) == 1


def test_a_token_check_that_failed_at_start_up_is_tried_again_in_the_background(assistant, without_proxies,
                                                                                 caplog):
    workspace = SlackWorkspace(assistant)
    workspace.api.auth_troubles = [(500, {})] * 3  # the start-up check and both its retries
    with workspace as slack:
        assert "could not reach the Slack Web API" in caplog.text
        slack.api.wait_for("auth.test", lambda call: not call.refused, timeout=30)  # no request needed

        reply = slack.mention(QUESTION, channel="C88")

        assert reply.status == 200
        assert "160,000" in all_text(slack.wait_for_post("C88").body)
