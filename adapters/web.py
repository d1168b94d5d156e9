"""The one web process: an aiohttp application every platform plugs into.

This module knows no platform. Each adapter package offers
`install(app, settings, assistant)`, which adds its routes; the Slack and
Teams endpoints then share one event loop, one store and one `/healthz`.
"""

import logging

from aiohttp import web

from adapters.settings import Settings
from bot import Assistant

log = logging.getLogger("rolecall.web")

# Slack and Teams bodies are a few KB; anything near this is not a chat event.
MAX_BODY_BYTES = 256 * 1024

# What the application carries for its handlers and for whoever started it.
SETTINGS = web.AppKey("settings", Settings)
ASSISTANT = web.AppKey("assistant", Assistant)
PLATFORMS = web.AppKey("platforms", list)


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def build_app(settings: Settings, assistant: Assistant) -> web.Application:
    app = web.Application(client_max_size=MAX_BODY_BYTES)
    app[SETTINGS] = settings
    app[ASSISTANT] = assistant
    app.router.add_get("/healthz", healthz)
    platforms = []
    if settings.slack is not None:
        from adapters.slack import install as install_slack

        install_slack(app, settings.slack, assistant)
        platforms.append("Slack (POST /slack/events)")
    if settings.teams is not None:
        from adapters.teams import install as install_teams

        install_teams(app, settings.teams, assistant)
        platforms.append("Teams (POST /api/messages)")
    app[PLATFORMS] = platforms
    return app
