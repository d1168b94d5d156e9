"""Configuration, read once from the environment at the process edge.

Nothing below the CLI reads environment variables: it builds a `Settings`
here and passes it down. A platform is on when its settings are present; a
half-configured one is a `ConfigError` naming what is missing, at start-up,
instead of a traceback on the first request.
"""

import os
from dataclasses import dataclass, field, replace
from typing import Mapping

from adapters.downloads import DEFAULT_MAX_DOCUMENT_BYTES, parse_hosts
from adapters.ratelimit import DEFAULT_RATE_LIMIT, RateLimit, parse_rate_limit
from knowledge.previews import PREVIEW_MINUTES

TEAMS_APP_TYPES = ("MultiTenant", "SingleTenant", "UserAssignedMSI")
# Slack and Teams bodies are a few KB; anything near this is not a chat event.
DEFAULT_MAX_BODY_BYTES = 256 * 1024
# How long the question log (and the words of unanswered questions) is kept:
# long enough for `rolecall report` over half a year.
DEFAULT_QUESTION_LOG_DAYS = 180
# Slack and Teams send a request in milliseconds; a client that takes this
# long over its headers, or over its body, is not one of them.
DEFAULT_READ_TIMEOUT = 15.0
# Connections open at once: each holds a file descriptor, and the process
# needs some for itself (adapters/connections.py).
DEFAULT_MAX_CONNECTIONS = 1000


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
    # Seconds each attempt to post a reply to the Bot Connector may take
    # (ROLECALL_TEAMS_REPLY_TIMEOUT); three attempts, then a logged error.
    reply_timeout: float = 10.0
    max_pending_replies: int = 1000  # replies in flight; past it new activities get 503


@dataclass(frozen=True)
class Settings:
    database_url: str | None = None
    host: str = "0.0.0.0"
    port: int = 3000
    slack: SlackSettings | None = None
    teams: TeamsSettings | None = None
    admins: frozenset[str] = field(default_factory=frozenset)  # platform user ids allowed admin commands
    # What "admin reload" re-ingests: files or folders; empty means the bundled seeds.
    documents: tuple[str, ...] = ()
    # Questions per user per period in this process; None: no limit.
    rate_limit: RateLimit | None = parse_rate_limit(DEFAULT_RATE_LIMIT)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES  # larger requests get a 413
    # Seconds a client has for a request's headers (and an idle connection
    # before it is closed), and again for its body (a 408).
    read_timeout: float = DEFAULT_READ_TIMEOUT
    max_connections: int = DEFAULT_MAX_CONNECTIONS  # past it new connections get a 503 and are closed
    metrics_token: str | None = None  # when set, GET /metrics needs "Authorization: Bearer <it>"
    question_log_days: int = DEFAULT_QUESTION_LOG_DAYS  # older questions are pruned; 0 keeps them all
    prune_interval: float = 600.0  # seconds between the web process's prunes (knowledge/prune.py)
    # Documents admins send in chat (adapters/downloads.py): the hosts fetched
    # from (empty: each platform's own), the size cap, and how long a preview lasts.
    download_hosts: tuple[str, ...] = ()
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    preview_minutes: int = PREVIEW_MINUTES


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
    if teams is not None and get("ROLECALL_TEAMS_REPLY_TIMEOUT"):
        timeout_text = get("ROLECALL_TEAMS_REPLY_TIMEOUT")
        try:
            reply_timeout = float(timeout_text)
        except ValueError:
            reply_timeout = 0.0
        if not 0.1 <= reply_timeout <= 120:
            raise ConfigError(f"ROLECALL_TEAMS_REPLY_TIMEOUT must be seconds from 0.1 to 120, not {timeout_text!r}")
        teams = replace(teams, reply_timeout=reply_timeout)

    port_text = get("PORT") or "3000"
    try:
        port = int(port_text)
    except ValueError:
        raise ConfigError(f"PORT must be a number, not {port_text!r}")
    try:
        rate_limit = parse_rate_limit(get("ROLECALL_RATE_LIMIT") or DEFAULT_RATE_LIMIT)
    except ValueError as exc:
        raise ConfigError(f"ROLECALL_RATE_LIMIT: {exc}")
    body_text = get("ROLECALL_MAX_BODY_BYTES") or str(DEFAULT_MAX_BODY_BYTES)
    if not body_text.isdigit() or not 1024 <= int(body_text) <= 64 * 1024 * 1024:
        raise ConfigError(f"ROLECALL_MAX_BODY_BYTES must be a number of bytes from 1024 to 67108864, "
                          f"not {body_text!r}")
    days_text = get("ROLECALL_QUESTION_LOG_DAYS") or str(DEFAULT_QUESTION_LOG_DAYS)
    if not days_text.isdigit() or int(days_text) > 36_500:
        raise ConfigError(f"ROLECALL_QUESTION_LOG_DAYS must be a number of days from 0 (keep forever) to 36500, "
                          f"not {days_text!r}")
    read_text = get("ROLECALL_READ_TIMEOUT") or str(DEFAULT_READ_TIMEOUT)
    try:
        read_timeout = float(read_text)
    except ValueError:
        read_timeout = 0.0
    if not 0.1 <= read_timeout <= 600:
        raise ConfigError(f"ROLECALL_READ_TIMEOUT must be seconds from 0.1 to 600, not {read_text!r}")
    connections_text = get("ROLECALL_MAX_CONNECTIONS") or str(DEFAULT_MAX_CONNECTIONS)
    if not connections_text.isdigit() or not 1 <= int(connections_text) <= 1_000_000:
        raise ConfigError(f"ROLECALL_MAX_CONNECTIONS must be a number from 1 to 1000000, not {connections_text!r}")
    document_text = get("ROLECALL_MAX_DOCUMENT_BYTES") or str(DEFAULT_MAX_DOCUMENT_BYTES)
    if not document_text.isdigit() or not 1024 <= int(document_text) <= 100_000_000:
        raise ConfigError(f"ROLECALL_MAX_DOCUMENT_BYTES must be a number of bytes from 1024 to 100000000, "
                          f"not {document_text!r}")
    minutes_text = get("ROLECALL_PREVIEW_MINUTES") or str(PREVIEW_MINUTES)
    if not minutes_text.isdigit() or not 1 <= int(minutes_text) <= 1440:
        raise ConfigError(f"ROLECALL_PREVIEW_MINUTES must be a number of minutes from 1 to 1440, "
                          f"not {minutes_text!r}")
    return Settings(
        download_hosts=parse_hosts(get("ROLECALL_DOWNLOAD_HOSTS")),
        max_document_bytes=int(document_text),
        preview_minutes=int(minutes_text),
        database_url=get("DATABASE_URL") or None,
        host=get("HOST") or "0.0.0.0",
        port=port,
        slack=slack,
        teams=teams,
        admins=frozenset(a.strip() for a in get("ROLECALL_ADMINS").split(",") if a.strip()),
        documents=tuple(p.strip() for p in get("ROLECALL_DOCUMENTS").split(os.pathsep) if p.strip()),
        rate_limit=rate_limit,
        max_body_bytes=int(body_text),
        metrics_token=get("ROLECALL_METRICS_TOKEN") or None,
        question_log_days=int(days_text),
        read_timeout=read_timeout,
        max_connections=int(connections_text),
    )


# Every environment variable RoleCall reads, with what it is for: the one
# list that `rolecall --help` shows (tests check it against the code above).
ENVIRONMENT: tuple[tuple[str, str], ...] = (
    ("DATABASE_URL", "the store: an SQLAlchemy URL or SQLite path (default: a SQLite file in the user data folder)"),
    ("HOST", "interface `serve` listens on (default 0.0.0.0)"),
    ("PORT", "port `serve` listens on (default 3000)"),
    ("SLACK_BOT_TOKEN", "Slack: the bot token (xoxb-…)"),
    ("SLACK_SIGNING_SECRET", "Slack: the signing secret, for HTTP events"),
    ("SLACK_APP_TOKEN", "Slack: the app-level token (xapp-…), for Socket Mode"),
    ("SLACK_API_URL", "Slack: the Web API base URL (default Slack's own; for proxies and tests)"),
    ("MICROSOFT_APP_ID", "Teams: the bot's Microsoft app id"),
    ("MICROSOFT_APP_PASSWORD", "Teams: the app's client secret"),
    ("MICROSOFT_APP_TYPE", f"Teams: {', '.join(TEAMS_APP_TYPES)} (default MultiTenant)"),
    ("MICROSOFT_APP_TENANT_ID", "Teams: the tenant id, for SingleTenant and UserAssignedMSI"),
    ("ROLECALL_TEAMS_ANONYMOUS", "Teams without an app id, for local trials only (1 to turn on)"),
    ("ROLECALL_TEAMS_REPLY_TIMEOUT", "Teams: seconds per attempt to post a reply (default 10)"),
    ("ROLECALL_ADMINS", "comma-separated platform user ids allowed admin commands"),
    ("ROLECALL_DOCUMENTS", "what `admin reload` re-ingests: paths separated by the OS path separator"),
    ("ROLECALL_DOWNLOAD_HOSTS", "hosts documents sent in chat are downloaded from (host or host:port, comma-separated)"),
    ("ROLECALL_MAX_DOCUMENT_BYTES", f"largest document accepted from chat (default {DEFAULT_MAX_DOCUMENT_BYTES})"),
    ("ROLECALL_PREVIEW_MINUTES", f"minutes a preview's Add button stays good (default {PREVIEW_MINUTES})"),
    ("ROLECALL_RATE_LIMIT", f"questions per user per period (default {DEFAULT_RATE_LIMIT})"),
    ("ROLECALL_MAX_BODY_BYTES", f"largest request body accepted (default {DEFAULT_MAX_BODY_BYTES})"),
    ("ROLECALL_READ_TIMEOUT", f"seconds a client has for headers, and for a body (default {DEFAULT_READ_TIMEOUT:g})"),
    ("ROLECALL_MAX_CONNECTIONS", f"connections open at once (default {DEFAULT_MAX_CONNECTIONS})"),
    ("ROLECALL_METRICS_TOKEN", "when set, GET /metrics needs `Authorization: Bearer <it>`"),
    ("ROLECALL_QUESTION_LOG_DAYS", f"days questions are kept for `report`; 0 keeps them (default "
                                   f"{DEFAULT_QUESTION_LOG_DAYS})"),
    ("ROLECALL_LOG_FORMAT", "json or text (default: text on a terminal, json otherwise)"),
)
