"""`POST /slack/events` on the shared web process. Slash commands go to
adapters/slack/commands.py; the rest through Bolt (request in, Bolt, response
out, as Bolt's aiohttp adapter does). Around it: an unparsable body is a 400,
Bolt's 500 a 503 that Slack retries, and the bot token is checked at start-up.
"""

import logging
from contextlib import asynccontextmanager

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from adapters.admin import AdminCommands
from adapters.runtime import Runtime
from adapters.settings import Settings
from adapters.slack.app import build_bolt_app
from adapters.slack.commands import JSON, command_form
from adapters.slack.listeners import finish_background
from adapters.slack.payload_shape import shape_problem
from adapters.slack.token import token_checked

log = logging.getLogger("rolecall.slack")

PATH = "/slack/events"
# How long shutdown waits for answers still being posted to the Web API.
SHUTDOWN_POSTING_SECONDS = 10


def install(app: web.Application, settings: Settings, runtime: Runtime) -> None:
    """Add Slack's endpoint to the web application `app`."""
    bolt = build_bolt_app(settings.slack, runtime, admin=AdminCommands.from_settings(settings))
    commands = bolt.slash_commands

    async def slack_events(request: web.Request) -> web.Response:
        if not plausible_timestamp(request.headers.get("X-Slack-Request-Timestamp")):
            # slack_sdk's verifier raises on a timestamp that is not a number (a 500 from Bolt)
            log.warning("Slack: refused a request whose X-Slack-Request-Timestamp is not a number")
            return web.Response(status=401, text="invalid request timestamp")
        try:
            data = await request.read()
            raw = body_text(data, request.content_type, request.charset)
            command = command_form(request, raw)
            # Bolt checks the signature over its text encoded as UTF-8: only
            # the text UTF-8 decoded from the bytes is what Slack signed.
            bolt_request = None if command is not None else AsyncBoltRequest(
                body=data.decode("utf-8"), query=request.query_string,
                headers=request.headers)
        except Exception as error:  # not UTF-8, not JSON, not a form, not an object
            log.warning("Slack: refused a request with a malformed body (%s)", type(error).__name__)
            return web.Response(status=400, text="malformed request body")
        problem = malformed(bolt_request.body if command is None else command, raw)
        if problem:
            log.warning("Slack: refused a request with a malformed body (%s)", problem)
            return web.Response(status=400, text="malformed request body")
        if command is not None:
            return await commands.handle(request, data, command)
        bolt_response = await bolt.async_dispatch(bolt_request)
        if bolt_response.status >= 500:
            # Bolt has logged the cause; Slack retries a 503 later.
            return web.Response(status=503, text="temporarily unavailable")
        return await to_aiohttp_response(bolt_response)

    app.router.add_post(PATH, slack_events)
    app.cleanup_ctx.append(lambda _app: web_api_session(bolt))


def body_text(data: bytes, content_type: str, charset: str | None) -> str:
    """The text of a body, whatever charset its Content-Type names (a proxy
    may add one). Slack writes UTF-8, and JSON is UTF-8 (RFC 8259); a form
    whose bytes are not UTF-8 is read in the charset it names, when Python
    knows it. Percent-escapes stay UTF-8, as Slack writes them."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if not charset or content_type == JSON:
            raise
        try:
            return data.decode(charset)
        except LookupError:  # a charset Python does not know
            pass
        raise


def plausible_timestamp(value: str | None) -> bool:
    """A missing timestamp is Bolt's to refuse; a present one must be a
    number for Bolt to check it at all."""
    if value is None:
        return True
    try:
        int(value)
    except ValueError:
        return False
    return True


def malformed(body, raw: str | None = None) -> str | None:
    """Why `body` (parsed from the text `raw`) cannot be from Slack, for the
    parts Bolt reads without checking (it would fail with a 500 on them), or None."""
    if not isinstance(body, dict):
        return f"a {type(body).__name__}, not an object"
    if not body:
        return "empty"
    if "event" in body and not isinstance(body["event"], dict):
        return "event is not an object"
    for name in ("actions", "authorizations"):
        if name in body and not (isinstance(body[name], list) and all(isinstance(x, dict) for x in body[name])):
            return f"{name} is not a list of objects"
    # Bolt reads the first action of a button press without looking.
    if "actions" in body and not body["actions"]:
        return "actions is empty"
    if body.get("type") == "interactive_message" and "actions" not in body:
        return "an interactive message without actions"
    return shape_problem(body, raw)


@asynccontextmanager
async def web_api_session(bolt: AsyncApp):
    """One aiohttp session for all Web API calls while the server runs, and
    the token checked before the first request (and after, until it is). At
    shutdown, the answers still being posted get SHUTDOWN_POSTING_SECONDS
    before it closes."""
    async with aiohttp.ClientSession() as session:
        bolt.client.session = session
        async with token_checked(bolt.token_check):
            yield
        late = await finish_background(SHUTDOWN_POSTING_SECONDS)
        if late:
            log.error("Slack: shutting down with %d answers not yet posted", late)
        bolt.client.session = None
