"""How long an answer takes in-process, with the seeds and with large stores.

Run by hand:  .venv/bin/python bench/latency.py [--sizes 0,10000,100000]
Prints median and p99 per store size, split into role questions and
store-wide ones (searches, lists), plus the time to load the role index.
Targets (issue 3): median < 1 ms and p99 < 5 ms with the seeds; p99 < 10 ms
for role questions at 100,000 roles.
"""

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.synthetic import build_store  # noqa: E402
from bot import Question  # noqa: E402
from bot.assistant import Assistant  # noqa: E402
from knowledge import Knowledge  # noqa: E402

STORE_WIDE = {"reverse_search", "list_roles", "career_route"}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def measure(size: int, questions: list[str], repeat: int) -> dict:
    path = HERE / ".cache" / f"store-{size}.db"
    started = time.perf_counter()
    store = build_store(path, size, HERE.parent / "seeds")
    built = time.perf_counter() - started
    assistant = Assistant(Knowledge(store))
    started = time.perf_counter()
    assistant.ask(Question("help"))  # loads the role index
    index_load = time.perf_counter() - started
    for q in questions:  # warm the profile cache as a running server would be
        assistant.ask(Question(q))
    role_times, wide_times = [], []
    for _ in range(repeat):
        for q in questions:
            t0 = time.perf_counter()
            answer = assistant.ask(Question(q))
            elapsed = (time.perf_counter() - t0) * 1000
            (wide_times if answer.intent in STORE_WIDE else role_times).append(elapsed)
    every = role_times + wide_times
    return {
        "size": size, "build_s": built, "index_load_s": index_load, "n": len(every),
        "median": statistics.median(every), "p99": percentile(every, 99),
        "role_median": statistics.median(role_times), "role_p99": percentile(role_times, 99),
        "wide_median": statistics.median(wide_times) if wide_times else 0.0,
        "wide_p99": percentile(wide_times, 99) if wide_times else 0.0,
        "rss_mb": _rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0,10000,100000", help="synthetic roles added to the seeds")
    parser.add_argument("--questions", default=str(HERE / "questions.txt"),
                        help="one question per line (a .jsonl file with a 'q' field also works)")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    questions = _questions(Path(args.questions))
    print(f"{len(questions)} questions x {args.repeat} repeats, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores")
    print(f"{'roles':>8} {'median':>8} {'p99':>8} | {'role q med':>10} {'role q p99':>10} | "
          f"{'search med':>10} {'search p99':>10} | {'index load':>10} {'RSS':>8}")
    for size in (int(s) for s in args.sizes.split(",")):
        r = measure(size, questions, args.repeat)
        print(f"{4 + size:>8} {r['median']:>6.2f}ms {r['p99']:>6.2f}ms | {r['role_median']:>8.2f}ms "
              f"{r['role_p99']:>8.2f}ms | {r['wide_median']:>8.2f}ms {r['wide_p99']:>8.2f}ms | "
              f"{r['index_load_s']:>9.2f}s {r['rss_mb']:>6.0f}MB", flush=True)


def _rss_mb() -> float:
    """Resident memory now (not the peak, which building a store would dominate)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _questions(path: Path) -> list[str]:
    import json

    lines = [line for line in path.read_text().splitlines() if line.strip()]
    if path.suffix == ".jsonl":
        return [json.loads(line)["q"] for line in lines]
    return lines


if __name__ == "__main__":
    main()
