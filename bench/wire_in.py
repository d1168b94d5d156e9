"""How long reading one Teams activity takes: msrest's `Activity.deserialize`
against `adapters.teams.wire_in.from_wire`, on the Teams payloads in
tests/payloads and the activity the load benchmark posts.

Run by hand:  .venv/bin/python bench/wire_in.py [--rounds 15] [--calls 300]
Prints µs per activity: the best round (the least disturbed by other work on
the machine) and the median round, for each reader, and msrest / from_wire.
"""

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from botbuilder.schema import Activity  # noqa: E402

from adapters.teams.wire_in import from_wire  # noqa: E402
from bench import traffic  # noqa: E402


def bodies() -> dict[str, dict]:
    found = {path.stem: json.loads(path.read_text())
             for path in sorted((HERE.parent / "tests" / "payloads").glob("teams_*.json"))}
    [request] = traffic.build("teams", 1, secret="s", api_url="http://127.0.0.1:9/api/",
                              service_url="http://127.0.0.1:9/amer/", run="bench")
    found["bench/traffic teams_message"] = json.loads(request.body)
    return found


def per_call(read, body, rounds: int, calls: int) -> list[float]:
    """µs per call, one figure per round."""
    figures = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            read(body)
        figures.append((time.perf_counter() - start) / calls * 1e6)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    readers = {"msrest": Activity.deserialize, "from_wire": lambda body: from_wire(Activity, body)}
    print(f"{'activity':38} {'msrest best/median':>20} {'from_wire best/median':>22} {'ratio':>6}")
    for name, body in bodies().items():
        assert from_wire(Activity, body).serialize() == Activity.deserialize(body).serialize()
        best, median = {}, {}
        for reader, read in readers.items():
            read(body)  # plans compiled, caches warm
            figures = per_call(read, body, args.rounds, args.calls)
            best[reader], median[reader] = min(figures), statistics.median(figures)
        print(f"{name:38} {best['msrest']:9.1f} /{median['msrest']:8.1f} "
              f"{best['from_wire']:11.1f} /{median['from_wire']:8.1f} {best['msrest'] / best['from_wire']:5.1f}x")


if __name__ == "__main__":
    main()
