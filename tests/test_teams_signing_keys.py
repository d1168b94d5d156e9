"""Microsoft's signing keys are fetched without holding the event loop.

Every authenticated Teams request is checked against keys that botbuilder
downloads from an OpenID metadata document, once a day and when a token
names a key it does not know. botbuilder did that with blocking `requests`
calls on the event loop, so a slow answer from Microsoft stalled every
request in the process, Slack's included. `adapters.teams.patches` moves it
to a worker thread. Here botbuilder's own metadata cache (patched, as
`install` patches it) fetches from a local server that takes a second to
answer, while a ticker on the same loop checks that the loop never stalls.
"""

import asyncio
import json
import time
from datetime import datetime, timedelta

from aiohttp import web
from botframework.connector.auth.jwt_token_extractor import _OpenIdMetadata
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from adapters.teams import patches
from tests.fake_connector import serving

SLOW = 1.0  # seconds the fake Microsoft takes to hand out its keys
MAX_LOOP_GAP = 0.25  # a ticker every 10 ms must never wait longer than this


def public_jwk(kid: str) -> dict:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    return {**json.loads(RSAAlgorithm.to_jwk(key)), "kid": kid, "endorsements": ["msteams"]}


class SlowMicrosoft:
    """The OpenID metadata document and its key set, served slowly."""

    def __init__(self, keys: list[dict]):
        self.keys = keys
        self.fetches = 0
        self.url = ""

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/openid", self._metadata)
        app.router.add_get("/keys", self._keys)
        return app

    async def _metadata(self, _request):
        return web.json_response({"jwks_uri": self.url + "/keys"})

    async def _keys(self, _request):
        self.fetches += 1
        await asyncio.sleep(SLOW)
        return web.json_response({"keys": self.keys})


async def longest_stall(work) -> tuple[object, float]:
    """Run `work` while a ticker on the same loop measures its longest wait."""
    gaps = []
    done = asyncio.Event()

    async def tick():
        last = time.monotonic()
        while not done.is_set():
            await asyncio.sleep(0.01)
            now = time.monotonic()
            gaps.append(now - last)
            last = now

    ticker = asyncio.create_task(tick())
    try:
        result = await work
    finally:
        done.set()
        await ticker
    return result, max(gaps, default=0.0)


def run(scenario):
    patches.apply()
    asyncio.run(scenario())


def test_the_first_fetch_waits_for_the_keys_but_not_the_event_loop():
    async def scenario():
        microsoft = SlowMicrosoft([public_jwk("key-1")])
        async with serving(microsoft.app()) as url:
            microsoft.url = url
            metadata = _OpenIdMetadata(url + "/openid")
            started = time.monotonic()
            key, stall = await longest_stall(metadata.get("key-1"))

            assert time.monotonic() - started >= SLOW
            assert key is not None and key.endorsements == ["msteams"]
            assert stall < MAX_LOOP_GAP, f"the event loop stalled {stall:.3f} s"

    run(scenario)


def test_day_old_keys_are_used_at_once_while_new_ones_are_fetched_behind():
    async def scenario():
        microsoft = SlowMicrosoft([public_jwk("key-1")])
        async with serving(microsoft.app()) as url:
            microsoft.url = url
            metadata = _OpenIdMetadata(url + "/openid")
            await metadata.get("key-1")
            metadata.last_updated = datetime.now() - timedelta(days=2)

            started = time.monotonic()
            key = await metadata.get("key-1")
            assert key is not None and time.monotonic() - started < SLOW / 2
            for _ in range(100):  # the refresh lands in the background
                if metadata.last_updated > datetime.now() - timedelta(minutes=1):
                    break
                await asyncio.sleep(0.05)
            assert microsoft.fetches == 2

    run(scenario)


def test_an_unknown_key_is_none_and_is_looked_for_at_most_hourly():
    async def scenario():
        microsoft = SlowMicrosoft([public_jwk("key-1")])
        async with serving(microsoft.app()) as url:
            microsoft.url = url
            metadata = _OpenIdMetadata(url + "/openid")
            await metadata.get("key-1")

            assert await metadata.get("rotated-key") is None  # botbuilder raised IndexError here
            assert microsoft.fetches == 1  # fetched under an hour ago: not again

            metadata.last_updated = datetime.now() - timedelta(hours=2)
            microsoft.keys = [*microsoft.keys, public_jwk("rotated-key")]
            key, stall = await longest_stall(metadata.get("rotated-key"))
            assert key is not None and microsoft.fetches == 2
            assert stall < MAX_LOOP_GAP

    run(scenario)


def test_applying_the_patches_twice_changes_nothing():
    from msrest.universal_http.requests import ClientRetryPolicy

    patches.apply()
    get, codes = _OpenIdMetadata.get, ClientRetryPolicy.safe_codes
    patches.apply()

    assert _OpenIdMetadata.get is get and ClientRetryPolicy.safe_codes is codes
    assert isinstance(codes, frozenset) and 404 in codes and 408 not in codes and 503 not in codes
    assert ClientRetryPolicy().policy.status_forcelist == [408, *range(500, 501), *range(502, 505),
                                                           *range(506, 999)]
