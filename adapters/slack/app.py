"""The Bolt app, built from RoleCall's settings and nothing else.

Bolt reads the environment on its own when left to: with SLACK_CLIENT_ID and
SLACK_CLIENT_SECRET set it silently turns into a multi-workspace OAuth app
and ignores the bot token. RoleCall is one workspace's bot configured at the
process edge, so the app gets its token, secret and Web API client passed in
explicitly and is built with those two variables out of Bolt's sight.
"""

import logging
import os
from contextlib import contextmanager

from slack_bolt.async_app import AsyncApp
from slack_bolt.logger import get_bolt_app_logger

from adapters.admin import AdminCommands
from adapters.settings import ConfigError, SlackSettings
from adapters.runtime import Runtime
from adapters.slack.listeners import register
from adapters.slack.retries import AnswerOnce
from adapters.slack.token import TokenCheck
from adapters.slack.web_api import web_api_client

log = logging.getLogger("rolecall.slack")

# The variables that switch Bolt into OAuth mode when it sees them.
OAUTH_VARIABLES = ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET")
# Slack's type names and ids are short; anything longer is cut in the log.
MAX_LOGGED_FIELD = 40


def build_bolt_app(settings: SlackSettings, runtime: Runtime, *, socket_mode: bool = False,
                   admin: AdminCommands | None = None) -> AsyncApp:
    """Bolt with RoleCall's listeners. Over HTTP every request must carry
    Slack's signature; over Socket Mode the connection itself is the proof."""
    if not settings.bot_token:
        raise ConfigError("Slack needs SLACK_BOT_TOKEN (the xoxb- token of the installed app)")
    if not socket_mode and not settings.signing_secret:
        raise ConfigError("Slack's HTTP endpoint needs SLACK_SIGNING_SECRET to verify requests")
    client = web_api_client(settings)
    token_check = TokenCheck(client)
    # The token goes on the client once Bolt is built: Bolt would warn that
    # it ignores a token it is given along with `authorize`.
    client.token = None
    with _oauth_variables_hidden():
        bolt = SharedClientApp(
            name="rolecall",
            client=client,
            # RoleCall checks the token (adapters/slack/token.py), not Bolt.
            before_authorize=token_check,
            authorize=token_check.authorize,
            signing_secret=settings.signing_secret or None,
            request_verification_enabled=not socket_mode,
            # Answer inside the listener and send the answer with the
            # acknowledgement: a slash command's reply is ready in about a
            # millisecond, and Bolt's default mode would poll for the ack
            # every 10 ms (INTEGRATION.md, "Where the time goes").
            process_before_response=True,
        )
    client.token = settings.bot_token
    bolt.token_check = token_check
    bolt.use(AnswerOnce(runtime))
    register(bolt, runtime, admin or AdminCommands())
    return bolt


class SharedClientApp(AsyncApp):
    """Bolt, handing every listener the app's one Web API client.

    Since Bolt 1.15 each request gets a client of its own, built from the
    app's (in case a listener swaps its token); RoleCall has one bot token
    and never changes the client, and building it was a twelfth of Bolt's
    work on a slash command (3.5% of RoleCall's CPU under bench/load.py).
    `_init_context` is otherwise Bolt's (1.20-1.30); a test compares the
    two, so that an upgrade of Bolt that sets more there shows."""

    _request_logger = None
    token_check: TokenCheck | None = None  # set by `build_bolt_app`

    def _init_context(self, req) -> None:
        # Bolt looks its logger up (a lock in `logging.getLogger`) and copies
        # the root logger's level onto it for every request; RoleCall sets
        # its logging up once, before the first request, so once will do.
        if self._request_logger is None:
            self._request_logger = get_bolt_app_logger(app_name=self.name, base_logger=self._base_logger)
        req.context["logger"] = self._request_logger
        req.context["token"] = self._token
        req.context["client"] = self._async_client
        req.context["listener_runner"] = self.listener_runner

    def _handle_unmatched_requests(self, req, resp):
        """A request no listener took. Bolt's warning quotes the request
        (whole action lists, dialog submissions: lines of 50 KB, holding
        what people typed); this one line says only what it was."""
        body = req.body if isinstance(req.body, dict) else {}
        event, team = body.get("event"), body.get("team")
        log.warning("Slack: no listener for a %s request (event %s, team %s, %d bytes); answered %s",
                    _short(body.get("type")), _short(event.get("type") if isinstance(event, dict) else None),
                    _short(body.get("team_id") or (team.get("id") if isinstance(team, dict) else None)),
                    len(req.raw_body or ""), resp.status)
        return resp


def _short(value) -> str:
    """A field of an untrusted body, cut to size for a log line."""
    text = "-" if value is None else str(value)
    return text if len(text) <= MAX_LOGGED_FIELD else text[:MAX_LOGGED_FIELD] + "…"


@contextmanager
def _oauth_variables_hidden():
    """Keep Bolt's constructor from seeing the OAuth variables. Runs once, at
    start-up, before the server takes requests."""
    hidden = {name: os.environ.pop(name) for name in OAUTH_VARIABLES if name in os.environ}
    if hidden:
        log.warning("Slack: ignoring %s; RoleCall is a single-workspace app using SLACK_BOT_TOKEN",
                    " and ".join(hidden))
    try:
        yield
    finally:
        os.environ.update(hidden)
