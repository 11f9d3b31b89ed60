"""The denial notification template: CSV (one row per denial) or JSON (a list of objects). See
docs/formats.md for the columns and fields. Every row is checked; a file with any bad row is refused as a
whole, naming each bad row and field (one import is one transaction)."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from epoc.documents.readers.base import decode_text
from epoc.model import ImportFailure, Marking, MarkingError, Schema
from epoc.model.denial import ANNEX_CODE, Denial, DenialParty, DenialStatus, PartyRole
from epoc.names.countries import to_country_code
from epoc.sources.base import file_size
from epoc.sources.dates import parse_date

CSV_COLUMNS = (
    "partner", "reference", "date", "annex_codes", "catch_all", "item_description", "quantity",
    "consignee_name", "consignee_aliases", "consignee_address", "consignee_country",
    "end_user_name", "end_user_aliases", "end_user_address", "end_user_country",
    "intermediary_names", "intermediary_addresses", "intermediary_countries",
    "end_use", "reason", "status", "marking",
)  # fmt: skip
REQUIRED = ("partner", "reference", "date", "item_description")
_TRUE = {"yes", "y", "true", "1", "catch-all", "catch_all", "x"}
_FALSE = {"", "no", "n", "false", "0", "listed"}


def read_denials(path: Path, max_bytes: int) -> list[Denial]:
    file_size(path, max_bytes)
    text, _note = decode_text(path.read_bytes(), str(path))
    stripped = text.lstrip()
    items = _json_items(text, str(path)) if stripped.startswith(("[", "{")) else _csv_items(text, str(path))
    denials, problems = [], []
    seen: set[tuple[str, str]] = set()
    for where, item in items:
        try:
            denial = denial_from(item)
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
            continue
        key = (denial.partner, denial.reference)
        if key in seen:
            problems.append(f"{where}: denial {denial.partner} {denial.reference} is given twice")
            continue
        seen.add(key)
        denials.append(denial)
    if problems:
        shown = "; ".join(problems[:5])
        raise ImportFailure(str(path), f"{len(problems)} bad denials (first: {shown}); nothing imported")
    if not denials:
        raise ImportFailure(str(path), "no denials in the file")
    return denials


def _json_items(text: str, name: str) -> list[tuple[str, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailure(name, f"malformed JSON: {exc.msg}", f"{exc.lineno}:{exc.colno}") from exc
    if isinstance(data, dict):
        data = data.get("denials", [data])
    if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
        raise ImportFailure(name, 'expected a list of denial objects (or {"denials": [...]})')
    return [(f"denial {i + 1}", d) for i, d in enumerate(data)]


def _csv_items(text: str, name: str) -> list[tuple[str, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    unknown = [h for h in header if h not in CSV_COLUMNS]
    missing = [h for h in REQUIRED if h not in header]
    if unknown or missing:
        raise ImportFailure(
            name, f"not the denial template: unknown columns {unknown}, missing {missing}", "1"
        )
    reader.fieldnames = header
    items = []
    try:
        for row in reader:
            if None in row:
                raise ImportFailure(name, "more fields than columns", str(reader.line_num))
            if not any((v or "").strip() for v in row.values()):
                continue
            items.append((f"line {reader.line_num}", _nest(row)))
    except csv.Error as exc:
        raise ImportFailure(name, f"malformed CSV: {exc}", str(reader.line_num)) from exc
    return items


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _codes(value: Any) -> list[str]:
    """Annex codes as a list, or one cell written ``9.A.4|9.A.6``, ``9.A.4, 9.A.6`` or ``9.A.4; 9.A.6``."""
    if isinstance(value, str):
        return [v.strip() for v in re.split(r"[|,;\s]+", value) if v.strip()]
    return [str(v) for v in value or []]


def _nest(row: dict[str, str]) -> dict[str, Any]:
    """A CSV row in the JSON template's shape."""
    item: dict[str, Any] = {k: (row.get(k) or "").strip() for k in CSV_COLUMNS if k in row}
    item["annex_codes"] = _codes(row.get("annex_codes"))
    for role in ("consignee", "end_user"):
        if (row.get(f"{role}_name") or "").strip():
            item[role] = {
                "name": row[f"{role}_name"].strip(),
                "aliases": _split(row.get(f"{role}_aliases")),
                "address": (row.get(f"{role}_address") or "").strip() or None,
                "country": (row.get(f"{role}_country") or "").strip() or None,
            }
    names = _split(row.get("intermediary_names"))
    addresses = (row.get("intermediary_addresses") or "").split("|")
    countries = (row.get("intermediary_countries") or "").split("|")
    item["intermediaries"] = [
        {
            "name": n,
            "address": addresses[i].strip() if i < len(addresses) and addresses[i].strip() else None,
            "country": countries[i].strip() if i < len(countries) and countries[i].strip() else None,
        }
        for i, n in enumerate(names)
    ]
    return item


def denial_from(item: dict[str, Any]) -> Denial:
    """One denial from the template's fields; ``ValueError`` names the first field that is wrong."""
    for key in REQUIRED:
        if not str(item.get(key) or "").strip():
            raise ValueError(f"{key} is required")
    partner = str(item["partner"]).strip().upper()
    if not 2 <= len(partner) <= 3 or not partner.isalpha():
        raise ValueError(f"partner {partner!r} is not a Partner code (FR, DE, US …)")
    parsed = parse_date(str(item["date"]).strip())
    if parsed is None or len(parsed) != 10:
        raise ValueError(f"date {item['date']!r} is not a day (YYYY-MM-DD, or 12 March 2024)")
    notified = date.fromisoformat(parsed)
    catch_all = _flag(item.get("catch_all"))
    codes = [c.strip().upper().replace(" ", "") for c in _codes(item.get("annex_codes"))]
    codes = [c[:-1] + c[-1].lower() if c.count(".") == 3 else c for c in codes]
    bad = [c for c in codes if not ANNEX_CODE.match(c)]
    if bad:
        raise ValueError(f"annex code {bad[0]!r} is not an Annex code like 9.A.4")
    if not codes and not catch_all:
        raise ValueError("a listed-item denial needs annex_codes (or catch_all: yes)")
    parties: list[DenialParty] = []
    for role in (PartyRole.CONSIGNEE, PartyRole.END_USER):
        if item.get(role.value):
            parties.append(_party(role, item[role.value]))
    for entry in item.get("intermediaries") or []:
        parties.append(_party(PartyRole.INTERMEDIARY, entry))
    if not any(p.role in (PartyRole.CONSIGNEE, PartyRole.END_USER) for p in parties):
        raise ValueError("a denial names its consignee or end user")
    status_text = str(item.get("status") or "active").strip().lower()
    try:
        status = DenialStatus(status_text)
    except ValueError:
        raise ValueError(
            f"status {status_text!r} is not one of {', '.join(s.value for s in DenialStatus)}"
        ) from None
    marking = None
    if str(item.get("marking") or "").strip():
        try:
            marking = Marking.parse(str(item["marking"]))
        except MarkingError as exc:
            raise ValueError(exc.message) from None
    return Denial(
        partner=partner,
        reference=str(item["reference"]).strip(),
        notified_on=notified,
        item_description=str(item["item_description"]).strip(),
        parties=tuple(parties),
        annex_codes=tuple(dict.fromkeys(codes)),
        catch_all=catch_all,
        quantity=str(item.get("quantity") or "").strip() or None,
        end_use=str(item.get("end_use") or "").strip() or None,
        reason=str(item.get("reason") or "").strip() or None,
        status=status,
        marking=marking,
    )


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"catch_all {value!r} is not yes or no")


def _party(role: PartyRole, data: Any) -> DenialParty:
    if isinstance(data, str):
        data = {"name": data}
    if not isinstance(data, dict) or not str(data.get("name") or "").strip():
        raise ValueError(f"{role.value} has no name")
    country_text = str(data.get("country") or "").strip()
    country = to_country_code(country_text) if country_text else None
    if country_text and country is None:
        raise ValueError(f"{role.value} country {country_text!r} is not a country")
    aliases = data.get("aliases") or []
    if isinstance(aliases, str):
        aliases = _split(aliases)
    schema_text = str(data.get("schema") or "").strip()
    try:
        schema = Schema.parse(schema_text) if schema_text else Schema.LEGAL_ENTITY
    except ValueError as exc:
        raise ValueError(f"{role.value}: {exc}") from None
    return DenialParty(
        role,
        str(data["name"]).strip(),
        tuple(str(a).strip() for a in aliases if str(a).strip()),
        (str(data.get("address") or "").strip() or None),
        country,
        schema,
    )
