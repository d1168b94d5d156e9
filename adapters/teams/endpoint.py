"""`POST /api/messages`: the HTTP edge of the Teams bot. botbuilder answers a
bad body or header with a 500, so this checks the body (400/415) and
authenticates (401, before the body with an app id) itself, then hands the
activity to `CloudAdapter`. Replies leave through the `ConnectorOutbox`; a
full outbox is a 503 with `Retry-After`.
"""

import json
import logging
from urllib.parse import urlsplit

from aiohttp import web
from botbuilder.core import serializer_helper
from botbuilder.schema import Activity
from msrest.serialization import Model

from adapters.observability import logged_id
from adapters.teams.settings import TeamsSettings
from adapters.wellformed import has_lone_surrogates
from adapters.teams.adapter import CachingAuthentication, RoleCallAdapter
from adapters.teams.bot import RoleCallBot
from adapters.teams.delivery import FULL_RETRY_AFTER, ConnectorOutbox
from adapters.teams.wire_in import from_wire

log = logging.getLogger("rolecall.teams")


class BotConfig:
    """The settings as botbuilder reads them: by these attribute names."""

    def __init__(self, settings: TeamsSettings):
        self.APP_ID = settings.app_id
        self.APP_PASSWORD = settings.app_password
        self.APP_TYPE = settings.app_type
        self.APP_TENANTID = settings.tenant_id


class TeamsEndpoint:
    def __init__(self, settings: TeamsSettings, bot: RoleCallBot, outbox: ConnectorOutbox):
        self._authentication = CachingAuthentication(BotConfig(settings))
        self._adapter = RoleCallAdapter(self._authentication, outbox)
        self._outbox = outbox
        self._adapter.on_turn_error = _log_turn_error
        self._bot = bot
        # With no app id there is nothing to check a token against: botbuilder
        # would still try (and fetch signing keys from Microsoft for a
        # well-formed one) only to refuse it, so the header is ignored.
        self._anonymous = not settings.app_id

    async def handle(self, request: web.Request) -> web.Response:
        if not self._anonymous and not request.headers.get("Authorization"):
            # Teams always sends a token: without one, nothing of the body is read.
            return _error(401, "unauthorized")
        if not self._outbox.has_room():  # before anything is read or recorded
            return web.json_response({"error": "busy: too many replies waiting to be delivered"},
                                     status=503, headers={"Retry-After": str(FULL_RETRY_AFTER)})
        if request.content_type != "application/json":
            return _error(415, "expected an application/json activity")
        try:
            # JSON is UTF-8 (RFC 8259) whatever charset the header names (a
            # proxy may add one): read as latin-1, 'café' would be 'cafÃ©'.
            body = json.loads((await request.read()).decode("utf-8"))
        except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past the parser's depth
            return _error(400, "the body is not JSON")
        activity = parse_activity(body)
        if activity is None:
            return _error(400, "the body is not a Bot Framework activity")

        header = "" if self._anonymous else request.headers.get("Authorization", "")
        try:
            authenticated = await self._authentication.authenticate_request(activity, header)
        except Exception as error:  # a missing, malformed, forged or expired token
            log.warning("Teams request refused (%s): %s", type(error).__name__, error)
            return _error(401, "unauthorized")

        invoke = await self._adapter.process_activity(authenticated, activity, self._bot.on_turn)
        if invoke is not None and invoke.body is None:  # an invoke answered with a status only
            return web.Response(status=invoke.status)
        if invoke is not None:  # an invoke, or a sender asking for the replies in the response
            return web.json_response(_json(invoke.body), status=invoke.status)
        return web.Response(status=200)


def parse_activity(body) -> Activity | None:
    """The activity in a request body, or None when it is not one the bot
    could answer: no type, no conversation, no bot, a service URL that is
    not an HTTP(S) URL, or fields of the wrong shape."""
    if not isinstance(body, dict) or has_lone_surrogates(body):
        return None
    # Checked on the raw JSON: msrest would quietly turn a number, or even an
    # object, into a string; a sender that puts one where Teams puts text is
    # not Teams.
    if not isinstance(body.get("type"), str) or not body["type"]:
        return None
    if not all(isinstance(body.get(name), (str, type(None))) for name in ("id", "text", "replyToId")):
        return None
    if not all(_has_id(body.get(name)) for name in ("conversation", "recipient")):
        return None
    service_url = body.get("serviceUrl")
    if not isinstance(service_url, str):
        return None
    url = urlsplit(service_url)
    if url.scheme not in ("http", "https") or not url.netloc:
        return None
    try:  # msrest's Activity.deserialize(body), quicker (adapters/teams/wire_in.py)
        activity = from_wire(Activity, body)
    except Exception:  # msrest raises several kinds for wrongly typed fields
        return None
    if any(member is None for member in activity.members_added or ()):
        return None
    if any(attachment is None for attachment in activity.attachments or ()):  # the bot reads each one's type
        return None
    for entity in activity.entities or ():
        if entity is None or not isinstance(entity.type, str):
            return None
        props = entity.additional_properties or {}
        if entity.type.lower() == "mention" and not _is_mention(props):
            return None
    return activity


def _is_mention(props: dict) -> bool:
    """A mention as the bot reads it: the `<at>` text, and who (an id and a
    name, each text) is mentioned."""
    mentioned = props.get("mentioned") or {}
    return (isinstance(mentioned, dict) and isinstance(props.get("text"), (str, type(None)))
            and all(isinstance(mentioned.get(name), (str, type(None))) for name in ("id", "name")))


def _has_id(account) -> bool:
    return isinstance(account, dict) and isinstance(account.get("id"), str) and bool(account["id"])


async def _log_turn_error(turn_context, error: Exception) -> None:
    # The reply could not be made (the connector refused it, say). Teams gets
    # its 200 anyway: the delivery is recorded, so a retry would not answer.
    activity = turn_context.activity
    log.error("Teams turn failed (activity %s in %s)", logged_id(activity.id), logged_id(activity.conversation.id),
              exc_info=(type(error), error, error.__traceback__))


def _json(body):
    # botbuilder hands back either a schema model or, for "expectReplies",
    # a dict it has already serialized; its own `process` only handles the first.
    return serializer_helper(body) if isinstance(body, Model) else body


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)
