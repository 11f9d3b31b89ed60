"""Resolution in the background: requests folded into one run, "resolving" until the store says the lists
are resolved, and runs kept one at a time over a store (``Store.exclusive``) on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from epoc.model import Marking
from epoc.services.list.background import BackgroundResolver, resolution_pending
from epoc.services.records.imports import import_paths
from epoc.settings import Settings
from epoc.sources.base import ImportOptions
from epoc.store import Store
from epoc.store.entities import EntityRepository

from .conftest import LISTS

LIST = LISTS / "partner" / "fr_national_list.csv"


def _import(store: Store, source: str) -> None:
    options = ImportOptions(source=source, partner="FR", marking=Marking.parse("UNCLASSIFIED"))
    assert import_paths(store, [LIST], options, "partner-csv").ok


def test_an_upload_reaches_the_entities_in_the_background(store: Store, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, database_url=str(store.engine.url))
    runs = []
    resolver = BackgroundResolver(store, settings, after=runs.append)
    assert resolver.status().state == "done" and not resolution_pending(store)
    _import(store, "bg-one")
    assert resolution_pending(store) and resolver.status().state == "resolving"
    for _ in range(5):  # requests while one is queued are folded into it
        resolver.request()
    resolver.wait()
    assert 1 <= len(runs) <= 2 and resolver.status().state == "done"
    with store.read() as conn:
        members = EntityRepository(conn).membership()
    assert any(r.startswith("bg-one:") for r in members)


def test_runs_over_one_store_are_one_at_a_time(store: Store) -> None:
    inside, overlaps = [], []

    def hold() -> None:
        with store.exclusive("resolve"):
            if inside:
                overlaps.append(1)
            inside.append(1)
            time.sleep(0.05)
            inside.pop()

    threads = [threading.Thread(target=hold) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not overlaps
