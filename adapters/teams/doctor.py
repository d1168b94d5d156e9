"""`rolecall doctor`'s Teams checks: the app's settings, and a token from Microsoft's sign-in."""

from adapters.doctor import FAIL, OK, SKIP, WARN, Check, Unreachable
from adapters.teams.settings import is_guid

LOGIN_URL = "https://login.microsoftonline.com"
# Multi-tenant bots get their tokens from the Bot Framework's own tenant.
BOT_FRAMEWORK_TENANT = "botframework.com"
BOT_FRAMEWORK_SCOPE = "https://api.botframework.com/.default"


def add_options(parser) -> None:
    parser.add_argument("--login-url", metavar="URL",
                        help="the sign-in service that issues the bot's Teams tokens (default: Microsoft's)")


def checks(doctor, settings) -> list[Check]:
    teams = settings.teams
    if teams is None:
        return [Check("Teams", SKIP, "not configured (no MICROSOFT_APP_ID)")]
    if teams.anonymous:
        return [Check("Teams", WARN, "anonymous (ROLECALL_TEAMS_ANONYMOUS): nothing is authenticated",
                      "for local trials only; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD to deploy")]
    found = [Check("Teams settings", FAIL, f"{name} is not a GUID",
                   f"copy {name} from the Azure Bot's Configuration page (a value like "
                   "00000000-0000-0000-0000-000000000000)")
             for name, value in (("MICROSOFT_APP_ID", teams.app_id), ("MICROSOFT_APP_TENANT_ID", teams.tenant_id))
             if value and not is_guid(value)]
    if found:
        return found
    if teams.app_type == "MultiTenant" and teams.tenant_id:
        found.append(Check("Teams settings", WARN, "MICROSOFT_APP_TENANT_ID is ignored for a MultiTenant bot",
                           "set MICROSOFT_APP_TYPE=SingleTenant if the Azure Bot is single-tenant"))
    else:
        found.append(Check("Teams settings", OK, f"{teams.app_type} app {teams.app_id}"))
    if teams.app_type == "UserAssignedMSI":
        return found + [Check("Teams token", SKIP, "a managed identity's token comes from Azure itself; "
                                                   "checked only when running there")]
    login_url = (doctor.options.get("login_url") or LOGIN_URL).rstrip("/")
    tenant = teams.tenant_id if teams.app_type == "SingleTenant" else BOT_FRAMEWORK_TENANT
    form = {"grant_type": "client_credentials", "client_id": teams.app_id,
            "client_secret": teams.app_password, "scope": BOT_FRAMEWORK_SCOPE}
    try:
        body, _ = doctor.post(f"{login_url}/{tenant}/oauth2/v2.0/token", form)
    except Unreachable as exc:
        return found + [Check("Teams token", FAIL, f"Microsoft's sign-in service at {login_url} is "
                                                   f"unreachable ({exc}): the bot cannot reply in Teams",
                              "allow outbound HTTPS to login.microsoftonline.com (firewall, proxy, DNS)")]
    if body.get("access_token"):
        return found + [Check("Teams token", OK, "Microsoft issued a token for the app id and password")]
    reason = str(body.get("error_description") or body.get("error") or body).splitlines()[0]
    return found + [Check("Teams token", FAIL, f"Microsoft refused the app id and password: {reason}",
                          "create a new client secret for the app (Azure > App registrations > Certificates "
                          "& secrets) and check MICROSOFT_APP_TYPE and MICROSOFT_APP_TENANT_ID")]

