"""Resolution's pair search in two steps (each record's shortlist, then each pair compared once): the same
pairs, scores and order as asking the engine's whole search of every record in turn, on one process and on
forked workers; a pair both of whose records shortlist each other is compared once when its first side
reports it, twice only when the first side does not; a name pair met the other way round is read from the
scorer's cache."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from epoc.matching import scorer
from epoc.matching.compare import compare_names
from epoc.model import Name
from epoc.resolution.engine import Engine, PairShortlist
from epoc.services.records.imports import import_paths
from epoc.services.screening import pairs as pair_search
from epoc.services.screening.engine import default_engine
from epoc.services.screening.heap import collect_in_full_rarely
from epoc.settings import Settings
from epoc.sources.base import ImportOptions
from epoc.store import Store
from epoc.store.records import RecordRepository

FIXTURES = Path(__file__).parent / "fixtures" / "lists"
LISTS = [FIXTURES / name for name in ("un", "ofac", "ofac_cons", "uk", "rpl", "dpl", "ftm", "partner")]


class WholeSearch:
    """The engine's search as ``best`` only: the old way, every record asked in turn."""

    def __init__(self, search: Any) -> None:
        self.search = search

    def best(self, party: Any, threshold: float, limit: int, source: str) -> Any:
        return self.search.best(party, threshold, limit, source)


@pytest.fixture(scope="module")
def lists(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pairs")
    store = Store.open(f"sqlite:///{folder / 'epoc.db'}")
    assert import_paths(store, LISTS, ImportOptions()).ok
    engine = default_engine(store, Settings(data_dir=folder / "data"))
    with store.read() as conn:
        records = {r.id: r for r in RecordRepository(conn).iter_active()}
    yield engine, records
    store.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_two_steps_give_the_pairs_of_asking_every_record_in_turn(lists, monkeypatch, workers):
    engine, records = lists
    assert engine is not None and isinstance(engine.search, PairShortlist)
    monkeypatch.setattr(pair_search, "PARALLEL_FROM", 2)  # the forked path on a small list too
    whole = Engine(
        engine.candidates,
        engine.scorer,
        engine.to_party,
        engine.name,
        engine.limit,
        WholeSearch(engine.search),
    )
    old = pair_search.search_pairs(whole, records, 0.7, workers=1)
    new = pair_search.search_pairs(engine, records, 0.7, workers=workers)
    assert len(old) >= 3
    assert new == old  # the same pairs, scores, explanations, in the same order


def test_both_steps_run_on_one_set_of_forked_workers(lists, monkeypatch):
    """The shortlists and the comparisons share the workers: what one learnt in the first step (entries
    unpacked, names analysed, words compared) serves it in the second, and the pairs are the same."""
    engine, records = lists
    monkeypatch.setattr(pair_search, "PARALLEL_FROM", 2)
    pools: list[tuple[int, Any]] = []
    context = pair_search.multiprocessing.get_context("fork")
    real_pool = context.Pool

    class Counting:
        def Pool(self, workers, initializer=None):
            pools.append((workers, initializer))
            return real_pool(workers, initializer=initializer)

    monkeypatch.setattr(pair_search.multiprocessing, "get_context", lambda method: Counting())
    forked = pair_search.search_pairs(engine, records, 0.7, workers=2)
    # one pool, its workers collecting in full rarely (the index they inherit is walked by a full pass)
    assert pools == [(2, collect_in_full_rarely)]
    assert forked == pair_search.search_pairs(engine, records, 0.7, workers=1)


@dataclass(frozen=True)
class Score:
    score: float
    match: bool = False
    explanation: tuple[Any, ...] = ()


class Counting:
    """A two-step search over fixed shortlists and scores by side: (asker, other) -> score or None."""

    def __init__(self, shortlists: dict[str, list[str]], scores: dict[tuple[str, str], float | None]) -> None:
        self.shortlists, self.scores = shortlists, scores
        self.compared: list[tuple[str, str]] = []

    def best(self, party: str, threshold: float, limit: int, source: str) -> list[tuple[str, Score]]:
        found = [(o, self.compare_one(party, o, None, threshold)) for o in self.shortlists[party]]
        return sorted(((o, s) for o, s in found if s is not None), key=lambda f: (-f[1].score, f[0]))

    def shortlist(self, party: str, threshold: float, limit: int, source: str) -> list[tuple[str, None]]:
        return [(o, None) for o in self.shortlists[party]]

    def compare_one(self, party: str, record_id: str, handle: Any, threshold: float) -> Score | None:
        self.compared.append((party, record_id))
        score = self.scores[(party, record_id)]
        return None if score is None else Score(score)


@dataclass(frozen=True)
class FakeRecord:
    id: str
    source: str

    @property
    def caption(self) -> str:
        return self.id


def test_a_pair_is_compared_from_its_second_side_only_when_the_first_reports_nothing():
    shortlists = {"a:1": ["b:1", "c:1"], "b:1": ["a:1", "c:1"], "c:1": ["a:1", "b:1"]}
    scores = {
        ("a:1", "b:1"): 0.8,  # reported from a's side: b's side is not compared
        ("b:1", "a:1"): 0.9,
        ("a:1", "c:1"): None,  # nothing from a's side: c's side counts
        ("c:1", "a:1"): 0.75,
        ("b:1", "c:1"): None,
        ("c:1", "b:1"): None,
    }
    search = Counting(shortlists, scores)
    engine = Engine(candidates=None, scorer=None, to_party=lambda r: r.id, search=search)  # type: ignore[arg-type]
    records = {k: FakeRecord(k, k.split(":")[0]) for k in shortlists}
    pairs = pair_search.search_pairs(engine, records, 0.7, workers=1)  # type: ignore[arg-type]
    assert [(p.left, p.right, p.score) for p in pairs] == [("a:1", "b:1", 0.8), ("a:1", "c:1", 0.75)]
    assert sorted(search.compared) == sorted(
        [("a:1", "b:1"), ("a:1", "c:1"), ("c:1", "a:1"), ("b:1", "c:1"), ("c:1", "b:1")]
    )
    search.compared.clear()
    whole = Engine(candidates=None, scorer=None, to_party=lambda r: r.id, search=WholeSearch(search))  # type: ignore[arg-type]
    assert pair_search.search_pairs(whole, records, 0.7, workers=1) == pairs  # type: ignore[arg-type]
    assert len(search.compared) == 6  # asked of every record in turn: every side compared


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (Name("Abdul Rahman Trading Co"), Name("Abdel Rahmane Trading Company")),
        (Name("Kim Jong Un"), Name("김정은", script="Hangul")),
        (Name("Mohammad Hemmat"), Name("Muhammad Himmat")),
    ],
)
def test_a_name_pair_met_the_other_way_round_is_the_same_match_with_its_sides_swapped(left, right):
    for organisation in (False, True):
        scorer._NAME_MATCHES.clear()
        first = scorer._compare_names(left, right, organisation)
        mirrored = scorer._compare_names(right, left, organisation)  # from the cache, sides swapped
        direct = compare_names(scorer.name_form(right, organisation), scorer.name_form(left, organisation))
        assert mirrored == direct
        assert (mirrored.left, mirrored.right) == (first.right, first.left)
