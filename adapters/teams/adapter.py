"""botbuilder's `CloudAdapter` with RoleCall's reply path: connector clients
made once per app id, service URL and audience instead of per activity, and
replies handed to the `ConnectorOutbox` so Teams gets its 200 without waiting
for the Bot Connector (not for `invoke` or `expectReplies`). Figures in
bench/README.md.
"""

from collections import OrderedDict

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from botbuilder.schema import Activity, ActivityTypes, ResourceResponse
from botframework.connector import Channels
from botframework.connector.auth import AuthenticationConstants, ClaimsIdentity
from botframework.connector.auth.connector_factory import ConnectorFactory

from adapters.teams.delivery import ConnectorOutbox, Delivery
from adapters.teams.wire import to_wire

# Distinct service URLs a bot sees: one per Teams region (a handful), more
# for the Emulator. Bounded so that senders naming new URLs (possible only
# on an unauthenticated endpoint) cannot grow memory without end.
MAX_CACHED_CLIENTS = 64

# Where a turn keeps its last deferred reply, so the next one waits for it.
LAST_DELIVERY = "rolecall.last_delivery"


class _Recent:
    """A small least-recently-used map."""

    def __init__(self, size: int):
        self._size = size
        self._items: OrderedDict = OrderedDict()

    def get(self, key):
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key, value) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self._size:
            self._items.popitem(last=False)


def app_id_of(claims_identity: ClaimsIdentity) -> str | None:
    # As botbuilder reads it: the audience claim from a channel, the appid
    # claim from the Emulator.
    app_id = claims_identity.get_claim_value(AuthenticationConstants.AUDIENCE_CLAIM)
    if app_id is None:
        app_id = claims_identity.get_claim_value(AuthenticationConstants.APP_ID_CLAIM)
    return app_id


class _CachedConnectorFactory(ConnectorFactory):
    def __init__(self, clients: _Recent, app_id: str | None, inner: ConnectorFactory):
        self._clients = clients
        self._app_id = app_id
        self._inner = inner

    async def create(self, service_url: str, audience: str = None):
        key = (self._app_id, service_url, audience)
        client = self._clients.get(key)
        if client is None:
            client = await self._inner.create(service_url, audience)
            self._clients.put(key, client)
        return client


class CachingAuthentication(ConfigurationBotFrameworkAuthentication):
    """botbuilder's configuration-driven authentication, whose connector and
    user-token clients are made once and reused."""

    def __init__(self, configuration, **kwargs):
        super().__init__(configuration, **kwargs)
        self._connectors = _Recent(MAX_CACHED_CLIENTS)
        self._user_token_clients = _Recent(MAX_CACHED_CLIENTS)

    async def authenticate_request(self, activity: Activity, auth_header: str):
        result = await super().authenticate_request(activity, auth_header)
        if result.connector_factory is not None:
            result.connector_factory = _CachedConnectorFactory(
                self._connectors, app_id_of(result.claims_identity), result.connector_factory)
        return result

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return _CachedConnectorFactory(self._connectors, app_id_of(claims_identity),
                                       super().create_connector_factory(claims_identity))

    async def create_user_token_client(self, claims_identity: ClaimsIdentity):
        app_id = app_id_of(claims_identity)
        client = self._user_token_clients.get(app_id)
        if client is None:
            client = await super().create_user_token_client(claims_identity)
            self._user_token_clients.put(app_id, client)
        return client


class RoleCallAdapter(CloudAdapter):
    def __init__(self, authentication: CachingAuthentication, outbox: ConnectorOutbox):
        super().__init__(authentication)
        self._outbox = outbox

    async def send_activities(self, context: TurnContext, activities: list[Activity]) -> list[ResourceResponse]:
        responses = []
        for activity in activities:
            if not _goes_to_connector(activity):  # a delay, an invoke response, a trace
                responses.extend(await super().send_activities(context, [activity]))
                continue
            activity.id = None
            delivery = _delivery(context, activity, activity.reply_to_id)
            if context.activity.type == ActivityTypes.invoke:
                reply_id = await self._outbox.send(delivery)
                responses.append(ResourceResponse(id=reply_id or ""))
            else:
                previous = context.turn_state.get(LAST_DELIVERY)
                context.turn_state[LAST_DELIVERY] = self._outbox.submit(delivery, after=previous)
                # The connector's id for the reply is not known yet.
                responses.append(ResourceResponse(id=""))
        return responses

    async def update_activity(self, context: TurnContext, activity: Activity):
        """Replacing a message the bot sent (a card after a button press)
        waits for the connector, as the caller wants its answer, but takes
        the same path: shared session, timeouts, retries, logged failures."""
        if context is None or activity is None:
            return await super().update_activity(context, activity)
        delivery = _delivery(context, activity, activity.id, method="PUT")
        reply_id = await self._outbox.send(delivery)
        return ResourceResponse(id=reply_id) if reply_id else None


def _goes_to_connector(activity: Activity) -> bool:
    if activity.type in ("delay", ActivityTypes.invoke_response):
        return False
    return not (activity.type == ActivityTypes.trace and activity.channel_id != Channels.emulator)


def _delivery(context: TurnContext, activity: Activity, activity_id: str | None, method: str = "POST") -> Delivery:
    connector = context.turn_state.get(CloudAdapter.BOT_CONNECTOR_CLIENT_KEY)
    return Delivery(
        service_url=activity.service_url or context.activity.service_url,
        conversation_id=activity.conversation.id,
        reply_to_id=activity_id,
        body=Delivery.to_json(to_wire(activity)),
        credentials=connector.config.credentials,
        method=method,
    )
