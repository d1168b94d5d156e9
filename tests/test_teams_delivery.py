"""Teams replies on their way to the Bot Connector: after the 200, and never
lost without a word.

The real web application with the real `CloudAdapter` on a loopback port;
a local fake Bot Connector that can answer late, never, or with 429 / 5xx.
What counts as delivered is what the fake answered with success.
"""

import asyncio
import json
import logging

import aiohttp

from adapters.settings import Settings
from adapters.teams.settings import TeamsSettings
from adapters.web import build_app
from tests.fake_connector import PAYLOADS, fake_connector, serving, teams_and_bot
from tests.fake_connector import assistant  # noqa: F401  (a fixture: the core, recording what it is asked)

# Seconds an attempt may take, in tests where the connector never answers
# (and, in some, answers again afterwards: a busy machine must not make that
# answer late enough to count as lost).
QUICK = 1.0
DELIVERY_LOG = "rolecall.teams.delivery"


def run(scenario):
    asyncio.run(scenario())


def undelivered(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == DELIVERY_LOG and r.levelno >= logging.ERROR]


async def healthz(teams) -> int:
    async with teams.session.get(teams.base + "/healthz") as response:
        return response.status


async def metrics(teams) -> str:
    async with teams.session.get(teams.base + "/metrics") as response:
        return await response.text()


# -- after the 200 ------------------------------------------------------------
def test_teams_gets_its_200_before_a_slow_connector_has_the_reply(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            teams.connector.held = True  # until this test releases it, however long that takes
            status = await teams.post(teams.personal("salary for lead back end engineer", id="d101"), settle=False)

            assert status == 200
            assert teams.posted == [], "the 200 waited for the connector"
            teams.connector.release()
            [reply] = await teams.connector.wait_for(1)
            assert reply.reply_to_id == "d101"
            assert "160,000" in reply.everything

    run(scenario)


def test_replies_reuse_one_connection_to_the_connector(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            for n in range(5):
                await teams.post(teams.personal("help", id=f"d2{n:02d}"))

            assert teams.connector.delivered == 5
            assert len({arrival.peer for arrival in teams.connector.requests}) == 1

    run(scenario)


def test_many_activities_at_once_each_get_their_reply(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            teams.connector.delay = 0.2
            activities = [teams.personal("help", id=f"d3{n:02d}") for n in range(40)]
            statuses = await asyncio.gather(*(teams.post(a, settle=False) for a in activities))

            assert statuses == [200] * 40
            await teams.connector.wait_for(40)
            assert sorted(p.reply_to_id for p in teams.posted) == sorted(a["id"] for a in activities)

    run(scenario)


# -- a connector in trouble ----------------------------------------------------
def test_a_429_is_tried_again_after_the_wait_it_asks_for(assistant, caplog):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            teams.connector.troubles = [(429, {"Retry-After": "1"})]
            await teams.post(teams.personal("salary for lead back end engineer", id="d401"))

            first, second = teams.connector.requests
            assert (first.status, second.status) == (429, 201)
            assert second.at - first.at >= 0.95  # Retry-After: 1
            [reply] = teams.posted
            assert reply.reply_to_id == "d401"
            assert undelivered(caplog) == []

    run(scenario)


def test_a_retry_after_longer_than_a_minute_is_not_waited_for_but_logged(assistant, caplog):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            teams.connector.troubles = [(429, {"Retry-After": "3600"})]
            await teams.post(teams.personal("help", id="d402"))  # not an hour later: nothing waited

            assert len(teams.connector.requests) == 1 and teams.posted == []
            [message] = undelivered(caplog)
            assert "d402" in message and "HTTP 429" in message and "3600" in message

    run(scenario)


def test_a_connector_failing_with_5xx_is_tried_three_times_then_the_loss_is_logged(assistant, caplog):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            teams.connector.troubles = [(503, {})] * 5
            activity = teams.personal("help", id="d501")
            await teams.post(activity)

            assert [a.status for a in teams.connector.requests] == [503, 503, 503]
            assert teams.posted == []
            [message] = undelivered(caplog)
            assert "d501" in message and activity["conversation"]["id"] in message
            assert "HTTP 503" in message and "after 3 attempts" in message
            assert await healthz(teams) == 200
            assert 'rolecall_delivery_failures_total{cause="http_503",platform="teams"} 1.0' in await metrics(teams)

            teams.connector.troubles = []
            await teams.post(teams.personal("help", id="d502"))
            assert [p.reply_to_id for p in teams.posted] == ["d502"]

    run(scenario)


def test_a_refusal_other_than_429_is_final(assistant, caplog):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            teams.connector.troubles = [(403, {})]
            await teams.post(teams.personal("help", id="d601"))

            assert [a.status for a in teams.connector.requests] == [403]
            [message] = undelivered(caplog)
            assert "d601" in message and "HTTP 403" in message

    run(scenario)


def test_a_connector_that_never_answers_times_out_and_the_loss_is_logged(assistant, caplog):
    async def scenario():
        async with teams_and_bot(assistant, TeamsSettings(anonymous=True, reply_timeout=QUICK)) as teams:
            teams.connector.silent = True
            status = await teams.post(teams.personal("help", id="d701"), settle=False)

            assert status == 200
            await teams.settled()
            assert len(teams.connector.requests) == 3 and teams.posted == []
            [message] = undelivered(caplog)
            assert "d701" in message and f"no answer within {QUICK:g} s" in message
            assert await healthz(teams) == 200

            teams.connector.silent = False
            await teams.post(teams.personal("help", id="d702"))
            assert [p.reply_to_id for p in teams.posted] == ["d702"]

    run(scenario)


def test_a_connector_that_is_not_there_is_logged(assistant, caplog):
    async def scenario():
        async with teams_and_bot(assistant, TeamsSettings(anonymous=True, reply_timeout=QUICK)) as teams:
            nobody = teams.personal("help", id="d801")
            nobody["serviceUrl"] = "http://127.0.0.1:9/amer/"  # the discard port: connection refused

            assert await teams.post(nobody) == 200
            [message] = undelivered(caplog)
            assert "d801" in message and "after 3 attempts" in message
            assert await healthz(teams) == 200

    run(scenario)


# -- when too much is waiting --------------------------------------------------
def test_when_the_outbox_is_full_new_activities_get_503_and_are_not_used_up(assistant, caplog):
    async def scenario():
        settings = TeamsSettings(anonymous=True, reply_timeout=QUICK, max_pending_replies=2)
        async with teams_and_bot(assistant, settings) as teams:
            teams.connector.silent = True
            first = [await teams.post(teams.personal("help", id=f"d90{n}"), settle=False) for n in (1, 2)]
            late = teams.personal("salary for lead back end engineer", id="d903")
            async with teams.session.post(teams.url, json=late) as response:
                refused, retry_after = response.status, response.headers.get("Retry-After")

            assert first == [200, 200]
            assert (refused, retry_after) == (503, "5")
            assert [q.text for q in assistant.questions] == ["help", "help"]  # the third never ran
            assert any("new activities get 503" in r.getMessage() for r in caplog.records)

            await teams.settled()  # the two replies are given up
            teams.connector.silent = False
            assert await teams.post(late) == 200  # Teams sends it again: it is answered
            assert [p.reply_to_id for p in teams.posted] == ["d903"]

    run(scenario)


# -- answers that belong in the response ---------------------------------------
def test_expect_replies_are_answered_in_the_response_and_not_sent(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            activity = teams.personal("salary for lead back end engineer", id="da01")
            activity["deliveryMode"] = "expectReplies"
            async with teams.session.post(teams.url, json=activity) as response:
                status, body = response.status, await response.json()
            await teams.settled()

            assert status == 200
            [reply] = body["activities"]
            assert "160,000" in reply["summary"]
            assert teams.connector.requests == []

    run(scenario)


def test_an_invoke_gets_its_answer_in_the_response(assistant):
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            invoke = teams.activity("teams_personal_message", id="db01", type="invoke",
                                    name="composeExtension/query", value={})
            async with teams.session.post(teams.url, json=invoke) as response:
                status = response.status
            await teams.settled()

            # RoleCall implements no invoke: a 200 without a body (adapters/teams/bot.py).
            assert status == 200
            assert teams.connector.requests == []

    run(scenario)


# -- shutting down ----------------------------------------------------------------
def test_shutting_down_delivers_the_replies_still_in_flight_first(assistant):
    async def scenario():
        async with fake_connector() as connector:
            connector.held = True  # the reply is still in flight when the server stops

            async def release(_app):  # as it stops: before it waits for the replies in flight
                connector.release()

            app = build_app(Settings(teams=TeamsSettings(anonymous=True)), assistant)
            app.on_shutdown.append(release)
            async with serving(app) as url, aiohttp.ClientSession() as session:
                activity = {**_personal(connector.url), "id": "dc01"}
                async with session.post(url + "/api/messages", json=activity) as response:
                    assert response.status == 200
                assert connector.delivered == 0
            # the server is gone; what it had accepted arrived before it went
            assert [p.reply_to_id for p in connector.posted] == ["dc01"]

    run(scenario)


def _personal(service_url: str) -> dict:
    activity = json.loads((PAYLOADS / "teams_personal_message.json").read_text())
    activity.update(serviceUrl=service_url, text="help")
    return activity


def test_replies_go_through_the_proxy_the_environment_names(assistant, monkeypatch):
    """As with the `requests` botbuilder itself uses, HTTP(S)_PROXY applies
    to replies: here the fake connector stands in as the proxy, and the
    activity's serviceUrl names a host only the proxy could reach."""
    async def scenario():
        async with teams_and_bot(assistant) as teams:
            monkeypatch.setenv("HTTP_PROXY", teams.connector.url.rstrip("/"))
            activity = teams.personal("salary for lead back end engineer", id="d901")
            activity["serviceUrl"] = "http://connector.invalid/"

            assert await teams.post(activity) == 200
            [reply] = teams.posted
            assert reply.reply_to_id == "d901" and "160,000" in reply.everything

    run(scenario)
