"""What RoleCall's web application keeps in memory over many requests, in
one process: for telling a leak from the allocator's slack.

`bench/load.py --requests N` samples the server's RSS, which says *that*
memory moved but not *what* holds it. Here the application `rolecall serve`
builds (Slack and anonymous Teams, a SQLite file, the far-side fakes of
`bench/farside.py` in their own processes) gets mixed slash commands,
mentions and Teams messages handed straight to aiohttp's application, 64 in
flight. At each checkpoint the live objects are counted by type (and, with
`--trace`, `tracemalloc` compares what is allocated and still alive, by
where it was allocated; slow: it hooks every allocation), against the first
checkpoint, biggest growth first, with the process's RSS and the sizes of
the application's own bounded structures beside them.

`--people` spreads the traffic over that many users, channels and Teams
conversations (load.py's traffic has 50 people in 10 channels), so that
anything kept per user or per conversation shows up as growth.

    .venv/bin/python bench/memory.py                       # checkpoints at 20k, 60k, 100k
    .venv/bin/python bench/memory.py --checkpoints 5000,20000 --people 20000
"""

import argparse
import asyncio
import ctypes
import gc
import linecache
import os
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import make_mocked_request

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import farside, own_cost, servers, traffic  # noqa: E402

CONCURRENCY = 64
CHUNK = 1000  # requests built at a time: the prepared requests are not what is measured
KINDS = ("slash", "mention", "teams")


def rolecall_app(workdir: Path, api_url: str) -> web.Application:
    """The application `rolecall serve` runs, Slack and Teams, on a new SQLite file."""
    from adapters.logs import configure_logging
    from adapters.settings import load_settings
    from adapters.web import build_app, prefer_the_event_loop
    from bot import open_assistant

    env = {"SLACK_BOT_TOKEN": farside.BOT_TOKEN, "SLACK_SIGNING_SECRET": own_cost.SECRET,
           "SLACK_API_URL": api_url, "ROLECALL_TEAMS_ANONYMOUS": "1",
           "DATABASE_URL": str(workdir / "rolecall.db"), "ROLECALL_RATE_LIMIT": servers.BENCH_RATE_LIMIT}
    settings = load_settings(env)
    configure_logging("json", secrets=[farside.BOT_TOKEN, own_cost.SECRET],
                      stream=open(workdir / "rolecall.log", "w"))
    assistant = open_assistant(settings.database_url, lazy=True, upgrade=True, serving=True)
    assistant.knowledge.store.prepare()
    prefer_the_event_loop()
    return build_app(settings, assistant)


def requests(first: int, count: int, loop, *, api_url: str, service_url: str, run: str) -> list[web.Request]:
    """Requests first..first+count of the mixed run, as aiohttp requests."""
    asked = traffic.questions()
    now = int(time.time())
    connection = make_mocked_request("POST", traffic.SLACK_PATH, loop=loop)  # one stand-in, shared
    built = []
    for n in range(first, first + count):
        kind, question = KINDS[n % len(KINDS)], asked[n % len(asked)]
        if kind == "slash":
            request = traffic.slash_command(question, n, secret=own_cost.SECRET, timestamp=now,
                                            response_url=api_url.removesuffix("/api/") + "/respond")
        elif kind == "mention":
            request = traffic.app_mention(question, n, secret=own_cost.SECRET, timestamp=now, run=run)
        else:
            request = traffic.teams_message(question, n, service_url=service_url, run=run)
        built.append(own_cost.as_request(request, connection, loop))
    return built


async def handle(app: web.Application, batch: list[web.Request]) -> list[int]:
    queue = iter(batch)
    statuses = []

    async def client():
        for request in queue:
            response = await app._handle(request)
            statuses.append(response.status)

    await asyncio.gather(*(client() for _ in range(CONCURRENCY)))
    return statuses


def sizes(app: web.Application) -> dict[str, int]:
    """The lengths of the application's bounded structures that can be reached from it."""
    from adapters.web import RUNTIME

    runtime = app.get(RUNTIME)
    found = {}
    if runtime is not None:
        found["runtime memo"] = len(runtime._memo)
        if runtime.limiter is not None:
            found["rate-limit buckets"] = len(runtime.limiter)
    found["gc objects"] = len(gc.get_objects())
    return found


def census() -> dict[str, list[int]]:
    """Live objects the garbage collector tracks, by type: [count, bytes]."""
    found: dict[str, list[int]] = {}
    for obj in gc.get_objects():
        entry = found.setdefault(type(obj).__qualname__, [0, 0])
        entry[0] += 1
        entry[1] += sys.getsizeof(obj)
    return found


def show_census(now: dict, before: dict, label: str, limit: int) -> None:
    growth = sorted(((now[k][1] - before.get(k, [0, 0])[1], now[k][0] - before.get(k, [0, 0])[0], k)
                     for k in now), reverse=True)
    print(f"== {label}: live objects by type, growth since the first checkpoint")
    for size, count, name in growth[:limit]:
        if size < 10_000 and count < 100:
            break
        print(f"{size / 1024:+9.1f} KiB {count:+8d} {name}")


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def native_mb() -> dict[str, float]:
    """What C code holds: SQLite's own allocations, and glibc malloc's bytes
    in use and free-but-kept (mallinfo2; free-but-kept growing while in-use
    stays is the allocator's slack, not a leak)."""
    found = {}
    try:
        sqlite = ctypes.CDLL("libsqlite3.so.0")
        sqlite.sqlite3_memory_used.restype = ctypes.c_int64
        found["sqlite"] = sqlite.sqlite3_memory_used() / 1e6
    except (OSError, AttributeError):
        pass
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _Mallinfo2
        info = libc.mallinfo2()
        found["malloc in use"] = (info.uordblks + info.hblkhd) / 1e6
        found["malloc free, kept"] = info.fordblks / 1e6
    except (OSError, AttributeError):
        pass
    return found


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def show(snapshot, baseline, label: str, limit: int) -> None:
    stats = snapshot.compare_to(baseline, "traceback")
    total = sum(s.size_diff for s in stats)
    print(f"\n== {label}: {total / 1e6:+.2f} MB traced since the first checkpoint "
          f"({sum(s.size for s in snapshot.statistics('filename')) / 1e6:.1f} MB traced in all)")
    for stat in stats[:limit]:
        if abs(stat.size_diff) < 10_000:
            break
        print(f"{stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+8d} blocks (now {stat.size / 1024:.1f} KiB)")
        for frame in list(stat.traceback)[-1:-6:-1]:  # innermost first
            line = linecache.getline(frame.filename, frame.lineno).strip()
            print(f"      {_short(frame.filename)}:{frame.lineno}  {line[:90]}")


def _short(filename: str) -> str:
    for mark in ("site-packages/", str(ROOT) + "/", "lib/python3"):
        if mark in filename:
            return filename.split(mark, 1)[1]
    return filename


async def main_async(args) -> None:
    traffic.PEOPLE = args.people
    traffic.CHANNELS = max(1, args.people // 5)
    with tempfile.TemporaryDirectory() as tmp:
        fakes = [servers.fake("slack", Path(tmp)), servers.fake("connector", Path(tmp))]
        for fake in fakes:
            fake.start()
        try:
            await measure(fakes, Path(tmp), args)
        finally:
            for fake in fakes:
                fake.stop()


async def measure(fakes, workdir: Path, args) -> None:
    """The run itself: the application, the requests, the checkpoints."""
    loop = asyncio.get_running_loop()
    for fake in fakes:
        fake.wait_ready()
    api_url, service_url = f"{fakes[0].url}/api/", f"{fakes[1].url}/amer/"
    app = rolecall_app(workdir, api_url)
    runner = web.AppRunner(app)
    await runner.setup()
    run = uuid.uuid4().hex[:10].upper()
    checkpoints = sorted(args.checkpoints)
    if args.trace:
        tracemalloc.start(args.frames)
    baseline, first_census, done = None, None, 0
    for checkpoint in checkpoints:
        while done < checkpoint:
            count = min(CHUNK, checkpoint - done)
            batch = requests(done, count, loop, api_url=api_url, service_url=service_url, run=run)
            statuses = await handle(app, batch)
            bad = [s for s in statuses if s >= 300]
            if bad:
                print(f"  {len(bad)} of {count} requests were not answered with 2xx (e.g. {bad[0]})")
            done += count
            del batch
        await asyncio.sleep(1.0)  # replies posted after the ack go out, a lot is written
        gc.collect()
        print(f"\n{done} requests: RSS {rss_mb():.1f} MB, "
              f"{', '.join(f'{k} {v:.1f} MB' for k, v in native_mb().items())}; "
              f"{', '.join(f'{k} {v}' for k, v in sizes(app).items())}", flush=True)
        counted = census()
        if first_census is None:
            first_census = counted
        else:
            show_census(counted, first_census, f"{done} requests", args.top)
        if args.trace:
            snapshot = tracemalloc.take_snapshot().filter_traces(
                [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<frozen*")])
            if baseline is None:
                baseline = snapshot
            else:
                show(snapshot, baseline, f"{done} requests", args.top)
    await runner.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkpoints", type=lambda s: [int(x) for x in s.split(",")],
                        default=[20_000, 60_000, 100_000], help="request counts at which to take snapshots")
    parser.add_argument("--people", type=int, default=traffic.PEOPLE,
                        help="distinct users (and a fifth as many channels) the traffic comes from")
    parser.add_argument("--top", type=int, default=15, help="growths shown per checkpoint")
    parser.add_argument("--trace", action="store_true", help="also compare tracemalloc snapshots (slow)")
    parser.add_argument("--frames", type=int, default=12, help="frames kept per allocation")
    args = parser.parse_args()
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
