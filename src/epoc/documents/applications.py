"""A licence application read from a document (a letter, a form, a table, an e-mail) into a draft the officer
confirms: the fields of the application template, what was found where, and what was not found.

The rules, in order of use (nothing is guessed: a field with no label is left blank and named as missing):

- A **labelled line** is ``Label: value`` (or ``Label`` then a tab, two spaces or a dash). Labels are matched
  whole, case-insensitively, after folding British and American spellings (licence/license …); numbering
  (``3.``, ``b)``) and e-mail quoting (``>``) before them are ignored. ``LABELS`` is the one table.
- A **party** (consignee, ultimate consignee, end user, intermediary, freight forwarder, purchaser …): the
  value is its name; ``Name, address…, Country`` is split at the commas when the last part is a country;
  ``Name (Country)`` likewise. The unlabelled lines right under it, and ``Name:``/``Address:``/``Country:``
  lines, belong to it until its country is known; a country alone on such a line is its country.
- An **item** starts at ``Item``/``Description of goods`` …; ``Quantity``, ``Value`` and ``Annex entry``
  lines fill the item above them. A **table** whose header names at least two of description, quantity,
  value and Annex entry (columns split by ``|``, tabs or two spaces) gives one item per row.
- The **Annex code** is the one the document states; where it states none, the technology tagger's
  suggestion is kept beside the item for the officer to confirm — never written into the application.
- The destination is a country name or code; the end use continues over unlabelled lines until a blank line
  or the end of its sentence (a PDF keeps no blank lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from epoc.documents.technology import find_technology
from epoc.documents.textmap import FoldedText
from epoc.model.denial import ANNEX_CODE
from epoc.names.countries import to_country_code

# label (folded: lower case, British spelling, single spaces, no punctuation) -> what it fills
LABELS: dict[str, str] = {
    **dict.fromkeys(
        ("reference", "ref", "our ref", "our reference", "your ref", "application reference",
         "application no", "application number", "licence application no", "licence application number",
         "licence application reference", "file no", "file number", "case reference"),
        "reference",
    ),
    **dict.fromkeys(
        ("exporter", "applicant", "applicant exporter", "exporter applicant", "name of exporter",
         "exporter name", "applicant name", "name of applicant"),
        "exporter",
    ),
    **dict.fromkeys(
        ("country of destination", "destination", "destination country", "final destination",
         "country of final destination", "ultimate destination", "country of ultimate destination"),
        "destination",
    ),
    **dict.fromkeys(
        ("end use", "stated end use", "intended end use", "end use statement", "purpose", "intended use",
         "declared end use", "end use of the goods", "use of the goods"),
        "end_use",
    ),
    **dict.fromkeys(
        ("consignee", "ultimate consignee", "final consignee", "consignee name", "name of consignee"),
        "party:consignee",
    ),
    **dict.fromkeys(
        ("end user", "ultimate end user", "final end user", "end user name", "name of end user"),
        "party:end_user",
    ),
    **dict.fromkeys(
        ("intermediary", "intermediate consignee", "freight forwarder", "forwarder", "broker", "agent",
         "intermediary consignee", "shipping agent"),
        "party:intermediary",
    ),
    **dict.fromkeys(("purchaser", "buyer", "customer", "purchaser name"), "party:purchaser"),
    **dict.fromkeys(("name",), "sub:name"),
    **dict.fromkeys(("address", "street address", "postal address"), "sub:address"),
    **dict.fromkeys(("country",), "sub:country"),
    **dict.fromkeys(
        ("item", "items", "goods", "description", "description of goods", "item description",
         "description of items", "description of the goods", "product", "commodity"),
        "item",
    ),
    **dict.fromkeys(("quantity", "qty", "number of units", "quantity units", "units"), "quantity"),
    **dict.fromkeys(("value", "total value", "contract value", "value of goods", "price", "amount"), "value"),
    **dict.fromkeys(
        ("annex", "annex entry", "annex code", "annex item", "mtcr annex", "mtcr annex entry",
         "control entry", "control list entry", "control list classification", "classification",
         "rating", "control list rating", "annex classification"),
        "annex",
    ),
}  # fmt: skip
_SPELLINGS = (("license", "licence"), ("organization", "organisation"), ("authorized", "authorised"),
              ("program ", "programme "), ("catalog ", "catalogue "))  # fmt: skip

_LINE = re.compile(
    r"^(?:[>\s]*)(?:\(?(?:\d{1,2}|[a-hA-H])[.)]\s+)?(?P<label>[A-Za-z][A-Za-z0-9 /&()'’.-]{0,60}?)"
    r"\s*(?:[:：|]|\t|\s{2,}|\s[-–—]\s)\s*(?P<value>.*)$"
)
_NUMBERING = re.compile(r"^\(?(?:\d{1,2}|[a-hA-H])[.)]\s+")
_ITEM_NUMBER = re.compile(r"^(item|goods|line)\s*(no|number)?\s*\d{1,3}$")
_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{2,}")
_COLUMNS = {"item": "description", "quantity": "quantity", "value": "value", "annex": "annex"}
_PAREN_COUNTRY = re.compile(r"^(?P<name>.+?)\s*\((?P<country>[^()]+)\)\s*$")
_CODE = re.compile(r"\b(\d{1,2})\s*\.\s*([A-Ea-e])\s*\.\s*(\d{1,2})(?:\s*\.\s*([a-z]))?\b")


def fold_label(label: str) -> str:
    text = " " + re.sub(r"[^a-z0-9]+", " ", label.lower().replace("’", "'").replace("'s", "")) + " "
    for american, british in _SPELLINGS:
        text = text.replace(f" {american.strip()} ", f" {british.strip()} ")
    return " ".join(text.split())


def label_of(label: str) -> str | None:
    key = fold_label(label)
    if key in LABELS:
        return LABELS[key]
    if _ITEM_NUMBER.match(key):
        return "item"
    return None


@dataclass
class _Party:
    role: str
    name: str = ""
    country: str | None = None
    address_lines: list[str] = field(default_factory=list)
    line: int = 0


@dataclass
class _Item:
    description: str = ""
    annex: str | None = None
    quantity: str | None = None
    value: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class ApplicationDraft:
    """What a document says of an application: the template's fields (blank where not found), where each was
    found (``found``: field → line), what is missing, and the tagger's Annex suggestions per item."""

    application: dict[str, Any]
    found: dict[str, int]
    missing: tuple[str, ...]
    suggested_annex: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "application": self.application,
            "found": self.found,
            "missing": list(self.missing),
            "suggested_annex": [list(s) for s in self.suggested_annex],
            "notes": list(self.notes),
        }


def _country(text: str) -> str | None:
    text = text.strip().strip(".").strip()
    if not text or len(text) > 60:
        return None
    return to_country_code(text)


def _party_value(party: _Party, value: str) -> None:
    """``Name``, ``Name (Country)`` or ``Name, address…, Country``."""
    value = value.strip().rstrip(";")
    paren = _PAREN_COUNTRY.match(value)
    if paren and _country(paren.group("country")):
        party.name, party.country = paren.group("name").strip(" ,"), _country(paren.group("country"))
        return
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if len(parts) >= 2 and _country(parts[-1]):
        party.country = _country(parts[-1])
        parts = parts[:-1]
    # a legal form after a comma ("Acme, Ltd") stays with the name
    while len(parts) >= 2 and re.fullmatch(r"(?i)(ltd|llc|inc|co|gmbh|s\.?a|plc|fze|llp)\.?", parts[1]):
        parts[0:2] = [f"{parts[0]}, {parts[1]}"]
    party.name = parts[0] if parts else ""
    party.address_lines.extend(parts[1:])


def _annex(text: str) -> str | None:
    match = _CODE.search(text)
    if not match:
        return None
    code = f"{int(match.group(1))}.{match.group(2).upper()}.{int(match.group(3))}"
    if match.group(4):
        code += f".{match.group(4)}"
    return code if ANNEX_CODE.match(code) else None


def _table_header(line: str) -> list[str | None] | None:
    cells = [c for c in _SPLIT.split(line.strip().strip("|")) if c is not None]
    if len(cells) < 2:
        return None
    columns: list[str | None] = []
    for cell in cells:
        kind = label_of(cell)
        if kind in _COLUMNS:
            columns.append(_COLUMNS[kind])
        elif fold_label(cell) in ("no", "item no", "line", "#", ""):
            columns.append(None)
        else:
            columns.append(None if kind is None else "other")
    named = {c for c in columns if c in _COLUMNS.values()}
    if len(named) >= 2 and "description" in named:
        return columns
    return None


def read_application_text(text: str) -> ApplicationDraft:
    """The draft of an application from a document's text (see the module's rules)."""
    lines = text.replace("\r\n", "\n").split("\n")
    values: dict[str, str] = {}
    found: dict[str, int] = {}
    parties: list[_Party] = []
    items: list[_Item] = []
    notes: list[str] = []
    current: _Party | _Item | str | None = None  # what unlabelled lines continue
    table: list[str | None] | None = None
    i = 0
    while i < len(lines):
        raw = lines[i]
        number = i + 1
        i += 1
        line = raw.strip().lstrip(">").strip()
        if not line or set(line) <= set("-=_*|+ "):
            current = None if not line else current  # a table goes on over blank lines (a DOCX's rows)
            continue
        if table is not None:
            cells = [c.strip() for c in _SPLIT.split(line.strip("|").strip())]
            if len(cells) >= 2 and label_of(cells[0]) is None:
                row = dict(zip(table, cells, strict=False))
                description = (row.get("description") or "").strip()
                if description:
                    items.append(
                        _Item(
                            description,
                            _annex(row.get("annex") or ""),
                            (row.get("quantity") or "").strip() or None,
                            (row.get("value") or "").strip() or None,
                            number,
                        )
                    )
                    continue
            table = None
        header = _table_header(line)
        if header is not None:
            table, current = header, None
            continue
        match = _LINE.match(line)
        kind = label_of(match.group("label")) if match else None
        value = match.group("value").strip() if match and kind else ""
        heading = label_of(_NUMBERING.sub("", line).rstrip(":：").strip()) if kind is None else None
        if heading is not None and (heading.startswith("party:") or heading == "item"):
            kind, value = heading, ""  # "Consignee" alone: a block of Name/Address/Country lines follows
        if kind is None:
            if isinstance(current, _Party) and current.country is None:
                code = _country(line)
                if code:
                    current.country = code  # the country ends the party's address
                else:
                    current.address_lines.append(line)
            elif current == "end_use" and not values["end_use"].endswith((".", "!", "?")):
                values["end_use"] = f"{values['end_use']} {line}".strip()
            elif isinstance(current, _Item) and not current.description:
                current.description = line
            continue
        if kind in ("reference", "exporter", "destination", "end_use"):
            if kind in values:
                continue  # the first one given wins
            if kind == "exporter":
                exporter = _Party("exporter")
                _party_value(exporter, value)
                value = exporter.name
            values[kind], found[kind] = value, number
            current = "end_use" if kind == "end_use" else None
        elif kind.startswith("party:"):
            party = _Party(kind.split(":", 1)[1], line=number)
            if value:
                _party_value(party, value)
            parties.append(party)
            current = party
        elif kind.startswith("sub:") and isinstance(current, _Party):
            if kind == "sub:name":
                _party_value(current, value)
            elif kind == "sub:country":
                current.country = _country(value) or current.country
                if _country(value) is None and value:
                    notes.append(f"line {number}: {value!r} is not a country epoc knows")
            else:
                current.address_lines.append(value)
        elif kind == "item":
            bare_code = len(value) < 20 and _annex(value) is not None  # "Item: 2.A.1" names an entry
            item = _Item("" if bare_code else value, _annex(value) if bare_code else None, line=number)
            items.append(item)
            current = item
        elif kind in ("quantity", "value", "annex"):
            if isinstance(current, _Item):
                item = current
            elif items:
                item = items[-1]
            else:
                item = _Item(line=number)
                items.append(item)
            if kind == "annex":
                code = _annex(value)
                if value and code is None:
                    notes.append(f"line {number}: {value!r} is not an Annex code like 2.A.1: left blank")
                item.annex = item.annex or code
            elif kind == "quantity":
                item.quantity = item.quantity or value or None
            else:
                item.value = item.value or value or None
            current = item
    return _draft(values, found, parties, [it for it in items if it.description or it.quantity], notes)


def _draft(
    values: dict[str, str], found: dict[str, int], parties: list[_Party], items: list[_Item], notes: list[str]
) -> ApplicationDraft:
    missing: list[str] = []
    destination_text = values.get("destination", "")
    destination = _country(destination_text.split(",")[-1]) or _country(destination_text)
    if destination_text and destination is None:
        notes.append(f"destination: {destination_text!r} is not a country epoc knows: left blank")
    for key, label in (("reference", "reference"), ("exporter", "exporter"), ("end_use", "end use")):
        if not values.get(key):
            missing.append(f"{label}: not found in the document")
    if destination is None:
        missing.append("destination: not found in the document")
    roles = {p.role for p in parties if p.name}
    for role, label in (("consignee", "consignee"), ("end_user", "end user")):
        if role not in roles:
            missing.append(f"{label}: not named in the document")
    for p in parties:
        if p.name and p.country is None:
            missing.append(f"{p.role.replace('_', ' ')} {p.name!r}: no country found")
    suggested: list[tuple[str, ...]] = []
    for n, item in enumerate(items, 1):
        codes: list[str] = []
        for hit in find_technology(FoldedText.of(item.description)):
            codes.extend(c for c in hit.codes if c not in codes)
        suggested.append(tuple(codes))
        if not item.description:
            missing.append(f"item {n}: no description found")
        for attr in ("quantity", "value"):
            if not getattr(item, attr):
                missing.append(f"item {n}: no {attr} found")
        if not item.annex:
            hint = f"the tagger suggests {', '.join(codes)}: confirm" if codes else "the tagger suggests none"
            missing.append(f"item {n}: no Annex entry stated ({hint})")
    if not items:
        missing.append("items: none found")
    application = {
        "reference": values.get("reference", ""),
        "exporter": values.get("exporter", ""),
        "destination": destination or "",
        "end_use": values.get("end_use", ""),
        "parties": [
            {
                "role": p.role,
                "name": p.name,
                "country": p.country,
                "address": ", ".join(p.address_lines) or None,
            }
            for p in parties
            if p.name
        ],
        "items": [
            {"description": it.description, "annex": it.annex, "quantity": it.quantity, "value": it.value}
            for it in items
        ],
        "red_flags": [],
    }
    for p in parties:
        if p.name:
            found.setdefault(f"party:{p.role}", p.line)
    return ApplicationDraft(application, found, tuple(missing), tuple(suggested), tuple(notes))
