"""Teams' settings: its variables, and `load` turning them into `TeamsSettings`."""

import uuid
from dataclasses import dataclass

from adapters.settings import ConfigError, Section, Variable, number

APP_TYPES = ("MultiTenant", "SingleTenant", "UserAssignedMSI")
SECTION = Section("Microsoft Teams (on when MICROSOFT_APP_ID is set; see docs/teams.md)", (
    Variable("MICROSOFT_APP_ID", "", "Teams: the bot's Microsoft app id", "The Azure Bot's Microsoft app id (a GUID)."),
    Variable("MICROSOFT_APP_PASSWORD", "", "Teams: the app's client secret",
             "Its client secret. Required unless MICROSOFT_APP_TYPE is UserAssignedMSI."),
    Variable("MICROSOFT_APP_TYPE", "MultiTenant", f"Teams: {', '.join(APP_TYPES)}",
             "MultiTenant, SingleTenant or UserAssignedMSI, as registered. Default: MultiTenant."),
    Variable("MICROSOFT_APP_TENANT_ID", "", "Teams: the tenant id, for SingleTenant and UserAssignedMSI",
             "The Entra tenant id. Required for SingleTenant and UserAssignedMSI."),
    Variable("ROLECALL_TEAMS_REPLY_TIMEOUT", "10", "Teams: seconds per attempt to post a reply",
             "Seconds each of the three attempts to send a reply to the Bot Connector may take (0.1 to 120)."),
    Variable("ROLECALL_TEAMS_ANONYMOUS", "", "Teams without an app id, for local trials only (1 to turn on)",
             "1: serve Teams without an app id and without authentication, for local trials with the Microsoft "
             "365 Agents Playground only. Never on a public host. Default: off.", "0"),
))
HOW_TO_TURN_ON = "MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for Teams"


@dataclass(frozen=True)
class TeamsSettings:
    app_id: str = ""
    app_password: str = ""
    app_type: str = "MultiTenant"
    tenant_id: str = ""
    anonymous: bool = False  # no app id, no authentication: local trials only
    reply_timeout: float = 10.0  # seconds per attempt to post a reply; three attempts, then a logged error
    max_pending_replies: int = 1000  # replies in flight; past it new activities get 503

    def secrets(self) -> list[str]:
        return [self.app_password]


# What ROLECALL_TEAMS_ANONYMOUS may say; anything else is a typo, said at start-up.
ON_WORDS, OFF_WORDS = ("1", "true", "yes", "on"), ("", "0", "false", "no", "off")


def load(env, *, socket_mode: bool) -> TeamsSettings | None:
    app_id, app_type = env["MICROSOFT_APP_ID"], env["MICROSOFT_APP_TYPE"]
    anonymous = env["ROLECALL_TEAMS_ANONYMOUS"]
    if anonymous.lower() not in ON_WORDS + OFF_WORDS:
        raise ConfigError(f"ROLECALL_TEAMS_ANONYMOUS must be 1 (on) or 0 (off), not {anonymous!r}")
    if not app_id:
        if anonymous.lower() not in ON_WORDS:
            return None
    elif not is_guid(app_id):
        raise ConfigError("MICROSOFT_APP_ID is not a GUID: copy the Microsoft App ID from the Azure Bot's "
                          "Configuration page (a value like 00000000-0000-0000-0000-000000000000)")
    elif env["MICROSOFT_APP_TENANT_ID"] and not is_guid(env["MICROSOFT_APP_TENANT_ID"]):
        raise ConfigError("MICROSOFT_APP_TENANT_ID is not a GUID: copy the App Tenant ID from the Azure Bot's "
                          "Configuration page (a value like 00000000-0000-0000-0000-000000000000)")
    elif app_type not in APP_TYPES:
        raise ConfigError(f"MICROSOFT_APP_TYPE must be one of {', '.join(APP_TYPES)}, not {app_type!r}")
    elif app_type != "UserAssignedMSI" and not env["MICROSOFT_APP_PASSWORD"]:
        raise ConfigError("Teams is half-configured: set MICROSOFT_APP_PASSWORD for MICROSOFT_APP_ID")
    elif app_type != "MultiTenant" and not env["MICROSOFT_APP_TENANT_ID"]:
        raise ConfigError(f"Teams is half-configured: a {app_type} bot needs MICROSOFT_APP_TENANT_ID")
    reply_timeout = number(env, "ROLECALL_TEAMS_REPLY_TIMEOUT", 0.1, 120, "seconds", float)
    if not app_id:
        return TeamsSettings(anonymous=True, reply_timeout=reply_timeout)
    return TeamsSettings(app_id=app_id, app_password=env["MICROSOFT_APP_PASSWORD"], app_type=app_type,
                         tenant_id=env["MICROSOFT_APP_TENANT_ID"], reply_timeout=reply_timeout)


def is_guid(value: str) -> bool:
    """Whether `value` is written as a GUID: an app id that is not one (the
    bot's name, the password pasted in the wrong box) is refused by
    Microsoft only at the first reply, in a log line nobody reads."""
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return len(value) == 36
