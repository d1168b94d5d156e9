"""Microsoft's sign-in service (Entra ID), played locally: the OAuth token
endpoint a bot gets its Bot Connector tokens from, on a loopback port.

It answers the client-credentials grant the way login.microsoftonline.com
does: a token for the right app id and secret, and for anything else a 400
or 401 whose `error_description` starts with the AADSTS code people search
for. `requests` records which tenant each request named.
"""

import asyncio
import threading
from dataclasses import dataclass, field

from aiohttp import web

APP_ID = "6a1f4b0e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
APP_PASSWORD = "rolecall~test~client~secret"
TENANT_ID = "9b2c1d0e-aaaa-4bbb-8ccc-123456789abc"
BOT_FRAMEWORK_SCOPE = "https://api.botframework.com/.default"


@dataclass
class FakeEntra:
    requests: list[tuple[str, dict]] = field(default_factory=list)  # (tenant, form)
    url: str = ""

    async def _token(self, request: web.Request) -> web.Response:
        tenant = request.match_info["tenant"]
        form = dict(await request.post())
        self.requests.append((tenant, form))
        if form.get("grant_type") != "client_credentials" or form.get("scope") != BOT_FRAMEWORK_SCOPE:
            return web.json_response({"error": "invalid_request",
                                      "error_description": "AADSTS900144: The request body must contain "
                                                           "the following parameter: 'scope'."}, status=400)
        if form.get("client_id") != APP_ID:
            return web.json_response({"error": "unauthorized_client",
                                      "error_description": f"AADSTS700016: Application with identifier "
                                                           f"'{form.get('client_id')}' was not found in the "
                                                           f"directory '{tenant}'."}, status=400)
        if form.get("client_secret") != APP_PASSWORD:
            return web.json_response({"error": "invalid_client",
                                      "error_description": "AADSTS7000215: Invalid client secret provided."},
                                     status=401)
        return web.json_response({"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
                                  "access_token": "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJib3QifQ.c2lnbmF0dXJl"})

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._token)
        return app


class LoopThread:
    """An event loop on a background thread, for servers that synchronous
    tests (and the processes they start) talk to."""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, coroutine, timeout: float = 30):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    async def serve(self, app: web.Application) -> tuple[web.AppRunner, str]:
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        return runner, f"http://127.0.0.1:{runner.addresses[0][1]}"

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()
