"""The UN Security Council Consolidated List (XML, schema sc-sanctions.xsd).

Native id: REFERENCE_NUMBER (``un:KPe.018``). Alias quality ``Low`` is a weak alias; ``f.k.a.`` a previous
name; NAME_ORIGINAL_SCRIPT an original-script name. Each value's origin is the XML line it was read from.
Read with ``iterparse`` so that memory stays flat however long the list; entities and DTDs are refused.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from lxml import etree

from epoc.model import (
    Address,
    Fact,
    FactKind,
    Identifier,
    IdentifierKind,
    ImportFailure,
    Marking,
    Name,
    NameKind,
    Record,
    Schema,
    Source,
)
from epoc.names.countries import to_country_code
from epoc.names.script import detect_script, guess_lang
from epoc.sources.base import (
    ImportOptions,
    ImportUnit,
    RowProblem,
    SourceData,
    check_size,
    fail_on_problems,
    sniff,
    unique_names,
    unique_values,
)
from epoc.sources.dates import parse_date, to_date

KEY = "un"
ROOT = "CONSOLIDATED_LIST"
_ALIAS_KINDS = {"low": NameKind.WEAK_ALIAS, "f.k.a.": NameKind.PREVIOUS, "fka": NameKind.PREVIOUS}
_DOCUMENT_KINDS = {
    "passport": IdentifierKind.PASSPORT,
    "national identification number": IdentifierKind.NATIONAL_ID,
    "identification number": IdentifierKind.NATIONAL_ID,
    "national identity card": IdentifierKind.NATIONAL_ID,
    "tax identification number": IdentifierKind.TAX_ID,
    "registration number": IdentifierKind.REGISTRATION,
    "imo number": IdentifierKind.IMO,
}


class UnReader:
    name = "un-sc"
    description = "UN Security Council Consolidated List (XML, CONSOLIDATED_LIST root)"

    def claim(self, files: Sequence[Path]) -> list[ImportUnit]:
        return [
            ImportUnit(self.name, (f,))
            for f in files
            if f.suffix.lower() == ".xml" and b"<" + ROOT.encode() in sniff(f)
        ]

    def read(self, unit: ImportUnit, options: ImportOptions) -> list[SourceData]:
        (path,) = unit.files
        check_size(path, options)
        key = options.source or KEY
        problems: list[RowProblem] = []
        records: list[Record] = []
        generated: date | None = None
        seen: set[str] = set()
        for element in _entries(path):
            if element.tag == ROOT:
                generated = to_date((element.get("dateGenerated") or "")[:10], "%Y-%m-%d")
                continue
            try:
                record = _record(key, element, path.name)
            except ValueError as exc:
                problems.append(RowProblem(str(path), f"{element.sourceline}", f"<{element.tag}>: {exc}"))
                continue
            finally:
                element.clear()
            if record.id in seen:
                problems.append(
                    RowProblem(
                        str(path), f"{element.sourceline}", f"reference {record.native_id} listed twice"
                    )
                )
                continue
            seen.add(record.id)
            records.append(record)
        source = Source(
            key=key,
            name="UN Security Council Consolidated List",
            format=self.name,
            publisher="United Nations Security Council",
            partner=options.partner,
            date=options.list_date or generated,
            marking=options.marking or Marking.public(),
            url="https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list",
        )
        data = SourceData(source, records, [str(path)], problems=problems)
        fail_on_problems(data, options)
        return [data]


def _entries(path: Path) -> Iterator[etree._Element]:
    """The root (first, for its attributes) and then each INDIVIDUAL and ENTITY element, complete."""
    with path.open("rb") as handle:
        yield from _parse(handle, path)


def _parse(handle: object, path: Path) -> Iterator[etree._Element]:
    try:
        context = etree.iterparse(
            handle,
            events=("start", "end"),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
        )
        first = True
        for event, element in context:
            if first:
                first = False
                if element.tag != ROOT:
                    raise ImportFailure(
                        str(path), f"not a UN consolidated list: the root element is <{element.tag}>", "1"
                    )
                yield element
            elif event == "end" and element.tag in ("INDIVIDUAL", "ENTITY"):
                yield element
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else "?"
        raise ImportFailure(str(path), f"malformed XML: {exc.msg}", f"{line}") from exc


def _text(element: etree._Element, tag: str) -> str | None:
    found = element.find(tag)
    if found is None or found.text is None:
        return None
    value = " ".join(found.text.split())
    return value or None


def _values(element: etree._Element, tag: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for group in element.findall(tag):
        for value in group.findall("VALUE"):
            if value.text and value.text.strip():
                out.append((" ".join(value.text.split()), int(value.sourceline or 0)))
    return out


def _record(key: str, element: etree._Element, file_name: str) -> Record:
    reference = _text(element, "REFERENCE_NUMBER")
    if not reference:
        raise ValueError("no REFERENCE_NUMBER")
    person = element.tag == "INDIVIDUAL"

    def origin(node: etree._Element | int | None) -> str:
        line = (
            node if isinstance(node, int) else (node.sourceline if node is not None else element.sourceline)
        )
        return f"{file_name}:{line}"

    parts = [_text(element, t) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
    primary = " ".join(p for p in parts if p)
    if not primary:
        raise ValueError(f"{reference} has no name")
    names: list[Name] = [Name(primary, NameKind.PRIMARY, "Latin", origin=origin(element.find("FIRST_NAME")))]
    original = element.find("NAME_ORIGINAL_SCRIPT")
    if original is not None and original.text and original.text.strip():
        text = " ".join(original.text.split())
        script = detect_script(text)
        names.append(Name(text, NameKind.ORIGINAL_SCRIPT, script, guess_lang(script), origin(original)))
    alias_tag = "INDIVIDUAL_ALIAS" if person else "ENTITY_ALIAS"
    for alias in element.findall(alias_tag):
        alias_text = _text(alias, "ALIAS_NAME")
        if not alias_text:
            continue
        quality = (_text(alias, "QUALITY") or "").lower()
        kind = _ALIAS_KINDS.get(quality, NameKind.ALIAS)
        script = detect_script(alias_text)
        names.append(
            Name(alias_text, kind, script, guess_lang(script) if script != "Latin" else None, origin(alias))
        )
    names = list(unique_names(names))

    facts: list[Fact] = []
    if list_type := _text(element, "UN_LIST_TYPE"):
        facts.append(Fact(FactKind.PROGRAMME, list_type, origin=origin(element.find("UN_LIST_TYPE"))))
    if listed := _text(element, "LISTED_ON"):
        facts.append(Fact(FactKind.LISTED_ON, listed, origin=origin(element.find("LISTED_ON"))))
    if comments := _text(element, "COMMENTS1"):
        facts.append(Fact(FactKind.REMARK, comments, origin=origin(element.find("COMMENTS1"))))
    if gender := _text(element, "GENDER"):
        facts.append(Fact(FactKind.GENDER, gender, origin=origin(element.find("GENDER"))))
    for value, line in _values(element, "TITLE"):
        facts.append(Fact(FactKind.TITLE, value, origin=origin(line)))
    for value, line in _values(element, "DESIGNATION"):
        facts.append(Fact(FactKind.POSITION, value, origin=origin(line)))
    for value, line in _values(element, "NATIONALITY"):
        code = to_country_code(value)
        facts.append(
            Fact(FactKind.NATIONALITY, code or value, raw=value if code else None, origin=origin(line))
        )
    for dob in element.findall("INDIVIDUAL_DATE_OF_BIRTH"):
        facts.extend(_birth_date(dob, origin(dob)))
    for pob in element.findall("INDIVIDUAL_PLACE_OF_BIRTH"):
        place = ", ".join(p for p in (_text(pob, t) for t in ("CITY", "STATE_PROVINCE", "COUNTRY")) if p)
        if place:
            facts.append(Fact(FactKind.BIRTH_PLACE, place, origin=origin(pob)))

    addresses = []
    for node in element.findall("INDIVIDUAL_ADDRESS" if person else "ENTITY_ADDRESS"):
        address = _address(node, origin(node))
        if address:
            addresses.append(address)

    identifiers = [Identifier(IdentifierKind.LIST_ID, f"UN:{reference}", note="UN reference number")]
    for document in element.findall("INDIVIDUAL_DOCUMENT"):
        number = _text(document, "NUMBER")
        if not number:
            continue
        kind_text = (_text(document, "TYPE_OF_DOCUMENT") or "").lower()
        id_kind = _DOCUMENT_KINDS.get(kind_text, IdentifierKind.OTHER)
        country_text = _text(document, "ISSUING_COUNTRY") or _text(document, "COUNTRY_OF_ISSUE")
        note = "; ".join(
            p
            for p in (
                _text(document, "TYPE_OF_DOCUMENT") if id_kind is IdentifierKind.OTHER else None,
                _text(document, "NOTE"),
                _text(document, "DATE_OF_ISSUE"),
            )
            if p
        )
        identifiers.append(
            Identifier(id_kind, number, to_country_code(country_text), note or None, origin(document))
        )

    return Record(
        id=Record.make_id(key, reference),
        source=key,
        native_id=reference,
        schema=Schema.PERSON if person else Schema.ORGANIZATION,
        names=tuple(names),
        addresses=unique_values(addresses),
        identifiers=unique_values(identifiers),
        facts=unique_values(facts),
        extra={"dataid": _text(element, "DATAID") or ""},
    )


def _birth_date(node: etree._Element, origin: str) -> list[Fact]:
    kind = (_text(node, "TYPE_OF_DATE") or "").upper()
    exact, year = _text(node, "DATE"), _text(node, "YEAR")
    start, end = _text(node, "FROM_YEAR"), _text(node, "TO_YEAR")
    if kind == "BETWEEN" and start and end:
        return [Fact(FactKind.BIRTH_DATE, f"{start}/{end}", raw=f"between {start} and {end}", origin=origin)]
    raw = exact or year
    if not raw:
        return []
    value = parse_date(raw) or raw
    label = f"approximately {raw}" if kind == "APPROXIMATELY" else None
    return [Fact(FactKind.BIRTH_DATE, value, raw=label, origin=origin)]


def _address(node: etree._Element, origin: str) -> Address | None:
    street, city, region, postal, country_text = (
        _text(node, t) for t in ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")
    )
    note = _text(node, "NOTE")
    parts = [p for p in (street, city, region, postal, country_text) if p]
    if not parts:
        return None
    full = ", ".join(parts)
    if note and note != country_text:
        full = f"{full} ({note})"
    return Address(full, street, city, region, postal, to_country_code(country_text), origin)
