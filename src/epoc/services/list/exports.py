"""Exports of the list — JSON lines, CSV, FollowTheMoney JSON, PDF — each with the caveat and the marking.

Every exported entity carries the caveat and the markings (its own and the whole export's), so that an
extract taken out of the file still says what it is and who may read it. The export's marking is the
edition's, or for the current list the strictest of the entities exported.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.entity import CAVEAT
from epoc.model.errors import InvalidInput
from epoc.model.marking import Marking
from epoc.model.regime import reader_marking, sort_caption
from epoc.services import audit
from epoc.services.list.editions import EditionHead, edition_entities
from epoc.services.list.entities import current_entities
from epoc.services.regime.inclusion import included_ids
from epoc.store import Store

FORMATS = ("jsonl", "csv", "ftm", "pdf")


@dataclass
class ExportSet:
    """What an export holds: the entities (as `entities show --json` gives them) and what goes with them."""

    title: str
    edition: EditionHead | None
    marking: Marking
    entities: list[dict[str, Any]]
    generated_at: datetime


@dataclass(frozen=True, slots=True)
class Exported:
    """What an export wrote: its format, how many entities, under which marking (and a PDF's pages)."""

    format: str
    entities: int
    marking: Marking
    pages: int | None = None


def gather(
    store: Store, edition: str | None = None, viewer: Viewer | None = None, *, included_only: bool = False
) -> ExportSet:
    """What an export holds, as the viewer reads it: an edition's entries releasable to the viewer under the
    banner of those, or the current list (the entities the IE Co-Chairs included, or with ``included_only``
    false every resolved entity)."""
    now = datetime.now(UTC)
    if edition is not None:
        head, entries = edition_entities(store, edition, viewer)
        marking = reader_marking(e.marking for e in entries)
        title = f"Entities of concern — edition {head.name}"
        return ExportSet(title, head, marking, [e.data for e in entries], now)
    with store.read() as conn:
        found = current_entities(conn, viewer, included_ids(conn) if included_only else None)
    marking = reader_marking(e.marking for e in found)
    items = sorted((e.to_json() for e in found), key=lambda e: (sort_caption(e["caption"]), e["entity_id"]))
    title = (
        "Entities of concern — the regime's list"
        if included_only
        else "Entities of concern — every resolved entity"
    )
    return ExportSet(title, None, marking, items, now)


def export(
    store: Store,
    fmt: str,
    out: BinaryIO,
    edition: str | None = None,
    viewer: Viewer | None = None,
    *,
    included_only: bool = False,
) -> Exported:
    """Write the list (or an edition) to ``out`` in ``fmt``; return what was written. A viewer's export holds
    only what it may read and goes on the audit trail (before a byte is written)."""
    if fmt not in FORMATS:
        raise InvalidInput(f"format {fmt!r}: one of {', '.join(FORMATS)}")
    data = gather(store, edition, viewer, included_only=included_only)
    if viewer is not None:
        with store.transaction() as conn:
            audit.record(
                conn,
                viewer,
                Action.EXPORT,
                f"edition {edition}" if edition else "the current list",
                {"format": fmt, "entities": len(data.entities), "marking": data.marking.banner},
            )
    if fmt == "pdf":
        from epoc.services.list.pdf import write_pdf

        pages = write_pdf(data, out)
        return Exported(fmt, len(data.entities), data.marking, pages)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    writer = {"jsonl": _jsonl, "csv": _csv, "ftm": _ftm}[fmt]
    for chunk in writer(data):
        text.write(chunk)
    text.flush()
    text.detach()
    return Exported(fmt, len(data.entities), data.marking)


def _carried_json(data: ExportSet, entity: dict[str, Any]) -> dict[str, str | None]:
    """What every exported entity carries, under the keys of the files' wire format (banners as text)."""
    return {
        "marking": entity["marking"]["banner"],
        "list_marking": data.marking.banner,
        "edition": data.edition.name if data.edition else None,
        "caveat": CAVEAT,
    }


def _values(items: list[dict[str, Any]]) -> list[str]:
    return [i["value"] for i in items]


# -- JSON lines ---------------------------------------------------------------------------------------------
def _jsonl(data: ExportSet) -> Iterator[str]:
    for e in data.entities:
        line = {
            "entity_id": e["entity_id"],
            "caption": e["caption"],
            "schema": e["schema"],
            "record_ids": e["record_ids"],
            "names": e["names"],
            "countries": e["countries"],
            "sources": e["sources"],
            "status": e["status"],
            "identifiers": [f"{i.get('detail')}:{i['value']}" for i in e["identifiers"]],
            "addresses": _values(e["addresses"]),
            "birth_dates": _values(e["birth_dates"]),
            "programmes": _values(e["programmes"]),
            "reasons": e["reasons"],
            **_carried_json(data, e),
        }
        yield json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n"


# -- CSV ----------------------------------------------------------------------------------------------------
CSV_COLUMNS = (
    "entity_id",
    "caption",
    "schema",
    "status",
    "names",
    "countries",
    "sources",
    "record_ids",
    "identifiers",
    "addresses",
    "birth_dates",
    "programmes",
    "reasons",
    "marking",
    "list_marking",
    "edition",
    "caveat",
)


def _csv(data: ExportSet) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for e in data.entities:
        carried = _carried_json(data, e)
        reasons = [
            f"{r['source_name']} ({r['source']}"
            + (f", {r['partner']}" if r.get("partner") else "")
            + (f", {r['year']}" if r.get("year") else "")
            + ")"
            for r in e["reasons"]
        ]
        writer.writerow(
            [
                e["entity_id"],
                e["caption"],
                e["schema"],
                e["status"],
                "; ".join(e["names"]),
                "; ".join(e["countries"]),
                "; ".join(e["sources"]),
                "; ".join(e["record_ids"]),
                "; ".join(f"{i.get('detail')}:{i['value']}" for i in e["identifiers"]),
                " | ".join(_values(e["addresses"])),
                "; ".join(_values(e["birth_dates"])),
                "; ".join(_values(e["programmes"])),
                "; ".join(reasons),
                carried["marking"],
                carried["list_marking"],
                carried["edition"] or "",
                carried["caveat"],
            ]
        )
        if buffer.tell() > 1 << 16:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


# -- FollowTheMoney -----------------------------------------------------------------------------------------
FTM_SCHEMA = {
    "Person": "Person",
    "Organization": "Organization",
    "Company": "Company",
    "LegalEntity": "LegalEntity",
    "Vessel": "Vessel",
    "Aircraft": "Airplane",
}
_NAME_PROPS = {
    "primary": "name",
    "alias": "alias",
    "original_script": "alias",
    "weak_alias": "weakAlias",
    "previous": "previousName",
}
_ID_PROPS = {
    "passport": "passportNumber",
    "national_id": "idNumber",
    "registration": "registrationNumber",
    "tax_id": "taxNumber",
    "imo": "imoNumber",
    "mmsi": "mmsi",
    "call_sign": "callSign",
    "aircraft_registration": "registrationNumber",
    "swift_bic": "swiftBic",
    "lei": "leiCode",
    "email": "email",
    "website": "website",
    "phone": "phone",
}
# What each FtM schema does not have (followthemoney's model; checked by the tests).
_NOT_IN = {
    "Person": {"imoNumber", "mmsi", "callSign"},
    "Organization": {"birthDate", "passportNumber", "mmsi", "callSign"},
    "Company": {"birthDate", "passportNumber", "mmsi", "callSign"},
    "LegalEntity": {"birthDate", "passportNumber", "imoNumber", "mmsi", "callSign"},
    "Vessel": {
        "birthDate", "passportNumber", "idNumber", "taxNumber", "swiftBic", "leiCode", "email", "website",
        "phone",
    },
    "Airplane": {
        "birthDate", "passportNumber", "idNumber", "taxNumber", "imoNumber", "mmsi", "callSign", "swiftBic",
        "leiCode", "email", "website", "phone",
    },
}  # fmt: skip


def ftm_entity_json(e: dict[str, Any], data: ExportSet) -> dict[str, Any]:
    """An entity in the FollowTheMoney wire format (an FtM entity's JSON, one line of the `ftm` export)."""
    schema = FTM_SCHEMA.get(e["schema"], "LegalEntity")
    barred = _NOT_IN[schema]
    props: dict[str, list[str]] = {}

    def add(prop: str, value: str) -> None:
        if prop not in barred and value and value not in props.setdefault(prop, []):
            props[prop].append(value)

    add("name", e["caption"])
    for name in e["names_detail"]:
        add(_NAME_PROPS.get(name["kind"], "alias"), name["text"])
    for country in e["countries"]:
        add("country", country.lower())
    for address in e["addresses"]:
        add("address", address["value"])
    for ident in e["identifiers"]:
        prop = _ID_PROPS.get(ident.get("detail") or "")
        if prop:
            add(prop, ident["value"])
    for born in e["birth_dates"]:
        add("birthDate", born["value"])
    for programme in e["programmes"]:
        add("program", programme["value"])
    add("topics", "export.control")
    carried = _carried_json(data, e)
    add("notes", carried["caveat"] or "")
    add("notes", f"Marking: {carried['marking']}")
    for reason in e["reasons"]:
        add("notes", _reason_text(reason))
    out = {
        "id": e["entity_id"],
        "schema": schema,
        "caption": e["caption"],
        "properties": props,
        "referents": e["record_ids"],
        "datasets": [f"epoc-{data.edition.name}" if data.edition else "epoc"],
    }
    return out


def _reason_text(reason: dict[str, Any]) -> str:
    parts = [reason["source_name"]]
    if reason.get("partner"):
        parts.append(f"circulated by {reason['partner']}")
    if reason.get("date"):
        parts.append(f"dated {reason['date']}")
    if reason.get("programmes"):
        parts.append("programmes " + ", ".join(reason["programmes"]))
    return "Listed by " + "; ".join(parts)


def _ftm(data: ExportSet) -> Iterator[str]:
    for e in data.entities:
        yield json.dumps(ftm_entity_json(e, data), ensure_ascii=False, separators=(",", ":")) + "\n"
