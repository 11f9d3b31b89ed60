"""Benchmark: import every list in ../shared/data/raw into a fresh SQLite file and a fresh PostgreSQL
database; print seconds and records per second for each. Target: <= 30 s for everything on SQLite.

    python bench/import_lists.py [--raw PATH] [--postgres URL]

PostgreSQL: --postgres, else EPOC_TEST_POSTGRES_URL, else postgresql+psycopg://postgres@127.0.0.1:5432/test;
a database of its own is created for the run and dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from epoc.services.records.imports import import_paths
from epoc.sources.base import ImportOptions
from epoc.store import Store
from epoc.store.db import normalise_url

RAW = Path(__file__).resolve().parents[2] / "shared" / "data" / "raw"


def run(url: str, raw: Path, label: str) -> None:
    started = time.perf_counter()
    store = Store.open(url)
    report = import_paths(store, [raw], ImportOptions())
    elapsed = time.perf_counter() - started
    store.close()
    if not report.ok:
        raise SystemExit(f"{label}: import failed: {[u.error for u in report.units if u.error]}")
    records = sum(s.records for u in report.units for s in u.sources)
    names = sum(s.names for u in report.units for s in u.sources)
    print(f"{label:10} {elapsed:6.1f} s  {records:,} records ({records / elapsed:,.0f}/s), {names:,} names")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--raw", type=Path, default=RAW)
    parser.add_argument("--postgres", default=os.environ.get("EPOC_TEST_POSTGRES_URL"))
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run(f"sqlite:///{folder}/bench.db", args.raw, "sqlite")
    if args.skip_postgres:
        return
    base = normalise_url(args.postgres or "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    name = f"epoc_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        run(make_url(base).set(database=name).render_as_string(hide_password=False), args.raw, "postgresql")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
