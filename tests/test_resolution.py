"""Resolution on a real store (SQLite and PostgreSQL) with a test double of the screening engine:
clustering across lists, the hard rules, the review queue, judgements, stable ids and incremental runs."""

from __future__ import annotations

from datetime import date

import pytest

from epoc.model import Marking, Schema
from epoc.model.errors import Conflict, InvalidInput
from epoc.services.list import review
from epoc.services.list.resolve import Policy, resolve, score_records
from epoc.services.screening.engine import default_engine
from epoc.settings import Settings
from epoc.store.entities import EntityRepository
from epoc.store.records import RecordRepository

from .entity_helpers import DoubleEngine, put, put_repeated_rows, rec


def entities_of(store) -> dict[str, frozenset[str]]:
    with store.read() as conn:
        return {k: frozenset(v) for k, v in EntityRepository(conn).active_members().items()}


def together(store, *record_ids: str) -> bool:
    return any(set(record_ids) <= members for members in entities_of(store).values())


def run(store, **kwargs):
    return resolve(store, DoubleEngine(store).engine(), **kwargs)


def test_cross_list_records_merge_and_one_source_never_merges_with_itself(store):
    put(
        store,
        "a",
        [rec("a", "1", "Alpha Trading Company"), rec("a", "2", "Alpha Trading Company", countries=("IR",))],
    )
    put(store, "b", [rec("b", "1", "ALPHA TRADING COMPANY")])
    report = run(store)
    assert report.stats.auto_merges == 1
    assert not together(store, "a:1", "a:2")  # two entries of one list are two parties
    assert together(store, "a:1", "b:1") != together(store, "a:2", "b:1")
    assert report.entities == 2


def test_a_row_its_source_repeats_word_for_word_is_one_party(store):
    put(store, "a", [rec("a", "1", "Alpha Trading Company"), rec("a", "1-2", "Alpha Trading Company")])
    put(store, "b", [rec("b", "1", "ALPHA TRADING COMPANY")])
    report = run(store)
    assert together(store, "a:1", "a:1-2") and together(store, "a:1", "b:1")
    assert report.entities == 1


def test_the_engine_finds_a_repeated_row_though_each_was_read_from_its_own_line(store, tmp_path):
    # the engine's search must offer the repeated row, or the one-source rule keeps it apart (BIS listed
    # SHIG twice); how the two rows differ is in ``repeated_rows``
    put_repeated_rows(store)
    resolve(store, default_engine(store, Settings(data_dir=tmp_path / "data")))
    assert together(store, "a:1", "a:1-2", "b:1")


def test_row_numbers_of_a_compilation_do_not_tell_parties_apart(store):
    # the compilation numbers each list's rows: BIS's and METI's rows for one firm carry two such ids
    put(store, "bis", [rec("bis", "1", "Alpha Beta Gamma Trading", list_ids=("rpl:r-1",))])
    put(store, "meti", [rec("meti", "1", "Alpha Beta Gamma Trading", list_ids=("rpl:r-2",))])
    put(store, "c", [rec("c", "1", "Alpha Beta Gamma Trading", list_ids=("OFAC:1",))])
    put(store, "d", [rec("d", "1", "Alpha Beta Gamma Trading", list_ids=("OFAC:2",))])
    run(store)
    assert together(store, "bis:1", "meti:1")
    assert not together(store, "c:1", "d:1")  # a list's own ids still do


def test_a_queued_pair_a_hard_rule_holds_back_says_which_rule(store):
    put(store, "a", [rec("a", "1", "Alpha Beta Gamma Trading", list_ids=("OFAC:1",))])
    put(store, "b", [rec("b", "1", "Alpha Beta Gamma Trading")])
    put(store, "c", [rec("c", "1", "Alpha Beta Gamma Delta Trading", list_ids=("OFAC:2",))])
    run(store)
    assert together(store, "a:1", "b:1") and not together(store, "b:1", "c:1")
    pair = review.next_pair(store)
    assert pair is not None
    assert {pair.left.id, pair.right.id} == {"b:1", "c:1"}
    held = [e for e in pair.explanation if e["feature"] == "hard_rule"]
    assert held and "list ids: OFAC gives them different ids" in held[0]["detail"]


def test_a_shared_list_id_links_records_whatever_their_names(store):
    put(store, "un", [rec("un", "KPe.018", "Second Academy of Natural Sciences", list_ids=("UN:KPe.018",))])
    put(store, "uk", [rec("uk", "12871", "Chayon Kwahak-Won", list_ids=("UN:kpe.018",))])
    report = run(store)
    assert together(store, "un:KPe.018", "uk:12871")
    assert report.stats.list_id_merges == 1


@pytest.mark.parametrize(
    ("left", "right", "merged"),
    [
        ({"schema": Schema.PERSON}, {"schema": Schema.COMPANY}, False),
        ({"schema": Schema.PERSON, "born": "1960"}, {"schema": Schema.PERSON, "born": "1975-02-01"}, False),
        ({"schema": Schema.PERSON, "born": "1960-05-01"}, {"schema": Schema.PERSON, "born": "1960"}, True),
        ({"schema": Schema.PERSON, "born": "1958/1962"}, {"schema": Schema.PERSON, "born": "1961"}, True),
        ({"list_ids": ("OFAC:1",)}, {"list_ids": ("OFAC:2",)}, False),
        ({"list_ids": ("OFAC:1",)}, {"list_ids": ("UN:KPe.1",)}, True),
        ({"schema": Schema.VESSEL, "imo": "9123456"}, {"schema": Schema.VESSEL, "imo": "9999999"}, False),
        ({"schema": Schema.VESSEL, "imo": "9123456"}, {"schema": Schema.VESSEL, "imo": "IMO 9123456"}, False),
    ],
)
def test_hard_rules_veto_merges_whatever_the_score(sqlite_store, left, right, merged):
    put(sqlite_store, "a", [rec("a", "1", "Kim Chol Su Trading", **left)])
    put(sqlite_store, "b", [rec("b", "1", "Kim Chol Su Trading", **right)])
    run(sqlite_store)
    assert together(sqlite_store, "a:1", "b:1") is merged


def test_grey_zone_pair_is_queued_decided_and_undone(store):
    put(store, "a", [rec("a", "1", "Alpha Beta Gamma Trading")])
    put(store, "b", [rec("b", "1", "Alpha Beta Gamma Delta Trading")])  # Jaccard 0.8: grey zone
    report = run(store)
    assert report.queued == 1 and not together(store, "a:1", "b:1")
    pair = review.next_pair(store)
    assert pair is not None
    assert {pair.left.id, pair.right.id} == {"a:1", "b:1"}
    assert pair.left.source is not None and pair.left.source.key == "a"
    assert pair.left.names[0]["origin"] is None
    decision = review.decide(store, pair.pair_id, "same", "reviewer1", "same address in both papers")
    assert together(store, "a:1", "b:1")
    assert len(set(decision.entities.values())) == 1
    assert review.next_pair(store) is None
    with pytest.raises(Conflict):
        review.decide(store, pair.pair_id, "not-same", "reviewer2", "changed my mind")
    run(store, full=True)  # a later run respects the judgement
    assert together(store, "a:1", "b:1")
    review.undo(store, decision.judgement_id, "reviewer2", "wrong address")
    assert not together(store, "a:1", "b:1")
    assert review.next_pair(store) is not None  # the question is open again
    history = review.history(store)
    assert history[0].undone is not None and history[0].undone.by == "reviewer2"
    assert history[0].who == "reviewer1"


def test_not_same_binds_later_runs_even_above_the_auto_threshold(store):
    put(store, "a", [rec("a", "1", "Omega Machinery Plant")])
    put(store, "b", [rec("b", "1", "Omega Machinery Plant")])
    run(store)
    assert together(store, "a:1", "b:1")
    review.judge_records(store, "a:1", "b:1", "not-same", "reviewer", "different cities")
    assert not together(store, "a:1", "b:1")
    run(store, full=True)
    assert not together(store, "a:1", "b:1")


def test_a_judgement_needs_a_reason_and_never_makes_a_person_a_company(sqlite_store):
    put(sqlite_store, "a", [rec("a", "1", "Lee Trading", schema=Schema.PERSON)])
    put(sqlite_store, "b", [rec("b", "1", "Lee Trading", schema=Schema.COMPANY)])
    run(sqlite_store)
    with pytest.raises(InvalidInput):
        review.judge_records(sqlite_store, "a:1", "b:1", "same", "reviewer", "  ")
    with pytest.raises(Conflict):
        review.judge_records(sqlite_store, "a:1", "b:1", "same", "reviewer", "sure")
    with pytest.raises(InvalidInput):
        review.judge_records(sqlite_store, "a:1", "b:1", "maybe", "reviewer", "sure")


def test_split_an_entity_and_later_runs_keep_it_split(store):
    put(store, "a", [rec("a", "1", "Sigma Precision Works")])
    put(store, "b", [rec("b", "1", "Sigma Precision Works")])
    put(store, "c", [rec("c", "1", "Sigma Precision Works")])
    run(store)
    (entity_id,) = [e for e, m in entities_of(store).items() if len(m) == 3]
    review.split(store, entity_id, ["c:1"], "reviewer", "c:1 is the Dubai namesake")
    groups = sorted(sorted(m) for m in entities_of(store).values())
    assert groups == [["a:1", "b:1"], ["c:1"]]
    assert entity_id in entities_of(store)  # the larger part keeps the id
    run(store, full=True)
    assert sorted(sorted(m) for m in entities_of(store).values()) == groups


def test_ids_are_stable_across_runs_and_databases(store, tmp_path):
    from epoc.store import Store

    records_a = [rec("a", "1", "Delta Aerospace Industries"), rec("a", "2", "Kappa Shipping Lines")]
    records_b = [rec("b", "7", "Delta Aerospace Industries")]
    put(store, "a", records_a)
    put(store, "b", records_b)
    run(store)
    first = entities_of(store)
    run(store, full=True)
    assert entities_of(store) == first
    other = Store.open(f"sqlite:///{tmp_path / 'other.db'}")
    put(other, "b", records_b)
    put(other, "a", records_a)
    run(other)
    assert entities_of(other) == first  # the same records give the same ids anywhere
    other.close()
    # a new list naming the same party: the entity grows and keeps its id
    put(store, "c", [rec("c", "1", "Delta Aerospace Industries")])
    run(store)
    (grown,) = [e for e, m in entities_of(store).items() if "a:1" in m]
    assert grown in first and entities_of(store)[grown] == first[grown] | {"c:1"}


def test_incremental_run_rescores_only_what_changed_and_withdrawn_entities_are_removed(store):
    put(store, "a", [rec("a", str(i), f"Company Number{i} Limited") for i in range(30)])
    put(store, "b", [rec("b", "1", "Company Number3 Limited"), rec("b", "2", "Rho Electronics")])
    double = DoubleEngine(store)
    first = resolve(store, double.engine())
    assert first.mode == "full"
    calls = double.calls
    put(store, "b", [rec("b", "1", "Company Number3 Limited")], on=date(2004, 1, 1))  # Rho withdrawn
    second = resolve(store, double.engine())
    assert second.mode == "incremental"
    assert second.rescored == 1 and double.calls == calls  # a removed record is not scored again
    with store.read() as conn:
        repo = EntityRepository(conn)
        rho = repo.membership(["b:2"])["b:2"]
        row = repo.get(rho)
        assert (
            row.status == "removed"
            and "withdrawn" in row.removed_reason
            and "b (version" in row.removed_reason
        )
        assert [e.kind for e in repo.events(rho)] == ["created", "removed"]
    unchanged = resolve(store, double.engine())
    assert unchanged.rescored == 0 and unchanged.stats.records == 0


def test_entity_marking_is_the_strictest_of_its_records(store):
    put(store, "pub", [rec("pub", "1", "Tau Missile Components")])
    put(
        store,
        "fr",
        [rec("fr", "1", "Tau Missile Components")],
        marking=Marking.parse("CONFIDENTIAL // REL FR, DE"),
    )
    run(store)
    with store.read() as conn:
        repo = EntityRepository(conn)
        (row,) = repo.rows()
        assert row.marking == "CONFIDENTIAL // REL DE, FR"


def test_evidence_link_is_a_same_judgement_with_who_and_why(store):
    put(store, "list", [rec("list", "1", "Upsilon Rocket Motor Plant")])
    put(store, "doc-7", [rec("doc-7", "m1", "the Upsilon plant")])
    run(store)
    with store.read() as conn:
        entity_id = EntityRepository(conn).membership(["list:1"])["list:1"]
    with store.transaction() as conn:
        judgement = review.link_evidence(conn, "doc-7:m1", entity_id, "analyst", "paragraph 4 names it")
    assert together(store, "list:1", "doc-7:m1")
    (row,) = review.history(store)
    assert row.judgement_id == judgement and row.origin == "document" and row.verdict == "same"


def test_an_incremental_run_queues_grey_zone_pairs_with_records_resolved_before(store):
    put(store, "a", [rec("a", "1", "Hanseong Machine Tool Export Corporation"), rec("a", "2", "Other Party")])
    run(store)
    put(store, "b", [rec("b", "1", "Hanseong Machine Tool Export")])  # 0.8 against a:1
    report = run(store)
    assert report.mode == "incremental" and report.queued == 1
    pair = review.next_pair(store)
    assert pair is not None and {pair.left.id, pair.right.id} == {"a:1", "b:1"}
    put(store, "c", [rec("c", "1", "Other Party Limited")])  # another run elsewhere keeps the pair open
    run(store)
    assert review.list_pairs(store).open == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_the_engines_own_search_finds_the_same_pairs_as_candidates_and_scores(
    sqlite_store, monkeypatch, workers
):
    from epoc.services.screening import pairs as pair_search

    monkeypatch.setattr(pair_search, "PARALLEL_FROM", 2)  # the forked path on a small list too
    put(sqlite_store, "a", [rec("a", "1", "Alpha Trading Company"), rec("a", "2", "Beta Gyro Works")])
    put(sqlite_store, "b", [rec("b", "1", "ALPHA TRADING COMPANY"), rec("b", "2", "Beta Gyro Works Ltd")])
    put(sqlite_store, "c", [rec("c", "1", "Alpha Trading"), rec("c", "2", "Gamma Telemetry")])
    double = DoubleEngine(sqlite_store)
    with sqlite_store.read() as conn:
        repo = RecordRepository(conn)
        ids = {r.id for r in repo.iter_active()}
        plain = {(p.left, p.right, p.score) for p in score_records(repo, double.engine(), ids, Policy())}
        records = {r.id: r for r in repo.iter_active()}
    searched = pair_search.search_pairs(
        double.engine(search=True), records, Policy().review_threshold, workers=workers
    )
    assert {(p.left, p.right, p.score) for p in searched} == plain
    assert {(p.left, p.right) for p in searched} >= {("a:1", "b:1"), ("a:2", "b:2")}
