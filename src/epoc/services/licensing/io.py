"""Licence applications from a file (JSON or CSV), a document (PDF, DOCX, e-mail, HTML, text: read into a
draft by ``epoc.documents.applications``) or a form, checked field by field: bad input is refused whole,
naming the file, line or party/item and the field.

JSON: ``{"reference", "exporter", "destination", "end_use", "parties": [{"role", "name", "country",
"address"}], "items": [{"description", "annex", "quantity", "value"}], "red_flags": [...]}``.
CSV (one row per party or item; the application's fields on any row, the first one given wins):
``reference, exporter, destination, end_use, role, name, country, address, description, annex, quantity,
value, red_flags`` (red flags separated by ``|``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from epoc.documents.applications import ApplicationDraft, read_application_text
from epoc.documents.readers.base import Limits, decode_text
from epoc.documents.readers.registry import read_bytes, read_file
from epoc.model import ImportFailure, InvalidInput
from epoc.model.denial import ANNEX_CODE
from epoc.model.licensing import Application, ApplicationItem, ApplicationParty, PartyRole, red_flag_of
from epoc.names.countries import to_country_code

TEMPLATE_SUFFIXES = (".json", ".csv")  # the application template; any other file is read as a document
MAX_PARTIES = 200
MAX_ITEMS = 200
CSV_COLUMNS = (
    "reference", "exporter", "destination", "end_use", "role", "name", "country", "address",
    "description", "annex", "quantity", "value", "red_flags",
)  # fmt: skip


def read_application(path: Path, limits: Limits) -> tuple[Application, tuple[str, ...]]:
    """One application from a JSON or CSV file, or read from a document; with what a document did not say
    (nothing is guessed: a missing field the application cannot do without refuses the file, naming it)."""
    if path.suffix.lower() not in TEMPLATE_SUFFIXES:
        draft = read_draft(path, limits)
        return application_of_draft(draft, path.name), draft.missing + draft.notes
    try:
        limits.check_size(path.stat().st_size, str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ImportFailure(str(path), "the file is empty")
    text, _note = decode_text(data, str(path))
    return application_from_text(text, str(path)), ()


def read_draft(path: Path, limits: Limits) -> ApplicationDraft:
    """The draft of an application a document gives (for the officer to confirm)."""
    return read_application_text(read_file(path, limits).text)


def draft_from_bytes(data: bytes, name: str, limits: Limits) -> ApplicationDraft:
    """The draft of an uploaded document (the size was checked by the caller's read)."""
    limits.check_size(len(data), name)
    return read_application_text(read_bytes(data, name, limits).text)


def application_of_draft(draft: ApplicationDraft, name: str) -> Application:
    """The application a draft states. The reference, when the document gives none, is the file's name (said
    in the draft's notes); any other field the application needs and the document lacks refuses it."""
    fields = dict(draft.application)
    if not fields.get("reference"):
        fields["reference"] = Path(name).stem[:200]
    needed = [m for m in draft.missing if m.split(":")[0] in ("exporter", "destination", "items")]
    if not any(p["role"] in ("consignee", "end_user") for p in fields["parties"]):
        needed.append("consignee or end user: none named")
    if needed:
        raise ImportFailure(
            name,
            "the document does not give what an application needs: "
            + "; ".join(needed)
            + " (see `epoc applications read FILE --json`; complete it as JSON)",
        )
    try:
        return application_from(fields)
    except InvalidInput as exc:
        raise ImportFailure(name, exc.message) from None


def application_from_text(text: str, name: str) -> Application:
    if text.lstrip().startswith("{"):
        try:
            item = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ImportFailure(name, f"malformed JSON: {exc.msg}", f"{exc.lineno}:{exc.colno}") from exc
        try:
            return application_from(item)
        except InvalidInput as exc:
            raise ImportFailure(name, exc.message) from None
    return _from_csv(text, name)


def _from_csv(text: str, name: str) -> Application:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown or "name" not in header or "description" not in header:
        raise ImportFailure(
            name, f"not the application template: unknown columns {unknown}; name and description needed", "1"
        )
    reader.fieldnames = header
    item: dict[str, Any] = {"parties": [], "items": [], "red_flags": []}
    where: dict[str, int] = {}
    try:
        for row in reader:
            line = reader.line_num
            values = {k: (v or "").strip() for k, v in row.items() if k}
            for key in ("reference", "exporter", "destination", "end_use"):
                if values.get(key) and key not in item:
                    item[key] = values[key]
            if values.get("name"):
                where[f"parties[{len(item['parties'])}]"] = line
                item["parties"].append({k: values.get(k) for k in ("role", "name", "country", "address")})
            if values.get("description"):
                where[f"items[{len(item['items'])}]"] = line
                item["items"].append(
                    {k: values.get(k) for k in ("description", "annex", "quantity", "value")}
                )
            item["red_flags"] += [f.strip() for f in values.get("red_flags", "").split("|") if f.strip()]
    except csv.Error as exc:
        raise ImportFailure(name, f"malformed CSV: {exc}", str(reader.line_num)) from exc
    try:
        return application_from(item)
    except InvalidInput as exc:
        field = exc.message.split(":", 1)[0].split(".", 1)[0]
        at = where.get(field)
        raise ImportFailure(name, exc.message, f"line {at}" if at else None) from None


def _text(data: Mapping[str, Any], key: str, where: str, required: bool = True, limit: int = 2000) -> str:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InvalidInput(f"{where}{key}: required")
        return ""
    if not isinstance(value, str | int | float):
        raise InvalidInput(f"{where}{key}: expected text, not {type(value).__name__}")
    text = str(value).strip()
    if len(text) > limit:
        raise InvalidInput(f"{where}{key}: longer than {limit} characters")
    return text


def _country(data: Mapping[str, Any], key: str, where: str, required: bool) -> str | None:
    text = _text(data, key, where, required)
    if not text:
        return None
    code = to_country_code(text)
    if code is None:
        raise InvalidInput(f"{where}{key}: {text!r} is not a country")
    return code


def annex_code(text: str, where: str) -> str | None:
    """An Annex code as the template writes it (``2.A.1``, ``9.A.4.a``), or None for an empty one."""
    code = text.strip().upper().replace(" ", "")
    if not code:
        return None
    if code.count(".") == 3:
        code = code[:-1] + code[-1].lower()
    if not ANNEX_CODE.match(code):
        raise InvalidInput(f"{where}annex: {text!r} is not an Annex code like 2.A.1")
    return code


def application_from(data: Any) -> Application:
    """An application from the JSON template's fields; ``InvalidInput`` names the first wrong field."""
    if not isinstance(data, Mapping):
        raise InvalidInput("an application is a JSON object")
    parties_data = data.get("parties") or []
    items_data = data.get("items") or []
    if not isinstance(parties_data, list) or not isinstance(items_data, list):
        raise InvalidInput("parties and items: expected lists")
    if not parties_data:
        raise InvalidInput("parties: an application names its consignee or end user")
    if not items_data:
        raise InvalidInput("items: an application names at least one item")
    if len(parties_data) > MAX_PARTIES or len(items_data) > MAX_ITEMS:
        raise InvalidInput(f"at most {MAX_PARTIES} parties and {MAX_ITEMS} items")
    parties = []
    for i, entry in enumerate(parties_data):
        where = f"parties[{i}]."
        if not isinstance(entry, Mapping):
            raise InvalidInput(f"parties[{i}]: expected an object")
        role_text = _text(entry, "role", where).lower().replace("-", "_").replace(" ", "_")
        try:
            role = PartyRole(role_text)
        except ValueError:
            roles = ", ".join(r.value for r in PartyRole)
            raise InvalidInput(f"{where}role: {role_text!r} is not one of {roles}") from None
        parties.append(
            ApplicationParty(
                role,
                _text(entry, "name", where, limit=500),
                _country(entry, "country", where, required=False),
                _text(entry, "address", where, required=False) or None,
            )
        )
    if not any(p.role in (PartyRole.CONSIGNEE, PartyRole.END_USER) for p in parties):
        raise InvalidInput("parties: an application names its consignee or end user")
    items = []
    for i, entry in enumerate(items_data):
        where = f"items[{i}]."
        if not isinstance(entry, Mapping):
            raise InvalidInput(f"items[{i}]: expected an object")
        items.append(
            ApplicationItem(
                _text(entry, "description", where),
                annex_code(_text(entry, "annex", where, required=False), where),
                _text(entry, "quantity", where, required=False) or None,
                _text(entry, "value", where, required=False) or None,
            )
        )
    flags = data.get("red_flags") or []
    if isinstance(flags, str):
        flags = [flags]
    if not isinstance(flags, list) or not all(isinstance(f, str) for f in flags):
        raise InvalidInput("red_flags: expected a list of texts")
    return Application(
        reference=_text(data, "reference", "", limit=200),
        exporter=_text(data, "exporter", "", limit=500),
        destination=_country(data, "destination", "", required=True) or "",
        end_use=_text(data, "end_use", "", required=False),
        parties=tuple(parties),
        items=tuple(items),
        red_flags=tuple(red_flag_of(f) for f in flags if f.strip()),
    )
