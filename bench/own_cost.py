"""What a slash command costs RoleCall on top of a bare Bolt ack, in one
process, without the network: for weighing a change of a few microseconds.

`bench/load.py` is the measurement that counts (real server, real HTTP,
wrk), but on this kind of VM its figures move 10-25% from run to run, more
than most single changes are worth. Here both applications (RoleCall as
`rolecall serve` builds it, and `bench/bare_slack.py`'s) get the same
signed slash commands as aiohttp requests handed straight to the
application (no socket, no HTTP parsing, no response written: the parts
both share), 64 at a time as wrk's connections would be, in alternating
rounds, and the CPU time of each round is divided by its commands.
RoleCall's lots are written as in the web process (on the loop, every
`LOT_INTERVAL_SECONDS`), its request lines go to a JSON log file.

    .venv/bin/python bench/own_cost.py                 # 6 rounds of 8,000 commands each
    .venv/bin/python bench/own_cost.py --rounds 10 --commands 4000

`--mentions` sends signed `app_mention` events instead (each with its own
event id and thread), and a round ends when every reply has reached the fake
Web API (a process of its own, so its CPU is not counted): bare Bolt posts a
fixed `say`, RoleCall its answer, both after the acknowledgement.

`--base DIR --swap MODULE:ATTR ...` weighs a change A/B in the same process,
as bench/teams_cost.py does: DIR holds the code before it (`git worktree add
--detach DIR main`), and the named functions or methods are taken from DIR's
modules in the base's rounds, which alternate with this tree's (the order
alternating too). Without `--swap`, both sides run this tree's code: a control.

    .venv/bin/python bench/own_cost.py --rounds 10 --commands 3000 --base /tmp/before \
        --swap adapters.slack.commands:SlashCommands.reply knowledge.conversations:load_context@bot.assistant
"""

import argparse
import asyncio
import gc
import importlib
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path

from aiohttp import web
from aiohttp.streams import StreamReader
from aiohttp.test_utils import make_mocked_request
from aiohttp.http import HttpVersion11, RawRequestMessage
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import bare_slack, farside, servers, traffic  # noqa: E402

SECRET = "own-cost-signing-secret"
TOKEN = farside.BOT_TOKEN  # the token the fake Web API knows
CONCURRENCY = 64


def rolecall_app(workdir: Path, api_url: str) -> web.Application:
    """The web application `rolecall serve` runs, on a new SQLite file."""
    from adapters.logs import configure_logging
    from adapters.settings import load_settings
    from adapters.web import build_app, prefer_the_event_loop
    from bot import open_assistant

    env = {"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": api_url,
           "DATABASE_URL": str(workdir / "rolecall.db"), "ROLECALL_RATE_LIMIT": servers.BENCH_RATE_LIMIT}
    settings = load_settings(env)
    log_file = open(workdir / "rolecall.log", "w")
    configure_logging("json", secrets=[TOKEN, SECRET], stream=log_file)
    assistant = open_assistant(settings.database_url, lazy=True, upgrade=True, serving=True)
    assistant.knowledge.store.prepare()
    prefer_the_event_loop()
    return build_app(settings, assistant)


def commands(count: int, loop) -> list[web.Request]:
    """`count` signed slash commands as aiohttp requests, bodies ready to
    read. They share one stand-in connection (aiohttp's test helper makes
    mock objects for it, which cost more to build than handling a command)."""
    questions = traffic.questions()
    now = int(time.time())
    connection = make_mocked_request("POST", traffic.SLACK_PATH, loop=loop)
    built = []
    for n in range(count):
        command = traffic.slash_command(questions[n % len(questions)], n, secret=SECRET, timestamp=now,
                                        response_url="https://hooks.slack.com/commands/T0BENCH")  # as Slack sends it
        built.append(as_request(command, connection, loop))
    return built


def mentions(start: int, count: int, loop) -> list[web.Request]:
    """`count` signed mentions (event ids from `start`: never seen before, so
    none is dropped as a repeat) as aiohttp requests, bodies ready to read."""
    questions = traffic.questions()
    now = int(time.time())
    connection = make_mocked_request("POST", traffic.SLACK_PATH, loop=loop)
    return [as_request(traffic.app_mention(questions[n % len(questions)], n, secret=SECRET, timestamp=now,
                                           run="cost"), connection, loop)
            for n in range(start, start + count)]


def posted(fake: servers.Fake, expected: int):
    """A `settle` for `round_of`: until the fake Web API has counted
    `expected` messages posted in all."""
    async def settle() -> None:
        while fake.counts().get("chat.postMessage", 0) < expected:
            await asyncio.sleep(0.02)
    return settle


def as_request(request: traffic.Request, connection: web.Request, loop) -> web.Request:
    """`request` as an aiohttp request on `connection`'s stand-in transport, its body ready to read."""
    payload = StreamReader(_Protocol(), 2 ** 16, loop=loop)
    payload.feed_data(request.body)
    payload.feed_eof()
    headers = CIMultiDictProxy(CIMultiDict({**request.headers, "Content-Length": str(len(request.body))}))
    message = RawRequestMessage("POST", request.path, HttpVersion11, headers,
                                tuple((k.encode(), v.encode()) for k, v in headers.items()),
                                False, None, False, False, URL(request.path))
    return web.Request(message, payload, connection.protocol, connection._payload_writer, connection.task, loop)


class _Protocol:
    """What a StreamReader asks of its protocol (flow control) when fed."""

    _reading_paused = False

    def pause_reading(self, **_options):
        pass

    def resume_reading(self, **_options):
        pass


async def round_of(app: web.Application, requests: list[web.Request], settle=None) -> float:
    """CPU seconds per request for `requests`, CONCURRENCY in flight, and
    until `settle()` (when given) says the work they started is done (Teams
    replies delivered: bench/teams_cost.py)."""
    queue = iter(requests)
    statuses = []

    async def client():
        for request in queue:
            response = await app._handle(request)
            statuses.append(response.status)

    started = time.process_time()
    await asyncio.gather(*(client() for _ in range(CONCURRENCY)))
    if settle is not None:
        await settle()
    spent = time.process_time() - started
    bad = [s for s in statuses if not 200 <= s < 300]
    if bad:
        raise SystemExit(f"{len(bad)} requests were not answered with a 2xx (e.g. {bad[0]})")
    return spent / len(requests)


def swaps(base: Path, names: list[str]) -> list[tuple[object, str, object, object]]:
    """(owner, attribute, this tree's value, the base tree's value) for each
    MODULE:ATTR[.ATTR] in `names`, the base's from a copy of the module in `base`.
    MODULE:ATTR@IMPORTER swaps the name IMPORTER imported from MODULE instead."""
    found = []
    for name in names:
        name, _, importer = name.partition("@")
        module_name, _, path = name.partition(":")
        spec = importlib.util.spec_from_file_location(f"base_{module_name.replace('.', '_')}",
                                                      base / (module_name.replace(".", "/") + ".py"))
        before = sys.modules[spec.name] = importlib.util.module_from_spec(spec)  # dataclasses look it up
        spec.loader.exec_module(before)
        owner, theirs = importlib.import_module(module_name), before
        *parents, attribute = path.split(".")
        for parent in parents:
            owner, theirs = getattr(owner, parent), getattr(theirs, parent)
        # a class's own attribute, or the one it inherits when it has none (a method a change adds)
        pick = (lambda o: o.__dict__[attribute] if attribute in o.__dict__ else getattr(o, attribute)) if isinstance(
            owner, type) else (lambda o: getattr(o, attribute))
        if importer:
            owner = importlib.import_module(importer)
        found.append((owner, attribute, pick(owner), pick(theirs)))
    return found


def use(chosen: list, side: int) -> None:
    """Side 2 is this tree's code, side 3 the base's."""
    for swap in chosen:
        setattr(swap[0], swap[1], swap[side])


def print_saving(figures: dict[str, list[float]], unit: str) -> None:
    """What this tree saves of the base's CPU, from rounds taken in turn."""
    before, after = statistics.median(figures["RoleCall (base)"]), statistics.median(figures["RoleCall"])
    pairs = [b - a for b, a in zip(figures["RoleCall (base)"], figures["RoleCall"])]
    print(f"this tree saves {before - after:+.1f} us/{unit} ({100 * (before - after) / before:+.1f}%) "
          f"of the base's; median of the round pairs {statistics.median(pairs):+.0f} "
          f"({', '.join(f'{p:+.0f}' for p in pairs)})")


async def main_async(args) -> None:
    loop = asyncio.get_running_loop()
    chosen = swaps(Path(args.base), args.swap) if args.base else []
    with tempfile.TemporaryDirectory() as tmp:
        fake_slack = servers.fake("slack", Path(tmp))  # Bolt asks auth.test who the token is
        fake_slack.start()
        fake_slack.wait_ready()
        api_url = f"{fake_slack.url}/api/"
        apps = {"bare Bolt": bare_slack.build(api_url, token=TOKEN, signing_secret=SECRET),
                "plain aiohttp": bare_slack.build_plain(signing_secret=SECRET),
                "RoleCall": rolecall_app(Path(tmp), api_url)}
        if args.base:  # the same application, the base's functions swapped in for its rounds
            apps["RoleCall (base)"] = apps["RoleCall"]
        runners = []
        for app in dict.fromkeys(apps.values()):
            runner = web.AppRunner(app)
            await runner.setup()  # start-up hooks run, middlewares frozen
            runners.append(runner)
        if args.mentions:  # a plain handler answers no mentions
            del apps["plain aiohttp"]
        sent = 0

        def requests_for(count: int) -> tuple[list[web.Request], object]:
            nonlocal sent
            if not args.mentions:
                return commands(count, loop), None
            requests = mentions(sent, count, loop)
            sent += count
            return requests, posted(fake_slack, sent)

        gc.collect()
        for name, app in apps.items():  # warm-up: caches filled, first lots written
            use(chosen, 3 if name == "RoleCall (base)" else 2)
            await round_of(app, *requests_for(min(args.commands, 2000)))
        figures = {name: [] for name in apps}
        for number in range(args.rounds):
            for name, app in (apps.items() if number % 2 == 0 else reversed(apps.items())):
                use(chosen, 3 if name == "RoleCall (base)" else 2)
                requests, settle = requests_for(args.commands)
                gc.collect()
                gc.freeze()  # the prepared requests are no garbage collection's work in the round
                figures[name].append(await round_of(app, requests, settle) * 1e6)
        for runner in runners:
            await runner.cleanup()
        fake_slack.stop()
    unit = "mention" if args.mentions else "command"
    bare, ours = statistics.median(figures["bare Bolt"]), statistics.median(figures["RoleCall"])
    for name, values in figures.items():
        print(f"{name:15} median {statistics.median(values):6.1f} us/{unit}  "
              f"(rounds: {', '.join(f'{v:.1f}' for v in values)})")
    print(f"RoleCall's own: {ours - bare:.1f} us/{unit}; CPU ratio bare/RoleCall {bare / ours:.2f}")
    if not args.mentions:
        plain = statistics.median(figures["plain aiohttp"])
        print(f"Bolt's dispatch of an ack over a plain handler's: {bare - plain:.1f} us/command")
    if args.base:
        print_saving(figures, unit)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--commands", type=int, default=8000, help="commands per round and application")
    parser.add_argument("--mentions", action="store_true",
                        help="mentions answered with a posted reply instead of slash commands")
    parser.add_argument("--base", help="a copy of the code before a change, for an A/B in one process")
    parser.add_argument("--swap", nargs="*", default=[], metavar="MODULE:ATTR",
                        help="the functions or methods taken from --base in its rounds")
    args = parser.parse_args()
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
