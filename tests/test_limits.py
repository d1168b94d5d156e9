"""Limits that keep one sender from taking the process: a per-user rate
limit answered politely on both platforms, a body-size limit answered with
a 413 on both endpoints, and questions cut to size before the core reads
them. Driven over HTTP against the real web process."""

import json
import time

import pytest

from adapters.ratelimit import DEFAULT_RATE_LIMIT, RateLimit, RateLimiter, parse_rate_limit
from adapters.settings import (DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_CONNECTIONS, DEFAULT_READ_TIMEOUT, ConfigError,
                               load_settings)
from bot import open_assistant
from adapters.slack.listeners import finish_background
from bot.text import MAX_QUESTION_CHARS
from tests.fake_slack import payload
from tests.web_process import WebProcess, sample

SLOW_DOWN = "You're asking faster than I can keep up"
SALARY_QUESTION = "salary for lead back end engineer"
SALARY = "160,000"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    assistant = open_assistant(f"sqlite:///{tmp_path_factory.mktemp('limits') / 'rolecall.db'}")
    yield assistant
    assistant.knowledge.store.dispose()


# -- the rate limit, as users meet it ---------------------------------------------

def test_a_user_asking_too_fast_is_asked_to_wait_and_others_are_not(assistant):
    with WebProcess(assistant, rate_limit=RateLimit(3, 60)) as web:
        replies = [web.slash(SALARY_QUESTION, user="W500") for _ in range(4)]
        someone_else = web.slash(SALARY_QUESTION, user="W501")
        metrics = web.metrics()

    assert [r.status_code for r in replies] == [200] * 4
    assert all(SALARY in r.text for r in replies[:3])
    slowed = replies[3].json()
    assert SLOW_DOWN in json.dumps(slowed) and SALARY not in json.dumps(slowed)
    assert slowed["response_type"] == "ephemeral"
    assert "seconds" in json.dumps(slowed)  # says how long to wait
    assert SALARY in someone_else.text
    assert sample(metrics, "rolecall_requests_total", platform="slack", outcome="rate_limited") == 1
    assert sample(metrics, "rolecall_answers_total", platform="slack", intent="none", kind="rate_limited") == 1


def mention_event(n: int, *, user: str, channel: str) -> str:
    body = json.loads(payload("slack_app_mention.json"))
    ts = f"1700000000.{n:06d}"
    body["event"].update(text=f"<@UBOT> {SALARY_QUESTION}", user=user, channel=channel, ts=ts, event_ts=ts,
                         blocks=[])
    body.update(event_id=f"EvBURST{user}{n:06d}", event_time=int(time.time()))
    return json.dumps(body)


def test_a_burst_of_mentions_gets_one_slow_down_notice_not_a_post_each(assistant):
    """One person (or a script posting as them) mentions RoleCall 200 times:
    three answers, one notice, and the rest acknowledged without a word."""
    with WebProcess(assistant, rate_limit=RateLimit(3, 60)) as web:
        replies = [web.slack_post(mention_event(n, user="W510", channel="C510")) for n in range(200)]
        assert web.run(finish_background(30)) == 0  # every post RoleCall meant to make is made
        posts = web.slack_api.calls_to("chat.postMessage", lambda call: call.body.get("channel") == "C510")
        metrics = web.metrics()

    assert {r.status_code for r in replies} == {200}  # acknowledged: Slack must not retry them
    assert len(posts) == 4
    assert sum(SALARY in json.dumps(post.body) for post in posts) == 3
    assert sum(SLOW_DOWN in json.dumps(post.body) for post in posts) == 1
    assert sample(metrics, "rolecall_requests_total", platform="slack", outcome="rate_limited") == 197


def test_a_slow_down_notice_is_given_once_per_period():
    now = [1000.0]
    limiter = RateLimiter(RateLimit(2, 10), clock=lambda: now[0])
    key = ("slack", "U1")
    assert limiter.try_acquire(key) == 0 and limiter.try_acquire(key) == 0
    assert limiter.try_acquire(key) > 0 and limiter.notice_due(key)
    assert limiter.try_acquire(key) > 0 and not limiter.notice_due(key)
    now[0] += 5.0
    assert limiter.try_acquire(key) == 0  # a token came back: asked and answered
    assert limiter.try_acquire(key) > 0 and not limiter.notice_due(key)  # still the same period
    now[0] += 5.0
    assert limiter.try_acquire(key) == 0
    assert limiter.try_acquire(key) > 0 and limiter.notice_due(key)  # a new period, one more notice


def test_in_teams_the_slow_down_answer_is_a_reply_in_the_chat(assistant):
    with WebProcess(assistant, rate_limit=RateLimit(2, 60)) as web:
        for n in range(3):
            assert web.teams_post(web.teams_activity(id=f"rl-{n}", text=SALARY_QUESTION)).status_code == 200
        replies = web.teams_replies(3)

    shown = sorted((reply.reply_to_id, reply.everything) for reply in replies)
    assert SALARY in shown[0][1] and SALARY in shown[1][1]
    assert shown[2][0] == "rl-2" and SLOW_DOWN in shown[2][1] and SALARY not in shown[2][1]


def test_the_rate_limit_is_per_platform_and_off_means_off(assistant):
    with WebProcess(assistant, rate_limit=RateLimit(1, 60)) as limited:
        limited.slash(SALARY_QUESTION, user="W29:1")
        # the same id on Teams is another person
        limited.teams_post(limited.teams_activity(id="rl-p1", text=SALARY_QUESTION,
                                                  **{"from": {"id": "W29:1", "name": "x"}}))
        assert SALARY in limited.teams_replies(1)[0].everything
    with WebProcess(assistant, rate_limit=None) as unlimited:
        replies = [unlimited.slash(SALARY_QUESTION, user="W502") for _ in range(30)]
    assert all(SALARY in r.text for r in replies)


def test_a_token_comes_back_after_its_share_of_the_period():
    now = [1000.0]
    limiter = RateLimiter(RateLimit(2, 10), clock=lambda: now[0])
    assert limiter.try_acquire(("slack", "U1")) == 0 and limiter.try_acquire(("slack", "U1")) == 0
    wait = limiter.try_acquire(("slack", "U1"))
    assert wait == pytest.approx(5.0)  # one token every 10/2 seconds
    now[0] += 5.0
    assert limiter.try_acquire(("slack", "U1")) == 0
    assert limiter.try_acquire(("slack", "U1")) > 0


def test_idle_buckets_are_dropped_and_their_number_is_capped():
    now = [0.0]
    limiter = RateLimiter(RateLimit(5, 60), max_buckets=1_000, clock=lambda: now[0])
    for n in range(5_000):  # a flood of distinct user ids
        limiter.try_acquire(("teams", f"user-{n}"))
    assert len(limiter) == 1_000
    now[0] += 61  # a period later every bucket would be full again: nothing to remember
    limiter.try_acquire(("teams", "late"))
    assert len(limiter) == 1


@pytest.mark.parametrize("spec, expected", [
    ("30/minute", RateLimit(30, 60)), ("5/second", RateLimit(5, 1)), ("100/hour", RateLimit(100, 3600)),
    ("20/10s", RateLimit(20, 10)), (" 7 / min ", RateLimit(7, 60)), ("off", None), ("OFF", None),
])
def test_rate_limits_are_written_as_count_per_period(spec, expected):
    assert parse_rate_limit(spec) == expected


@pytest.mark.parametrize("garbage", ["fast", "30", "30/fortnight", "-1/minute", "0/minute", "1e3/s", "30/0s"])
def test_a_garbled_rate_limit_stops_start_up_with_a_clear_error(garbage):
    with pytest.raises(ConfigError, match=r"ROLECALL_RATE_LIMIT: .* write it like 30/minute|at least 1"):
        load_settings({"ROLECALL_RATE_LIMIT": garbage})


def test_the_defaults_are_generous_and_documented():
    settings = load_settings({})
    assert settings.rate_limit == parse_rate_limit(DEFAULT_RATE_LIMIT) == RateLimit(60, 60)
    assert settings.max_body_bytes == DEFAULT_MAX_BODY_BYTES == 256 * 1024
    assert load_settings({"ROLECALL_RATE_LIMIT": "off"}).rate_limit is None


# -- the body size ------------------------------------------------------------------

def test_an_oversized_body_is_a_413_on_both_endpoints(assistant):
    big = b'{"type": "message", "text": "' + b"x" * (DEFAULT_MAX_BODY_BYTES + 10) + b'"}'

    def chunks():  # no Content-Length: only reading finds out
        for start in range(0, len(big), 64 * 1024):
            yield big[start:start + 64 * 1024]

    with WebProcess(assistant) as web:
        replies = {
            "slack": web.slack_post(big),
            "teams": web.teams_post(data=big),
            "slack chunked": web.http.post(web.url + "/slack/events", data=chunks(),
                                           headers={"Content-Type": "application/json"}),
            "teams chunked": web.http.post(web.url + "/api/messages", data=chunks(),
                                           headers={"Content-Type": "application/json"}),
        }
        metrics = web.metrics()

    for where, reply in replies.items():
        assert reply.status_code == 413, where
        assert reply.json() == {"error": "request body too large", "limit_bytes": DEFAULT_MAX_BODY_BYTES}, where
    assert sample(metrics, "rolecall_requests_total", platform="teams", outcome="too_large") == 2


def test_the_body_limit_is_configurable(assistant):
    with WebProcess(assistant, max_body_bytes=4096) as web:
        small = web.slash("help")
        large = web.slash("help " + "y" * 5000)
        teams_large = web.teams_post(web.teams_activity(id="big-1", text="z" * 5000))
    assert small.status_code == 200
    assert (large.status_code, teams_large.status_code) == (413, 413)

    assert load_settings({"ROLECALL_MAX_BODY_BYTES": "65536"}).max_body_bytes == 65536
    for garbage in ("lots", "-5", "12", "10GB", "65_536", "+65536", "６５５３６"):
        with pytest.raises(ConfigError, match="ROLECALL_MAX_BODY_BYTES must be a number of bytes"):
            load_settings({"ROLECALL_MAX_BODY_BYTES": garbage})


def test_the_read_timeout_and_the_connection_limit_are_configurable():
    defaults = load_settings({})
    assert (defaults.read_timeout, defaults.max_connections) == (DEFAULT_READ_TIMEOUT, DEFAULT_MAX_CONNECTIONS)
    chosen = load_settings({"ROLECALL_READ_TIMEOUT": "2.5", "ROLECALL_MAX_CONNECTIONS": "200"})
    assert (chosen.read_timeout, chosen.max_connections) == (2.5, 200)
    for garbage in ("soon", "0", "-1", "nan", "inf", "3600"):
        with pytest.raises(ConfigError, match="ROLECALL_READ_TIMEOUT must be seconds"):
            load_settings({"ROLECALL_READ_TIMEOUT": garbage})
    for garbage in ("many", "0", "-5", "1.5", "2000000"):
        with pytest.raises(ConfigError, match="ROLECALL_MAX_CONNECTIONS must be a number"):
            load_settings({"ROLECALL_MAX_CONNECTIONS": garbage})


# -- long questions -------------------------------------------------------------------

def test_a_long_question_is_cut_before_the_core_reads_it(assistant):
    filler = "please " * 20_000  # 140 KB: under the body limit, far over a question
    with WebProcess(assistant) as web:
        first_words = web.slash(SALARY_QUESTION + " " + filler)
        buried = web.slash(filler + SALARY_QUESTION)
        web.teams_post(web.teams_activity(id="long-1", text=SALARY_QUESTION + " " + filler))
        web.teams_post(web.teams_activity(id="long-2", text=filler + SALARY_QUESTION))
        teams = {reply.reply_to_id: reply.everything for reply in web.teams_replies(2)}

    assert (first_words.status_code, buried.status_code) == (200, 200)
    # what is within the first MAX_QUESTION_CHARS is read; what comes after is not
    assert SALARY in first_words.text and SALARY in teams["long-1"]
    assert SALARY not in buried.text and SALARY not in teams["long-2"]
    assert len(filler) > 100 * MAX_QUESTION_CHARS
