"""What a Teams message costs RoleCall, in one process, without wrk: for
weighing a change of a few percent of a Teams turn (issue 20).

`bench/load.py --scenarios teams` is the measurement that counts, but its
CPU per activity moves 10-20% between runs on this kind of VM. Here the
web application `rolecall serve` builds (Teams anonymous, a new SQLite
store) gets personal-chat message activities as aiohttp requests handed
straight to the application (no socket, no HTTP parsing: the parts every
server shares), 64 at a time as wrk's connections would be, and each round
ends when every reply has reached the fake Bot Connector (a process of its
own, `bench/farside.py`, so its CPU is not counted). CPU time of the whole
process (every thread: the core's, the log's) per activity, median of the
rounds. `--bare N` also runs botbuilder's echo bot (`bench/bare_teams.py`)
on N activities a round, for the ratio load.py reports.

`--base DIR --swap MODULE:ATTR ...` weighs a change A/B in the same process:
DIR holds the code before it (`git archive BASE | tar -x -C DIR`), and the
named functions or methods are taken from DIR's modules in every other round
(the order alternating), so both sides see the same store, caches and load
on the machine. Objects built at start-up keep this tree's classes, so only
functions and methods can be swapped.

    .venv/bin/python bench/teams_cost.py                      # 6 rounds of 4,000 activities
    .venv/bin/python bench/teams_cost.py --rounds 8 --activities 2000 --bare 300
    .venv/bin/python bench/teams_cost.py --rounds 10 --activities 2000 \
        --base /tmp/before --swap adapters.teams.wire:_value adapters.runtime:Runtime.first_delivery
"""

import argparse
import asyncio
import gc
import statistics
import sys
import tempfile
from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import make_mocked_request

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import bare_teams, servers, traffic  # noqa: E402
from bench.own_cost import as_request, print_saving, round_of, swaps, use  # noqa: E402


def rolecall_app(workdir: Path) -> web.Application:
    """The web application `rolecall serve` runs with Teams anonymous, on a new SQLite file."""
    from adapters.logs import configure_logging
    from adapters.settings import load_settings
    from adapters.web import build_app, prefer_the_event_loop
    from bot import open_assistant

    env = {"ROLECALL_TEAMS_ANONYMOUS": "1", "DATABASE_URL": str(workdir / "rolecall.db"),
           "ROLECALL_RATE_LIMIT": servers.BENCH_RATE_LIMIT}
    settings = load_settings(env)
    log_file = open(workdir / "rolecall.log", "w")
    configure_logging("json", secrets=[], stream=log_file)
    assistant = open_assistant(settings.database_url, lazy=True, upgrade=True, serving=True)
    assistant.knowledge.store.prepare()
    prefer_the_event_loop()
    return build_app(settings, assistant)


def activities(count: int, start: int, service_url: str, loop) -> list[web.Request]:
    """`count` message activities (ids from `start`: never seen before, so
    none is dropped as a repeat) as aiohttp requests, bodies ready to read."""
    questions = traffic.questions()
    connection = make_mocked_request("POST", traffic.TEAMS_PATH, loop=loop)
    return [as_request(traffic.teams_message(questions[n % len(questions)], n, service_url=service_url,
                                             run="cost"), connection, loop)
            for n in range(start, start + count)]


async def main_async(args) -> None:
    from adapters.teams.delivery import OUTBOX

    loop = asyncio.get_running_loop()
    chosen = swaps(Path(args.base), args.swap) if args.base else []
    with tempfile.TemporaryDirectory() as tmp:
        connector = servers.fake("connector", Path(tmp))
        connector.start()
        connector.wait_ready()
        service_url = f"{connector.url}/amer/"
        apps = {"RoleCall": (rolecall_app(Path(tmp)), args.activities)}
        if args.base:
            apps["RoleCall (base)"] = apps["RoleCall"]
        if args.bare:
            apps["bare botbuilder"] = (bare_teams.build(), args.bare)
        runners, settles = [], {}
        for name, (app, _count) in apps.items():
            runner = web.AppRunner(app)
            await runner.setup()  # start-up hooks run, middlewares frozen
            runners.append(runner)
            outbox = app.get(OUTBOX)
            settles[name] = outbox.settled if outbox is not None else _nothing
        gc.collect()
        sent = 0
        for name, (app, count) in apps.items():  # warm-up: caches filled, first lots written
            use(chosen, 3 if name == "RoleCall (base)" else 2)
            warm_up = min(count, 1000)
            await round_of(app, activities(warm_up, sent, service_url, loop), settles[name])
            sent += warm_up
        figures = {name: [] for name in apps}
        for number in range(args.rounds):
            for name, (app, count) in (apps.items() if number % 2 == 0 else reversed(apps.items())):
                use(chosen, 3 if name == "RoleCall (base)" else 2)
                requests = activities(count, sent, service_url, loop)
                sent += count
                gc.collect()
                gc.freeze()  # the prepared requests are no garbage collection's work in the round
                figures[name].append(await round_of(app, requests, settles[name]) * 1e6)
        delivered = connector.counts().get("activities", 0)
        for runner in runners:
            await runner.cleanup()
        connector.stop()
    for name, values in figures.items():
        print(f"{name:16} median {statistics.median(values):7.1f} us/activity  "
              f"(rounds: {', '.join(f'{v:.1f}' for v in values)})")
    if args.bare:
        ratio = statistics.median(figures["bare botbuilder"]) / statistics.median(figures["RoleCall"])
        print(f"CPU ratio bare/RoleCall {ratio:.1f}x")
    if args.base:
        print_saving(figures, "activity")
    print(f"replies delivered: {delivered} of {sent} activities")


async def _nothing() -> None:
    """The bare bot's `process` returns after its reply is delivered."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--activities", type=int, default=4000, help="RoleCall's activities per round")
    parser.add_argument("--bare", type=int, default=0, help="bare botbuilder's activities per round (0: not run)")
    parser.add_argument("--base", help="a copy of the code before a change, for an A/B in one process")
    parser.add_argument("--swap", nargs="*", default=[], metavar="MODULE:ATTR",
                        help="the functions or methods taken from --base in its rounds")
    args = parser.parse_args()
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
