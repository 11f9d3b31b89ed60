"""Each list reader on a small hand-made file of its format (fictional names)."""

from pathlib import Path

import pytest

from epoc.model import FactKind, IdentifierKind, NameKind, Schema
from epoc.sources.base import ImportOptions, SourceData
from epoc.sources.dates import parse_date
from epoc.sources.registry import READERS, plan

from .conftest import LISTS


def read(*paths: Path, format_name: str | None = None, **options) -> list[SourceData]:
    units = plan(list(paths), format_name).units
    out = []
    for unit in units:
        out.extend(READERS[unit.reader].read(unit, ImportOptions(**options)))
    return out


def by_id(datas: list[SourceData]):
    return {r.id: r for d in datas for r in d.records}


def test_format_detection_groups_each_lists_files():
    units = plan([LISTS]).units
    found = sorted((u.reader, tuple(sorted(f.name for f in u.files))) for u in units)
    assert found == [
        ("bis-dpl", ("dpl.txt",)),
        ("ftm", ("entities.ftm.json",)),
        ("ofac-cons", ("cons_alt.csv", "cons_prim.csv")),
        ("ofac-sdn", ("add.csv", "alt.csv", "sdn.csv", "sdn_comments.csv")),
        ("partner-csv", ("fr_national_list.csv",)),
        ("restricted-parties", ("restricted_parties.json",)),
        ("uk-hmt", ("sanctionsconlist.csv",)),
        ("un-sc", ("consolidated.xml",)),
    ]


def test_ofac_sdn_joins_its_four_files_with_provenance():
    (data,) = read(LISTS / "ofac")
    records = by_id([data])
    assert data.source.key == "ofac-sdn"
    assert sorted(records) == ["ofac-sdn:7001", "ofac-sdn:7002", "ofac-sdn:7003", "ofac-sdn:7004"]
    firm = records["ofac-sdn:7001"]
    assert firm.caption == "VELTRANA PRECISION INSTRUMENTS CO., LTD."
    names = {(n.text, n.kind, n.origin) for n in firm.names}
    assert ("VELTRANA PRECISION INSTRUMENTS COMPANY LIMITED", NameKind.ALIAS, "alt.csv:1") in names
    assert ("SHANGHAI VELTRANA GYRO WORKS", NameKind.PREVIOUS, "alt.csv:2") in names
    assert ("VPI", NameKind.ALIAS, "sdn.csv:1 remarks") in names
    assert firm.programmes == ["NPWMD", "IFSR"]
    assert firm.addresses[0].country == "CN" and firm.addresses[0].origin == "add.csv:1"
    assert any(
        i.kind is IdentifierKind.REGISTRATION and i.value == "91310000TEST01" and i.country == "CN"
        for i in firm.identifiers
    )
    person = records["ofac-sdn:7002"]
    assert person.schema is Schema.PERSON
    assert person.birth_dates == ["1968-03-14"]
    assert "RU" in person.countries
    assert any(i.kind is IdentifierKind.PASSPORT and i.value == "7100012345" for i in person.identifiers)
    vessel = records["ofac-sdn:7003"]
    assert vessel.schema is Schema.VESSEL
    assert {(i.kind, i.value) for i in vessel.identifiers} >= {
        (IdentifierKind.IMO, "9000001"),
        (IdentifierKind.CALL_SIGN, "XUAB7"),
    }
    # the overflow of a long remark lives in sdn_comments.csv and is read with it
    assert any(i.kind is IdentifierKind.EMAIL for i in records["ofac-sdn:7004"].identifiers)
    assert any("not in sdn.csv" in w for w in data.warnings)  # orphans are set aside, and said so


def test_ofac_alt_and_add_without_sdn_csv_are_their_own_source(tmp_path):
    for name in ("alt.csv", "add.csv"):
        (tmp_path / name).write_bytes((LISTS / "ofac" / name).read_bytes())
    (data,) = read(tmp_path)
    assert data.source.key == "ofac-sdn-aliases"
    assert sorted(r.id for r in data.records) == [
        "ofac-sdn-aliases:7001",
        "ofac-sdn-aliases:7002",
        "ofac-sdn-aliases:9999",
    ]


def test_un_consolidated_list():
    (data,) = read(LISTS / "un")
    records = by_id([data])
    assert data.source.key == "un" and str(data.source.date) == "2026-01-15"
    person = records["un:KPi.901"]
    assert person.caption == "PAK CHOL SU"
    kinds = {n.text: (n.kind, n.script) for n in person.names}
    assert kinds["박철수"] == (NameKind.ORIGINAL_SCRIPT, "Hangul")
    assert kinds["Mr. Pak"][0] is NameKind.WEAK_ALIAS
    assert person.birth_dates == ["1966-07-21", "1964/1967"]
    assert person.countries == ["KP"]
    entity = records["un:KPe.901"]
    assert {n.text: n.kind for n in entity.names}["Pyoljin General Bureau"] is NameKind.PREVIOUS
    assert entity.names[0].origin == "consolidated.xml:29"


def test_uk_list_groups_rows_and_reads_cp1252():
    (data,) = read(LISTS / "uk")
    records = by_id([data])
    assert str(data.source.date) == "2026-02-20"
    person = records["uk-hmt:90001"]
    assert [n.text for n in person.names] == ["Reza TABANDEH KOOSHKI", "Reza TABANDE KUSHKI"]
    assert person.names[0].kind is NameKind.PRIMARY
    assert person.birth_dates == ["1970-03-14", "1970"]
    assert any(i.kind is IdentifierKind.LIST_ID and i.value == "UN:IRi.901" for i in person.identifiers)
    firm = records["uk-hmt:90002"]
    assert any("Société écran" in f.value for f in firm.facts if f.kind is FactKind.REMARK)
    vessel, owner = records["uk-hmt:90003"], records["uk-hmt:90004"]
    assert vessel.schema is Schema.VESSEL  # the list calls it an Entity; its IMO number says otherwise
    assert {(i.kind, i.value) for i in vessel.identifiers} >= {
        (IdentifierKind.IMO, "9000001"),
        (IdentifierKind.MMSI, "352000001"),
    }
    assert owner.schema is Schema.ORGANIZATION  # a shipping company with an IMO company number


def test_denied_persons_list_ids_are_stable_and_repeats_kept():
    (data,) = read(LISTS / "dpl")
    ids = sorted(r.id for r in data.records)
    assert len(ids) == 3
    assert ids[0].startswith("bis-dpl:alder-brightwater-20200301-")
    assert ids[2] == ids[1] + "-2"
    assert {r.schema for r in data.records} == {Schema.PERSON, Schema.ORGANIZATION}
    assert data.records[0].addresses[0].country == "US"
    assert read(LISTS / "dpl")[0].records[0].id == data.records[0].id


def test_restricted_parties_split_by_list():
    datas = read(LISTS / "rpl")
    assert sorted(d.source.key for d in datas) == ["bis-entity", "jp-meti-eul"]
    records = by_id(datas)
    meti = records["jp-meti-eul:rpl-test000000000001"]
    assert meti.countries == ["KP"]
    assert "METI M: missile" in meti.programmes
    assert {n.kind for n in meti.names} >= {NameKind.ORIGINAL_SCRIPT}
    assert set(records) >= {"bis-entity:rpl-test000000000002", "bis-entity:rpl-test000000000002-2"}
    assert records["bis-entity:rpl-test000000000002"].countries == ["CN", "HK"]


def test_ftm_entities():
    (data,) = read(LISTS / "ftm")
    records = by_id([data])
    assert data.source.key == "test-dataset"
    person = records["test-dataset:ftm-p1"]
    assert person.addresses[0].full == "12 Harbour Road, Kowloon, Hong Kong"
    assert "Fictional WMD programme" in person.programmes
    assert {n.text: n.kind for n in person.names}["林浩然"] is NameKind.ORIGINAL_SCRIPT
    company = records["test-dataset:ftm-c1"]
    assert {n.text: n.kind for n in company.names}["Harbour Light"] is NameKind.WEAK_ALIAS
    assert any("Ownership" in w for w in data.warnings)


def test_partner_csv_template():
    (data,) = read(LISTS / "partner", source="fr-national", partner="FR")
    records = by_id([data])
    firm = records["fr-national:FR-001"]
    assert firm.schema is Schema.COMPANY
    assert {n.text: n.kind for n in firm.names} == {
        "Orvalis Propulsion Components SARL": NameKind.PRIMARY,
        "Orvalis PC": NameKind.ALIAS,
        "Orvalis": NameKind.WEAK_ALIAS,
    }
    assert firm.countries == ["FR", "IR"]
    person = records["fr-national:FR-002"]
    assert {n.text: n.script for n in person.names}["نادیا کشاورز رحیمی"] == "Arabic"
    assert data.source.partner == "FR"


@pytest.mark.parametrize(
    "name", ["ofac-sdn", "un-sc", "uk-hmt", "bis-dpl", "restricted-parties", "ftm", "partner-csv"]
)
def test_every_reader_is_registered_with_a_description(name):
    assert READERS[name].description


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("03 Oct 1970", "1970-10-03"),
        ("October 3, 1970", "1970-10-03"),
        ("Sept. 3 1999", "1999-09-03"),
        ("circa 1960", "1960"),
        ("1960 to 1965", "1960/1965"),
        ("Octember 3, 1970", None),
        ("February 30, 2001", None),
    ],
)
def test_dates_as_lists_and_documents_write_them(written, iso):
    assert parse_date(written) == iso


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "cp1252"])
def test_a_partner_csv_in_a_legacy_encoding_reads_as_it_is(tmp_path, encoding):
    text = (
        "id,schema,name,countries,listed_on\n"
        "FR-101,Company,Société Générale d'Étude des Propulseurs,FR,2024-02-01\n"
        "FR-102,Person,Hélène Dûpré-Müller,FR,2024-02-02\n"
    )
    folder = tmp_path / "partner"
    folder.mkdir()
    (folder / "liste.csv").write_bytes(text.encode(encoding))
    (data,) = read(folder, format_name="partner-csv", source="fr-legacy", partner="FR")
    names = {n.text for r in data.records for n in r.names}
    assert {"Société Générale d'Étude des Propulseurs", "Hélène Dûpré-Müller"} <= names
