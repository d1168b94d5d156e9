"""Bearer tokens for the Bot Connector, fetched off the event loop and kept.
botbuilder's credentials still decide how a token is obtained, but
`signed_session` runs on a worker thread, one fetch at a time, and the header
is kept until shortly before expiry (refreshed in the background), so
replies do not wait for the token service.
"""

import asyncio
import logging
import time
import weakref
from dataclasses import dataclass

import jwt
import requests

log = logging.getLogger("rolecall.teams.tokens")

# Entra ID tokens live 60-90 minutes; refreshing five minutes early leaves
# room for a slow token service without ever sending an expired token.
REFRESH_BEFORE_EXPIRY = 300.0
# A token whose lifetime cannot be read (not a JWT) is kept this long.
UNKNOWN_LIFETIME = 600.0
# With no app id, `signed_session` adds no header; looked at again hourly.
NO_TOKEN_LIFETIME = 3600.0


@dataclass
class _Entry:
    header: str | None
    refresh_at: float  # time.monotonic()
    expires_at: float


class BearerTokens:
    def __init__(self, timeout: float = 10.0):
        self._timeout = timeout
        # Keyed by botbuilder's credentials object, which lives as long as the
        # cached connector client that holds it.
        self._entries: "weakref.WeakKeyDictionary[object, _Entry]" = weakref.WeakKeyDictionary()
        self._fetching: "weakref.WeakKeyDictionary[object, asyncio.Task]" = weakref.WeakKeyDictionary()
        self._background: set[asyncio.Task] = set()

    async def header(self, credentials) -> str | None:
        """The `Authorization` header for a request made with `credentials`,
        or None when they add none."""
        now = time.monotonic()
        entry = self._entries.get(credentials)
        if entry is not None and now < entry.refresh_at:
            return entry.header
        if entry is not None and now < entry.expires_at:
            task = self._fetch(credentials)
            self._background.add(task)
            task.add_done_callback(self._refreshed)
            return entry.header
        return await asyncio.shield(self._fetch(credentials))

    def forget(self, credentials) -> None:
        """The connector refused the token: the next reply fetches a new one."""
        self._entries.pop(credentials, None)

    async def close(self) -> None:
        for task in list(self._background):
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)

    def _fetch(self, credentials) -> asyncio.Task:
        """The one fetch in flight for `credentials`, started if there is none."""
        task = self._fetching.get(credentials)
        if task is None or task.done():
            task = asyncio.get_running_loop().create_task(self._fetch_now(credentials))
            self._fetching[credentials] = task
        return task

    async def _fetch_now(self, credentials) -> str | None:
        async with asyncio.timeout(self._timeout):
            header = await asyncio.to_thread(_signed_header, credentials)
        now = time.monotonic()
        lifetime = _lifetime(header)
        refresh_at = now + max(lifetime - REFRESH_BEFORE_EXPIRY, lifetime / 2)
        self._entries[credentials] = _Entry(header, refresh_at, now + lifetime)
        return header

    def _refreshed(self, task: asyncio.Task) -> None:
        self._background.discard(task)
        if not task.cancelled() and task.exception() is not None:
            error = task.exception()
            log.warning("refreshing the Bot Connector token failed (%s: %s); the current one is "
                        "used until it expires", type(error).__name__, error)


def _signed_header(credentials) -> str | None:
    """Runs on a worker thread: botbuilder's own way of signing a request."""
    session = credentials.signed_session(requests.Session())
    try:
        return session.headers.get("Authorization")
    finally:
        session.close()


def _lifetime(header: str | None) -> float:
    """Seconds the header stays good: until the token's `exp`."""
    if not header:
        return NO_TOKEN_LIFETIME
    token = header.partition(" ")[2]
    try:
        expires = jwt.decode(token, options={"verify_signature": False}).get("exp")
    except jwt.PyJWTError:
        return UNKNOWN_LIFETIME
    if not isinstance(expires, (int, float)):
        return UNKNOWN_LIFETIME
    return max(0.0, expires - time.time())
