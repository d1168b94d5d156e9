"""The floor RoleCall's Slack side is measured against: the smallest Bolt app.

An `AsyncApp` with Bolt's defaults, served by aiohttp the way Bolt's own
aiohttp adapter does it. A slash command is only acknowledged; an
`app_mention` gets a fixed reply posted with `say` to the Web API at
`--api-url` (the benchmark's fake). Nothing else: no store, no answers, so
whatever RoleCall costs on top of this is ours.

    python bench/bare_slack.py --port 8103 --api-url http://127.0.0.1:8101/api/
"""

import argparse
import os
from urllib.parse import parse_qsl

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

SIGNING_SECRET_VARIABLE = "BENCH_SLACK_SIGNING_SECRET"
BOT_TOKEN_VARIABLE = "BENCH_SLACK_BOT_TOKEN"


def build(api_url: str, *, token: str, signing_secret: str) -> web.Application:
    bolt = AsyncApp(client=AsyncWebClient(token=token, base_url=api_url), signing_secret=signing_secret)

    @bolt.command("/rolecall")
    async def command(ack):
        await ack()

    @bolt.event("app_mention")
    async def mention(say):
        await say("Thanks for asking.")

    async def events(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

    async def healthz(_request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application()
    app.router.add_post("/slack/events", events)
    app.router.add_get("/healthz", healthz)
    return app


def build_plain(*, signing_secret: str) -> web.Application:
    """A slash command acknowledged without Bolt: slack_sdk's SignatureVerifier
    (signature and five-minute timestamp, as Bolt checks them) and the form
    parsed once. What a plain aiohttp handler for commands would cost at least
    (bench/own_cost.py weighs it against `build`)."""
    verifier = SignatureVerifier(signing_secret)

    async def events(request: web.Request) -> web.Response:
        raw = await request.text()
        if not verifier.is_valid_request(raw, request.headers):
            return web.Response(status=401)
        fields = dict(parse_qsl(raw, keep_blank_values=True))
        if fields.get("command") is None:
            return web.Response(status=404)
        return web.Response(status=200)

    app = web.Application()
    app.router.add_post("/slack/events", events)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--api-url", required=True)
    args = parser.parse_args()
    app = build(args.api_url, token=os.environ[BOT_TOKEN_VARIABLE],
                signing_secret=os.environ[SIGNING_SECRET_VARIABLE])
    web.run_app(app, host="127.0.0.1", port=args.port, print=None)


if __name__ == "__main__":
    main()
