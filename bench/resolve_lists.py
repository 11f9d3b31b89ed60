"""Benchmark: resolve every list in ../shared/data/raw from scratch, then re-resolve after a one-list update.

    python bench/resolve_lists.py [--raw PATH] [--db URL] [--dask-workers N] [--repeat N]

Prints: import seconds; resolution from scratch (seconds, entities, auto-merges, list-id links, queued);
the one-list update (the UN list with a tenth of its entries dropped and one renamed) and the incremental
re-resolution (seconds, records re-clustered). With --dask-workers N, resolves from scratch again
with the pairs scored on a Dask LocalCluster and says whether the entities are identical. Targets:
<= 60 s from scratch, <= 15 s after a one-list update, on 2 cores. A shared machine's timings drift by 10-20 %
between identical runs: ``--repeat N`` prints the median of N. The engine is
``epoc.services.screening.engine.default_engine``; without the
screening engine in the build it resolves by list ids and judgements only, and says so.
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from epoc.services.list.resolve import resolve
from epoc.services.records.imports import import_paths
from epoc.services.screening.cluster import DaskCluster
from epoc.services.screening.engine import default_engine, policy
from epoc.settings import Settings
from epoc.sources.base import ImportOptions
from epoc.store import Store
from epoc.store.entities import EntityRepository

RAW = Path(__file__).resolve().parents[2] / "shared" / "data" / "raw"


def updated_un(raw: Path, folder: Path) -> Path:
    """A newer UN list: every tenth entity and individual dropped, one name changed, a later date."""
    text = (raw / "un_sc_consolidated" / "consolidated.xml").read_text(encoding="utf-8")
    blocks = re.split(r"(?=<INDIVIDUAL>|<ENTITY>)", text)
    kept = [b for i, b in enumerate(blocks) if i == 0 or i % 10 != 5]
    out = "".join(kept)
    for closing in ("</INDIVIDUALS>", "</ENTITIES>"):
        if closing not in out:
            out += closing
    out = out.replace('dateGenerated="2026-02-27', 'dateGenerated="2026-03-27', 1)
    out = out.replace("<FIRST_NAME>", "<FIRST_NAME>RENAMED ", 1)
    path = folder / "un_update" / "consolidated.xml"
    path.parent.mkdir(parents=True)
    path.write_text(out, encoding="utf-8")
    return path


def same_on_dask(store: Store, engine: Any, settings: Settings, workers: int) -> None:
    """Resolve everything again with the pairs scored on a LocalCluster; are the entities the same?"""
    before = members(store)
    with DaskCluster(workers=workers) as cluster:
        again = resolve(store, engine, policy(settings), full=True, cluster=cluster)
    print(
        f"resolve (Dask, {workers} workers) {again.seconds:6.1f} s"
        f"  entities identical: {members(store) == before}"
    )


def members(store: Store) -> set[frozenset[str]]:
    with store.read() as conn:
        return {frozenset(v) for v in EntityRepository(conn).active_members().values()}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--raw", type=Path, default=RAW)
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    parser.add_argument(
        "--dask-workers", type=int, default=0, help="also resolve from scratch on a Dask LocalCluster of N"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run the whole benchmark N times, each on a fresh store, and print the median from scratch",
    )
    args = parser.parse_args()
    if args.db and args.repeat > 1:
        parser.error("--repeat needs fresh stores: leave out --db")
    scratch = [run(args) for _ in range(args.repeat)]
    if len(scratch) > 1:
        runs = ", ".join(f"{seconds:.1f}" for seconds in scratch)
        print(f"resolve (scratch) median {statistics.median(scratch):6.1f} s of {runs}")


def run(args: argparse.Namespace) -> float:
    """One run of the benchmark; the seconds of the resolution from scratch."""
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{folder}/bench.db"
        store = Store.open(url)
        settings = Settings(database_url=url)
        started = time.perf_counter()
        report = import_paths(store, [args.raw], ImportOptions())
        assert report.ok, report.to_json()
        print(f"import            {time.perf_counter() - started:6.1f} s")
        engine = default_engine(store, settings)
        first = resolve(store, engine, policy(settings))
        j = first.to_json()
        print(
            f"resolve (scratch) {first.seconds:6.1f} s  engine: {first.engine}; {j['entities']:,} entities, "
            f"{j['auto_merges']:,} auto-merges, {j['list_id_merges']:,} list-id links, "
            f"{j['queued']:,} queued, {j['pairs_scored']:,} pairs scored"
        )
        if args.dask_workers:
            same_on_dask(store, engine, settings, args.dask_workers)
        update = updated_un(args.raw, Path(folder))
        started = time.perf_counter()
        report = import_paths(store, [update], ImportOptions(source="un"), "un-sc")
        assert report.ok, report.to_json()
        source = report.units[0].sources[0]
        print(
            f"one-list update   {time.perf_counter() - started:6.1f} s  un: +{source.added} "
            f"~{source.changed} -{source.removed}"
        )
        second = resolve(store, engine, policy(settings))
        print(
            f"resolve (update)  {second.seconds:6.1f} s  {second.rescored:,} records rescored, "
            f"{second.stats.records:,} re-clustered, {second.stats.removed:,} entities removed, "
            f"{second.stats.changed:,} changed"
        )
        store.close()
    return first.seconds


if __name__ == "__main__":
    main()
