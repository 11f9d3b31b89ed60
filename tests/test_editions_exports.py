"""Editions (compiled from a window of source dates, frozen, diffed with reasons), as-of queries, exports in
four formats with the caveat and the marking, and the entity lookup the screener uses."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from datetime import date

import pytest

from epoc.model import Marking, Schema
from epoc.model.access import Role, Viewer
from epoc.model.entity import CAVEAT
from epoc.model.errors import Conflict, InvalidInput
from epoc.services.list.editions import create_edition, diff_editions, edition_entities
from epoc.services.list.entities import list_entities
from epoc.services.list.exports import export
from epoc.services.list.resolve import resolve
from epoc.store.entity_lookup import entities_for, hit_entities
from epoc.store.screening import readable_active

from .entity_helpers import DoubleEngine, include_candidates, put, rec


def build(store):
    """FR circulated a list in 2003 (X, Y); DE one in 2007 (X again, with a new alias, and Z)."""
    put(
        store,
        "fr",
        [
            rec("fr", "x", "Xenon Guidance Systems", countries=("IR",)),
            rec("fr", "y", "Yankee Propellant Works", programmes=("missile",)),
        ],
        on=date(2003, 5, 1),
        partner="FR",
    )
    put(
        store,
        "de",
        [
            rec("de", "x", "Xenon Guidance Systems", aliases=("XGS",), countries=("IR",)),
            rec("de", "z", "Zulu Gyroscope Trading", schema=Schema.COMPANY),
        ],
        on=date(2007, 9, 1),
        partner="DE",
        marking=Marking.parse("RESTRICTED // REL MTCR"),
    )
    resolve(store, DoubleEngine(store).engine())
    include_candidates(store)


def by_caption(items):
    return {e["caption"]: e for e in items}


def test_editions_freeze_the_list_of_their_window_and_the_diff_says_why(store):
    build(store)
    first = create_edition(store, "2000-2004", date(2000, 1, 1), date(2004, 12, 31))
    second = create_edition(store, "2000-2009", date(2000, 1, 1), date(2009, 12, 31))
    third = create_edition(store, "2005-2009", date(2005, 1, 1), date(2009, 12, 31))
    assert (first.entities, second.entities, third.entities) == (2, 3, 2)
    assert first.marking.banner == "UNCLASSIFIED"
    assert second.marking.banner == "RESTRICTED // REL MTCR"  # the strictest of what it holds
    _, frozen = edition_entities(store, "2000-2004")
    assert sorted(e.caption for e in frozen) == ["Xenon Guidance Systems", "Yankee Propellant Works"]

    grown = diff_editions(store, "2000-2004", "2000-2009")
    assert (grown.counts.added, grown.counts.removed, grown.counts.changed) == (1, 0, 1)
    assert grown.added[0].caption == "Zulu Gyroscope Trading"
    assert grown.added[0].why == (
        "new source: de (2007-09-01)",
        "included by the IE Co-Chairs: Partner evidence (test)",
    )
    (xenon,) = grown.changed
    assert "new source: de (2007-09-01)" in xenon.why
    assert xenon.names_added == ("XGS",) and any(w.startswith("new alias: XGS") for w in xenon.why)

    moved = diff_editions(store, "2000-2004", "2005-2009")
    assert [r.caption for r in moved.removed] == ["Yankee Propellant Works"]
    assert moved.removed[0].why == ("source withdrawn: fr (not dated in the new window)",)

    with pytest.raises(Conflict):
        create_edition(store, "2000-2004", date(2000, 1, 1), date(2004, 12, 31))
    with pytest.raises(InvalidInput):
        create_edition(store, "empty", date(1990, 1, 1), date(1995, 1, 1))


def test_an_older_version_of_a_list_gives_its_own_records_and_values(store):
    put(
        store,
        "ua",
        [rec("ua", "1", "Alpha Motor Plant"), rec("ua", "2", "Beta Fuel Works")],
        on=date(2003, 1, 1),
    )
    put(store, "ua", [rec("ua", "1", "Alpha Motor Plant No 2")], on=date(2008, 1, 1))  # 2 delisted, 1 renamed
    resolve(store, DoubleEngine(store).engine())
    old = create_edition(store, "old", date(2000, 1, 1), date(2004, 12, 31), include_public=True)
    assert old.sources[0]["records"] == 2
    _, frozen = edition_entities(store, "old")
    assert sorted(e.caption for e in frozen) == ["Alpha Motor Plant", "Beta Fuel Works"]
    as_of = list_entities(store, as_of=date(2005, 6, 1))
    assert sorted(e.caption for e in as_of) == ["Alpha Motor Plant", "Beta Fuel Works"]
    now = list_entities(store)
    assert [e.caption for e in now] == ["Alpha Motor Plant No 2"]
    create_edition(store, "new", date(2005, 1, 1), date(2009, 12, 31), include_public=True)
    diff = diff_editions(store, "old", "new")
    assert diff.removed[0].why == ("delisted by ua: ua:2",)
    assert "values changed in ua:1" in diff.changed[0].why


def test_exports_carry_the_caveat_and_the_marking(store):
    build(store)
    create_edition(store, "2000-2009", date(2000, 1, 1), date(2009, 12, 31))
    out = io.BytesIO()
    result = export(store, "jsonl", out, edition="2000-2009")
    lines = [json.loads(line) for line in out.getvalue().decode().splitlines()]
    assert result.entities == len(lines) == 3
    assert list(lines[0])[:7] == [
        "entity_id",
        "caption",
        "schema",
        "record_ids",
        "names",
        "countries",
        "sources",
    ]
    xenon = by_caption(lines)["Xenon Guidance Systems"]
    assert xenon["record_ids"] == ["de:x", "fr:x"] and xenon["sources"] == ["fr", "de"]
    assert "XGS" in xenon["names"] and xenon["countries"] == ["IR"]
    assert all(
        line["caveat"] == CAVEAT and line["list_marking"] == "RESTRICTED // REL MTCR" for line in lines
    )
    assert by_caption(lines)["Yankee Propellant Works"]["marking"] == "UNCLASSIFIED"

    out = io.BytesIO()
    export(store, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode())))
    assert (
        len(rows) == 3 and rows[0]["caveat"] == CAVEAT and rows[0]["list_marking"] == "RESTRICTED // REL MTCR"
    )


def test_ftm_export_is_valid_followthemoney_and_epoc_reads_it_back(store, tmp_path):
    from followthemoney import model

    from epoc.services.records.imports import import_paths
    from epoc.sources.base import ImportOptions

    build(store)
    path = tmp_path / "list.ftm.json"
    with path.open("wb") as handle:
        export(store, "ftm", handle)
    entities = [json.loads(line) for line in path.read_text().splitlines()]
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)  # raises on a property the schema does not have
        assert CAVEAT in proxy.get("notes")
    assert {e["schema"] for e in entities} == {"Organization", "Company"}
    report = import_paths(store, [path], ImportOptions(source="reimport"), "ftm")
    assert report.ok and report.units[0].sources[0].records == 3


def test_pdf_has_title_caveat_contents_sections_and_every_script(sqlite_store, tmp_path):
    from pypdf import PdfReader

    put(
        sqlite_store,
        "un",
        [
            rec("un", "1", "Korea Mining Development Trading Corporation", aliases=("조선광업개발무역회사",)),
            rec(
                "un",
                "2",
                "China Precision Machinery Import-Export Corp",
                aliases=("中国精密机械进出口总公司",),
            ),
            rec("un", "3", "Shahid Hemmat Industrial Group", aliases=("گروه صنعتی شهید همت",)),
            rec("un", "4", "Rosoboronexport", aliases=("Рособоронэкспорт",)),
        ],
        marking=Marking.parse("CONFIDENTIAL // REL MTCR"),
    )
    resolve(sqlite_store, None)
    path = tmp_path / "list.pdf"
    with path.open("wb") as handle:
        result = export(sqlite_store, "pdf", handle)
    reader = PdfReader(path)
    assert result.pages == len(reader.pages) == 3  # title, contents, one page of entities
    title = reader.pages[0].extract_text()
    assert "CONFIDENTIAL // REL MTCR" in title and "Not a black list but a tool" in title
    contents = reader.pages[1].extract_text()
    assert "Contents" in contents and "Rosoboronexport" in contents
    body = " ".join(p.extract_text() for p in reader.pages[2:])
    # pypdf spaces out CJK glyphs (with NULs between them) when it extracts them
    solid = unicodedata.normalize("NFKC", body).replace(" ", "").replace("\x00", "")
    for text in ("조선광업개발무역회사", "中国精密机械进出口总公司", "Рособоронэкспорт", "گروهصنعتیشهیدهمت"):
        assert text in solid
    assert "Shahid Hemmat" in body and "page 3 of 3" in body
    fonts = {
        str(f.get_object()["/BaseFont"])
        for page in reader.pages
        for f in page["/Resources"]["/Font"].values()
    }
    assert any("NotoSansCJK" in f for f in fonts) and any("DejaVuSans" in f for f in fonts)  # embedded


def test_entities_for_returns_whole_entities_and_respects_the_viewer(store):
    put(store, "pub", [rec("pub", "1", "Tango Avionics")])
    put(store, "fr", [rec("fr", "1", "Tango Avionics")], marking=Marking.parse("CONFIDENTIAL // REL FR"))
    put(store, "late", [rec("late", "1", "Unresolved Party")])
    resolve(store, DoubleEngine(store).engine())
    put(store, "later", [rec("later", "1", "Brand New Listing")])  # imported after the run
    with store.read() as conn:
        refs = entities_for(conn, ["pub:1", "later:1", "nope:1"])
        assert refs["pub:1"].record_ids == ("fr:1", "pub:1")
        assert refs["later:1"].entity_id == "later:1" and refs["later:1"].record_ids == ("later:1",)
        assert "nope:1" not in refs
        german = Viewer("hans", Role.OFFICER, "DE")
        # the entity is REL FR (its FR record): a German officer sees it as the list's pages show it, built
        # from the public record alone (same entity id, so the hit links to the same page), nothing of FR's
        partial = entities_for(conn, ["pub:1"], viewer=german)["pub:1"]
        assert partial.record_ids == ("pub:1",) and partial.entity_id == refs["pub:1"].entity_id
        assert partial.caption == "Tango Avionics"
        french = Viewer("anne", Role.OFFICER, "FR")
        assert entities_for(conn, ["pub:1"], viewer=french)["pub:1"].record_ids == ("fr:1", "pub:1")


def test_hit_entities_answers_as_entities_for_in_one_statement_with_markings(store):
    put(store, "pub", [rec("pub", "1", "Tango Avionics")])
    put(store, "fr", [rec("fr", "1", "Tango Avionics")], marking=Marking.parse("CONFIDENTIAL // REL FR"))
    resolve(store, DoubleEngine(store).engine())
    put(store, "later", [rec("later", "1", "Brand New Listing")])  # imported after the run
    german = Viewer("hans", Role.OFFICER, "DE")
    french = Viewer("anne", Role.OFFICER, "FR")
    asked = ["pub:1", "fr:1", "later:1", "nope:1"]
    with store.read() as conn:
        for viewer in (None, german, french):
            hits = hit_entities(conn, asked, viewer)
            refs = entities_for(conn, asked, viewer=viewer)  # then the screener's readable_active check:
            readable = readable_active(conn, asked, viewer)
            assert {r: (h.entity_id, h.caption, h.record_ids) for r, h in hits.items()} == {
                r: (e.entity_id, e.caption, e.record_ids) for r, e in refs.items() if r in readable
            }
            # every active record at once (the command line's whole-index map): the same answers
            every = hit_entities(conn, None, viewer)
            assert {r: every[r] for r in hits} == hits
            assert set(every) - set(hits) == set()  # nothing else is active and readable here
        assert "fr:1" not in hit_entities(conn, asked, german)  # not for a German officer at all
        whole = hit_entities(conn, ["pub:1"], french)["pub:1"]
        assert dict(zip(whole.record_ids, whole.banners, strict=True)) == {
            "fr:1": "CONFIDENTIAL // REL FR",
            "pub:1": "UNCLASSIFIED",
        }
