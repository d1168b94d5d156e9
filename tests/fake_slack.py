"""Slack, played locally, for the Slack adapter's tests.

Both directions are real HTTP on the loopback interface:

* `FakeWebAPI` stands in for Slack's servers: the Web API (`auth.test`,
  `chat.postMessage`, `apps.connections.open` …), response URLs and the
  Socket Mode WebSocket. It records every call, refuses a wrong token and,
  like Slack, refuses a message that breaks Block Kit's limits.
* `SlackWorkspace` runs RoleCall's real web application (`adapters.web`,
  real Bolt inside) against it, and sends what people do in Slack as Slack
  sends it: form-encoded slash commands, `event_callback` JSON and
  `block_actions` payloads, signed with slack_sdk's signature code. Its
  methods read like the people using it: `slash`, `mention`, `dm`, `press`.

Everything event-driven runs on one event loop in a background thread, so
the tests themselves are plain synchronous code; they wait for a call with
`wait_for`, which returns as soon as the call arrives.
"""

import asyncio
import copy
import itertools
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import WSMsgType, web
from prometheus_client.parser import text_string_to_metric_families
from slack_sdk.signature import SignatureVerifier

from adapters.settings import Settings
from adapters.slack.settings import SlackSettings
from adapters.slack.listeners import finish_background
from adapters.web import build_app
from bot import open_assistant
from tests.conftest import _postgres_url

PAYLOADS = Path(__file__).resolve().parent / "payloads"

BOT_TOKEN = "xoxb-111-222-RoleCallTestBotToken"
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5-rolecall"
APP_TOKEN = "xapp-1-A111-222-RoleCallTestAppToken"
TEAM = "T111"
BOT_USER = "UBOT"
BOT_ID = "BBOT"

# The bot scopes a workspace grants the token: slack-app-manifest.yaml's, as
# Slack reports them in the x-oauth-scopes header of every Web API answer.
GRANTED_SCOPES = ("app_mentions:read", "chat:write", "commands", "files:read", "im:history")

WAIT_SECONDS = 30.0  # how long a test may wait for Slack to receive something: a safety net for a busy machine


def payload(name: str) -> str:
    return (PAYLOADS / name).read_text()


# -- Block Kit's limits, as Slack enforces them ------------------------------

def block_kit_problems(message: dict) -> list[str]:
    """Why Slack would refuse `message` (an empty list when it would not)."""
    problems = []
    text = message.get("text")
    if not isinstance(text, str) or not text:
        problems.append("no fallback text")
    elif len(text) > 40_000:
        problems.append("fallback text over 40,000 characters")
    blocks = message.get("blocks") or []
    if len(blocks) > 50:
        problems.append(f"{len(blocks)} blocks (limit 50)")
    action_ids = []

    def check_text(where: str, obj, limit: int, kind: str | None = None):
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            problems.append(f"{where}: no text object")
            return
        if kind and obj.get("type") != kind:
            problems.append(f"{where}: must be {kind}")
        if not 1 <= len(obj["text"]) <= limit:
            problems.append(f"{where}: text of {len(obj['text'])} characters (1-{limit})")

    for n, block in enumerate(blocks):
        where = f"block {n} ({block.get('type')})"
        if block.get("type") == "header":
            check_text(where, block.get("text"), 150, "plain_text")
        elif block.get("type") == "section":
            check_text(where, block.get("text"), 3000)
        elif block.get("type") == "context":
            elements = block.get("elements") or []
            if not 1 <= len(elements) <= 10:
                problems.append(f"{where}: {len(elements)} elements (1-10)")
            for element in elements:
                check_text(where, element, 3000)
        elif block.get("type") == "actions":
            elements = block.get("elements") or []
            if not 1 <= len(elements) <= 25:
                problems.append(f"{where}: {len(elements)} elements (1-25)")
            for element in elements:
                check_text(f"{where} button", element.get("text"), 75, "plain_text")
                if len(element.get("value") or "") > 2000:
                    problems.append(f"{where}: button value over 2,000 characters")
                action_ids.append(element.get("action_id"))
        else:
            problems.append(f"{where}: a block type RoleCall does not use")
    if len(action_ids) != len(set(action_ids)):
        problems.append("action_ids are not unique")
    return problems


def all_text(message: dict) -> str:
    """What a person sees of `message`, one piece per line: the blocks' text,
    or the fallback text when there are no blocks (clients show the fallback
    only in notifications then)."""
    if not message.get("blocks"):
        return message.get("text") or ""
    parts = []
    for block in message["blocks"]:
        if isinstance(block.get("text"), dict):
            parts.append(block["text"]["text"])
        for element in block.get("elements") or []:
            if isinstance(element.get("text"), dict):
                parts.append(element["text"]["text"])
            elif isinstance(element.get("text"), str):
                parts.append(element["text"])
    return "\n".join(parts)


def buttons(message: dict) -> dict[str, dict]:
    """The buttons of `message` by their label."""
    return {element["text"]["text"]: element
            for block in message.get("blocks") or [] if block.get("type") == "actions"
            for element in block["elements"]}


# -- Slack's servers ----------------------------------------------------------

@dataclass
class Call:
    """One request RoleCall made to Slack."""

    method: str  # a Web API method, "response_url", or "socket.ack"
    body: dict
    token: str | None = None
    path: str = ""
    ts: str | None = None  # the message ts Slack gave a posted message
    refused: list[str] = field(default_factory=list)
    at: float = field(default_factory=time.monotonic)  # when it arrived

    def as_stored_message(self) -> dict:
        """The message as Slack would include it in a later button press."""
        return {"type": "message", "user": BOT_USER, "bot_id": BOT_ID, "app_id": "A111", "team": TEAM,
                "ts": self.ts, **({"thread_ts": self.body["thread_ts"]} if self.body.get("thread_ts") else {}),
                "text": self.body.get("text"), "blocks": self.body.get("blocks", [])}


class FakeWebAPI:
    def __init__(self):
        self.calls: list[Call] = []
        self.token_refused = False
        self.scopes = list(GRANTED_SCOPES)  # what auth.test reports the bot token may do
        self._changed = threading.Condition()
        self._ts = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._envelopes: asyncio.Queue | None = None
        self.url = ""
        # Trouble to come: the next chat.postMessage calls get these HTTP
        # statuses (with their headers, and a body when a third item gives
        # one: a proxy's text error page, say) instead of an answer, in order.
        self.troubles: list[tuple] = []
        self.auth_troubles: list[tuple] = []  # the same, for auth.test
        self.response_troubles: list[tuple] = []  # the same, for posts to response URLs
        self.post_delay = 0.0  # seconds chat.postMessage takes to answer
        self.posts_held = False  # chat.postMessage answers only after release_posts()
        self._posts_released: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        # Files people shared: id -> (name, bytes), served by files.info and
        # at /files/<id>/<name> to the bot token; `file_urls` overrides a
        # file's url_private_download (a host RoleCall must refuse, say).
        self.files: dict[str, tuple[str, bytes]] = {}
        self.file_urls: dict[str, str] = {}

    def share_file(self, file_id: str, name: str, data: bytes, *, url: str | None = None) -> dict:
        """A file someone uploads; the partial file object a file_share event carries."""
        self.files[file_id] = (name, data)
        if url:
            self.file_urls[file_id] = url
        return {"id": file_id, "name": name, "mode": "hosted", "file_access": "check_file_info"}

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    def response_url(self, name: str) -> str:
        return f"{self.url}/response/{name}"

    async def start(self) -> None:
        self._envelopes = asyncio.Queue()
        self._loop, self._posts_released = asyncio.get_running_loop(), asyncio.Event()
        app = web.Application()
        app.router.add_post("/api/{method}", self._web_api)
        app.router.add_get("/api/{method}", self._web_api)  # files.info is a GET
        app.router.add_post("/response/{name}", self._response_url)
        app.router.add_get("/socket", self._socket)
        app.router.add_get("/files/{id}/{name}", self._file)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"

    def release_posts(self) -> None:
        """Answer the chat.postMessage calls `posts_held` kept waiting (from any thread)."""
        self.posts_held = False
        self._loop.call_soon_threadsafe(self._posts_released.set)

    async def close(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    # what arrived
    def _record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    def wait_for(self, method: str, match=lambda call: True, *, nth: int = 1,
                 timeout: float = WAIT_SECONDS) -> Call:
        """The `nth` call of `method` that `match`es, as soon as it arrives."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [call for call in self.calls if call.method == method and match(call)]
                if len(found) >= nth:
                    return found[nth - 1]
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [(call.method, call.body.get("channel")) for call in self.calls]
                    raise AssertionError(f"Slack received no matching {method} (#{nth}) within {timeout} s; "
                                         f"it got {seen}")
                self._changed.wait(left)

    def calls_to(self, method: str, match=lambda call: True) -> list[Call]:
        with self._changed:
            return [call for call in self.calls if call.method == method and match(call)]

    # the handlers
    async def _web_api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.method == "GET":
            body = dict(request.query)
        elif request.content_type == "application/json":
            body = await request.json()
        else:
            body = dict(await request.post())
        authorization = request.headers.get("Authorization", "")
        token = authorization.removeprefix("Bearer ") or body.get("token")
        call = Call(method, body, token=token, path=request.path)
        if method == "apps.connections.open":
            self._record(call)
            if token != APP_TOKEN:
                return web.json_response({"ok": False, "error": "invalid_auth"})
            return web.json_response({"ok": True, "url": self.url.replace("http", "ws", 1) + "/socket"})
        if token != BOT_TOKEN or self.token_refused:
            call.refused = ["invalid_auth"]
            self._record(call)
            return web.json_response({"ok": False, "error": "invalid_auth"})
        if method == "auth.test" and self.auth_troubles:
            return self._trouble(call, *self.auth_troubles.pop(0))
        if method == "auth.test":
            self._record(call)
            return web.json_response({"ok": True, "url": "https://rolecall-test.slack.com/", "team": "RoleCall Test",
                                      "user": "rolecall", "team_id": TEAM, "user_id": BOT_USER, "bot_id": BOT_ID,
                                      "is_enterprise_install": False},
                                     headers={"x-oauth-scopes": ",".join(self.scopes)})
        if method == "files.info":
            self._record(call)
            file_id = body.get("file") or request.query.get("file")
            if file_id not in self.files:
                return web.json_response({"ok": False, "error": "file_not_found"})
            name, data = self.files[file_id]
            url = self.file_urls.get(file_id) or f"{self.url}/files/{file_id}/{name}"
            return web.json_response({"ok": True, "file": {"id": file_id, "name": name, "size": len(data),
                                                           "url_private": url, "url_private_download": url}})
        if method == "chat.postMessage" and self.posts_held:
            await self._posts_released.wait()
        if method == "chat.postMessage" and self.post_delay:
            await asyncio.sleep(self.post_delay)
        if method == "chat.postMessage" and self.troubles:
            return self._trouble(call, *self.troubles.pop(0))
        if method == "chat.postMessage":
            call.refused = block_kit_problems(body)
            if not call.refused:
                call.ts = f"1700000000.{next(self._ts):06d}"
            self._record(call)
            if call.refused:
                return web.json_response({"ok": False, "error": "invalid_blocks", "errors": call.refused})
            return web.json_response({"ok": True, "channel": body.get("channel"), "ts": call.ts,
                                      "message": call.as_stored_message()})
        self._record(call)
        return web.json_response({"ok": True})

    async def _file(self, request: web.Request) -> web.StreamResponse:
        """A file's bytes, to the bot token only, streamed as Slack does."""
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        call = Call("file.download", {"file": request.match_info["id"]}, token=token, path=request.path)
        self._record(call)
        if token != BOT_TOKEN or request.match_info["id"] not in self.files:
            return web.Response(status=404)
        data = self.files[request.match_info["id"]][1]
        response = web.StreamResponse()  # chunked: no Content-Length to trust
        await response.prepare(request)
        for start in range(0, len(data), 65536):
            await response.write(data[start:start + 65536])
        await response.write_eof()
        return response

    def _trouble(self, call: Call, status: int, headers: dict, body: str | None = None) -> web.Response:
        call.refused = [f"HTTP {status}"]
        self._record(call)
        if body is not None:
            return web.Response(status=status, headers=headers, text=body)
        error = "ratelimited" if status == 429 else "internal_error"
        return web.json_response({"ok": False, "error": error}, status=status, headers=headers)

    async def _response_url(self, request: web.Request) -> web.Response:
        body = await request.json()
        call = Call("response_url", body, path=request.path)
        if self.response_troubles:
            return self._trouble(call, *self.response_troubles.pop(0))
        call.refused = block_kit_problems(body)
        self._record(call)
        if call.refused:
            return web.Response(status=400, text="invalid_blocks")
        return web.Response(text="ok")

    # Socket Mode: envelopes pushed with `push_envelope`, acks recorded
    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._record(Call("socket.connected", {}, path=request.path))
        await socket.send_json({"type": "hello", "num_connections": 1})

        async def send():
            while True:
                await socket.send_json(await self._envelopes.get())

        sender = asyncio.create_task(send())
        try:
            async for message in socket:
                if message.type == WSMsgType.TEXT:
                    self._record(Call("socket.ack", json.loads(message.data), path=request.path))
        finally:
            sender.cancel()
        return socket

    def push_envelope(self, loop: asyncio.AbstractEventLoop, envelope: dict) -> None:
        loop.call_soon_threadsafe(self._envelopes.put_nowait, envelope)


# -- a workspace with RoleCall installed ---------------------------------------

@dataclass
class Reply:
    """Slack's view of RoleCall's HTTP response."""

    status: int
    text: str

    @property
    def json(self) -> dict:
        return json.loads(self.text)


class SlackWorkspace:
    """RoleCall's web application and a fake Slack, on loopback ports."""

    def __init__(self, assistant, *, app_settings: dict | None = None, **settings):
        self.assistant = assistant
        self._app_settings = app_settings or {}
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="slack-workspace", daemon=True)
        self.api = FakeWebAPI()
        self._settings = settings
        self._runner: web.AppRunner | None = None
        self._ts = itertools.count(1)
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: no proxy
        self.url = ""

    # lifecycle
    def __enter__(self) -> "SlackWorkspace":
        self._thread.start()
        self.run(self.api.start())
        self.run(self._start_rolecall())
        return self

    def __exit__(self, *_exc) -> None:
        try:
            if self._runner:
                self.run(self._runner.cleanup())
            self.run(self.api.close())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(5)
            self.loop.close()

    def run(self, coroutine, timeout: float = 30):
        """Run `coroutine` on the workspace's event loop and return its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def settle(self) -> None:
        """Wait until RoleCall has posted everything it answered: replies
        to mentions and button presses go out after the acknowledgement."""
        assert self.run(finish_background(WAIT_SECONDS)) == 0

    def start_task(self, coroutine) -> asyncio.Task:
        async def create():
            return asyncio.ensure_future(coroutine)
        return self.run(create())

    def stop_task(self, task: asyncio.Task) -> None:
        async def stop():
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task
        self.run(stop())

    def slack_settings(self, **overrides) -> SlackSettings:
        values = dict(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET, api_url=self.api.api_url)
        values.update(overrides)
        return SlackSettings(**values)

    async def _start_rolecall(self) -> None:
        settings = self.slack_settings(**self._settings)
        # Files are downloaded from the fake (plain http on loopback, listed).
        hosts = (urllib.parse.urlsplit(self.api.url).netloc,)
        app = build_app(Settings(slack=settings, **{"download_hosts": hosts, **self._app_settings}), self.assistant)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"

    # Slack's requests
    def next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._ts):06d}"

    def post(self, body: str, *, content_type: str, timestamp: int | None = None,
             secret: str = SIGNING_SECRET, signature: str | None = None, headers: dict | None = None,
             path: str = "/slack/events") -> Reply:
        """POST `body` to RoleCall signed as Slack signs it (or as told)."""
        timestamp = int(time.time()) if timestamp is None else timestamp
        if signature is None:
            signature = SignatureVerifier(secret).generate_signature(timestamp=str(timestamp), body=body)
        request = urllib.request.Request(self.url + path, data=body.encode(), method="POST", headers={
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": str(timestamp),
            "X-Slack-Signature": signature,
            **(headers or {}),
        })
        try:
            with self._opener.open(request, timeout=WAIT_SECONDS) as response:
                return Reply(response.status, response.read().decode())
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.read().decode())

    def get(self, path: str) -> Reply:
        try:
            with self._opener.open(self.url + path, timeout=WAIT_SECONDS) as response:
                return Reply(response.status, response.read().decode())
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.read().decode())

    def metrics(self) -> dict[tuple, float]:
        """The samples of GET /metrics: {(name, (label pairs…)): value}."""
        reply = self.get("/metrics")
        assert reply.status == 200, reply.text
        return {(sample.name, tuple(sorted(sample.labels.items()))): sample.value
                for family in text_string_to_metric_families(reply.text) for sample in family.samples}

    def slash_payload(self, text: str, *, user: str = "W111", channel: str = "C111", command: str = "/rolecall",
                      response_url: str | None = None) -> dict:
        fields = dict(urllib.parse.parse_qsl(payload("slack_slash_command.txt"), keep_blank_values=True))
        fields.update(command=command, text=text, user_id=user, channel_id=channel,
                      response_url=response_url or self.api.response_url(f"command-{next(self._ts)}"))
        return fields

    def slash(self, text: str, **fields) -> Reply:
        """Someone types `/rolecall <text>` (in `channel`, as `user`)."""
        return self.post(urllib.parse.urlencode(self.slash_payload(text, **fields)),
                         content_type="application/x-www-form-urlencoded")

    def event_callback(self, event: dict, *, template: str, event_id: str | None = None) -> dict:
        body = json.loads(payload(template))
        body["event"] = event
        body["event_id"] = event_id or f"Ev{uuid.uuid4().hex[:12].upper()}"
        body["event_time"] = int(time.time())
        return body

    def send_event(self, body: dict, *, retry: int | None = None) -> Reply:
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        return self.post(json.dumps(body), content_type="application/json", headers=headers)

    def mention_payload(self, text: str, *, user: str = "W222", channel: str = "C111",
                        thread_ts: str | None = None, ts: str | None = None, event_id: str | None = None) -> dict:
        event = json.loads(payload("slack_app_mention.json"))["event"]
        ts = ts or self.next_ts()
        event.update(text=text, user=user, channel=channel, ts=ts, event_ts=ts)
        event["blocks"] = []
        if thread_ts:
            event["thread_ts"] = thread_ts
        return self.event_callback(event, template="slack_app_mention.json", event_id=event_id)

    def mention(self, text: str, *, retry: int | None = None, **fields) -> Reply:
        """Someone writes `text` (containing `<@UBOT>`) in `channel`, in a
        thread when `thread_ts` is given."""
        return self.send_event(self.mention_payload(text, **fields), retry=retry)

    def dm(self, text: str, *, user: str = "U2147483697", channel: str = "D024BE91L", **fields) -> Reply:
        """A message event in the DM `channel`; `fields` override the event's
        (subtype, bot_id, user …) for edits, bots and RoleCall's own posts."""
        event = json.loads(payload("slack_message_im.json"))["event"]
        ts = self.next_ts()
        event.update(text=text, user=user, channel=channel, ts=ts, event_ts=ts)
        event["blocks"] = []
        event.update(fields)
        event = {k: v for k, v in event.items() if v is not None}
        return self.send_event(self.event_callback(event, template="slack_message_im.json"))

    def press(self, button: dict, **where) -> Reply:
        """Someone presses `button` of `message` (a stored public message);
        with no message the button was on a private (ephemeral) reply."""
        return self.post(self.press_body(button, **where), content_type="application/x-www-form-urlencoded")

    def press_body(self, button: dict, *, user: str = "W111", channel: str = "C111", message: dict | None = None,
                   response_url: str | None = None) -> str:
        """The form body Slack sends for a press of `button` (see `press`)."""
        body = json.loads(payload("slack_block_actions.json"))
        body["user"] = {"id": user, "username": user.lower(), "name": user.lower(), "team_id": TEAM}
        body["channel"] = {"id": channel, "name": "jobs"}
        body["response_url"] = response_url or self.api.response_url(f"action-{next(self._ts)}")
        action = {key: copy.deepcopy(button[key]) for key in ("action_id", "text", "value", "type")}
        action.update(block_id="b1", action_ts=f"{time.time():.6f}")
        body["actions"] = [action]
        if message is None:
            body.pop("message")
            body["container"] = {"type": "message", "message_ts": self.next_ts(), "channel_id": channel,
                                 "is_ephemeral": True}
        else:
            body["message"] = message
            body["container"] = {"type": "message", "message_ts": message["ts"], "channel_id": channel,
                                 "is_ephemeral": False}
        return urllib.parse.urlencode({"payload": json.dumps(body)})

    def over_socket(self, envelope_type: str, body: dict, *, accepts_response_payload: bool = False) -> str:
        """Push `body` down the Socket Mode connection; returns its envelope id."""
        envelope_id = f"env-{uuid.uuid4().hex[:8]}"
        self.api.push_envelope(self.loop, {"envelope_id": envelope_id, "type": envelope_type, "payload": body,
                                           "accepts_response_payload": accepts_response_payload,
                                           "retry_attempt": 0, "retry_reason": ""})
        return envelope_id

    # what Slack received
    def wait_for_post(self, channel: str, *, thread_ts: str | None = None, nth: int = 1) -> Call:
        """The `nth` message RoleCall posted to `channel` (in `thread_ts`, when given)."""
        return self.api.wait_for("chat.postMessage", lambda call: call.body.get("channel") == channel and (
            thread_ts is None or call.body.get("thread_ts") == thread_ts), nth=nth)

    def posts_to(self, channel: str) -> list[Call]:
        return self.api.calls_to("chat.postMessage", lambda call: call.body.get("channel") == channel)

    def wait_for_response(self, response_url: str) -> Call:
        path = urllib.parse.urlparse(response_url).path
        return self.api.wait_for("response_url", lambda call: call.path == path)


# -- fixtures ------------------------------------------------------------------

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def assistant(request, tmp_path_factory):
    """The real core on a seeded database, shared by a module's tests (each
    test talks in its own channels, so their conversations do not mix)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('slack') / 'rolecall.db'}"
    else:
        url = _postgres_url(request)
    assistant = open_assistant(url)
    yield assistant
    assistant.knowledge.store.dispose()


@pytest.fixture
def without_proxies(monkeypatch):
    """slack_sdk honours HTTP(S)_PROXY but not NO_PROXY: loopback calls
    would go to the proxy."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def slack(assistant, without_proxies):
    """A Slack workspace with RoleCall installed, served over HTTP."""
    with SlackWorkspace(assistant) as workspace:
        yield workspace
