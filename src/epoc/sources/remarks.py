"""OFAC-style remarks ("DOB 1962; POB Shati; Passport A123 (Iran); a.k.a. 'X'; Linked To: Y.") as values.

OFAC puts birth dates, identifiers, nationalities, extra aliases and links in one free-text field; the UK
list's "Other Information" and the UN comments use similar phrases. Each recognised piece becomes a
typed value; anything else stays a remark, so nothing the list says is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from epoc.model import Fact, FactKind, Identifier, IdentifierKind, Name, NameKind
from epoc.names.countries import to_country_code
from epoc.sources.dates import parse_date

# prefix -> identifier kind; longest prefixes first so that "Vessel Registration Identification IMO" wins
_IDENTIFIER_PREFIXES: tuple[tuple[str, IdentifierKind], ...] = tuple(
    sorted(
        {
            "Passport": IdentifierKind.PASSPORT,
            "Passport No.": IdentifierKind.PASSPORT,
            "Diplomatic Passport": IdentifierKind.PASSPORT,
            "Travel Document Number": IdentifierKind.PASSPORT,
            "National ID No.": IdentifierKind.NATIONAL_ID,
            "National Foreign ID Number": IdentifierKind.NATIONAL_ID,
            "Identification Number": IdentifierKind.NATIONAL_ID,
            "Personal ID Card": IdentifierKind.NATIONAL_ID,
            "Cedula No.": IdentifierKind.NATIONAL_ID,
            "C.U.R.P.": IdentifierKind.NATIONAL_ID,
            "D.N.I.": IdentifierKind.NATIONAL_ID,
            "SSN": IdentifierKind.NATIONAL_ID,
            "Residency Number": IdentifierKind.NATIONAL_ID,
            "Birth Certificate Number": IdentifierKind.NATIONAL_ID,
            "Driver's License No.": IdentifierKind.NATIONAL_ID,
            "Electoral Registry No.": IdentifierKind.NATIONAL_ID,
            "Credencial electoral": IdentifierKind.NATIONAL_ID,
            "I.F.E.": IdentifierKind.NATIONAL_ID,
            "Registration Number": IdentifierKind.REGISTRATION,
            "Registration ID": IdentifierKind.REGISTRATION,
            "Business Registration Number": IdentifierKind.REGISTRATION,
            "Business Number": IdentifierKind.REGISTRATION,
            "Company Number": IdentifierKind.REGISTRATION,
            "Commercial Registry Number": IdentifierKind.REGISTRATION,
            "Commercial Registration Number": IdentifierKind.REGISTRATION,
            "Chamber of Commerce Number": IdentifierKind.REGISTRATION,
            "Trade License No.": IdentifierKind.REGISTRATION,
            "Public Registration Number": IdentifierKind.REGISTRATION,
            "Government Gazette Number": IdentifierKind.REGISTRATION,
            "Unified Social Credit Code (USCC)": IdentifierKind.REGISTRATION,
            "Enterprise Number": IdentifierKind.REGISTRATION,
            "Certificate of Incorporation Number": IdentifierKind.REGISTRATION,
            "C.R. No.": IdentifierKind.REGISTRATION,
            "Folio Mercantil No.": IdentifierKind.REGISTRATION,
            "Matricula Mercantil No": IdentifierKind.REGISTRATION,
            "Economic Register Number (CBLS)": IdentifierKind.REGISTRATION,
            "Tax ID No.": IdentifierKind.TAX_ID,
            "NIT #": IdentifierKind.TAX_ID,
            "R.F.C.": IdentifierKind.TAX_ID,
            "RFC": IdentifierKind.TAX_ID,
            "RUC #": IdentifierKind.TAX_ID,
            "RIF #": IdentifierKind.TAX_ID,
            "V.A.T. Number": IdentifierKind.TAX_ID,
            "C.U.I.T.": IdentifierKind.TAX_ID,
            "C.U.I.": IdentifierKind.TAX_ID,
            "Italian Fiscal Code": IdentifierKind.TAX_ID,
            "SWIFT/BIC": IdentifierKind.SWIFT_BIC,
            "Legal Entity Number": IdentifierKind.LEI,
            "Vessel Registration Identification IMO": IdentifierKind.IMO,
            "IMO": IdentifierKind.IMO,
            "MMSI": IdentifierKind.MMSI,
            "Aircraft Tail Number": IdentifierKind.AIRCRAFT_REGISTRATION,
            "Email Address": IdentifierKind.EMAIL,
            "Website": IdentifierKind.WEBSITE,
            "Phone Number": IdentifierKind.PHONE,
            "Phone": IdentifierKind.PHONE,
            "Telephone": IdentifierKind.PHONE,
            "Telephone Number": IdentifierKind.PHONE,
            "Fax": IdentifierKind.PHONE,
            "D-U-N-S Number": IdentifierKind.OTHER,
            "BIK (RU)": IdentifierKind.OTHER,
            "BIK": IdentifierKind.OTHER,
        }.items(),
        key=lambda item: -len(item[0]),
    )
)

_ALIAS = re.compile(r"^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*[,:]?\s*(.+)$", re.IGNORECASE)
_LINKED = re.compile(r"^Linked To:\s*(.+?)\.?$", re.IGNORECASE)
_FACT_PREFIXES: tuple[tuple[str, FactKind], ...] = (
    ("DOB", FactKind.BIRTH_DATE),
    ("POB", FactKind.BIRTH_PLACE),
    ("nationality", FactKind.NATIONALITY),
    ("citizen", FactKind.NATIONALITY),
    ("Gender", FactKind.GENDER),
)
_PREFIXES: dict[str, FactKind | IdentifierKind] = {
    **dict(_FACT_PREFIXES),
    **dict(_IDENTIFIER_PREFIXES),
}
# One alternation, longest prefix first, that must be followed by a space, colon or '#'.
_PREFIX = re.compile(
    "^(" + "|".join(re.escape(p) for p in sorted(_PREFIXES, key=len, reverse=True)) + r")(?=[ :#])"
)
_QUOTED = re.compile(r"^['\"‘’“”]+|['\"‘’“”.]+$")
_ID_TAIL = re.compile(r"^(?P<value>[^()]+?)\s*(?:\((?P<country>[^)]*)\)(?P<note>.*))?$")


@dataclass
class RemarkValues:
    names: list[Name] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


_OUTSIDE_PARENTHESES = re.compile(r";(?![^()]*\))")


def split_remarks(text: str) -> list[str]:
    """Split on ``;`` outside parentheses (OFAC's parentheses do not nest)."""
    return [p.strip() for p in _OUTSIDE_PARENTHESES.split(text) if p.strip() and p.strip() != "."]


def parse_remarks(text: str | None, origin: str | None) -> RemarkValues:
    out = RemarkValues()
    if not text:
        return out
    for piece in split_remarks(text):
        _parse_piece(piece.rstrip("."), origin, out)
    return out


def _parse_piece(piece: str, origin: str | None, out: RemarkValues) -> None:
    body = piece.removeprefix("alt. ").strip()
    alias = _ALIAS.match(body)
    if alias:
        kind = NameKind.PREVIOUS if alias.group(1).lower().startswith("f") else NameKind.ALIAS
        text = _QUOTED.sub("", alias.group(2).strip())
        if text:
            out.names.append(Name(text, kind, origin=origin))
        return
    linked = _LINKED.match(body)
    if linked:
        out.facts.append(Fact(FactKind.LINKED_TO, linked.group(1).strip(), origin=origin))
        return
    prefix = _PREFIX.match(body)
    if prefix:
        value_kind = _PREFIXES[prefix.group(1)]
        rest = body[prefix.end() :]
        if isinstance(value_kind, FactKind):
            _add_fact(value_kind, rest.strip(" :"), origin, out)
        else:
            _add_identifier(value_kind, rest.strip(" :#."), origin, out)
        return
    out.facts.append(Fact(FactKind.REMARK, piece.strip(), origin=origin))


def _add_fact(kind: FactKind, value: str, origin: str | None, out: RemarkValues) -> None:
    if not value:
        return
    if kind is FactKind.BIRTH_DATE:
        parsed = parse_date(value)
        out.facts.append(Fact(kind, parsed or value, raw=value if parsed != value else None, origin=origin))
    elif kind is FactKind.NATIONALITY:
        code = to_country_code(value)
        out.facts.append(Fact(kind, code or value, raw=value if code else None, origin=origin))
    else:
        out.facts.append(Fact(kind, value, origin=origin))


def _add_identifier(kind: IdentifierKind, rest: str, origin: str | None, out: RemarkValues) -> None:
    if kind in (IdentifierKind.EMAIL, IdentifierKind.WEBSITE, IdentifierKind.PHONE):
        value, country, note = rest, None, None
    else:
        match = _ID_TAIL.match(rest)
        if not match:
            return
        value = match.group("value").strip()
        country_text = (match.group("country") or "").strip()
        country = to_country_code(country_text)
        note = " ".join(
            filter(None, [country_text if not country else None, (match.group("note") or "").strip()])
        )
        note = note or None
    value = value.strip(" .,")
    if value:
        out.identifiers.append(Identifier(kind, value, country, note, origin))


_UN_REFERENCE = re.compile(
    r"UN\s*REF(?:ERENCE)?\s*(?:NO\.?|NUMBER)?\s*[:.]?\s*([A-Z]{2,3}[a-z]?\.[A-Z0-9]+(?:\.[A-Z0-9]+)*)", re.I
)


def find_un_references(text: str | None) -> list[str]:
    """UN reference numbers quoted in free text ("UN Ref QDe.004", "UN REF:QE.A.146.14"), as list ids."""
    if not text:
        return []
    return [f"UN:{m.group(1).rstrip('.')}" for m in _UN_REFERENCE.finditer(text)]
