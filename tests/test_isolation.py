"""One process serves both platforms: a stalled Bot Connector must not slow Slack.

`rolecall serve` runs as it does in production, in its own process, with
Slack and Teams both on. Its far sides are local fakes: Slack's Web API, and
a Bot Connector that holds every reply until the test lets it answer, or
never answers. A burst of Teams activities fills the bot with replies that
cannot get out; while they wait, a burst of signed Slack slash commands must
all be answered (with no Teams reply out yet: Slack waits for none of them),
and every Teams reply must in the end be delivered, or be logged as lost
with its activity id and the reason. No pace is asserted: on a busy machine
any pace is possible, and what matters is what waits for what.
"""

import asyncio
import json
import re
import time
import urllib.parse
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from slack_sdk.signature import SignatureVerifier

from tests.fake_connector import PAYLOADS, fake_connector
from tests.fake_slack import SIGNING_SECRET, FakeWebAPI, payload
from tests.rolecall_process import RoleCallServer

TEAMS_ACTIVITIES = 200
TEAMS_CONCURRENCY = 8
SLACK_COMMANDS = 200
SLACK_CONCURRENCY = 8
# ROLECALL_TEAMS_REPLY_TIMEOUT when the connector never answers, so the test
# sees the replies given up soon; a held connector gets the most there is,
# so that no attempt gives up however long the Slack burst takes.
REPLY_TIMEOUT = 1.0
HELD_REPLY_TIMEOUT = 120.0


def rolecall_serve(folder: Path, database_url: str, slack_api: str, reply_timeout: float | None) -> RoleCallServer:
    settings = {"ROLECALL_TEAMS_REPLY_TIMEOUT": str(reply_timeout)} if reply_timeout is not None else {}
    return RoleCallServer(folder, database_url=database_url, slack_api_url=slack_api, ROLECALL_TEAMS_ANONYMOUS="1",
                          ROLECALL_RATE_LIMIT="off",  # every request here is someone asking once
                          **settings)


@asynccontextmanager
async def running(server: RoleCallServer):
    """`server` started and stopped on a worker thread: this event loop plays
    Slack's Web API, which the server calls while it starts."""
    await asyncio.to_thread(server.start)
    try:
        yield server
    finally:
        await asyncio.to_thread(server.stop)


def lost_replies(server: RoleCallServer) -> dict[str, str]:
    """Activity id → log line, for each Teams reply logged as not delivered."""
    lost = {}
    for line in server.output().splitlines():
        match = re.search(r"Teams reply not delivered \(activity (\S+?),", line)
        if match:
            lost[match.group(1)] = line
    return lost


def teams_activity(service_url: str, n: int) -> dict:
    activity = json.loads((PAYLOADS / "teams_personal_message.json").read_text())
    activity.update(serviceUrl=service_url, id=f"iso-{n:04d}", text="salary for lead back end engineer")
    activity["conversation"] = dict(activity["conversation"], id=f"a:isolation-{n:04d}")
    activity["from"] = dict(activity["from"], id=f"29:isolation-user-{n:04d}", aadObjectId=None)
    return activity


def slash_command(api: FakeWebAPI, n: int) -> tuple[bytes, dict[str, str]]:
    fields = dict(urllib.parse.parse_qsl(payload("slack_slash_command.txt"), keep_blank_values=True))
    fields.update(text="salary for lead back end engineer", user_id=f"W{n:05d}",
                  response_url=api.response_url(f"isolation-{n}"))
    body = urllib.parse.urlencode(fields)
    timestamp = str(int(time.time()))
    signature = SignatureVerifier(SIGNING_SECRET).generate_signature(timestamp=timestamp, body=body)
    return body.encode(), {"Content-Type": "application/x-www-form-urlencoded",
                           "X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": signature}


async def in_waves(count: int, concurrency: int, one) -> list:
    """Run `one(n)` for n in range(count), `concurrency` at a time."""
    gate = asyncio.Semaphore(concurrency)

    async def guarded(n):
        async with gate:
            return await one(n)

    return await asyncio.gather(*(guarded(n) for n in range(count)))


@pytest.mark.parametrize("trouble", ["slow", "silent"], ids=["connector answers when let", "connector never answers"])
def test_slack_keeps_its_pace_while_the_bot_connector_stalls(seeded_store, database_url, tmp_path, trouble):
    async def scenario():
        api = FakeWebAPI()
        await api.start()
        try:
            server = rolecall_serve(tmp_path, database_url, api.api_url,
                                    REPLY_TIMEOUT if trouble == "silent" else HELD_REPLY_TIMEOUT)
            async with fake_connector() as connector, running(server), \
                    aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=64)) as session:
                if trouble == "slow":
                    connector.held = True
                else:
                    connector.silent = True

                async def one_activity(n: int) -> int:
                    async with session.post(server.url + "/api/messages",
                                            json=teams_activity(connector.url, n)) as response:
                        await response.read()
                        return response.status

                async def one_command(n: int) -> tuple[int, str]:
                    body, headers = slash_command(api, n)
                    async with session.post(server.url + "/slack/events", data=body, headers=headers) as response:
                        return response.status, await response.text()

                teams = asyncio.create_task(in_waves(TEAMS_ACTIVITIES, TEAMS_CONCURRENCY, one_activity))
                while len(connector.requests) < TEAMS_CONCURRENCY and not teams.done():
                    await asyncio.sleep(0.01)  # replies are piling up at the stalled connector
                slack = await in_waves(SLACK_COMMANDS, SLACK_CONCURRENCY, one_command)
                statuses = await teams

                assert statuses == [200] * TEAMS_ACTIVITIES
                assert [status for status, _ in slack] == [200] * SLACK_COMMANDS
                assert all("160,000" in text for _, text in slack), slack[0][1]
                assert connector.delivered == 0  # Slack was answered with every Teams reply still waiting

                expected = {f"iso-{n:04d}" for n in range(TEAMS_ACTIVITIES)}
                deadline = time.monotonic() + 60
                if trouble == "slow":  # late, but every reply arrives, once
                    connector.release()
                    while connector.delivered < TEAMS_ACTIVITIES and time.monotonic() < deadline:
                        await asyncio.sleep(0.1)
                    assert sorted(p.reply_to_id for p in connector.posted) == sorted(expected)
                    assert lost_replies(server) == {}
                else:  # never delivered: every one of them logged, with why
                    while set(lost_replies(server)) < expected and time.monotonic() < deadline:
                        await asyncio.sleep(0.1)
                    lost = lost_replies(server)
                    assert set(lost) == expected
                    assert all(f"no answer within {REPLY_TIMEOUT:g} s" in line and "after 3 attempts" in line
                               for line in lost.values()), next(iter(lost.values()))
                    assert connector.delivered == 0

                async with session.get(server.url + "/healthz") as response:
                    assert response.status == 200
        finally:
            await api.close()

    asyncio.run(scenario())
