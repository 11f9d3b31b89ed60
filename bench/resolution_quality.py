"""Benchmark: pair precision and recall of resolution on cross-list links of missile-related records.

    python bench/resolution_quality.py [--raw PATH] [--db URL] [--pairs FILE]

``bench/data/crosslist_pairs.csv`` holds 250 pairs of record ids from different lists (OFAC SDN, UN, UK HMT,
METI End User List, BIS …), drawn by shared rare name words among the missile-related records (OFAC
NPWMD/DPRK/IRAN/IFSR/IRGC programmes, UN KP/IR references, UK Iran and DPRK regimes, METI) and labelled by
hand by the team (``same`` 1 or 0): ids and labels only, no list data. A pair counts as linked when both
records end in one entity. Targets: precision >= 0.98, recall >= 0.95.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
from pathlib import Path

from epoc.services.list.resolve import resolve
from epoc.services.records.imports import import_paths
from epoc.services.screening.engine import default_engine, policy
from epoc.settings import Settings
from epoc.sources.base import ImportOptions
from epoc.store import Store
from epoc.store.entities import EntityRepository

RAW = Path(__file__).resolve().parents[2] / "shared" / "data" / "raw"
PAIRS = Path(__file__).parent / "data" / "crosslist_pairs.csv"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--raw", type=Path, default=RAW)
    parser.add_argument("--db", help="a store already imported (and resolved, or not)")
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--misses", action="store_true", help="print the pairs got wrong")
    parser.add_argument("--full", action="store_true", help="re-resolve everything (a store resolved before)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{folder}/bench.db"
        store = Store.open(url)
        if not args.db:
            assert import_paths(store, [args.raw], ImportOptions()).ok
        # the index kept between runs in the system's temporary folder, not under the working directory
        data = Path(tempfile.gettempdir()) / "epoc-resolution-bench"
        settings = Settings(database_url=url, data_dir=data)
        report = resolve(store, default_engine(store, settings), policy(settings), full=args.full)
        with args.pairs.open() as handle:
            pairs = [(r["left_id"], r["right_id"], r["same"] == "1") for r in csv.DictReader(handle)]
        with store.read() as conn:
            owner = EntityRepository(conn).membership({i for a, b, _ in pairs for i in (a, b)})
        tp = fp = fn = tn = 0
        for left, right, same in pairs:
            linked = left in owner and owner.get(left) == owner.get(right)
            tp += same and linked
            fp += (not same) and linked
            fn += same and not linked
            tn += (not same) and not linked
            if args.misses and same != linked:
                print(f"  {'missed' if same else 'wrong '} {left} {right}")
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(
            f"engine: {report.engine}; {len(pairs)} labelled pairs ({tp + fn} same): "
            f"precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f} "
            f"(tp {tp}, fp {fp}, fn {fn}, tn {tn}); {report.queued} queued"
        )
        store.close()


if __name__ == "__main__":
    main()
