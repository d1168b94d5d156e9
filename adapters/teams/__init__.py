"""Microsoft Teams: `POST /api/messages` on the shared web application.

`install` adds the endpoint; `package.write_package` writes the app package
to upload to Teams. botbuilder, aiohttp and the core are imported only by
`install`, so that `rolecall teams-package` stays quick.
"""

import logging
from typing import TYPE_CHECKING

from adapters.settings import ConfigError, Settings

if TYPE_CHECKING:  # importing the core (and the store) is for `install` only
    from aiohttp import web

    from adapters.runtime import Runtime

log = logging.getLogger("rolecall.teams")

ROUTE = "/api/messages"


def install(app: "web.Application", all_settings: Settings, runtime: "Runtime") -> None:
    """Add the Teams endpoint to the web application `app`."""
    from adapters.admin import AdminCommands
    from adapters.teams import botbuilder_fixes
    from adapters.teams.bot import RoleCallBot
    from adapters.teams.delivery import OUTBOX, ConnectorOutbox, DeliveryPolicy
    from adapters.teams.endpoint import TeamsEndpoint

    botbuilder_fixes.apply()
    settings = all_settings.teams

    if not settings.app_id and not settings.anonymous:
        raise ConfigError("Teams needs MICROSOFT_APP_ID (and its password), "
                          "or ROLECALL_TEAMS_ANONYMOUS=1 for a local trial without authentication")
    if not settings.app_id:
        log.warning(
            "TEAMS ENDPOINT IS UNAUTHENTICATED: POST %s accepts activities from anyone and "
            "replies to whatever serviceUrl they name. ROLECALL_TEAMS_ANONYMOUS is for the Bot "
            "Framework Emulator and tests only; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD "
            "before exposing this server.", ROUTE)
    outbox = ConnectorOutbox(DeliveryPolicy(timeout=settings.reply_timeout,
                                            max_pending=settings.max_pending_replies))
    app[OUTBOX] = outbox
    app.on_cleanup.append(outbox.close)  # replies in flight are delivered before the process ends
    endpoint = TeamsEndpoint(settings, RoleCallBot(runtime, AdminCommands.from_settings(all_settings)), outbox)
    app.router.add_post(ROUTE, endpoint.handle)
    # Teams (and the Agents Playground) probe the endpoint with HEAD: a 200,
    # logged as a probe, not a 405 "bad_request" at every probe.
    app.router.add_route("HEAD", ROUTE, _probe)


async def _probe(_request: "web.Request") -> "web.Response":
    from aiohttp import web

    from adapters.observability import PROBE, note_outcome

    note_outcome(PROBE)
    return web.Response(status=200)
