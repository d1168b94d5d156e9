"""The far side of the network for the load benchmark: a fake Slack Web API
and a fake Bot Connector, each its own process, each counting what arrives.

The load benchmark needs to know that a reply was really posted, not just
that the bot answered 200, and it must not let the stand-in be the
bottleneck: so these servers do the least a real service would (read the
body, answer with the fields the SDKs read back) and keep only counters.
`GET /_count` gives the counters, `POST /_reset` zeroes them between
scenarios. The test suite's fakes (`tests/fake_slack.py`,
`tests/fake_connector.py`) record every message for assertions instead;
that costs too much under load.

    python bench/farside.py slack --port 8101
    python bench/farside.py connector --port 8102
"""

import argparse
import itertools
import json

from aiohttp import web

BOT_TOKEN = "xoxb-bench-token"
TEAM = "T0BENCH"
BOT_USER = "UBENCHBOT"
BOT_ID = "BBENCH"

# What every reply would be measured against: a post that reached us with
# the right token (Slack) or to the right path (connector).
_OK_AUTH = {"ok": True, "url": "https://bench.slack.com/", "team": "Bench", "user": "bench",
            "team_id": TEAM, "user_id": BOT_USER, "bot_id": BOT_ID, "is_enterprise_install": False}


class Counters:
    def __init__(self):
        self.counts: dict[str, int] = {}

    def add(self, name: str) -> None:
        self.counts[name] = self.counts.get(name, 0) + 1

    async def get(self, _request: web.Request) -> web.Response:
        return web.json_response(self.counts)

    async def reset(self, _request: web.Request) -> web.Response:
        self.counts.clear()
        return web.json_response({})


def slack_app() -> web.Application:
    """`POST /api/{method}` as Slack's Web API answers it, plus response URLs."""
    counters = Counters()
    stamps = itertools.count(1)

    async def web_api(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        raw = await request.read()
        if request.headers.get("Authorization", "") != f"Bearer {BOT_TOKEN}":
            counters.add(f"{method}:refused")
            return web.json_response({"ok": False, "error": "invalid_auth"})
        if method == "auth.test":
            counters.add(method)
            return web.json_response(_OK_AUTH)
        if method == "chat.postMessage":
            try:
                body = json.loads(raw) if request.content_type == "application/json" else dict(
                    await request.post())
            except ValueError:
                counters.add(f"{method}:malformed")
                return web.json_response({"ok": False, "error": "invalid_json"})
            if not body.get("channel") or not (body.get("text") or body.get("blocks")):
                counters.add(f"{method}:refused")
                return web.json_response({"ok": False, "error": "no_text"})
            counters.add(method)
            ts = f"1700000000.{next(stamps):06d}"
            return web.json_response({"ok": True, "channel": body["channel"], "ts": ts,
                                      "message": {"type": "message", "ts": ts, "text": body.get("text", "")}})
        counters.add(method)
        return web.json_response({"ok": True})

    async def response_url(request: web.Request) -> web.Response:
        await request.read()
        counters.add("response_url")
        return web.Response(text="ok")

    app = web.Application(client_max_size=4 * 1024 * 1024)
    app.router.add_get("/_count", counters.get)
    app.router.add_post("/_reset", counters.reset)
    app.router.add_post("/api/{method}", web_api)
    app.router.add_post("/respond/{name}", response_url)
    return app


def connector_app() -> web.Application:
    """`POST …/v3/conversations/{id}/activities[/{replyToId}]`, as the Bot
    Connector answers it (201 with the new activity's id)."""
    counters = Counters()
    ids = itertools.count(1)

    async def activities(request: web.Request) -> web.Response:
        raw = await request.read()
        try:
            body = json.loads(raw)
        except ValueError:
            counters.add("malformed")
            return web.json_response({"error": {"code": "BadArgument"}}, status=400)
        if not isinstance(body, dict) or body.get("type") != "message":
            counters.add("other")
        else:
            counters.add("activities")
        return web.json_response({"id": f"reply-{next(ids)}"}, status=201)

    app = web.Application(client_max_size=4 * 1024 * 1024)
    app.router.add_get("/_count", counters.get)
    app.router.add_post("/_reset", counters.reset)
    app.router.add_post("/{region}/v3/conversations/{conversation}/activities", activities)
    app.router.add_post("/{region}/v3/conversations/{conversation}/activities/{reply_to}", activities)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("slack", "connector"))
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    app = slack_app() if args.kind == "slack" else connector_app()
    web.run_app(app, host="127.0.0.1", port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
