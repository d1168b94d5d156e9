"""RoleCall under load, next to the bare frameworks, in one run.

    .venv/bin/python bench/load.py [--duration 15] [--runs 3] [--connections 32,64] [--quick]
    .venv/bin/python bench/load.py --requests 100000      # memory over a long run
    .venv/bin/python bench/load.py --debug-asyncio        # slow callbacks under load
    .venv/bin/python bench/load.py --quick --profile prof/   # py-spy samples of RoleCall

Starts, each as its own process on a loopback port: `rolecall serve`
(Slack, and Teams anonymous, on a seeded SQLite store), a bare slack-bolt app
that only acknowledges commands and posts a fixed reply to mentions, a bare
botbuilder echo bot, and the fakes they reply to (a Slack Web API and a Bot
Connector that count what reaches them). Then wrk, from its own process,
replays pre-built requests against each server in turn: signed slash
commands, signed `app_mention` events (each with its own event id), Teams
message activities (each with its own id). For every scenario it prints
requests/s, p50/p99, errors, replies delivered at the fakes against
requests sent, and RoleCall's throughput as a ratio of the bare framework's
measured in the same run. See bench/README.md for the targets.
"""

import argparse
import json
import re
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench import servers, traffic  # noqa: E402
from bench.farside import BOT_TOKEN  # noqa: E402

SIGNING_SECRET = "bench-signing-secret"
REPLAY = HERE / "replay.lua"
# Requests built per second of a run for scenarios whose requests must not
# repeat; well above what any of the servers reaches on a 2-core machine.
POOL_RATE = 5000
# Distinct slash commands in a pool; they are sent over and over.
SLASH_POOL = 1000
# How long a reply may still be on its way once the load has stopped.
DRAIN_SECONDS = 30
# The fake's count must stay still this long to count as drained.
DRAIN_QUIET_SECONDS = 2.0
WRK_TIMEOUT = "5s"

# scenario -> (what is sent, pool mode, the fake that counts replies, the counter, servers)
SCENARIOS = {
    "slash": ("slash", "cycle", None, None, ("bare Bolt", "RoleCall")),
    "mention": ("mention", "once", "slack", "chat.postMessage", ("bare Bolt", "RoleCall")),
    "teams": ("teams", "once", "connector", "activities", ("bare botbuilder", "RoleCall")),
}
# Issue 7's targets, checked on the printed table.
TARGETS = {"slash": (0.8, 50.0), "mention": (0.8, 200.0)}
TEAMS_TARGET_RATIO = 10.0


@dataclass
class Measurement:
    scenario: str
    server: str
    connections: int
    run: int
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    sent: int
    errors: dict
    delivered: int | None
    rss_before_mb: float
    rss_after_mb: float
    load_before: float
    cpu_ms: float = float("nan")  # server CPU time per answered request
    exhausted: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


class Bench:
    def __init__(self, workdir: Path, args):
        self.workdir = workdir
        self.args = args
        self.fake_slack = servers.fake("slack", workdir)
        self.fake_connector = servers.fake("connector", workdir)
        self.api_url = f"{self.fake_slack.url}/api/"
        self.service_url = f"{self.fake_connector.url}/amer/"
        self.servers: dict[str, servers.Server] = {}
        self.started: list[servers.Server] = []

    def start(self, *, debug_asyncio: bool = False, only_rolecall: bool = False) -> None:
        wanted = [self.fake_slack, self.fake_connector,
                  servers.rolecall(self.workdir, api_url=self.api_url, secret=SIGNING_SECRET, token=BOT_TOKEN,
                                   debug_asyncio=debug_asyncio)]
        if not only_rolecall:
            wanted += [servers.bare_slack(self.workdir, api_url=self.api_url, secret=SIGNING_SECRET,
                                          token=BOT_TOKEN),
                       servers.bare_teams(self.workdir)]
        for server in wanted:
            server.start()
            self.started.append(server)
        for server in wanted:
            server.wait_ready()
            if server not in (self.fake_slack, self.fake_connector):
                self.servers[server.name.split(" (")[0]] = server

    def stop(self) -> None:
        for server in self.started:
            server.stop()

    # -- one measurement -----------------------------------------------------
    def pool(self, kind: str, count: int, target: servers.Server) -> Path:
        path = self.workdir / f"pool-{kind}.bin"
        run = uuid.uuid4().hex[:10].upper()
        requests = traffic.build(kind, count, secret=SIGNING_SECRET, api_url=self.api_url,
                                 service_url=self.service_url, run=run)
        traffic.write_pool(path, requests, f"127.0.0.1:{target.port}")
        return path

    def wrk(self, target: servers.Server, pool: Path, mode: str, *, connections: int, duration: float,
            threads: int) -> dict:
        marker = self.workdir / f"spent-{uuid.uuid4().hex[:8]}-"
        command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(int(duration), 1)}s",
                   f"--timeout={WRK_TIMEOUT}", "-s", str(REPLAY), target.url, "--", str(pool), mode, str(threads),
                   str(marker)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # A pool sent in full: wrk would wait out its duration with nothing to
        # send (and count that time); SIGINT makes it stop and report now.
        while process.poll() is None:
            if all(Path(f"{marker}{i}").exists() for i in range(threads)):
                process.send_signal(signal.SIGINT)
                break
            time.sleep(0.1)
        stdout, stderr = process.communicate(timeout=120)
        for line in stdout.splitlines():
            if line.startswith("REPLAY_JSON "):
                return json.loads(line.removeprefix("REPLAY_JSON "))
        raise RuntimeError(f"wrk gave no figures (exit {process.returncode}):\n{stdout}\n{stderr}")

    def profile(self, target: servers.Server, label: str) -> subprocess.Popen | None:
        """py-spy sampling the server while wrk runs (with --profile): the
        thread holding the GIL, as collapsed stacks, one file per server and
        measurement, so that the frames RoleCall shares with the bare
        framework can be compared."""
        if not self.args.profile:
            return None
        self.args.profile.mkdir(parents=True, exist_ok=True)
        out = self.args.profile / f"{label}-{target.name.lower().replace(' ', '-')}.txt"
        return subprocess.Popen([str(Path(sys.executable).parent / "py-spy"), "record", "--pid",
                                 str(target.process.pid), "--duration", str(max(int(self.args.duration) - 1, 1)),
                                 "--rate", "200", "--gil", "--format", "raw", "--output", str(out)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def drain(self, fake: servers.Fake, counter: str, expected: int) -> int:
        """Replies counted at `fake` once no more are arriving."""
        deadline = time.monotonic() + DRAIN_SECONDS
        last, still_since = -1, time.monotonic()
        while time.monotonic() < deadline:
            count = fake.counts().get(counter, 0)
            if count >= expected:
                return count
            if count != last:
                last, still_since = count, time.monotonic()
            elif time.monotonic() - still_since >= DRAIN_QUIET_SECONDS:
                return count
            time.sleep(0.2)
        return fake.counts().get(counter, 0)

    def measure(self, scenario: str, server_name: str, connections: int, run: int, duration: float) -> Measurement:
        kind, mode, fake_name, counter, _ = SCENARIOS[scenario]
        target = self.servers[server_name]
        count = SLASH_POOL if mode == "cycle" else int(POOL_RATE * duration)
        pool = self.pool(kind, count, target)
        fake = {"slack": self.fake_slack, "connector": self.fake_connector}.get(fake_name)
        if fake is not None:
            fake.reset()
        rss_before = target.rss_mb()
        load_before = os.getloadavg()[0]
        cpu_before = target.cpu_seconds()
        profiler = self.profile(target, f"{scenario}-c{connections}-run{run}") if run else None
        figures = self.wrk(target, pool, mode, connections=connections, duration=duration,
                           threads=self.args.threads)
        if profiler is not None:
            profiler.wait()
        delivered = self.drain(fake, counter, figures["sent"]) if fake is not None else None
        cpu = target.cpu_seconds() - cpu_before
        seconds = figures["duration_us"] / 1e6
        errors = dict(figures["errors"])
        return Measurement(
            scenario=scenario, server=server_name, connections=connections, run=run,
            rps=figures["requests"] / seconds if seconds else 0.0,
            p50_ms=figures["latency_us"]["p50"] / 1000, p99_ms=figures["latency_us"]["p99"] / 1000,
            requests=figures["requests"], sent=figures["sent"], errors=errors, delivered=delivered,
            rss_before_mb=rss_before, rss_after_mb=target.rss_mb(), load_before=load_before,
            exhausted=figures["exhausted_threads"] > 0,
            cpu_ms=cpu * 1000 / figures["requests"] if figures["requests"] else float("nan"),
        )

    def warm_up(self, scenarios: list[str]) -> None:
        """A short run per server and scenario first: Bolt's first request
        checks the token, botbuilder builds its clients, RoleCall reads its
        index; none of that belongs in the figures."""
        for scenario in scenarios:
            for server_name in SCENARIOS[scenario][4]:
                self.measure(scenario, server_name, 8, 0, self.args.warmup)


def summarize(measurements: list[Measurement]) -> list[dict]:
    rows = []
    keys = sorted({(m.scenario, m.connections, m.server) for m in measurements},
                  key=lambda k: (list(SCENARIOS).index(k[0]), k[1], k[2] != "RoleCall"))
    for scenario, connections, server in keys:
        ms = [m for m in measurements if (m.scenario, m.connections, m.server) == (scenario, connections, server)]
        rows.append({
            "scenario": scenario, "connections": connections, "server": server, "runs": len(ms),
            "rps": statistics.median(m.rps for m in ms),
            "p50_ms": statistics.median(m.p50_ms for m in ms),
            "p99_ms": statistics.median(m.p99_ms for m in ms),
            "cpu_ms": statistics.median(m.cpu_ms for m in ms),
            "errors": sum(m.error_count for m in ms),
            "sent": sum(m.sent for m in ms),
            "answered": sum(m.requests - m.errors["status"] for m in ms),
            "delivered": sum(m.delivered for m in ms) if ms[0].delivered is not None else None,
            "rss_mb": (min(m.rss_before_mb for m in ms), max(m.rss_after_mb for m in ms)),
            "exhausted": any(m.exhausted for m in ms),
        })
    for row in rows:
        bare = [r for r in rows if (r["scenario"], r["connections"]) == (row["scenario"], row["connections"])
                and r["server"] != "RoleCall"]
        row["ratio"] = row["rps"] / bare[0]["rps"] if bare and bare[0]["rps"] else None
        row["cpu_ratio"] = bare[0]["cpu_ms"] / row["cpu_ms"] if bare and row["cpu_ms"] else None
    return rows


def print_table(rows: list[dict]) -> None:
    """One line per scenario, concurrency and server. `delivered` is replies
    counted at the fake / requests answered with a 2xx (a few more may have
    been sent when wrk stopped the clock); `CPU ms` is the server's CPU time
    per answered request, and `CPU ratio` the bare server's CPU per request
    over RoleCall's: what the throughput ratio would be on an idle machine."""
    header = (f"{'scenario':<9}{'c':>4}  {'server':<17}{'req/s':>7}{'p50 ms':>8}{'p99 ms':>8}{'CPU ms':>8}"
              f"{'errors':>7}  {'delivered':<16}{'RSS MB':<11}{'ratio':>6}{'CPU ratio':>10}")
    print(header)
    print("-" * len(header))
    for r in rows:
        delivered = "-" if r["delivered"] is None else f"{r['delivered']}/{r['answered']}"
        mine = r["server"] == "RoleCall"
        ratio = f"{r['ratio']:.2f}" if mine and r["ratio"] is not None else ""
        cpu_ratio = f"{r['cpu_ratio']:.2f}" if mine and r["cpu_ratio"] is not None else ""
        rss = f"{r['rss_mb'][0]:.0f}->{r['rss_mb'][1]:.0f}"
        flag = " (pool ran out)" if r["exhausted"] else ""
        print(f"{r['scenario']:<9}{r['connections']:>4}  {r['server']:<17}{r['rps']:>7.0f}{r['p50_ms']:>8.1f}"
              f"{r['p99_ms']:>8.1f}{r['cpu_ms']:>8.2f}{r['errors']:>7}  {delivered:<16}{rss:<11}{ratio:>6}"
              f"{cpu_ratio:>10}{flag}")


def check_targets(rows: list[dict]) -> list[str]:
    """Issue 7's targets, said in words, for the RoleCall rows."""
    lines = []
    for r in rows:
        if r["server"] != "RoleCall":
            continue
        verdicts = []
        if r["scenario"] in TARGETS:
            ratio_target, p99_target = TARGETS[r["scenario"]]
            if r["ratio"] is not None:
                verdicts.append(f"ratio {r['ratio']:.2f} {'>=' if r['ratio'] >= ratio_target else '<'} "
                                f"{ratio_target}")
            if r["connections"] == 64:
                verdicts.append(f"p99 {r['p99_ms']:.1f} ms {'<' if r['p99_ms'] < p99_target else '>='} "
                                f"{p99_target:.0f} ms")
        elif r["scenario"] == "teams" and r["ratio"] is not None:
            verdicts.append(f"ratio {r['ratio']:.1f}x {'>=' if r['ratio'] >= TEAMS_TARGET_RATIO else '<'} "
                            f"{TEAMS_TARGET_RATIO:.0f}x")
        verdicts.append(f"{r['errors']} errors")
        if r["delivered"] is not None:
            lost = max(r["answered"] - r["delivered"], 0)
            verdicts.append(f"{r['delivered']} replies delivered for {r['answered']} answered requests "
                            f"({r['sent']} sent), {lost} lost")
        lines.append(f"{r['scenario']} c{r['connections']}: " + ", ".join(verdicts))
    return lines


def run_comparison(bench: Bench, args) -> list[Measurement]:
    scenarios = args.scenarios
    bench.warm_up(scenarios)
    measurements = []
    for run in range(1, args.runs + 1):
        for scenario in scenarios:
            names = SCENARIOS[scenario][4]
            # Alternate who goes first, so neither always meets a warmer machine.
            if run % 2 == 0:
                names = tuple(reversed(names))
            for connections in args.connections:
                for name in names:
                    m = bench.measure(scenario, name, connections, run, args.duration)
                    measurements.append(m)
                    delivered = "" if m.delivered is None else f" delivered {m.delivered}/{m.sent}"
                    print(f"  run {run} {scenario:<8} c{connections:<3} {name:<16} {m.rps:7.0f} req/s "
                          f"p50 {m.p50_ms:6.1f} ms p99 {m.p99_ms:7.1f} ms CPU {m.cpu_ms:5.2f} ms/req "
                          f"errors {m.error_count}{delivered} "
                          f"(load {m.load_before:.2f})", flush=True)
    return measurements


# Requests of a long run signed and sent at a time: Slack's signature holds
# for five minutes, and a segment of this size takes well under that even on
# a loaded machine, so a run of any length is answered (the pool of each
# segment is built just before it is sent). RSS is also reported per segment.
LONG_SEGMENT = 20_000


def run_long(bench: Bench, args) -> dict:
    """`args.requests` mixed requests (slash, mention, Teams in turn) against
    RoleCall at the last concurrency of --connections, in segments of
    LONG_SEGMENT, memory sampled every second and at the end of each segment."""
    target = bench.servers["RoleCall"]
    kinds = ("slash", "mention", "teams")
    bench.fake_slack.reset()
    bench.fake_connector.reset()
    samples, segments = [], []
    stop = threading.Event()
    started = time.monotonic()

    def sample():
        while not stop.is_set():
            slack = bench.fake_slack.counts().get("chat.postMessage", 0)
            teams = bench.fake_connector.counts().get("activities", 0)
            samples.append({"t": round(time.monotonic() - started, 1), "rss_mb": round(target.rss_mb(), 1),
                            "mention_replies": slack, "teams_replies": teams})
            stop.wait(1.0)

    rss_before = target.rss_mb()
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    totals = {"requests": 0, "sent": 0, "errors": {}, "seconds": 0.0, "p50_ms": 0.0, "p99_ms": 0.0}
    expected = dict.fromkeys(kinds, 0)
    for first in range(0, args.requests, LONG_SEGMENT):
        count = min(LONG_SEGMENT, args.requests - first)
        run = uuid.uuid4().hex[:10].upper()  # event and activity ids of their own
        share = {kind: len(range(n, count, len(kinds))) for n, kind in enumerate(kinds)}
        built = {kind: traffic.build(kind, share[kind], secret=SIGNING_SECRET, api_url=bench.api_url,
                                     service_url=bench.service_url, run=run) for kind in kinds}
        pool = bench.workdir / "pool-long.bin"
        traffic.write_pool(pool, (next(built[kinds[n % len(kinds)]]) for n in range(count)),
                           f"127.0.0.1:{target.port}")
        figures = bench.wrk(target, pool, "once", connections=args.connections[-1], duration=args.long_timeout,
                            threads=args.threads)
        for kind in kinds:
            expected[kind] += share[kind]
        totals["requests"] += figures["requests"]
        totals["sent"] += figures["sent"]
        for name, value in figures["errors"].items():
            totals["errors"][name] = totals["errors"].get(name, 0) + value
        totals["seconds"] += figures["duration_us"] / 1e6
        totals["p50_ms"] = max(totals["p50_ms"], figures["latency_us"]["p50"] / 1000)
        totals["p99_ms"] = max(totals["p99_ms"], figures["latency_us"]["p99"] / 1000)
        segments.append({"requests": first + count, "t": round(time.monotonic() - started, 1),
                         "rss_mb": round(target.rss_mb(), 1), "load": round(os.getloadavg()[0], 1)})
    mentions = bench.drain(bench.fake_slack, "chat.postMessage", expected["mention"])
    teams = bench.drain(bench.fake_connector, "activities", expected["teams"])
    stop.set()
    sampler.join()
    return {**totals, "rss_before_mb": rss_before, "rss_after_mb": target.rss_mb(), "mention_replies": mentions,
            "teams_replies": teams, "mentions_sent": expected["mention"], "teams_sent": expected["teams"],
            "requested": args.requests, "samples": samples, "segments": segments}


def print_long(result: dict, connections: int) -> None:
    samples = result["samples"]
    print(f"\nLong run against RoleCall, c{connections}: {result['sent']} requests sent, "
          f"{result['requests']} answered in {result['seconds']:.0f} s, errors {result['errors']}, "
          f"p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms (the worst segment's)")
    if result["sent"] < result["requested"]:
        print("(stopped by --long-timeout before every request was sent)")
    print(f"replies delivered: mentions {result['mention_replies']} of {result['mentions_sent']}, "
          f"Teams {result['teams_replies']} of {result['teams_sent']}")
    print(f"RSS before {result['rss_before_mb']:.1f} MB, after {result['rss_after_mb']:.1f} MB; "
          f"after each segment of {LONG_SEGMENT} requests:")
    for s in result["segments"]:
        print(f"  {s['requests']:>8} requests  t={s['t']:>6.1f} s  RSS {s['rss_mb']:>7.1f} MB  load {s['load']}")
    print("over the run:")
    step = max(1, len(samples) // 10)
    for s in samples[::step] + ([samples[-1]] if samples and (len(samples) - 1) % step else []):
        print(f"  t={s['t']:>6.1f} s  RSS {s['rss_mb']:>7.1f} MB  mention replies {s['mention_replies']:>7}  "
              f"Teams replies {s['teams_replies']:>7}")


SLOW = re.compile(r"Executing <(?P<what>.*)> took (?P<took>[0-9.]+) seconds")
WHERE = re.compile(r"(?:coro=<(?P<coro>[\w.<>]+)\(\) (?:running at|done, defined at) (?P<at>[^ >]+))"
                   r"|(?:Handle (?P<handle>[\w.<>]+)\()")


def rate_limited(log_path: Path) -> int:
    """How many requests RoleCall's request log says were rate limited."""
    return sum('"outcome": "rate_limited"' in line for line in log_path.read_text(errors="replace").splitlines())


def slow_callbacks(log_path: Path) -> list[tuple[str, int, float]]:
    """asyncio's debug-mode complaints in a server log, grouped by the
    coroutine or callback that held the loop: (what, how often, longest s)."""
    groups: dict[str, list[float]] = {}
    for line in log_path.read_text(errors="replace").splitlines():
        try:
            message = json.loads(line).get("message", "")
        except ValueError:
            message = line
        found = SLOW.search(message)
        if not found:
            continue
        where = WHERE.search(found["what"])
        if where and where["coro"]:
            what = f"{where['coro']} at {where['at'].replace(str(HERE.parent) + '/', '')}"
        elif where and where["handle"]:
            what = f"callback {where['handle']}"
        else:
            what = found["what"][:120]
        groups.setdefault(what, []).append(float(found["took"]))
    return sorted(((what, len(t), max(t)) for what, t in groups.items()), key=lambda g: -g[1])


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=15, help="seconds per measurement (default 15)")
    parser.add_argument("--runs", type=int, default=3, help="measurements per server and scenario (default 3)")
    parser.add_argument("--connections", default="32,64", help="concurrency levels (default 32,64)")
    parser.add_argument("--scenarios", default="slash,mention,teams", help="which scenarios (default all)")
    parser.add_argument("--threads", type=int, default=1, help="wrk threads (default 1; the machine has 2 cores)")
    parser.add_argument("--warmup", type=float, default=2, help="seconds of warm-up per server and scenario")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 3 s, 1 run, c64")
    parser.add_argument("--requests", type=int, default=0,
                        help="instead: a long run of this many mixed requests against RoleCall, memory sampled")
    parser.add_argument("--long-timeout", type=float, default=3600, help="upper bound in seconds on each segment of the long run")
    parser.add_argument("--debug-asyncio", action="store_true",
                        help="instead: RoleCall with PYTHONASYNCIODEBUG=1 under load; report slow callbacks")
    parser.add_argument("--profile", type=Path,
                        help="record py-spy samples of each server (GIL holder, raw collapsed stacks for "
                             "flamegraph.pl or speedscope) per measurement into this folder "
                             "(pip install py-spy into the venv)")
    parser.add_argument("--json", type=Path, help="also write every measurement to this file")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (logs, pools)")
    args = parser.parse_args(argv)
    if args.quick:
        args.duration, args.runs, args.connections, args.warmup = 3, 1, "64", 1
    args.connections = [int(c) for c in str(args.connections).split(",")]
    args.scenarios = [s for s in args.scenarios.split(",") if s]
    unknown = [s for s in args.scenarios if s not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(unknown)}")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is not installed (apt-get install -y wrk)", file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="rolecall-load-"))
    bench = Bench(workdir, args)
    print(f"machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"work directory {workdir}", flush=True)
    try:
        bench.start(debug_asyncio=args.debug_asyncio, only_rolecall=bool(args.requests or args.debug_asyncio))
        rolecall = bench.servers["RoleCall"]
        print(f"RoleCall RSS after start-up: {rolecall.rss_mb():.1f} MB", flush=True)
        if args.debug_asyncio:
            for scenario in args.scenarios:
                for connections in args.connections:
                    m = bench.measure(scenario, "RoleCall", connections, 1, args.duration)
                    print(f"  {scenario:<8} c{connections:<3} {m.rps:7.0f} req/s p99 {m.p99_ms:7.1f} ms "
                          f"errors {m.error_count} (asyncio debug mode is slower by design)", flush=True)
            found = slow_callbacks(rolecall.log_path)
            print(f"\nslow callbacks (>= 50 ms) reported by asyncio: {sum(n for _, n, _ in found)}, "
                  f"load average now {os.getloadavg()[0]:.2f} (a busy machine stretches every callback)")
            for what, count, longest in found:
                print(f"  {count:>4} x, longest {longest * 1000:5.0f} ms: {what}")
            print(f"(full log: {rolecall.log_path}, with --keep)")
            return 0
        if args.requests:
            result = run_long(bench, args)
            print_long(result, args.connections[-1])
            if args.json:
                args.json.write_text(json.dumps(result, indent=1))
            return 0
        measurements = run_comparison(bench, args)
        rows = summarize(measurements)
        print(f"\nmedians of {args.runs} run(s) of {args.duration:g} s, wrk -t{args.threads}; "
              f"load average now {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print_table(rows)
        print()
        for line in check_targets(rows):
            print(line)
        print(f"\nRoleCall RSS at the end: {rolecall.rss_mb():.1f} MB")
        limited = rate_limited(rolecall.log_path)
        if limited:
            print(f"WARNING: RoleCall answered {limited} questions with its rate-limit reply; "
                  "the figures are not all answers")
        if args.json:
            args.json.write_text(json.dumps({"rows": rows, "measurements": [asdict(m) for m in measurements]},
                                            indent=1))
        return 0
    finally:
        bench.stop()
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
