"""Instructions a slash command costs RoleCall, counted by callgrind: a figure
the other work on a shared machine does not move, where CPU time does.

`own_cost.py`'s RoleCall side (the application `rolecall serve` builds, signed
commands handed straight to it, 64 in flight) runs under valgrind with
instrumentation off; after a warm-up round, and with the measured round's
requests built, it is switched on for that round alone (`callgrind_control`),
all threads counted. The figure is the round's instructions divided by its
commands. `--tree DIR` runs another checkout's code (a base for an A/B):

    .venv/bin/python bench/slash_ir.py --commands 2000
    .venv/bin/python bench/slash_ir.py --commands 2000 --tree /tmp/before
    .venv/bin/python bench/slash_ir.py --commands 1000 --mentions
"""

import argparse
import asyncio
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


async def measured_round(warm: int, count: int, flag: Path, mentions: bool = False) -> None:
    """The child's part: warm up, build the round, say so on stdout, wait
    for `flag` (instrumentation on), run the round, say so again. With
    `mentions`, signed mentions instead, a round ending when every reply
    has been posted (`own_cost.py --mentions`)."""
    from aiohttp import web

    import bot.assistant
    from bench import own_cost, servers

    # The knowledge version is read again every half second of wall time, and a
    # round takes a minute under valgrind: trusted for the whole round here, so
    # that the count does not grow with valgrind's slowness.
    bot.assistant.VERSION_TTL_SECONDS = 3600.0
    loop = asyncio.get_running_loop()
    with tempfile.TemporaryDirectory() as tmp:
        fake = servers.fake("slack", Path(tmp))  # Bolt asks auth.test who the token is
        fake.start()
        fake.wait_ready()
        app = own_cost.rolecall_app(Path(tmp), f"{fake.url}/api/")
        runner = web.AppRunner(app)
        await runner.setup()
        if mentions:
            await own_cost.round_of(app, own_cost.mentions(0, warm, loop), own_cost.posted(fake, warm))
            requests, settle = own_cost.mentions(warm, count, loop), own_cost.posted(fake, warm + count)
        else:
            await own_cost.round_of(app, own_cost.commands(warm, loop))
            requests, settle = own_cost.commands(count, loop), None
        await asyncio.sleep(0.5)  # the warm-up's last lots written
        gc.collect()
        gc.freeze()
        print("ready", flush=True)
        while not flag.exists():  # a sleep, not a blocking read: valgrind must get to its command file
            time.sleep(0.01)
        await own_cost.round_of(app, requests, settle)
        await asyncio.sleep(0.2)  # the round's last question-log lines written
        print("done", flush=True)
        while flag.exists():
            time.sleep(0.01)
        await runner.cleanup()
        fake.stop()


def counted(tree: Path, warm: int, count: int, keep: str | None = None, mentions: bool = False) -> list[int]:
    """Instructions of one round of `count` commands through `tree`'s code,
    per thread (the event loop's first); callgrind's files copied to `keep`
    (for callgrind_annotate) when given."""
    with tempfile.TemporaryDirectory() as tmp:
        out, flag = Path(tmp) / "callgrind.out", Path(tmp) / "go"
        child = subprocess.Popen(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--separate-threads=yes", "--fair-sched=yes",
             f"--callgrind-out-file={out}",
             sys.executable, __file__, "--child", str(flag), "--tree", str(tree),
             "--warm", str(warm), "--commands", str(count), *(["--mentions"] if mentions else [])],
            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(tree)}, cwd=tree)
        for expected in ("ready", "done"):
            while (line := child.stdout.readline().strip()) != expected:
                if not line and child.poll() is not None:
                    raise SystemExit(f"the measured process ended early ({child.returncode})")
            subprocess.run(["callgrind_control", "-i", "on" if expected == "ready" else "off", str(child.pid)],
                           check=True, capture_output=True)
            flag.touch() if expected == "ready" else flag.unlink()
        child.wait()
        threads = []
        for part in sorted(Path(tmp).glob("callgrind.out-*"), key=lambda p: int(p.name.rsplit("-", 1)[1])):
            if keep:
                shutil.copy(part, f"{keep}-{part.name.rsplit('-', 1)[1]}")
            threads.append(int(re.search(r"^totals: (\d+)", part.read_text(), re.MULTILINE).group(1)))
        return threads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commands", type=int, default=2000, help="commands in the counted round")
    parser.add_argument("--warm", type=int, default=2000, help="commands of the warm-up round before it")
    parser.add_argument("--tree", default=str(ROOT), help="the checkout whose code runs")
    parser.add_argument("--mentions", action="store_true", help="mentions, their replies posted, instead of commands")
    parser.add_argument("--keep", help="where to copy callgrind's output, for callgrind_annotate")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    tree = Path(args.tree).resolve()
    if args.child:
        sys.path.insert(0, str(tree))
        asyncio.run(measured_round(args.warm, args.commands, Path(args.child), args.mentions))
        return
    threads = counted(tree, args.warm, args.commands, args.keep, args.mentions)
    unit = "mention" if args.mentions else "command"
    print(f"{tree}: {sum(threads) / args.commands:,.0f} instructions a {unit}; the event loop's "
          f"{threads[0] / args.commands:,.0f}, the other threads' {sum(threads[1:]) / args.commands:,.0f} "
          f"({', '.join(f'{t / args.commands:,.0f}' for t in threads[1:] if t)})")


if __name__ == "__main__":
    main()
