"""Screening against a real store (SQLite and PostgreSQL): hits, entities, releasability, the index kept in
step with the lists and saved across restarts."""

import shutil
from pathlib import Path

import pytest

from epoc.matching.party import Party
from epoc.model import Classification, Marking
from epoc.model.access import Role, Viewer
from epoc.services.records.imports import import_paths
from epoc.services.screening.screener import Screener, index_folder
from epoc.sources.base import ImportOptions
from epoc.store import Store

SCREENING = Path(__file__).parent / "fixtures" / "screening"


def _import(store, path, marking="UNCLASSIFIED", partner=None):
    report = import_paths(store, [path], ImportOptions(marking=Marking.parse(marking), partner=partner))
    assert report.ok, report.to_json()


@pytest.fixture
def marked_store(store):
    _import(store, SCREENING / "partner_a.csv", "CONFIDENTIAL // REL FR", "FR")
    _import(store, SCREENING / "partner_b.csv", "CONFIDENTIAL // REL MTCR", "DE")
    return store


def query(*names, schema="LegalEntity", **more):
    return Party.from_query({"schema": schema, "names": list(names), **more})


def test_screen_finds_across_scripts_and_explains(marked_store, tmp_path):
    hits = Screener(marked_store, tmp_path / "index").screen(
        [
            query("Joseon Byeolmang Muyeok Hoesa", schema="Company"),
            query("조선별망무역회사", schema="Company"),
            query("Vantorek Guidance Systems", countries=["Iran"]),
            query("Farhad Zolghadrinejad", schema="Person", birth_dates=["1968"]),
            query("Hyperion Bakery"),
        ],
    )
    assert hits[0][0].entity_id == "partner-a:A-002" and hits[0][0].match
    assert hits[1][0].entity_id == "partner-a:A-002" and hits[1][0].match
    assert hits[2][0].entity_id == "partner-a:A-001" and hits[2][0].match
    assert hits[2][0].record_ids == ("partner-a:A-001",)
    features = {f.feature for f in hits[2][0].explanation}
    assert {"name_match", "country_overlap"} <= features
    assert hits[3][0].entity_id == "partner-b:B-002" and hits[3][0].match
    assert not any(h.match for h in hits[4])


def test_identifier_short_circuits(marked_store, tmp_path):
    [found] = Screener(marked_store, tmp_path / "i").screen(
        [query("Somebody Else", identifiers=["QX 1234567"])]
    )
    assert found and found[0].entity_id == "partner-a:A-003" and found[0].score >= 0.99


@pytest.mark.parametrize(
    ("viewer", "sees_a", "sees_b"),
    [
        (None, True, True),
        (Viewer("fr", Role.OFFICER, "FR"), True, True),
        (Viewer("de", Role.OFFICER, "DE"), False, True),
        (Viewer("poc", Role.OFFICER, "POC"), True, True),
        (Viewer("low", Role.OFFICER, "FR", clearance=Classification.RESTRICTED), False, False),
        (Viewer("guest", Role.OUTREACH_GUEST, None), False, False),
    ],
)
def test_a_viewer_never_sees_what_they_may_not_read(marked_store, tmp_path, viewer, sees_a, sees_b):
    screener = Screener(marked_store, tmp_path / "index")
    hits = screener.screen(
        [query("Vantorek Guidance Systems LLC"), query("Tessarine Propulsion Works")], viewer=viewer
    )
    assert bool(hits[0]) is sees_a
    assert bool(hits[1]) is sees_b
    shown = " ".join(str(h.to_json()) for party in hits for h in party)
    if not sees_a:
        assert "Vantorek" not in shown and "partner-a" not in shown


def test_index_is_built_once_saved_and_reloaded(marked_store, tmp_path):
    root = tmp_path / "index"
    first = Screener(marked_store, root).refresh()
    assert sorted(first.built) == ["partner-a", "partner-b"]
    again = Screener(marked_store, root).refresh()  # a restart: nothing rebuilt
    assert again.built == [] and sorted(again.loaded) == ["partner-a", "partner-b"]
    assert list(index_folder(root, marked_store).glob("*.segment"))


def test_the_country_table_is_kept_beside_the_index_and_read_back(tmp_path, monkeypatch):
    # countrynames normalises its aliases once per process (0.4 s); the table is kept and read back, and a
    # damaged file is made again rather than trusted
    import countrynames

    from epoc.names.countries import to_country_code
    from epoc.services.screening.screener import load_kept_tables

    load_kept_tables(tmp_path)
    (kept,) = tmp_path.glob("countrynames-*.pickle")
    monkeypatch.setattr(countrynames, "COUNTRY_NAMES", {})
    monkeypatch.setattr(countrynames, "_load_data", lambda: pytest.fail("loaded again"))
    load_kept_tables(tmp_path)
    assert countrynames.COUNTRY_NAMES and countrynames.to_code("Islamic Republic of Iran") == "IR"
    to_country_code.cache_clear()
    kept.write_bytes(b"not a pickle")
    monkeypatch.undo()
    monkeypatch.setattr(countrynames, "COUNTRY_NAMES", {})
    load_kept_tables(tmp_path)
    assert countrynames.COUNTRY_NAMES and len(kept.read_bytes()) > 1000


def test_the_everyday_word_table_is_kept_beside_the_index_and_read_back(tmp_path, monkeypatch):
    # wordfreq's lists are read and folded once (0.3 s with its import); the table is kept and adopted by
    # the next process, which then never imports wordfreq; a damaged file is made again
    from epoc.names import frequency
    from epoc.services.screening.screener import load_kept_tables

    monkeypatch.setattr(frequency, "_GENERAL", None)
    load_kept_tables(tmp_path)
    (kept,) = tmp_path.glob("wordfreq-*.pickle")
    built = frequency.general_words()
    assert "walker" in built and len(built) > 50_000
    monkeypatch.setattr(frequency, "_GENERAL", None)
    monkeypatch.setattr(frequency, "general_word_table", lambda: pytest.fail("built again"))
    load_kept_tables(tmp_path)
    assert frequency.common_word("walker") and not frequency.common_word("kwangop")
    monkeypatch.undo()
    monkeypatch.setattr(frequency, "_GENERAL", None)
    kept.write_bytes(b"not a pickle")
    load_kept_tables(tmp_path)
    assert frequency.general_words() == built and len(kept.read_bytes()) > 100_000
    # a second index root in a process that has the table: kept there from memory, not built again
    monkeypatch.setattr(frequency, "general_word_table", lambda: pytest.fail("built again"))
    load_kept_tables(tmp_path / "other")
    assert len(next((tmp_path / "other").glob("wordfreq-*.pickle")).read_bytes()) > 100_000


def test_a_changed_list_rebuilds_only_its_segment(marked_store, tmp_path):
    screener = Screener(marked_store, tmp_path / "index")
    screener.refresh()
    assert not screener.screen([query("Ostrovel Avionics Trading")])[0]
    changed = tmp_path / "partner_b.csv"
    shutil.copy(SCREENING / "partner_b.csv", changed)
    with changed.open("a", encoding="utf-8") as out:
        out.write("B-003,Company,Ostrovel Avionics Trading FZE,,,,,AE,,,,,")
        out.write("Missile procurement,Fictional,2024-06-01\n")
    _import(marked_store, changed, "CONFIDENTIAL // REL MTCR", "DE")
    report = screener.refresh()
    assert report.built == ["partner-b"] and report.loaded == []
    [hits] = screener.screen([query("Ostrovel Avionics Trading")])
    assert hits and hits[0].entity_id == "partner-b:B-003"
    assert Screener(marked_store, tmp_path / "index").refresh().built == []


def test_another_database_gets_its_own_index(tmp_path):
    one = Store.open(f"sqlite:///{tmp_path / 'one.db'}")
    two = Store.open(f"sqlite:///{tmp_path / 'two.db'}")
    try:
        assert index_folder(tmp_path / "index", one) != index_folder(tmp_path / "index", two)
    finally:
        one.close()
        two.close()


def test_batches_scored_on_every_core_give_what_one_core_gives(marked_store, tmp_path, monkeypatch):
    # workers hand their hits back as plain tuples: the parent must rebuild exactly what one core gives
    parties = [
        query("Joseon Byeolmang Muyeok Hoesa", schema="Company"),
        query("조선별망무역회사", schema="Company"),
        query("Vantorek Guidance Systems", countries=["Iran"]),
        query("Farhad Zolghadrinejad", schema="Person", birth_dates=["1968"]),
    ] * 3
    screener = Screener(marked_store, tmp_path / "index")
    serial = screener.screen(parties, workers=1)
    monkeypatch.setattr("epoc.services.screening.screener.PARALLEL_FROM", 1)
    assert screener.screen(parties, workers=2) == serial
    assert any(hits for hits in serial)


def test_an_acronym_is_judged_beside_every_name_of_its_record(store, tmp_path):
    # the index fetches the record by its acronym alone; the record's full name spells the acronym out as
    # another body's, so a firm whose own name makes the same letters is a near miss, not a match
    listed = tmp_path / "acronyms.csv"
    header = (SCREENING / "partner_a.csv").read_text(encoding="utf-8").splitlines()[0]
    listed.write_text(
        f"{header}\nX-001,Company,Kovrin Aerodyne Space Corporation,KASC,,,,RU,,,,,Missiles,Fictional,"
        "2024-01-01\n",
        encoding="utf-8",
    )
    _import(store, listed)
    screener = Screener(store, tmp_path / "index")
    [other] = screener.screen([query("Kestrel Alloys Systems Chemicals Inc. (KASC)")], threshold=0.7)
    assert not any(hit.match for hit in other), [hit.to_json() for hit in other]
    [same] = screener.screen([query("KASC")], threshold=0.7)
    assert same and same[0].match
