"""RoleCall over Socket Mode, for workspaces without a public URL: the same
Bolt app, with events pushed down a WebSocket (the `xapp-` token). The first
connection is opened here, with one line naming the cause of a failure and
back-off; later reconnects are the SDK's, logged one line each.
"""

import asyncio
import logging

import aiohttp
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.admin import AdminCommands
from adapters.ratelimit import RateLimit
from adapters.runtime import Runtime
from adapters.settings import ConfigError
from adapters.slack.settings import SlackSettings
from adapters.slack.app import build_bolt_app
from adapters.slack.endpoint import SHUTDOWN_POSTING_SECONDS
from adapters.slack.listeners import finish_background
from adapters.slack.token import token_checked
from bot import Assistant

log = logging.getLogger("rolecall.slack.socket")

# Waits between attempts at the first connection: doubled after each
# failure, from a retry soon enough for a blip to go unnoticed to one that
# leaves a wrong token's line every five minutes, not every ten seconds.
FIRST_RETRY_SECONDS = 2.0
MOST_RETRY_SECONDS = 300.0
OPEN_TIMEOUT_SECONDS = 10.0

# What to do about each error apps.connections.open gives for the token.
APP_TOKEN_FIX = ("make an app-level token with the connections:write scope (your app's Basic Information > "
                 "App-Level Tokens) and set it as SLACK_APP_TOKEN; it starts with xapp-")
TOKEN_ERRORS = {"invalid_auth", "not_authed", "not_allowed_token_type", "token_revoked", "account_inactive",
                "missing_scope", "token_expired"}


async def run_socket_mode(settings: SlackSettings, assistant: Assistant, admin: AdminCommands | None = None,
                          rate_limit: RateLimit | None = None, *, first_retry: float = FIRST_RETRY_SECONDS,
                          most_retry: float = MOST_RETRY_SECONDS) -> None:
    """Connect and answer until cancelled (Ctrl-C in `rolecall slack --socket`),
    through the same runtime as the web process (rate limit included)."""
    if not settings.app_token:
        raise ConfigError("Socket Mode needs SLACK_APP_TOKEN (an xapp- token with connections:write)")
    runtime = Runtime(assistant, rate_limit=rate_limit)
    bolt = build_bolt_app(settings, runtime, socket_mode=True, admin=admin)
    async with aiohttp.ClientSession() as session:
        bolt.client.session = session
        async with token_checked(bolt.token_check):
            await until_slack_opens(bolt.client, settings.app_token, first_retry=first_retry, most_retry=most_retry)
            handler = AsyncSocketModeHandler(bolt, settings.app_token, logger=_sdk_logger())
            try:
                await handler.connect_async()
                log.info("Slack Socket Mode: connected")
                await asyncio.Event().wait()  # the handler works in its own tasks
            finally:
                await handler.close_async()
                await finish_background(SHUTDOWN_POSTING_SECONDS)  # answers still being posted
                await runtime.close()  # the question log and contexts still pending


async def until_slack_opens(client: AsyncWebClient, app_token: str, *, first_retry: float = FIRST_RETRY_SECONDS,
                            most_retry: float = MOST_RETRY_SECONDS) -> None:
    """Return once Slack gives a Socket Mode connection for `app_token`;
    until then, one line per failed attempt and a doubling wait."""
    # A client of its own with no retry handlers: each attempt is one call, and one line.
    opener = AsyncWebClient(base_url=client.base_url, timeout=OPEN_TIMEOUT_SECONDS, proxy=client.proxy,
                            ssl=client.ssl, session=client.session, retry_handlers=[])
    wait = first_retry
    while (problem := await opening_problem(opener, app_token)) is not None:
        log.error("Slack Socket Mode: %s; trying again in %g s", problem, wait)
        await asyncio.sleep(wait)
        wait = min(wait * 2, most_retry)


async def opening_problem(client: AsyncWebClient, app_token: str) -> str | None:
    """Why Slack would not open a Socket Mode connection, with what to do;
    None when it would."""
    try:
        await client.apps_connections_open(app_token=app_token)
    except SlackApiError as error:
        code = (error.response.data or {}).get("error", "unknown") if isinstance(error.response.data, dict) \
            else "unknown"
        if code in TOKEN_ERRORS:
            return f"Slack refused SLACK_APP_TOKEN ({code}): {APP_TOKEN_FIX}"
        return f"Slack did not open a connection ({code})"
    except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
        cause = str(error) or type(error).__name__
        return (f"cannot reach Slack at {client.base_url} ({cause}): check the network, a proxy "
                "(HTTPS_PROXY) or SLACK_API_URL")
    return None


class OneLineRetries(logging.Filter):
    """The SDK's "Failed to connect (error: …); Retrying..." after a lost
    connection comes with a traceback each time: kept as one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and str(record.msg).startswith(("Failed to connect", "Failed to retrieve WSS URL")):
            error = record.exc_info[1]
            record.msg = "Slack Socket Mode: connection lost (%s); the SDK reconnects every 10 s"
            record.args = (str(error) or type(error).__name__,)
            record.exc_info = record.exc_text = None
        return True


def _sdk_logger() -> logging.Logger:
    logger = logging.getLogger("rolecall.slack.socket.sdk")
    if not any(isinstance(f, OneLineRetries) for f in logger.filters):
        logger.addFilter(OneLineRetries())
    return logger
