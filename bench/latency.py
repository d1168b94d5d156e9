"""How long an answer takes in-process, with the seeds and with large stores.

Run by hand:  .venv/bin/python bench/latency.py [--sizes 0,10000,100000]
Prints median and p99 per store size and per kind of question: role
questions, searches, rankings, thresholds, negations, lists/counts and
career questions, plus the time to load the role index.

Every timed asking works its answer out (the core keeps no memo; the web
process's runtime does): that is what a running server pays the first time
a question is asked after an ingestion. The "remembered" line is the same
questions handed out again from a worked-out answer, as the runtime's memo does.
Targets: median < 1 ms and p99 < 5 ms with the seeds (issue 3); p99 < 10 ms
for role questions and < 20 ms for store-wide ones at 100,000 roles (issue 19).
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

# The kind of a question of bench/questions.txt, which says none, by the
# intent it was answered with; bench/questions_store.txt names each one's kind.
KIND_OF_INTENT = {"reverse_search": "search", "list_roles": "list", "career_route": "career"}
KINDS = ("role", "search", "ranking", "threshold", "negation", "list", "career")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def measure(size: int, questions: list[tuple[str | None, str]], repeat: int, clock=time.perf_counter) -> dict:
    path = HERE / ".cache" / f"store-{size}.db"
    started = time.perf_counter()
    store = build_store(path, size, HERE.parent / "seeds")
    built = time.perf_counter() - started
    assistant = Assistant(Knowledge(store))
    started = time.perf_counter()
    assistant.ask(Question("help"))  # loads the role index
    index_load = time.perf_counter() - started
    kinds, worked = {}, {}
    for kind, q in questions:  # warm the profile cache as a running server would be
        answered = assistant.answer(Question(q))
        kinds[q] = kind or KIND_OF_INTENT.get(answered.answer.intent, "role")
        worked[q] = answered.reusable
    times: dict[str, list[float]] = {kind: [] for kind in KINDS}
    for _ in range(repeat):
        for _kind, q in questions:  # the core keeps no memo: each asking works its answer out
            t0 = clock()
            assistant.answer(Question(q))
            times.setdefault(kinds[q], []).append((clock() - t0) * 1000)
    every = [t for values in times.values() for t in values]
    remembered = []  # the same questions from the runtime's memo, as a running server mostly answers
    for _ in range(repeat):
        for _kind, q in questions:
            t0 = clock()
            if worked[q] is not None:
                assistant.deliver(Question(q), worked[q])
            else:
                assistant.answer(Question(q))
            remembered.append((clock() - t0) * 1000)
    return {
        "size": size, "build_s": built, "index_load_s": index_load, "n": len(every),
        "median": statistics.median(every), "p99": percentile(every, 99),
        "kinds": {kind: (statistics.median(v), percentile(v, 99), max(v)) for kind, v in times.items() if v}
        | {"remembered": (statistics.median(remembered), percentile(remembered, 99), max(remembered))},
        "rss_mb": _rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0,10000,100000", help="synthetic roles added to the seeds")
    parser.add_argument("--questions", default=f"{HERE / 'questions.txt'},{HERE / 'questions_store.txt'}",
                        help="files of questions, comma-separated: one per line, or 'kind | question' "
                             "(a .jsonl file with a 'q' field also works)")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="cpu: the thread's CPU time (SQLite runs in it), for a machine other work shares")
    args = parser.parse_args()
    questions = [q for name in args.questions.split(",") for q in _questions(Path(name))]
    print(f"{len(questions)} questions x {args.repeat} repeats, each worked out, {args.clock} clock, "
          f"Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    for size in (int(s) for s in args.sizes.split(",")):
        r = measure(size, questions, args.repeat, time.perf_counter if args.clock == "wall" else time.thread_time)
        print(f"\n{4 + size} roles: all {r['n']} askings worked out: median {r['median']:.2f} ms, p99 {r['p99']:.2f} ms; "
              f"index load {r['index_load_s']:.2f} s, RSS {r['rss_mb']:.0f} MB", flush=True)
        print(f"  {'kind':<10} {'median':>9} {'p99':>9} {'max':>9}")
        for kind, (median, p99, most) in r["kinds"].items():
            print(f"  {kind:<10} {median:>6.2f} ms {p99:>6.2f} ms {most:>6.2f} ms", flush=True)


def _rss_mb() -> float:
    """Resident memory now (not the peak, which building a store would dominate)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _questions(path: Path) -> list[tuple[str | None, str]]:
    """(kind or None, question) of each line; '#' starts a comment line."""
    import json

    lines = [line for line in path.read_text().splitlines() if line.strip() and not line.startswith("#")]
    if path.suffix == ".jsonl":
        return [(None, json.loads(line)["q"]) for line in lines]
    return [tuple(part.strip() for part in line.split("|", 1)) if "|" in line else (None, line.strip())
            for line in lines]


if __name__ == "__main__":
    main()
