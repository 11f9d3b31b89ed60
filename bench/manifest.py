"""Benchmark: a synthetic shipment manifest of 1,000,000 rows screened against the whole real list.

    python bench/manifest.py --db sqlite:////tmp/scale.db [--rows 1000000] [--skip-dask] [--skip-resume]

The store must hold the lists already (``epoc lists import ../shared/data/raw`` then ``epoc resolve``).
The manifest is realistic: parties drawn from the lists' names as they are, typo'd or reordered, in every
script the lists hold (Latin, Cyrillic, Arabic, Han, Hangul …), with countries and birth dates some of the
time, a third invented names that should match nothing, and 30 % of the rows repeats of earlier parties
(with their own ids). Prints, each as a new ``epoc screen`` process (start-up and index load included):

1. the default run (two forked processes): seconds end to end, rows/s, peak memory (largest process);
2. ``--workers 1`` and ``--workers 2`` (a Dask LocalCluster): seconds, and the speed-up of 2 over 1;
3. a ``--job`` killed (SIGKILL) part way, then ``--resume``: whether its output is the default run's, byte
   for byte.

Targets (issue 17): <= 15 minutes end to end on 2 cores, 2 workers >= 1.8x one, peak memory <= 2 GB, the
resumed output identical. Timings on a shared machine are noisy: say what else ran when you quote them.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from epoc.model import NameKind
from epoc.store import Store
from epoc.store.records import RecordRepository
from screen import invented, typo

REPEATED = 0.30


def make_manifest(db: str, path: Path, rows: int, seed: int = 17) -> None:
    rng = random.Random(seed)
    store = Store.open(db)
    try:
        with store.read() as conn:
            records = list(RecordRepository(conn).iter_active())
    finally:
        store.close()
    parties: list[dict] = []
    with path.open("w", encoding="utf-8") as sink:
        for n in range(rows):
            if parties and rng.random() < REPEATED:
                party = dict(rng.choice(parties))
            elif rng.random() < 0.33:
                party = {
                    "schema": "Company",
                    "names": [invented(rng)],
                    "countries": [rng.choice(["DE", "FR", "JP"])],
                }
            else:
                record = rng.choice(records)
                names = [x.text for x in record.names if x.kind is not NameKind.WEAK_ALIAS] or [
                    record.caption
                ]
                name = rng.choice(names)
                roll = rng.random()
                if roll < 0.35:
                    name = typo(rng, name)
                elif roll < 0.45:
                    name = " ".join(reversed(name.split()))
                party = {"schema": record.schema.value, "names": [name]}
                if record.countries and rng.random() < 0.5:
                    party["countries"] = list(record.countries[:1])
                if record.birth_dates and rng.random() < 0.4:
                    party["birth_dates"] = list(record.birth_dates[:1])
            if len(parties) < 200_000:
                parties.append(party)
            else:
                parties[rng.randrange(len(parties))] = party
            sink.write(json.dumps({"id": f"row-{n}", **party}, ensure_ascii=False) + "\n")


def run(env: dict[str, str], argv: list[str], out: Path) -> tuple[float, float]:
    """Seconds end to end, and the peak resident memory (MiB) of the largest process it ran."""
    started = time.perf_counter()
    with out.open("w") as sink:
        subprocess.run(
            [sys.executable, "-m", "epoc", *argv], env=env, stdin=subprocess.DEVNULL, stdout=sink, check=True
        )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return time.perf_counter() - started, peak


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", default="sqlite:////tmp/scale.db")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="EPOC_DATA_DIR (the index); default: a temp dir"
    )
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-resume", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="epoc-manifest-"))
    data_dir = args.data_dir or folder / "data"
    env = {**os.environ, "EPOC_DATA_DIR": str(data_dir)}
    manifest = folder / "manifest.jsonl"
    started = time.perf_counter()
    make_manifest(args.db, manifest, args.rows)
    print(
        f"manifest: {args.rows:,} rows, {manifest.stat().st_size / 2**20:.0f} MiB"
        f" ({time.perf_counter() - started:.0f} s to make)"
    )
    screen = ["--db", args.db, "screen", "-i", str(manifest)]
    run(env, ["--db", args.db, "screen", "-i", "-"], folder / "warm.jsonl")  # the index built, not timed
    seconds, peak = run(env, screen, folder / "default.jsonl")
    print(
        f"default (2 forked processes): {seconds:.0f} s, {args.rows / seconds:,.0f} rows/s,"
        f" peak {peak:,.0f} MiB"
    )
    if not args.skip_dask:
        one, _ = run(env, [*screen, "--workers", "1"], folder / "dask1.jsonl")
        two, _ = run(env, [*screen, "--workers", "2"], folder / "dask2.jsonl")
        same = filecmp.cmp(folder / "dask1.jsonl", folder / "default.jsonl", shallow=False) and filecmp.cmp(
            folder / "dask2.jsonl", folder / "default.jsonl", shallow=False
        )
        print(
            f"Dask LocalCluster: 1 worker {one:.0f} s, 2 workers {two:.0f} s, speed-up {one / two:.2f}x;"
            f" output identical: {same}"
        )
    if not args.skip_resume:
        job = [*screen, "--job", "bench-manifest"]
        folder_of_job = data_dir / "jobs" / "bench-manifest"
        shutil.rmtree(folder_of_job, ignore_errors=True)  # a reused --data-dir: not the last run's chunks
        process = subprocess.Popen([sys.executable, "-m", "epoc", *job], env=env, stdout=subprocess.DEVNULL)
        wanted = max(1, int(args.rows / 2000 * 0.4))  # killed about 40 % of the way (chunks of 2,000 rows)
        while process.poll() is None and len(list(folder_of_job.glob("chunk-*.jsonl"))) < wanted:
            time.sleep(0.2)
        process.send_signal(signal.SIGKILL)
        process.wait()
        chunks = len(list((data_dir / "jobs" / "bench-manifest").glob("chunk-*.jsonl")))
        resumed, _ = run(env, [*job, "--resume"], folder / "resumed.jsonl")
        same = filecmp.cmp(folder / "resumed.jsonl", folder / "default.jsonl", shallow=False)
        print(f"killed after {chunks} finished chunks; resumed in {resumed:.0f} s; output identical: {same}")
    print(f"(files in {folder})")


if __name__ == "__main__":
    main()
