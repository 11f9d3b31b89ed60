"""Every real list in ../shared/data/raw imports, with the counts each folder's SOURCE.md gives."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from epoc.cli import main
from epoc.services.records.imports import import_paths
from epoc.services.records.views import list_sources, show_record
from epoc.sources.base import ImportOptions
from epoc.store import Store

from .conftest import SHARED_RAW

pytestmark = pytest.mark.realdata

# From each folder's SOURCE.md. The Denied Persons List's 546 rows include 3 word-for-word repeats, kept as
# records of their own (ids ending "-2") so that the count agrees too.
EXPECTED_RECORDS = {
    "un": 1003,
    "ofac-sdn": 14965,
    "ofac-cons": 442,
    "uk-hmt": 2106,
    "bis-dpl": 546,
    "bis-entity": 3420,
    "jp-meti-eul": 835,
    "bis-meu": 56,
    "us-dod-1260h": 188,
    "us-dhs-uflpa": 144,
    "us-dod-1286": 130,
    "ca-ised-nro": 103,
    "ofac-ns-cmic": 64,
    "ofac-sdn-aliases": 8766,  # distinct ent_nums in the 2026 alt.csv
}


@pytest.fixture(scope="module")
def real_db(tmp_path_factory) -> Iterator[str]:
    if not SHARED_RAW.is_dir():
        pytest.skip(f"{SHARED_RAW} is not here")
    url = f"sqlite:///{tmp_path_factory.mktemp('real') / 'epoc.db'}"
    store = Store.open(url)
    report = import_paths(store, [SHARED_RAW], ImportOptions())
    assert report.ok, [u.error for u in report.units if u.error]
    store.close()
    yield url


def test_counts_agree_with_source_md(real_db, capsys):
    assert main(["--db", real_db, "lists", "--json"]) == 0
    listed = {s["key"]: s for s in json.loads(capsys.readouterr().out)}
    assert {k: listed[k]["records"] for k in EXPECTED_RECORDS} == EXPECTED_RECORDS
    assert set(listed) == set(EXPECTED_RECORDS)
    for entry in listed.values():
        assert entry["names"] >= entry["records"] and entry["format"] and entry["name"]
    assert listed["un"]["date"] == "2026-02-27" and listed["uk-hmt"]["date"] == "2018-04-13"


def test_second_academy_of_natural_sciences(real_db, capsys):
    assert main(["--db", real_db, "records", "show", "un:KPe.018", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["caption"] == "SECOND ACADEMY OF NATURAL SCIENCES"
    aliases = {n["text"] for n in shown["names"] if n["kind"] == "alias"}
    assert aliases == {
        "2ND ACADEMY OF NATURAL SCIENCES", "CHE 2 CHAYON KWAHAKWON", "ACADEMY OF NATURAL SCIENCES",
        "CHAYON KWAHAK-WON", "NATIONAL DEFENSE ACADEMY", "KUKPANG KWAHAK-WON",
        "SECOND ACADEMY OF NATURAL SCIENCES RESEARCH INSTITUTE", "SANSRI",
    }  # fmt: skip
    for name in shown["names"]:
        assert name["source"] == "un" and name["record_id"] == "un:KPe.018"
        assert name["origin"].startswith("consolidated.xml:")
    assert shown["addresses"][0]["country"] == "KP"


def test_reimport_of_everything_changes_nothing(real_db):
    store = Store.open(real_db)
    report = import_paths(store, [SHARED_RAW], ImportOptions())
    assert {s.status for u in report.units for s in u.sources} == {"unchanged"}
    store.close()


def test_real_lists_on_postgresql_too(store):
    """The dialect-sensitive paths (bulk inserts, JSON, markings) on the real UN list and DPL."""
    if not SHARED_RAW.is_dir():
        pytest.skip(f"{SHARED_RAW} is not here")
    report = import_paths(store, [SHARED_RAW / "un_sc_consolidated", SHARED_RAW / "bis_dpl"], ImportOptions())
    assert report.ok
    counts = {s.key: s.records for s in list_sources(store)}
    assert counts == {"un": 1003, "bis-dpl": 546}
    assert len(show_record(store, "un:KPe.018").names) == 9


def test_shahid_hemmat_on_the_sdn_list(real_db):
    store = Store.open(real_db)
    shown = show_record(store, "ofac-sdn:9349")
    store.close()
    assert shown.caption == "SHAHID HEMMAT INDUSTRIAL GROUP"
    assert {"SHIG", "SAPICO", "ARMACO"} <= {n.text for n in shown.names}
    assert {"NPWMD", "IFSR"} <= {p.value for p in shown.programmes}
    assert all(n.origin for n in shown.names)


def test_every_folder_but_the_name_pairs_is_a_list():
    if not SHARED_RAW.is_dir():
        pytest.skip(f"{SHARED_RAW} is not here")
    from epoc.sources.registry import plan

    result = plan([SHARED_RAW])
    skipped_folders = {Path(p).parent.name for p, _ in result.skipped}
    assert skipped_folders == {"name_variants"}
