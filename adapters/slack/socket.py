"""RoleCall over Socket Mode, for workspaces without a public URL.

The same Bolt app and listeners as the HTTP endpoint; Slack pushes events
down a WebSocket opened with the app-level token (`xapp-`, scope
`connections:write`) instead of posting them to /slack/events, so no signing
secret is needed.
"""

import asyncio

import aiohttp
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

from adapters.admin import AdminCommands
from adapters.ratelimit import RateLimit
from adapters.runtime import Runtime
from adapters.settings import ConfigError, SlackSettings
from adapters.slack.app import build_bolt_app
from adapters.slack.endpoint import SHUTDOWN_POSTING_SECONDS
from adapters.slack.listeners import finish_background
from adapters.slack.token import token_checked
from bot import Assistant


async def run_socket_mode(settings: SlackSettings, assistant: Assistant, admin: AdminCommands | None = None,
                          rate_limit: RateLimit | None = None) -> None:
    """Connect and answer until cancelled (Ctrl-C in `rolecall slack --socket`),
    through the same runtime as the web process (rate limit included)."""
    if not settings.app_token:
        raise ConfigError("Socket Mode needs SLACK_APP_TOKEN (an xapp- token with connections:write)")
    runtime = Runtime(assistant, rate_limit=rate_limit)
    bolt = build_bolt_app(settings, runtime, socket_mode=True, admin=admin)
    async with aiohttp.ClientSession() as session:
        bolt.client.session = session
        async with token_checked(bolt.token_check):
            handler = AsyncSocketModeHandler(bolt, settings.app_token)
            try:
                await handler.connect_async()
                await asyncio.Event().wait()  # the handler works in its own tasks
            finally:
                await handler.close_async()
                await finish_background(SHUTDOWN_POSTING_SECONDS)  # answers still being posted
                await runtime.close()  # the question log and contexts still pending
