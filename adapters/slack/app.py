"""The Bolt app, built from RoleCall's settings and nothing else: with
SLACK_CLIENT_ID/SECRET in the environment Bolt would silently become an
OAuth app and ignore the bot token, so those are kept out of its sight.
"""

import logging
import os
import re
from contextlib import contextmanager

from slack_bolt.async_app import AsyncApp

from adapters.admin import AdminCommands
from adapters.settings import ConfigError
from adapters.slack.settings import SlackSettings
from adapters.runtime import Runtime
from adapters.slack.bolt_fixes import SharedClientApp, check
from adapters.slack.commands import SlashCommands
from adapters.slack.listeners import register
from adapters.slack.retries import AnswerOnce, rate_limited_notice
from adapters.slack.token import TokenCheck
from adapters.slack.web_api import web_api_client

log = logging.getLogger("rolecall.slack")

# The variables that switch Bolt into OAuth mode when it sees them.
OAUTH_VARIABLES = ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET")
# Read by Bolt's constructor when no token is passed: RoleCall passes the
# token on its client instead, and Bolt, finding both, warns at every start
# that "`token` will be unused" (misleading: it is the token in use).
BOT_TOKEN_VARIABLE = "SLACK_BOT_TOKEN"


def build_bolt_app(settings: SlackSettings, runtime: Runtime, *, socket_mode: bool = False,
                   admin: AdminCommands | None = None) -> AsyncApp:
    """Bolt with RoleCall's listeners. Over HTTP every request must carry
    Slack's signature; over Socket Mode the connection itself is the proof."""
    if not settings.bot_token:
        raise ConfigError("Slack needs SLACK_BOT_TOKEN (the xoxb- token of the installed app)")
    if not socket_mode and not settings.signing_secret:
        raise ConfigError("Slack's HTTP endpoint needs SLACK_SIGNING_SECRET to verify requests")
    check()  # refuses a Bolt release the fixes were not tested with
    client = web_api_client(settings)
    token_check = TokenCheck(client)
    # The token goes on the client once Bolt is built: Bolt would warn that
    # it ignores a token it is given along with `authorize`.
    client.token = None
    with _oauth_variables_hidden():
        bolt = SharedClientApp(
            name="rolecall",
            # Bolt's own logger, passed in so that Bolt leaves levels alone:
            # left to itself, at the app's first request Bolt copies the root
            # logger's level of that moment onto the logger named after the
            # app, "rolecall", the parent of all RoleCall's loggers.
            logger=logging.getLogger("slack_bolt.AsyncApp"),
            client=client,
            # RoleCall checks the token (adapters/slack/token.py), not Bolt.
            before_authorize=token_check,
            authorize=token_check.authorize,
            signing_secret=settings.signing_secret or None,
            request_verification_enabled=not socket_mode,
            # Answer inside the listener and send the answer with the
            # acknowledgement: a slash command's reply is ready in about a
            # millisecond, and Bolt's default mode would poll for the ack
            # every 10 ms (slack_bolt/listener/asyncio_runner.py).
            process_before_response=True,
        )
    client.token = settings.bot_token
    bolt.token_check = token_check  # for adapters/slack/endpoint.py
    admin = admin or AdminCommands()
    # Over HTTP the endpoint hands slash commands to this, never to Bolt;
    # over Socket Mode Bolt delivers them to its listener.
    bolt.slash_commands = SlashCommands(runtime, admin, token_check, settings.signing_secret, client)
    if socket_mode:
        bolt.command(re.compile(r".*"))(bolt.slash_commands.bolt_listener)
    bolt.use(rate_limited_notice)
    bolt.use(AnswerOnce(runtime))
    register(bolt, runtime, admin)
    return bolt


@contextmanager
def _oauth_variables_hidden():
    """Keep Bolt's constructor from seeing the OAuth variables and the bot
    token. Runs once, at start-up, before the server takes requests."""
    hidden = {name: os.environ.pop(name) for name in OAUTH_VARIABLES if name in os.environ}
    if hidden:
        log.warning("Slack: ignoring %s; RoleCall is a single-workspace app using SLACK_BOT_TOKEN",
                    " and ".join(hidden))
    if BOT_TOKEN_VARIABLE in os.environ:  # read into settings already; out of Bolt's sight, silently
        hidden[BOT_TOKEN_VARIABLE] = os.environ.pop(BOT_TOKEN_VARIABLE)
    try:
        yield
    finally:
        os.environ.update(hidden)
