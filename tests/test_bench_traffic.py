"""The load benchmark measures what it claims to: its pre-built requests are
ones a real Bolt app accepts, so its figures are answered requests, not
401s; a Teams activity is one RoleCall's endpoint takes for an activity;
and wrk's Lua script can read the pool file back request by request.

No timing here: the figures themselves belong to `bench/load.py`.
"""

import asyncio
import json
import os
import urllib.parse

import aiohttp
import pytest
from aiohttp import web

from adapters.teams.endpoint import parse_activity
from bench import bare_slack, farside, traffic

SECRET = "test-signing-secret"


async def _serve(app: web.Application):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}"


def _post_all(requests, *, secret: str = SECRET, expect_posts: int = 0) -> tuple[list[int], dict]:
    """Post `requests` to a bare Bolt app (bench/bare_slack.py) whose Web API
    is the benchmark's fake; the statuses, and what reached the fake."""

    async def scenario():
        fake_runner, fake_url = await _serve(farside.slack_app())
        bolt_runner, bolt_url = await _serve(
            bare_slack.build(f"{fake_url}/api/", token=farside.BOT_TOKEN, signing_secret=secret))
        try:
            async with aiohttp.ClientSession(trust_env=False) as session:
                statuses = []
                for request in requests:
                    async with session.post(bolt_url + request.path, data=request.body,
                                            headers=request.headers) as response:
                        await response.read()
                        statuses.append(response.status)
                for _ in range(100):  # `say` runs after the acknowledgement
                    async with session.get(f"{fake_url}/_count") as response:
                        counts = await response.json()
                    if counts.get("chat.postMessage", 0) >= expect_posts:
                        break
                    await asyncio.sleep(0.05)
                return statuses, counts
        finally:
            await bolt_runner.cleanup()
            await fake_runner.cleanup()

    return asyncio.run(scenario())


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def _build(kind: str, count: int, secret: str = SECRET):
    return list(traffic.build(kind, count, secret=secret, api_url="http://127.0.0.1:9/api/",
                              service_url="http://127.0.0.1:9/amer/", run="TEST"))


def test_signed_slash_commands_are_accepted_by_a_real_bolt_app():
    statuses, _ = _post_all(_build("slash", 5))
    assert statuses == [200] * 5


def test_signed_mentions_are_accepted_and_each_is_answered_at_the_fake_web_api():
    statuses, counts = _post_all(_build("mention", 5), expect_posts=5)
    assert statuses == [200] * 5
    assert counts.get("chat.postMessage") == 5


def test_requests_signed_with_another_secret_are_refused():
    statuses, counts = _post_all(_build("slash", 2, secret="not-the-secret") + _build("mention", 2, "nope"))
    assert statuses == [401] * 4
    assert not counts.get("chat.postMessage")


def test_every_mention_and_teams_activity_in_a_pool_has_its_own_id():
    mentions = [json.loads(r.body)["event_id"] for r in _build("mention", 300)]
    activities = [json.loads(r.body)["id"] for r in _build("teams", 300)]
    assert len(set(mentions)) == 300 and len(set(activities)) == 300


def test_slash_commands_come_from_many_people_and_ask_the_benchmark_questions():
    forms = [dict(urllib.parse.parse_qsl(r.body.decode())) for r in _build("slash", 100)]
    assert {f["text"] for f in forms} <= set(traffic.questions())
    assert len({(f["user_id"], f["channel_id"]) for f in forms}) == traffic.PEOPLE


def test_teams_activities_are_activities_rolecall_answers():
    for request in _build("teams", 3):
        activity = parse_activity(json.loads(request.body))
        assert activity is not None and activity.type == "message" and activity.text


def test_the_pool_file_holds_each_request_whole(tmp_path):
    requests = _build("mention", 3) + _build("teams", 2)
    path = tmp_path / "pool.bin"
    assert traffic.write_pool(path, requests, "127.0.0.1:1234") == 5
    data, position, read_back = path.read_bytes(), 0, []
    while position < len(data):  # the same walk as bench/replay.lua
        newline = data.index(b"\n", position)
        length = int(data[position:newline])
        read_back.append(data[newline + 1:newline + 1 + length])
        position = newline + 1 + length
    assert read_back == [r.http("127.0.0.1:1234") for r in requests]
    head, _, body = read_back[0].partition(b"\r\n\r\n")
    assert head.startswith(b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1:1234\r\n")
    assert f"Content-Length: {len(body)}".encode() in head
    assert os.path.getsize(path) == len(data)
