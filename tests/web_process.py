"""RoleCall's web process with both platforms on, for synchronous tests.

The real application from `adapters.web.build_app` (real Bolt, real
CloudAdapter, real store) listens on a loopback port next to the two far
sides: `FakeWebAPI` plays Slack's Web API, `FakeConnector` the Bot Connector
that Teams replies go to. All three run on one event loop in a background
thread, so tests (hypothesis ones included) are plain code that sends HTTP
requests with `requests` and reads status codes, bodies and headers.

`LogCapture` keeps every log record the process makes while a test runs,
for the tests that check what reaches the log. The fixtures `assistant`
(one store per test module) and `web` (a `WebProcess` with its `logs`) are
for test modules to take in: `assistant, web = web_process.assistant, web_process.web`.

Tests that need `rolecall serve` itself, as a separate process, use
`tests.rolecall_process.RoleCallServer`.
"""

import asyncio
import json
import logging
import threading
import time
import urllib.parse
from dataclasses import replace

import pytest
import requests
from aiohttp import web as aiohttp_web
from prometheus_client.parser import text_string_to_metric_families
from slack_sdk.signature import SignatureVerifier

from adapters.logs import RequestIdFilter
from adapters.settings import Settings
from adapters.slack.settings import SlackSettings
from adapters.teams.settings import TeamsSettings
from adapters.web import build_app, start_serving
from bot import open_assistant
from tests.fake_connector import PAYLOADS, FakeConnector
from tests.fake_slack import BOT_TOKEN, SIGNING_SECRET, FakeWebAPI, payload

TIMEOUT = 10.0


class LogCapture(logging.Handler):
    """Every record from every logger, from any thread, while installed;
    stamped with the request id as `rolecall serve`'s handler stamps them."""

    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.addFilter(RequestIdFilter())
        self.records: list[logging.LogRecord] = []
        self._saved_level = None

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def __enter__(self) -> "LogCapture":
        root = logging.getLogger()
        self._saved_level = root.level
        root.addHandler(self)
        root.setLevel(logging.INFO)
        return self

    def __exit__(self, *_exc) -> None:
        root = logging.getLogger()
        root.removeHandler(self)
        root.setLevel(self._saved_level)

    def request_lines(self) -> list[dict]:
        """The structured fields of each request line, in order."""
        return [dict(r.fields, request_id=r.request_id) for r in list(self.records)
                if r.name == "rolecall.request" and getattr(r, "fields", None)]

    def failures(self, since: int = 0) -> list[logging.LogRecord]:
        """Records (from the `since`-th on) that mean an exception escaped
        somewhere: an error with a traceback, or aiohttp's own "Error
        handling request"."""
        return [r for r in self.records[since:]
                if (r.levelno >= logging.ERROR and r.exc_info) or "Error handling request" in r.getMessage()]


class WebProcess:
    """RoleCall serving Slack (signed requests) and Teams (anonymous) on
    one port, with the far sides played locally."""

    def __init__(self, assistant, **settings):
        self.assistant = assistant
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="web-process", daemon=True)
        self.slack_api = FakeWebAPI()
        self.connector = None
        self._settings = settings
        self._runners: list[aiohttp_web.AppRunner] = []
        self.http = requests.Session()
        self.http.trust_env = False  # loopback: never through a proxy
        self.url = ""

    def __enter__(self) -> "WebProcess":
        self._thread.start()
        self.run(self.slack_api.start())
        self.run(self._start())
        return self

    def __exit__(self, *_exc) -> None:
        try:
            self.http.close()
            for runner in reversed(self._runners):
                self.run(runner.cleanup())
            self.run(self.slack_api.close())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(5)
            self.loop.close()

    def run(self, coroutine, timeout: float = 30):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    async def _serve(self, app: aiohttp_web.Application) -> str:
        runner = aiohttp_web.AppRunner(app)
        await runner.setup()
        self._runners.append(runner)
        site = aiohttp_web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        return f"http://127.0.0.1:{runner.addresses[0][1]}"

    async def _start(self) -> None:
        self.connector = FakeConnector()
        self.connector.url = await self._serve(self.connector.app()) + "/amer/"
        slack = SlackSettings(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET, api_url=self.slack_api.api_url)
        values = {"slack": slack, "teams": TeamsSettings(anonymous=True)}
        values.update(self._settings)
        self.settings = replace(Settings(), **values)
        # As `rolecall serve` serves it: its timeouts and connection limit.
        runner = await start_serving(build_app(self.settings, self.assistant), "127.0.0.1", 0)
        self._runners.append(runner)
        self.url = f"http://127.0.0.1:{runner.addresses[0][1]}"

    # -- Slack's side --------------------------------------------------------
    def slack_post(self, body: bytes | str, *, content_type: str | None = "application/json",
                   secret: str = SIGNING_SECRET, timestamp: str | None = None, signature: str | None = None,
                   headers: dict | None = None) -> requests.Response:
        """POST `body` to /slack/events, signed with `secret` unless a
        `signature` is given ("" for none)."""
        data = body.encode() if isinstance(body, str) else body
        timestamp = str(int(time.time())) if timestamp is None else timestamp
        if signature is None:
            signature = SignatureVerifier(secret).generate_signature(
                timestamp=timestamp, body=data.decode("utf-8", "replace"))
        sent = {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": signature}
        if content_type is not None:
            sent["Content-Type"] = content_type
        sent.update(headers or {})
        return self.http.post(self.url + "/slack/events", data=data, headers=sent, timeout=TIMEOUT)

    def slash(self, text: str, *, user: str = "W111", channel: str = "C111", **kwargs) -> requests.Response:
        fields = dict(urllib.parse.parse_qsl(payload("slack_slash_command.txt"), keep_blank_values=True))
        fields.update(text=text, user_id=user, channel_id=channel,
                      response_url=self.slack_api.response_url(f"command-{time.monotonic_ns()}"))
        return self.slack_post(urllib.parse.urlencode(fields), content_type="application/x-www-form-urlencoded",
                               **kwargs)

    # -- Teams' side ---------------------------------------------------------
    def teams_activity(self, name: str = "teams_personal_message", **fields) -> dict:
        activity = json.loads((PAYLOADS / f"{name}.json").read_text())
        activity["serviceUrl"] = self.connector.url
        activity.update(fields)
        return activity

    def teams_post(self, activity=None, *, data: bytes | None = None, content_type: str = "application/json",
                   headers: dict | None = None) -> requests.Response:
        if data is None:
            data = json.dumps(activity).encode()
        return self.http.post(self.url + "/api/messages", data=data,
                              headers={"Content-Type": content_type, **(headers or {})}, timeout=TIMEOUT)

    def teams_replies(self, count: int) -> list:
        """The first `count` replies delivered to the connector, waiting for them."""
        return self.run(self.connector.wait_for(count, timeout=TIMEOUT))

    # -- operators' side -----------------------------------------------------
    def get(self, path: str, **kwargs) -> requests.Response:
        return self.http.get(self.url + path, timeout=TIMEOUT, **kwargs)

    def metrics(self, **kwargs) -> dict[tuple, float]:
        """The samples of GET /metrics: {(name, (label pairs…)): value}."""
        response = self.get("/metrics", **kwargs)
        assert response.status_code == 200, response.text
        return {(sample.name, tuple(sorted(sample.labels.items()))): sample.value
                for family in text_string_to_metric_families(response.text) for sample in family.samples}


def sample(metrics: dict, name: str, **labels) -> float:
    """One sample's value (0 when absent: a counter not yet touched)."""
    return metrics.get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    assistant = open_assistant(f"sqlite:///{tmp_path_factory.mktemp('web') / 'rolecall.db'}")
    yield assistant
    assistant.knowledge.store.dispose()


@pytest.fixture
def web(assistant):
    with LogCapture() as logs, WebProcess(assistant) as process:
        process.logs = logs
        yield process


__all__ = ["BOT_TOKEN", "SIGNING_SECRET", "LogCapture", "WebProcess", "assistant", "sample", "web"]
