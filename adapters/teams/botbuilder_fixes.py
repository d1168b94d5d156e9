"""botframework-connector's signing-key cache, fixed once at start-up (`apply()`
is idempotent and refuses untested releases of it and of msrest, whose model
maps `wire` and `wire_in` read).

The refresh ran `requests.get` with no timeout on the event loop; here it
runs on a worker thread with a timeout, one at a time, stale keys serving
meanwhile. An unknown key id now gives None (so a rotation refreshes), keys
are decoded once, and a failed fetch is not retried before RETRY_AFTER_FAILURE.
"""

import asyncio
import json
import logging
from datetime import datetime, timedelta

from adapters.sdk_versions import require_tested

log = logging.getLogger("rolecall.teams")

# The releases this fix was tested with (tests/test_teams_signing_keys.py).
TESTED_VERSIONS = ("4.17.",)
# The msrest releases `adapters.teams.wire` and `wire_in` were tested with.
MSREST_TESTED_VERSIONS = ("0.7.",)

MARKER = "_rolecall_patched"
# Microsoft's metadata endpoints answer in well under a second.
KEY_FETCH_TIMEOUT = 10.0
KEYS_MAX_AGE = timedelta(days=1)  # botbuilder's own refresh period
UNKNOWN_KEY_REFRESH = timedelta(hours=1)  # at most this often for a key id not in the set
# After a failed fetch, the next one waits this long: long enough that a flood
# of requests costs a fetch a minute, short enough that real Teams traffic is
# refused for at most a minute once Microsoft answers again.
RETRY_AFTER_FAILURE = timedelta(minutes=1)


def apply() -> None:
    require_tested("botframework-connector", TESTED_VERSIONS)
    require_tested("msrest", MSREST_TESTED_VERSIONS)
    from botframework.connector.auth import jwt_token_extractor

    metadata = jwt_token_extractor._OpenIdMetadata
    if getattr(metadata, MARKER, False):
        return
    metadata.get = _get
    metadata._refresh = _refresh
    metadata._find = _find
    setattr(metadata, MARKER, True)


async def _get(self, key_id: str):
    age = datetime.now() - self.last_updated
    if age > KEYS_MAX_AGE:
        if self.keys:
            _refresh_in_background(self)
        else:
            await self._refresh()
    key = self._find(key_id)
    if key is None and datetime.now() - self.last_updated > UNKNOWN_KEY_REFRESH:
        await self._refresh()
        key = self._find(key_id)
    return key


async def _refresh(self) -> None:
    """One fetch at a time per metadata URL, on a worker thread, and none
    for a while after one failed."""
    task = getattr(self, "_rolecall_refreshing", None)
    if task is None or task.done():
        if _failed_lately(self):
            age = (datetime.now() - self._rolecall_failed_at).total_seconds()
            raise KeysUnavailable(f"fetching the signing keys from {self.url} failed {age:.0f} s ago")
        task = asyncio.get_running_loop().create_task(_fetch(self))
        self._rolecall_refreshing = task
    await asyncio.shield(task)


def _refresh_in_background(self) -> None:
    task = getattr(self, "_rolecall_refreshing", None)
    if (task is not None and not task.done()) or _failed_lately(self):
        return
    task = asyncio.get_running_loop().create_task(_fetch(self))
    self._rolecall_refreshing = task
    task.add_done_callback(_log_background_failure)


class KeysUnavailable(Exception):
    """The last fetch of the signing keys failed less than RETRY_AFTER_FAILURE ago."""


def _failed_lately(self) -> bool:
    failed_at = getattr(self, "_rolecall_failed_at", None)
    return failed_at is not None and datetime.now() - failed_at < RETRY_AFTER_FAILURE


async def _fetch(self) -> None:
    try:
        keys = await asyncio.to_thread(_download_keys, self.url)
    except Exception:
        self._rolecall_failed_at = datetime.now()
        raise
    self._rolecall_failed_at = None
    self.keys = keys
    self._rolecall_public_keys = {}
    self.last_updated = datetime.now()


def _download_keys(url: str) -> list:
    import requests

    response = requests.get(url, timeout=KEY_FETCH_TIMEOUT)
    response.raise_for_status()
    keys_url = response.json()["jwks_uri"]
    response = requests.get(keys_url, timeout=KEY_FETCH_TIMEOUT)
    response.raise_for_status()
    return response.json()["keys"]


def _find(self, key_id: str):
    from botframework.connector.auth.jwt_token_extractor import _OpenIdConfig
    from jwt.algorithms import RSAAlgorithm

    cache = getattr(self, "_rolecall_public_keys", None)
    if cache is None:
        cache = self._rolecall_public_keys = {}
    if key_id in cache:
        return cache[key_id]
    key = next((k for k in self.keys or () if k.get("kid") == key_id), None)
    if key is None:
        return None
    found = _OpenIdConfig(RSAAlgorithm.from_jwk(json.dumps(key)), key.get("endorsements", []))
    cache[key_id] = found
    return found


def _log_background_failure(task: asyncio.Task) -> None:
    if not task.cancelled() and task.exception() is not None:
        error = task.exception()
        log.warning("refreshing the Bot Framework signing keys failed (%s: %s); the current keys "
                    "stay in use", type(error).__name__, error)
