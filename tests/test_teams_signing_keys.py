"""Microsoft's signing keys are fetched without holding the event loop.

Every authenticated Teams request is checked against keys that botbuilder
downloads from an OpenID metadata document, once a day and when a token
names a key it does not know. botbuilder did that with blocking `requests`
calls on the event loop, so a slow answer from Microsoft stalled every
request in the process, Slack's included. `adapters.teams.botbuilder_fixes` moves it
to a worker thread. Here botbuilder's own metadata cache (patched, as
`install` patches it) fetches from a local server on the test's own event
loop, which hands the keys out only when the test releases them: the test
can only do that while the loop runs, and a fetch that held the loop would
never get them.
"""

import asyncio
import json
import time
import uuid
from datetime import datetime, timedelta

import jwt
import pytest
from aiohttp import web
from botbuilder.schema import Activity
from botframework.connector.auth import AuthenticationConstants
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor, _OpenIdMetadata
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from adapters.settings import ConfigError
from adapters.sdk_versions import require_tested
from adapters.teams import botbuilder_fixes
from adapters.teams.adapter import CachingAuthentication
from tests.fake_connector import serving

WAIT_SECONDS = 30  # a safety net only: each wait here ends as soon as what it waits for happens


def public_jwk(kid: str) -> dict:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    return {**json.loads(RSAAlgorithm.to_jwk(key)), "kid": kid, "endorsements": ["msteams"]}


class SlowMicrosoft:
    """The OpenID metadata document and its key set, the keys handed out
    only while `released` is set (or, while `down`, refused with a 503)."""

    def __init__(self, keys: list[dict]):
        self.keys = keys
        self.down = False
        self.fetches = 0
        self.url = ""
        self.asked = asyncio.Event()  # set at each request for the keys
        self.released = asyncio.Event()

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/openid", self._metadata)
        app.router.add_get("/keys", self._keys)
        return app

    async def _metadata(self, _request):
        return web.json_response({"jwks_uri": self.url + "/keys"})

    async def _keys(self, _request):
        self.fetches += 1
        self.asked.set()
        await self.released.wait()
        if self.down:
            return web.Response(status=503)
        return web.json_response({"keys": self.keys})


async def within(awaitable):
    return await asyncio.wait_for(awaitable, WAIT_SECONDS)


def run(scenario):
    botbuilder_fixes.apply()
    asyncio.run(scenario())


def test_the_first_fetch_waits_for_the_keys_but_not_the_event_loop():
    async def scenario():
        microsoft = SlowMicrosoft([public_jwk("key-1")])
        async with serving(microsoft.app()) as url:
            microsoft.url = url
            metadata = _OpenIdMetadata(url + "/openid")
            getting = asyncio.create_task(metadata.get("key-1"))

            await within(microsoft.asked.wait())  # served on this loop: it was not held
            assert not getting.done()  # the first fetch waits for the keys
            microsoft.released.set()
            key = await within(getting)

            assert key is not None and key.endorsements == ["msteams"]

    run(scenario)


def test_day_old_keys_are_used_at_once_while_new_ones_are_fetched_behind():
    async def scenario():
        microsoft = SlowMicrosoft([public_jwk("key-1")])
        async with serving(microsoft.app()) as url:
            microsoft.url = url
            metadata = _OpenIdMetadata(url + "/openid")
            microsoft.released.set()
            await within(metadata.get("key-1"))
            metadata.last_updated = datetime.now() - timedelta(days=2)
            microsoft.released.clear()
            microsoft.asked.clear()

            key = await within(metadata.get("key-1"))  # while the new keys are held back
            assert key is not None
            await within(microsoft.asked.wait())  # the refresh, in the background
            microsoft.released.set()

            async def refreshed():
                while metadata.last_updated < datetime.now() - timedelta(minutes=1):
                    await asyncio.sleep(0.05)

            await within(refreshed())
            assert microsoft.fetches == 2

    run(scenario)


def test_an_unknown_key_is_none_and_is_looked_for_at_most_hourly():
    async def scenario():
        microsoft = SlowMicrosoft([public_jwk("key-1")])
        microsoft.released.set()
        async with serving(microsoft.app()) as url:
            microsoft.url = url
            metadata = _OpenIdMetadata(url + "/openid")
            await within(metadata.get("key-1"))

            assert await within(metadata.get("rotated-key")) is None  # botbuilder raised IndexError here
            assert microsoft.fetches == 1  # fetched under an hour ago: not again

            metadata.last_updated = datetime.now() - timedelta(hours=2)
            microsoft.keys = [*microsoft.keys, public_jwk("rotated-key")]
            key = await within(metadata.get("rotated-key"))
            assert key is not None and microsoft.fetches == 2

    run(scenario)


def test_applying_the_fix_twice_changes_nothing():
    botbuilder_fixes.apply()
    get = _OpenIdMetadata.get
    botbuilder_fixes.apply()

    assert _OpenIdMetadata.get is get is botbuilder_fixes._get


def test_a_release_the_fix_was_not_tested_with_is_refused_by_name():
    installed = require_tested("botframework-connector", botbuilder_fixes.TESTED_VERSIONS)

    with pytest.raises(ConfigError) as refused:
        require_tested("botframework-connector", ("3.9.",))
    assert f"botframework-connector {installed} is installed" in str(refused.value)
    assert "tested only with 3.9.x" in str(refused.value)


APP_ID = "6a1f4b0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
FORGERS_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


class ConfigNamingMicrosoftAt:
    """RoleCall's Teams settings as botbuilder reads them, with the channel's
    OpenID metadata at `url` instead of Microsoft's."""

    def __init__(self, url: str):
        self.APP_ID, self.APP_PASSWORD, self.APP_TYPE, self.APP_TENANTID = APP_ID, "not-a-secret", "MultiTenant", ""
        self.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
        self.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL = url
        self.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL = url


def forged_token() -> str:
    """Claims as the Bot Connector's, signed with the forger's own key, which
    the header names by a key id Microsoft never published."""
    now = int(time.time())
    claims = {"iss": AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER, "aud": APP_ID,
              "exp": now + 3600, "nbf": now - 60, "serviceurl": "https://smba.trafficmanager.net/amer/"}
    return jwt.encode(claims, FORGERS_KEY, algorithm="RS256", headers={"kid": f"forged-{uuid.uuid4()}"})


async def refused(authentication: CachingAuthentication) -> bool:
    activity = Activity(type="message", channel_id="msteams", service_url="https://smba.trafficmanager.net/amer/")
    try:
        await authentication.authenticate_request(activity, f"Bearer {forged_token()}")
    except Exception:  # the endpoint's 401
        return True
    return False


@pytest.mark.parametrize("down", [False, True], ids=["microsoft answers", "microsoft fails"])
def test_forged_tokens_naming_unknown_keys_do_not_fetch_the_keys_each_time(down):
    async def scenario():
        microsoft = SlowMicrosoft([public_jwk("key-1")])
        microsoft.released.set()
        microsoft.down = down
        async with serving(microsoft.app()) as url:
            microsoft.url = url
            authentication = CachingAuthentication(ConfigNamingMicrosoftAt(url + "/openid"))

            assert all([await refused(authentication) for _ in range(20)])
            assert microsoft.fetches == 1

            if down:  # after a pause, one more try: Microsoft may be back
                metadata = JwtTokenExtractor.metadataCache[url + "/openid"]
                metadata._rolecall_failed_at -= botbuilder_fixes.RETRY_AFTER_FAILURE
                assert all([await refused(authentication) for _ in range(20)])
                assert microsoft.fetches == 2

    run(scenario)
