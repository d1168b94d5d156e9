"""Teams replies on their way to the Bot Connector, without holding anyone up.

botbuilder posts a reply on a worker thread and answers Teams only after the
connector has. Here the reply goes to the `ConnectorOutbox` and Teams gets
its 200 at once. `DeliveryPolicy` is the policy in one place: concurrency,
a timeout per attempt, retries of a 429, 5xx or broken connection (after
`Retry-After` up to `max_retry_after`), a cap on pending replies (503 past it)
and a drain on shutdown. A reply not delivered is logged with its cause.
"""

import asyncio
import email.utils
import json
import logging
import random
import time
import urllib.request
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

import aiohttp
from aiohttp import web
from yarl import URL

from adapters.observability import logged_id, note_delivery_failure
from adapters.teams.tokens import BearerTokens

log = logging.getLogger("rolecall.teams.delivery")

# The Bot Connector answers in well under a second; ten seconds is long
# enough for a slow moment and short enough that three attempts end within
# about half a minute, while the conversation is still the same one.
DEFAULT_TIMEOUT = 10.0
DEFAULT_ATTEMPTS = 3
# Requests to connectors at once: what one aiohttp connection pool keeps
# open comfortably; at loopback speeds 32 saturate both cores.
DEFAULT_MAX_CONCURRENT = 64
# Replies waiting to be delivered. A stalled connector fills it in about a
# second at full load; past it Teams gets a 503 instead of a reply that
# would only wait behind a thousand others.
DEFAULT_MAX_PENDING = 1_000
# Retry-After is honoured up to a minute; a connector asking for longer has
# given up on this conversation for now, and the user has too.
MAX_RETRY_AFTER = 60.0
BACKOFF = 0.5  # seconds before the second attempt; doubled each time after
DRAIN_TIMEOUT = 10.0
# What a 503 tells Teams to wait before sending again when the outbox is full.
FULL_RETRY_AFTER = 5
# How much of a connector's error body goes into the log: its error code
# and message, not a whole HTML error page.
MAX_ERROR_BODY = 300

USER_AGENT = "RoleCall (aiohttp) Microsoft-BotFramework/3.1"
# Replies as compact UTF-8 JSON, by one encoder made once (`json.dumps` with
# options makes a new one for every reply).
_ACTIVITY_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))

# Where the web application keeps the outbox: tests and the shutdown hook find it here.
OUTBOX = web.AppKey("teams_outbox", object)


@dataclass(frozen=True)
class DeliveryPolicy:
    timeout: float = DEFAULT_TIMEOUT
    attempts: int = DEFAULT_ATTEMPTS
    max_concurrent: int = DEFAULT_MAX_CONCURRENT
    max_pending: int = DEFAULT_MAX_PENDING
    max_retry_after: float = MAX_RETRY_AFTER
    backoff: float = BACKOFF
    drain_timeout: float = DRAIN_TIMEOUT


@dataclass(frozen=True)
class Delivery:
    """One activity for one conversation, ready to post."""

    service_url: str
    conversation_id: str
    # POST: the activity answered (None for a new message in the conversation);
    # PUT: the bot's own message being replaced.
    reply_to_id: str | None
    body: bytes  # the activity as JSON
    credentials: object  # botbuilder's credentials for this app id and audience
    method: str = "POST"

    @property
    def url(self) -> str:
        path = f"v3/conversations/{quote(self.conversation_id, safe='')}/activities"
        if self.reply_to_id:
            path += f"/{quote(self.reply_to_id, safe='')}"
        return f"{self.service_url.rstrip('/')}/{path}"

    def describe(self) -> str:
        return f"activity {logged_id(self.reply_to_id or '(none)')}, conversation {logged_id(self.conversation_id)}"

    @staticmethod
    def to_json(activity_dict: dict) -> bytes:
        return _ACTIVITY_JSON.encode(activity_dict).encode("utf-8")


class DeliveryFailed(Exception):
    """A reply that did not reach the connector; the message is the cause."""

    def __init__(self, cause: str, status: int | None = None, wait: float | None = None):
        super().__init__(cause)
        self.cause, self.status, self.wait = cause, status, wait


class _Retry(DeliveryFailed):
    """An attempt failed in a way worth trying again (after `wait`, if given)."""


class ConnectorOutbox:
    def __init__(self, policy: DeliveryPolicy = DeliveryPolicy(), tokens: BearerTokens | None = None):
        self.policy = policy
        self._tokens = tokens or BearerTokens(timeout=policy.timeout)
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[tuple, tuple[URL | None, aiohttp.BasicAuth | None]] = {}
        self._sending = asyncio.Semaphore(policy.max_concurrent)
        self._pending: set[asyncio.Task] = set()
        self._was_full = False
        self.delivered = 0
        self.failed = 0

    # -- admission ---------------------------------------------------------
    @property
    def pending(self) -> int:
        return len(self._pending)

    def has_room(self) -> bool:
        """False when `max_pending` replies are waiting; logs the moment it
        fills up and the moment it has room again, not every refusal."""
        room = len(self._pending) < self.policy.max_pending
        if room == self._was_full:
            self._was_full = not room
            if room:
                log.warning("Teams replies are flowing again (%d waiting): accepting activities",
                            len(self._pending))
            else:
                log.warning("%d Teams replies are waiting for the Bot Connector: new activities get "
                            "503 until some are delivered or given up", len(self._pending))
        return room

    # -- sending -----------------------------------------------------------
    def submit(self, delivery: Delivery, after: asyncio.Task | None = None) -> asyncio.Task:
        """Deliver in the background; returns at once. `after`: a delivery
        that must be finished first (the replies of one turn keep their order)."""
        task = asyncio.get_running_loop().create_task(self._in_background(delivery, after))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)
        return task

    async def _in_background(self, delivery: Delivery, after: asyncio.Task | None) -> None:
        try:
            if after is not None and not after.done():
                await asyncio.wait([after])
            await self.send(delivery)
        except DeliveryFailed:
            pass  # logged by `send`
        except asyncio.CancelledError:
            self._log_failure(delivery, "the server stopped before it could be delivered", None, 0)
            raise
        except Exception as error:  # a bug of ours: still say which reply was lost
            self.failed += 1
            note_delivery_failure("teams", "error")
            log.error("Teams reply not delivered (%s): %s", delivery.describe(), type(error).__name__,
                      exc_info=error)

    async def send(self, delivery: Delivery) -> str | None:
        """Post `delivery`, retrying as the policy says; the id the connector
        gave the reply. Raises DeliveryFailed (already logged) when it gives up."""
        policy = self.policy
        attempt = 0
        while True:
            attempt += 1
            try:
                reply_id = await self._attempt(delivery)
            except _Retry as retry:
                wait = retry.wait if retry.wait is not None else self._backoff(attempt)
                if attempt >= policy.attempts:
                    self._log_failure(delivery, retry.cause, retry.status, attempt)
                    raise DeliveryFailed(retry.cause, retry.status) from None
                if wait > policy.max_retry_after:
                    cause = (f"{retry.cause}, and asked to wait {wait:.0f} s "
                             f"(over the {policy.max_retry_after:.0f} s limit)")
                    self._log_failure(delivery, cause, retry.status, attempt)
                    raise DeliveryFailed(cause, retry.status) from None
                log.info("Teams reply (%s): %s; trying again in %.1f s", delivery.describe(), retry.cause, wait)
                await asyncio.sleep(wait)
                continue
            except DeliveryFailed as final:
                self._log_failure(delivery, final.cause, final.status, attempt)
                raise
            self.delivered += 1
            return reply_id

    async def _attempt(self, delivery: Delivery) -> str | None:
        try:
            authorization = await self._tokens.header(delivery.credentials)
        except Exception as error:  # the token service is down or refused us
            raise _Retry(f"no token for the Bot Connector ({type(error).__name__}: {error})") from None
        headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT}
        if authorization:
            headers["Authorization"] = authorization
        timeout = self.policy.timeout
        async with self._sending:
            try:
                proxy, proxy_auth = await self._proxy_for(delivery.url)
                async with self._client().request(delivery.method, delivery.url, data=delivery.body,
                                                  headers=headers, proxy=proxy, proxy_auth=proxy_auth,
                                                  timeout=aiohttp.ClientTimeout(total=timeout)) as response:
                    status = response.status
                    body = await response.read()
                    retry_after = response.headers.get("Retry-After")
            except asyncio.TimeoutError:
                raise _Retry(f"no answer within {timeout:g} s") from None
            except aiohttp.ClientError as error:
                raise _Retry(f"{type(error).__name__}: {error}") from None
        if 200 <= status < 300:
            return _reply_id(body)
        cause = f"HTTP {status}" + (f": {_excerpt(body)}" if body else "")
        if status == 429 or status >= 500:
            raise _Retry(cause, status, _retry_after(retry_after))
        if status == 401 and authorization:
            self._tokens.forget(delivery.credentials)  # a revoked token: fetch a new one
            raise _Retry(cause, status)
        raise DeliveryFailed(cause, status)

    def _backoff(self, attempt: int) -> float:
        return self.policy.backoff * 2 ** (attempt - 1) * random.uniform(0.8, 1.2)

    def _log_failure(self, delivery: Delivery, cause: str, status: int | None, attempts: int) -> None:
        self.failed += 1
        note_delivery_failure("teams", _cause_label(cause, status))
        log.error("Teams reply not delivered (%s, %s): %s%s", delivery.describe(),
                  _host(delivery.service_url), cause,
                  f" (after {attempts} attempt{'s' if attempts != 1 else ''})" if attempts else "",
                  extra={"teams_activity_id": delivery.reply_to_id and logged_id(delivery.reply_to_id),
                         "teams_conversation_id": logged_id(delivery.conversation_id),
                         "connector_status": status})

    def _client(self) -> aiohttp.ClientSession:
        """One session for every reply: connections to a connector are kept
        and reused. Created on first use, inside the running event loop."""
        if self._session is None or self._session.closed:
            # Not trust_env: aiohttp would then look up the proxy settings (on
            # a thread) and ~/.netrc for every reply (bench/README.md).
            # `_proxy_for` looks once per connector host.
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self.policy.max_concurrent))
        return self._session

    async def _proxy_for(self, url: str) -> tuple[URL | None, aiohttp.BasicAuth | None]:
        """The proxy for replies to `url`'s host, as the `requests` that
        botbuilder uses would pick it: HTTPS_PROXY/HTTP_PROXY and NO_PROXY
        (or the system's settings), read once per scheme and host."""
        target = URL(url)
        where = (target.scheme, target.host, target.port)
        if where not in self._proxies:
            self._proxies[where] = await asyncio.to_thread(_env_proxy, target)
        return self._proxies[where]

    # -- lifecycle -----------------------------------------------------------
    async def settled(self) -> None:
        """Return once nothing is in flight: every reply submitted so far is
        delivered or given up."""
        while self._pending:
            await asyncio.wait(set(self._pending))

    async def close(self, _app: web.Application | None = None) -> None:
        """The web application's cleanup: give what is in flight up to
        `drain_timeout` to arrive, then give up on the rest (each is logged)."""
        if self._pending:
            log.info("waiting up to %g s for %d Teams replies to be delivered",
                     self.policy.drain_timeout, len(self._pending))
            _done, left = await asyncio.wait(set(self._pending), timeout=self.policy.drain_timeout)
            for task in left:
                task.cancel()
            await asyncio.gather(*left, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
        await self._tokens.close()


def _reply_id(body: bytes) -> str | None:
    try:
        answer = json.loads(body) if body else None
    except ValueError:
        return None
    return answer.get("id") if isinstance(answer, dict) else None


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an
    HTTP date. None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _cause_label(cause: str, status: int | None) -> str:
    """The `cause` label of the delivery-failure metric, as Slack's replies
    have it (adapters/slack/web_api.failure_cause)."""
    if status:
        return f"http_{status}"
    if cause.startswith("no answer within"):
        return "timeout"
    if cause.startswith("no token"):
        return "token"
    if cause.startswith("the server stopped"):
        return "shutdown"
    return "connection"


def _excerpt(body: bytes) -> str:
    text = body.decode("utf-8", "replace")
    return " ".join(text.split())[:MAX_ERROR_BODY]


def _host(service_url: str) -> str:
    return urlsplit(service_url).netloc or service_url


def _env_proxy(url: URL) -> tuple[URL | None, aiohttp.BasicAuth | None]:
    """The proxy the environment names for `url` (HTTP_PROXY, HTTPS_PROXY,
    ALL_PROXY, unless NO_PROXY covers its host), as `requests` reads them,
    with the credentials in its URL apart; or none."""
    if url.host and urllib.request.proxy_bypass(url.host):
        return None, None
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy:
        return None, None
    proxy_url = URL(proxy)
    auth = aiohttp.BasicAuth(proxy_url.user, proxy_url.password or "") if proxy_url.user else None
    return proxy_url.with_user(None), auth

