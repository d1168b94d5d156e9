"""Configuration, read once from the environment at the process edge.

Nothing below the CLI reads environment variables: it builds a `Settings`
here and passes it down. A platform is on when its settings are present; a
half-configured one is a `ConfigError` naming what is missing, at start-up,
instead of a traceback on the first request.
"""

from dataclasses import dataclass, field
from typing import Mapping

TEAMS_APP_TYPES = ("MultiTenant", "SingleTenant", "UserAssignedMSI")


class ConfigError(Exception):
    """A setting is missing or wrong; the message names it."""


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str
    signing_secret: str
    app_token: str | None = None  # Socket Mode only
    api_url: str | None = None  # Slack Web API base URL override (tests, proxies)


@dataclass(frozen=True)
class TeamsSettings:
    app_id: str = ""
    app_password: str = ""
    app_type: str = "MultiTenant"
    tenant_id: str = ""
    anonymous: bool = False  # no app id, no authentication: local trials only


@dataclass(frozen=True)
class Settings:
    database_url: str | None = None
    host: str = "0.0.0.0"
    port: int = 3000
    slack: SlackSettings | None = None
    teams: TeamsSettings | None = None
    admins: frozenset[str] = field(default_factory=frozenset)


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def load_settings(env: Mapping[str, str], *, socket_mode: bool = False) -> Settings:
    def get(name: str) -> str:
        return (env.get(name) or "").strip()

    slack = None
    if get("SLACK_BOT_TOKEN") or get("SLACK_SIGNING_SECRET") or get("SLACK_APP_TOKEN"):
        needed = ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN" if socket_mode else "SLACK_SIGNING_SECRET"]
        missing = [name for name in needed if not get(name)]
        if missing:
            raise ConfigError(f"Slack is half-configured: set {' and '.join(missing)} "
                              "(or unset the other SLACK_* variables to turn Slack off)")
        slack = SlackSettings(
            bot_token=get("SLACK_BOT_TOKEN"),
            signing_secret=get("SLACK_SIGNING_SECRET"),
            app_token=get("SLACK_APP_TOKEN") or None,
            api_url=get("SLACK_API_URL") or None,
        )

    teams = None
    app_id = get("MICROSOFT_APP_ID")
    if app_id:
        app_type = get("MICROSOFT_APP_TYPE") or "MultiTenant"
        if app_type not in TEAMS_APP_TYPES:
            raise ConfigError(f"MICROSOFT_APP_TYPE must be one of {', '.join(TEAMS_APP_TYPES)}, not {app_type!r}")
        if app_type != "UserAssignedMSI" and not get("MICROSOFT_APP_PASSWORD"):
            raise ConfigError("Teams is half-configured: set MICROSOFT_APP_PASSWORD for MICROSOFT_APP_ID")
        if app_type != "MultiTenant" and not get("MICROSOFT_APP_TENANT_ID"):
            raise ConfigError(f"Teams is half-configured: a {app_type} bot needs MICROSOFT_APP_TENANT_ID")
        teams = TeamsSettings(app_id=app_id, app_password=get("MICROSOFT_APP_PASSWORD"),
                              app_type=app_type, tenant_id=get("MICROSOFT_APP_TENANT_ID"))
    elif _flag(env.get("ROLECALL_TEAMS_ANONYMOUS")):
        teams = TeamsSettings(anonymous=True)

    port_text = get("PORT") or "3000"
    try:
        port = int(port_text)
    except ValueError:
        raise ConfigError(f"PORT must be a number, not {port_text!r}")
    return Settings(
        database_url=get("DATABASE_URL") or None,
        host=get("HOST") or "0.0.0.0",
        port=port,
        slack=slack,
        teams=teams,
        admins=frozenset(a.strip() for a in get("ROLECALL_ADMINS").split(",") if a.strip()),
    )
