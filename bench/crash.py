"""Benchmark: crash safety under many kills. Real `epoc` processes killed (SIGKILL) at random moments of a
list import, a resolution, a documents upload, a screening job, an edition and an export; after each kill
`epoc check` must find the store consistent and a re-run must give a clean run's result.

    python bench/crash.py [--kills 200] [--postgres URL] [--seed 17]

Kills are spread evenly over the operations (and over SQLite and PostgreSQL when --postgres is given), each
at a moment drawn uniformly from the operation's clean duration (process start-up included: a few kills land
before any work). Prints "N kills, M inconsistent", the kills that landed while the process still ran,
and every inconsistency found.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.conftest import postgres_schema_url
from tests.crash_harness import OPERATIONS, Harness


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--postgres", default=None, help="also on PostgreSQL (a schema per store)")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    root = Path(tempfile.mkdtemp(prefix="epoc-crash-"))
    counter = iter(range(1_000_000))

    def sqlite() -> Iterator[str]:
        yield f"sqlite:///{root / f'db-{next(counter)}.db'}"

    def postgres() -> Iterator[str]:
        yield from postgres_schema_url(args.postgres)

    dialects = {"sqlite": sqlite, **({"postgresql": postgres} if args.postgres else {})}
    harnesses = []
    for dialect, new_database in dialects.items():
        for name, operation in sorted(OPERATIONS.items()):
            folder = root / f"{dialect}-{name}"
            folder.mkdir()
            harness = Harness(operation, new_database, folder)
            harness.prepare()
            print(f"{dialect} {name}: clean run {harness.clean_seconds:.1f} s", flush=True)
            harnesses.append((dialect, harness))
    inconsistent = []
    landed: Counter[str] = Counter()
    for n in range(args.kills):
        dialect, harness = harnesses[n % len(harnesses)]
        trial = harness.trial(rng.uniform(0.0, 1.0) * harness.clean_seconds)
        landed[f"{dialect} {trial.operation}"] += trial.killed
        if not trial.consistent:
            inconsistent.append((dialect, trial))
            print(
                f"INCONSISTENT {dialect} {trial.operation} at {trial.delay:.2f} s: {trial.problems}",
                flush=True,
            )
        if (n + 1) % 20 == 0:
            print(f"  {n + 1} kills, {len(inconsistent)} inconsistent so far", flush=True)
    print("kills that landed while the operation ran:", dict(landed))
    print(f"{args.kills} kills, {len(inconsistent)} inconsistent")


if __name__ == "__main__":
    main()
