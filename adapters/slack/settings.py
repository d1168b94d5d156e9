"""Slack's settings: its variables, and `load` turning them into `SlackSettings`."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from adapters.settings import ConfigError, Section, Variable

SECTION = Section("Slack (on when any SLACK_* below is set; see docs/slack.md)", (
    Variable("SLACK_BOT_TOKEN", "", "Slack: the bot token (xoxb-…)",
             "The bot token (Bot User OAuth Token, xoxb-…). Required for Slack.", "xoxb-"),
    Variable("SLACK_SIGNING_SECRET", "", "Slack: the signing secret, for HTTP events",
             "The app's signing secret (Basic Information > App Credentials). Required for the HTTP endpoint."),
    Variable("SLACK_APP_TOKEN", "", "Slack: the app-level token (xapp-…), for Socket Mode",
             "An app-level token (xapp-…, connections:write) for Socket Mode: `rolecall slack --socket`.", "xapp-"),
    Variable("SLACK_API_URL", "", "Slack: the Web API base URL (default Slack's own; for proxies and tests)",
             "Another base URL for Slack's Web API (a proxy, or a local fake in tests). "
             "Default: https://slack.com/api/"),
))
HOW_TO_TURN_ON = "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET for Slack"
# What each of Slack's token kinds starts with, for telling an admin which
# one they pasted: OAuth & Permissions shows a user token next to the bot
# token, and Basic Information the app-level one.
TOKEN_KINDS = (("xoxb-", "a bot token"), ("xoxp-", "a user token"), ("xapp-", "an app-level token"),
               ("xoxe", "a token-rotation token"), ("xoxa-", "a workspace token"), ("xoxc-", "a browser session token"),
               ("xoxs-", "a session token"))
# Where each token RoleCall takes is found, said when a variable holds another kind.
WANTED = {"SLACK_BOT_TOKEN": ("xoxb-", "the Bot User OAuth Token, under OAuth & Permissions"),
          "SLACK_APP_TOKEN": ("xapp-", "an app-level token with connections:write, under Basic Information")}


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str
    signing_secret: str
    app_token: str | None = None  # Socket Mode only
    api_url: str | None = None  # Slack Web API base URL override (tests, proxies)

    def secrets(self) -> list[str]:
        return [self.bot_token, self.signing_secret, self.app_token or ""]


def load(env, *, socket_mode: bool) -> SlackSettings | None:
    if not (env["SLACK_BOT_TOKEN"] or env["SLACK_SIGNING_SECRET"] or env["SLACK_APP_TOKEN"]):
        return None
    needed = ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN" if socket_mode else "SLACK_SIGNING_SECRET"]
    missing = [name for name in needed if not env[name]]
    if missing:
        raise ConfigError(f"Slack is half-configured: set {' and '.join(missing)} "
                          "(or unset the other SLACK_* variables to turn Slack off)")
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"):
        _check_kind(name, env[name])
    _check_api_url(env["SLACK_API_URL"])
    return SlackSettings(bot_token=env["SLACK_BOT_TOKEN"], signing_secret=env["SLACK_SIGNING_SECRET"],
                         app_token=env["SLACK_APP_TOKEN"] or None, api_url=env["SLACK_API_URL"] or None)


def _check_kind(name: str, token: str) -> None:
    """A ConfigError when `token` is not the kind `name` holds: Slack would
    refuse it only at the first reply, in a log line nobody is reading.
    The message names the kind found by its prefix, never the token."""
    prefix, where = WANTED[name]
    if not token or token.startswith(prefix):
        return
    kind = next((f"{what} ({start})" for start, what in TOKEN_KINDS if token.startswith(start)), None)
    found = f"holds {kind}" if kind else "is not a Slack token"
    raise ConfigError(f"{name} {found}: it takes a {prefix} token, {where}")


def _check_api_url(url: str) -> None:
    """A ConfigError when SLACK_API_URL is no http(s) address ("slack.com/api",
    a host alone): the server started anyway, every Slack request got 503,
    and the log blamed the network. The value is not shown: a proxy's
    address may carry its password."""
    if not url:
        return
    try:
        parts = urlsplit(url)
        usable = parts.scheme in ("http", "https") and bool(parts.hostname) and (parts.port or 1) > 0
    except ValueError:  # a port that is no number, a bracket left open
        usable = False
    if not usable:
        raise ConfigError("SLACK_API_URL must be an http:// or https:// address such as https://slack.com/api/ "
                          "(or unset, for Slack's own)")
