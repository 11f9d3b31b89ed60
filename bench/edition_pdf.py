"""Benchmark: the edition PDF of the whole list. Imports ../shared/data/raw, resolves, freezes one edition
of every source, and times `entities export --format pdf` of it. Target: <= 60 s.

    python bench/edition_pdf.py [--raw PATH] [--db URL] [--keep FILE]

With --db pointing at a store that already has an edition named "all", the import and resolution are
skipped.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from epoc.services.list.editions import create_edition, list_editions
from epoc.services.list.exports import export
from epoc.services.list.resolve import resolve
from epoc.services.records.imports import import_paths
from epoc.services.screening.engine import default_engine, policy
from epoc.settings import Settings
from epoc.sources.base import ImportOptions
from epoc.store import Store

RAW = Path(__file__).resolve().parents[2] / "shared" / "data" / "raw"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--raw", type=Path, default=RAW)
    parser.add_argument("--db")
    parser.add_argument("--keep", type=Path, help="keep the PDF here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{folder}/bench.db"
        store = Store.open(url)
        if "all" not in {e.name for e in list_editions(store)}:
            assert import_paths(store, [args.raw], ImportOptions()).ok
            settings = Settings(database_url=url)
            resolve(store, default_engine(store, settings), policy(settings))
            create_edition(store, "all", None, None, "bench")
        target = args.keep or Path(folder) / "edition.pdf"
        started, cpu = time.perf_counter(), time.process_time()
        with target.open("wb") as handle:
            result = export(store, "pdf", handle, edition="all")
        elapsed, used = time.perf_counter() - started, time.process_time() - cpu
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        size = target.stat().st_size / 1e6
        print(
            f"edition PDF: {result.entities:,} entities, {result.pages:,} pages, {size:.1f} MB in "
            f"{elapsed:.1f} s ({used:.1f} s CPU; peak memory {peak:.0f} MB)"
        )
        store.close()


if __name__ == "__main__":
    main()
