"""`rolecall doctor`'s Slack checks: the bot token, its scopes, and Socket Mode."""

from adapters.doctor import FAIL, OK, SKIP, Check, Unreachable

SLACK_API_URL = "https://slack.com/api/"
# The bot scopes the code needs (the Slack manifest's, which a test keeps
# in step): mentions, replies, the slash command and direct messages.
SLACK_BOT_SCOPES = ("app_mentions:read", "chat:write", "commands", "files:read", "im:history")


def add_options(parser) -> None:
    parser.add_argument("--slack-api-url", metavar="URL",
                        help="Slack's Web API (default: $SLACK_API_URL, else Slack's own)")


def checks(doctor, settings) -> list[Check]:
    slack = settings.slack
    if slack is None:
        return [Check("Slack", SKIP, "not configured (no SLACK_BOT_TOKEN)")]
    base = doctor.options.get("slack_api_url") or slack.api_url or SLACK_API_URL
    base = base if base.endswith("/") else base + "/"
    try:
        body, headers = doctor.post(base + "auth.test", {}, bearer=slack.bot_token)
    except Unreachable as exc:
        return [Check("Slack token", FAIL, f"cannot reach Slack at {base} ({exc})",
                      "check outbound HTTPS to slack.com (firewall, proxy, DNS)")]
    if not body.get("ok"):
        return [Check("Slack token", FAIL, f"auth.test refused SLACK_BOT_TOKEN: {body.get('error', body)}",
                      "copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page, "
                      "and reinstall the app if it was revoked")]
    found = [Check("Slack token", OK, f"works for {body.get('user', '?')} in {body.get('team', '?')}")]
    granted = {s.strip() for s in (headers.get("x-oauth-scopes") or "").split(",") if s.strip()}
    missing = [scope for scope in SLACK_BOT_SCOPES if scope not in granted]
    if missing:
        found.append(Check("Slack scopes", FAIL, f"missing {', '.join(missing)}",
                           "add them under OAuth & Permissions > Bot Token Scopes (or recreate the app from "
                           "slack-app-manifest.yaml), then reinstall the app"))
    else:
        found.append(Check("Slack scopes", OK, ", ".join(SLACK_BOT_SCOPES)))
    if slack.app_token:
        found.append(_socket_mode(doctor, base, slack.app_token))
    elif slack.signing_secret:
        found.append(Check("Slack signing secret", OK, "set"))
    return found


def _socket_mode(doctor, base: str, app_token: str) -> Check:
    try:
        body, _ = doctor.post(base + "apps.connections.open", {}, bearer=app_token)
    except Unreachable as exc:
        return Check("Slack Socket Mode", FAIL, f"cannot reach Slack at {base} ({exc})",
                     "check outbound HTTPS to slack.com")
    if not body.get("ok"):
        return Check("Slack Socket Mode", FAIL, f"apps.connections.open refused SLACK_APP_TOKEN: "
                                                f"{body.get('error', body)}",
                     "create an app-level token (xapp-…) with connections:write under Basic Information, "
                     "and turn Socket Mode on")
    return Check("Slack Socket Mode", OK, "SLACK_APP_TOKEN opens a connection")
