"""Resolution's pair scoring on Dask (a small LocalCluster): the same pairs and the same entities as one
process, on the real engine and the fixture lists."""

from pathlib import Path

import pytest

from epoc.services.list.resolve import resolve
from epoc.services.records.imports import import_paths
from epoc.services.screening import pairs as pair_search
from epoc.services.screening.cluster import DaskCluster
from epoc.services.screening.engine import default_engine, policy
from epoc.settings import Settings
from epoc.sources.base import ImportOptions
from epoc.store import Store
from epoc.store.entities import EntityRepository

from .entity_helpers import put_repeated_rows

LISTS = [
    Path(__file__).parent / "fixtures" / "lists" / name for name in ("un", "ofac", "uk", "rpl", "dpl", "ftm")
]


def _resolved(folder: Path, cluster=None) -> tuple[set[frozenset[str]], int]:
    store = Store.open(f"sqlite:///{folder / 'epoc.db'}")
    try:
        assert import_paths(store, LISTS, ImportOptions()).ok
        settings = Settings(data_dir=folder / "data")
        report = resolve(store, default_engine(store, settings), policy(settings), cluster=cluster)
        with store.read() as conn:
            members = EntityRepository(conn).active_members()
        return {frozenset(v) for v in members.values()}, report.pairs
    finally:
        store.close()


def test_dask_scoring_gives_the_same_entities_as_one_process(tmp_path, monkeypatch):
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr(pair_search, "DASK_CHUNK", 7)  # several tasks on a small list
    (tmp_path / "one").mkdir()
    (tmp_path / "dask").mkdir()
    alone, pairs = _resolved(tmp_path / "one")
    with DaskCluster(workers=2, processes=False) as cluster:
        on_dask, dask_pairs = _resolved(tmp_path / "dask", cluster)
    assert pairs > 0 and dask_pairs == pairs
    assert on_dask == alone and any(len(members) > 1 for members in alone)


def test_dask_scoring_offers_a_row_its_source_repeats(tmp_path):
    pytest.importorskip("dask.distributed")
    store = Store.open(f"sqlite:///{tmp_path / 'epoc.db'}")
    try:
        put_repeated_rows(store)
        settings = Settings(data_dir=tmp_path / "data")
        with DaskCluster(workers=1, processes=False) as cluster:
            resolve(store, default_engine(store, settings), policy(settings), cluster=cluster)
        with store.read() as conn:
            members = [set(m) for m in EntityRepository(conn).active_members().values()]
        assert {"a:1", "a:1-2", "b:1"} in members
    finally:
        store.close()
