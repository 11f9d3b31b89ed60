"""Importing lists into a real store (SQLite and PostgreSQL): versions, idempotence, changes, provenance."""

import shutil
from pathlib import Path

from epoc.services.records.imports import import_paths
from epoc.services.records.views import list_sources, search_records, show_record
from epoc.sources.base import ImportOptions
from epoc.store.records import RecordRepository

from .conftest import LISTS


def test_import_every_fixture_list(store):
    report = import_paths(store, [LISTS], ImportOptions(source=None))
    assert report.ok, report.to_json()
    sources = {s.key: s.to_json() for s in list_sources(store)}
    assert set(sources) == {
        "bis-dpl",
        "bis-entity",
        "jp-meti-eul",
        "ofac-cons",
        "ofac-sdn",
        "fr-national-list",
        "test-dataset",
        "uk-hmt",
        "un",
    }
    assert sources["ofac-sdn"]["records"] == 4
    assert sources["un"]["names"] == 8
    assert sources["un"]["date"] == "2026-01-15"


def test_same_file_twice_changes_nothing(store):
    first = import_paths(store, [LISTS / "un"], ImportOptions())
    second = import_paths(store, [LISTS / "un"], ImportOptions())
    assert [s.status for u in first.units for s in u.sources] == ["imported"]
    assert [s.status for u in second.units for s in u.sources] == ["unchanged"]
    with store.read() as conn:
        assert len(RecordRepository(conn).versions("un")) == 1


def test_same_content_in_another_file_changes_nothing(store, tmp_path):
    import_paths(store, [LISTS / "un"], ImportOptions())
    copy = tmp_path / "renamed.xml"
    copy.write_text((LISTS / "un" / "consolidated.xml").read_text().replace("  <ENTITIES>", "\n  <ENTITIES>"))
    report = import_paths(store, [copy], ImportOptions())
    assert [s.status for u in report.units for s in u.sources] == ["unchanged"]


def test_newer_version_records_added_changed_removed(store, tmp_path):
    folder = tmp_path / "ofac"
    shutil.copytree(LISTS / "ofac", folder)
    import_paths(store, [folder], ImportOptions())
    sdn = folder / "sdn.csv"
    lines = sdn.read_bytes().decode().split("\r\n")
    lines = [line for line in lines if not line.startswith("7003,")]  # the vessel is delisted
    lines = [line.replace("IRVENKO, Tomas", "IRVENKO, Tomas P.") for line in lines]  # a name changes
    lines.insert(0, '7005,"NEW LISTING TRADING LLC",-0- ,"NPWMD",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ')
    sdn.write_bytes("\r\n".join(lines).encode())
    report = import_paths(store, [folder], ImportOptions())
    (result,) = report.units[0].sources
    assert (result.added, result.changed, result.removed) == (1, 1, 1)
    shown = show_record(store, "ofac-sdn:7002")
    assert shown.caption == "IRVENKO, Tomas P."
    change = shown.history[-1]
    assert change.change == "changed"
    assert change.before and change.after
    assert "IRVENKO, Tomas" in change.before["names"] and "IRVENKO, Tomas P." in change.after["names"]
    removed = show_record(store, "ofac-sdn:7003")
    assert removed.status == "removed" and removed.history[-1].change == "removed"
    assert [r.id for r in search_records(store, "silver orchid")] == []  # removed records are not found
    # listed again later: active once more, and the history says so
    restored = folder / "restored"
    restored.mkdir()
    shutil.copy(LISTS / "ofac" / "sdn.csv", restored / "sdn.csv")
    import_paths(store, [restored], ImportOptions())
    assert show_record(store, "ofac-sdn:7003").status == "active"


def test_show_record_gives_every_value_with_provenance(store):
    import_paths(store, [LISTS / "un"], ImportOptions())
    shown = show_record(store, "un:KPe.901")
    assert shown.source.key == "un" and shown.source.name.startswith("UN Security Council")
    names = {n.text: n for n in shown.names}
    assert names["조선별진무역회사"].script == "Hangul"
    for value in [*shown.names, *shown.addresses, *shown.programmes]:
        assert value.record_id == "un:KPe.901" and value.source == "un"
        assert value.origin and value.origin.startswith("consolidated.xml:")


def test_marking_and_partner_travel_to_records(store):
    from epoc.model import Marking

    options = ImportOptions(
        source="fr-national", partner="FR", marking=Marking.parse("CONFIDENTIAL // REL MTCR")
    )
    import_paths(store, [LISTS / "partner"], options)
    shown = show_record(store, "fr-national:FR-001")
    assert shown.marking and shown.marking.banner == "CONFIDENTIAL // REL MTCR"
    assert shown.source.partner == "FR"
    # importing the same file with a stricter marking is a new version, not "unchanged"
    stricter = ImportOptions(source="fr-national", partner="FR", marking=Marking.parse("SECRET // REL FR"))
    report = import_paths(store, [LISTS / "partner"], stricter)
    assert report.units[0].sources[0].status == "imported"
    assert str(show_record(store, "fr-national:FR-001").marking) == "SECRET // REL FR"


def test_search_finds_names_identifiers_and_ids(store):
    import_paths(store, [LISTS / "ofac", LISTS / "un"], ImportOptions())
    assert [r.id for r in search_records(store, "veltrana precision")] == ["ofac-sdn:7001"]
    assert [r.id for r in search_records(store, "별진")] == ["un:KPe.901"]
    assert [r.id for r in search_records(store, "7100-0123 45")] == ["ofac-sdn:7002"]  # passport, spaced
    assert search_records(store, "un:KPi.901")[0].id == "un:KPi.901"
    assert search_records(store, "%") == []  # LIKE wildcards are literal


def test_a_failed_list_leaves_the_others(store, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "consolidated.xml").write_text((LISTS / "un" / "consolidated.xml").read_text()[:900])
    report = import_paths(store, [bad, LISTS / "dpl"], ImportOptions())
    assert not report.ok
    errors = [u.error for u in report.units if u.error]
    assert len(errors) == 1 and "consolidated.xml" in errors[0]
    keys = {s.key for s in list_sources(store)}
    assert keys == {"bis-dpl"}


def test_unknown_files_in_a_folder_are_skipped_not_fatal(store, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(LISTS / "dpl" / "dpl.txt", folder)
    (folder / "notes.tsv").write_text("a\tb\n")
    (folder / "SOURCE.md").write_text("# about\n")
    report = import_paths(store, [folder], ImportOptions())
    assert report.ok
    assert [Path(p).name for p, _ in report.skipped] == ["notes.tsv"]
