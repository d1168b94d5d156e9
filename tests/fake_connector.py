"""Playing Microsoft Teams in tests: a stand-in for the Bot Connector
service, and the side that posts activities to the bot.

Teams tells the bot where to reply through each activity's `serviceUrl`;
tests point that at `FakeConnector`, a real aiohttp server on a loopback
port, which takes the replies the bot posts (`POST
/v3/conversations/{id}/activities[/{replyToId}]`), records them and answers
with an id, as the Bot Connector does. It can also misbehave the ways the
real one does: answer late (`delay`), never answer (`silent`), or answer
the next requests with 429 / 5xx (`troubles`). Every request is counted in
`requests`; only the ones it answered with success are in `posted` (the
delivered replies). `teams_and_bot` runs the real web application next to it
and hands the test a `Teams` to post activities with.
"""

import asyncio
import itertools
import json
import re
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from adapters.settings import Settings
from adapters.teams.settings import TeamsSettings
from adapters.teams.delivery import OUTBOX
from adapters.web import build_app
from bot import open_assistant

PAYLOADS = Path(__file__).parent / "payloads"
CHANNEL_THREAD = "19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881511856"
# botbuilder replies through `requests`, which would send even loopback
# traffic to a configured proxy: tests clear these.
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")

_ACTIVITIES = re.compile(r"/v3/conversations/(?P<conversation>[^/]+)/activities(?:/(?P<reply_to>[^/]+))?/?$")


@dataclass(frozen=True)
class Posted:
    """One activity the bot sent: where to, and what."""

    conversation_id: str
    reply_to_id: str | None
    body: dict
    authorization: str | None

    @property
    def card(self) -> dict | None:
        for attachment in self.body.get("attachments") or ():
            if attachment.get("contentType") == "application/vnd.microsoft.card.adaptive":
                return attachment["content"]
        return None

    @property
    def everything(self) -> str:
        """All the words the reply shows: its text, its plain fallback and
        every TextBlock and button title in its card."""
        parts = [self.body.get("text") or "", self.body.get("summary") or ""]
        parts.extend(_card_strings(self.card or {}))
        return "\n".join(parts)

    @property
    def shown(self) -> str:
        """What a person sees in Teams: the text line and the card."""
        return "\n".join([self.body.get("text") or "", *_card_strings(self.card or {})])

    @property
    def buttons(self) -> list[dict]:
        return [action for action in _card_actions(self.card or {}) if action.get("type") == "Action.Submit"]


def _card_strings(node) -> list[str]:
    if isinstance(node, dict):
        found = [node["text"]] if node.get("type") == "TextBlock" else []
        if str(node.get("type", "")).startswith("Action."):
            found.append(node.get("title", ""))
        for value in node.values():
            found.extend(_card_strings(value))
        return found
    if isinstance(node, list):
        return [s for item in node for s in _card_strings(item)]
    return []


def _card_actions(node) -> list[dict]:
    if isinstance(node, dict):
        found = [node] if str(node.get("type", "")).startswith("Action.") else []
        for value in node.values():
            found.extend(_card_actions(value))
        return found
    if isinstance(node, list):
        return [a for item in node for a in _card_actions(item)]
    return []


@dataclass(frozen=True)
class Arrival:
    """One request that reached the fake, whatever it was answered."""

    at: float  # time.monotonic()
    path: str
    status: int | None = None  # None: never answered (silent, or the bot gave up first)
    peer: tuple | None = None  # the bot's end of the connection: one per connection


@dataclass
class FakeConnector:
    """Records what the bot posts. `url` goes into the activity's serviceUrl.

    The misbehaviours, settable at any time: `delay` seconds before each
    answer; `held`, answer nothing until `release()` (a slow connector whose
    pace the test sets, not the clock); `silent`, never answer at all (the
    request hangs until the bot gives up); `troubles`, a list of `(status, headers)` the next requests
    get instead of a success, in order (a 429 with `Retry-After`, a 503)."""

    delay: float = 0.0
    held: bool = False
    silent: bool = False
    troubles: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    url: str = ""
    posted: list[Posted] = field(default_factory=list)  # delivered, in the order answered
    requests: list[Arrival] = field(default_factory=list)  # every request, answered or not

    def __post_init__(self):
        self._ids = itertools.count(1)
        self._arrived = asyncio.Condition()
        self._closing = asyncio.Event()
        self._released = asyncio.Event()

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._receive)
        app.on_shutdown.append(self._close)
        return app

    def release(self) -> None:
        """Answer what `held` kept waiting, and what comes next at once."""
        self.held = False
        self._released.set()

    @property
    def delivered(self) -> int:
        return len(self.posted)

    async def _close(self, _app) -> None:
        self._closing.set()  # hanging requests end, so the server can stop

    async def _receive(self, request: web.Request) -> web.Response:
        arrived = time.monotonic()
        peer = request.transport.get_extra_info("peername") if request.transport else None
        match = _ACTIVITIES.search(request.path)
        if request.method != "POST" or match is None:
            return web.json_response({"error": {"code": "NotFound"}}, status=404)
        body = await request.json()
        if self.silent:
            self.requests.append(Arrival(arrived, request.path, peer=peer))
            await self._closing.wait()
            raise web.HTTPServiceUnavailable()  # the connection closes with the server
        if self.troubles:
            status, headers = self.troubles.pop(0)
            self.requests.append(Arrival(arrived, request.path, status, peer))
            return web.json_response({"error": {"code": "ServiceError", "message": f"HTTP {status}"}},
                                     status=status, headers=headers)
        if self.held or self.delay:
            if self.held:
                await self._released.wait()
            await asyncio.sleep(self.delay)
            if request.transport is None or request.transport.is_closing():
                self.requests.append(Arrival(arrived, request.path, peer=peer))  # the bot gave up waiting
                return web.Response(status=408)
        self.requests.append(Arrival(arrived, request.path, 201, peer))
        posted = Posted(
            conversation_id=match["conversation"],
            reply_to_id=match["reply_to"],
            body=body,
            authorization=request.headers.get("Authorization"),
        )
        async with self._arrived:
            self.posted.append(posted)
            self._arrived.notify_all()
        return web.json_response({"id": f"reply-{next(self._ids)}"}, status=201)

    async def wait_for(self, count: int, timeout: float = 30) -> list[Posted]:
        """The delivered replies, once there are at least `count` of them."""
        async with self._arrived:
            await asyncio.wait_for(self._arrived.wait_for(lambda: len(self.posted) >= count), timeout)
        return self.posted


@asynccontextmanager
async def serving(app: web.Application):
    """Run an aiohttp application on a free loopback port; yields its base URL."""
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()


@asynccontextmanager
async def fake_connector():
    connector = FakeConnector()
    async with serving(connector.app()) as url:
        connector.url = url + "/amer/"  # Teams' service URLs carry a region path
        yield connector


class Recording:
    """The real assistant, noting each question it is asked."""

    def __init__(self, assistant):
        self._assistant = assistant
        self.knowledge = assistant.knowledge
        self.questions = []

    def answer(self, question):
        self.questions.append(question)
        return self._assistant.answer(question)

    def __getattr__(self, name):  # everything else is the real assistant's
        return getattr(self._assistant, name)


class Teams:
    """Plays Teams: posts activities to the bot, sees what reaches the connector.

    The bot answers Teams' request before its reply reaches the connector, so
    `post` then waits until the bot has nothing left in flight (each reply
    delivered, or given up and logged): what a test then finds in `posted` is
    everything that activity made the bot send, and an empty list means it
    sent nothing. `settle=False` returns right after the HTTP answer."""

    def __init__(self, url, connector, session, outbox=None):
        self.base = url
        self.url = url + "/api/messages"
        self.connector = connector
        self.session = session
        self.outbox = outbox

    async def settled(self) -> None:
        if self.outbox is not None:
            await self.outbox.settled()

    def activity(self, payload: str, **fields) -> dict:
        activity = json.loads((PAYLOADS / f"{payload}.json").read_text())
        activity["serviceUrl"] = self.connector.url
        activity.update(fields)
        return activity

    def channel_mention(self, question: str, *, id: str, conversation_id: str = CHANNEL_THREAD) -> dict:
        activity = self.activity("teams_channel_mention", id=id, text=f"<at>ridotest</at> {question}")
        activity["conversation"] = dict(activity["conversation"], id=conversation_id)
        return activity

    def personal(self, question: str, *, id: str) -> dict:
        return self.activity("teams_personal_message", id=id, text=question)

    async def post(self, activity, *, headers=None, settle=True) -> int:
        async with self.session.post(self.url, json=activity, headers=headers) as response:
            await response.read()
        if settle:
            await self.settled()
        return response.status

    async def post_raw(self, body: bytes, content_type: str = "application/json", *, headers=None,
                       settle=True) -> int:
        headers = {"Content-Type": content_type, **(headers or {})}
        async with self.session.post(self.url, data=body, headers=headers) as response:
            await response.read()
        if settle:
            await self.settled()
        return response.status

    @property
    def posted(self):
        return self.connector.posted


@asynccontextmanager
async def teams_and_bot(assistant, settings=TeamsSettings(anonymous=True)):
    async with fake_connector() as connector:
        app = build_app(Settings(teams=settings), assistant)
        async with serving(app) as url, aiohttp.ClientSession() as session:
            yield Teams(url, connector, session, app[OUTBOX])


@pytest.fixture
def assistant(database_url):
    """The real core on a seeded store, recording the questions it is asked."""
    real = open_assistant(database_url)
    yield Recording(real)
    real.knowledge.store.dispose()
