"""The regime's control list (the Annex) as versioned data: items, entries, category and sub-part, structured
parameters, notes and decontrol notes; versions adopted at a meeting with an effective date; amendments with
why, what they entail technically and their likely impact on licensing; the diff between two versions.

Category I is items 1–2 (complete delivery systems and their complete subsystems), Category II items 3–20.
Each item is split into sub-parts: A equipment, assemblies and components; B test and production equipment;
C materials; D software; E technology. An entry's code says all three: ``"3.A.1"`` is item 3, sub-part A,
entry 1 (Category II).

The team's summary of the Annex in force ships as ``data/annex.toml`` (version ``current``); its amendments
give each amended or deleted entry as it was, so the earlier version it amends is derived from it
(``shipped_versions``). The file format is documented in ``docs/annex.md``; ``version_from_dict`` reads it
(TOML or JSON alike) and ``version_to_dict`` writes it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

CATEGORY_I_ITEMS = frozenset({1, 2})
SUB_PARTS = {
    "A": "Equipment, assemblies and components",
    "B": "Test and production equipment",
    "C": "Materials",
    "D": "Software",
    "E": "Technology",
}
COMPARATORS = (">=", "<=", ">", "<")
SPECIFIC_DENSITY = 1.8  # g/cm3, carbon fibre: the fibres 6.C.1 is mostly about
ACTIONS = ("add", "amend", "delete")


class AnnexFormatError(ValueError):
    """An Annex file that does not follow docs/annex.md; the message names where."""


@dataclass(frozen=True, slots=True)
class Parameter:
    """One threshold of an entry: ``maximum thrust > 400 N``. A parameter with no quantity is a condition
    in words only (``numerically controlled``), shown but not compared."""

    name: str
    comparator: str | None = None  # one of COMPARATORS: what a controlled item's value satisfies
    quantity: float | None = None
    unit: str | None = None  # a unit pint reads ("N", "km", "degree/hour", "micro_g", "N*s")
    text: str = ""  # how the Annex says it, when more than name, comparator, quantity and unit
    words: tuple[str, ...] = ()  # other words for the quantity in papers ("strength" for tensile strength)
    reference_density: float | None = None  # g/cm3: a stress in pascals read as a specific value (metres)
    applies_to: tuple[str, ...] = ()  # only for mentions naming one of these (hydrogen peroxide in 4.C.4)

    @property
    def comparable(self) -> bool:
        return self.comparator is not None and self.quantity is not None and self.unit is not None

    def applies(self, mention: str) -> bool:
        folded = mention.lower()
        return not self.applies_to or any(word.lower() in folded for word in self.applies_to)

    def describe(self) -> str:
        if self.text:
            return self.text
        if not self.comparable:
            return self.name
        return f"{self.name} {self.comparator} {_number(self.quantity or 0)} {self.unit}"

    def satisfied_by(self, value: float) -> bool:
        """Whether ``value`` (in this parameter's unit) meets the control threshold."""
        assert self.quantity is not None
        return {
            ">": value > self.quantity,
            ">=": value >= self.quantity,
            "<": value < self.quantity,
            "<=": value <= self.quantity,
        }[self.comparator or ">="]


@dataclass(frozen=True, slots=True)
class AnnexEntry:
    code: str  # "9.A.4"
    item: int
    category: str  # "I" or "II"
    title: str
    covers: str
    keywords: tuple[str, ...] = ()
    parameters: tuple[Parameter, ...] = ()
    match: str = "all"  # "all": every stated parameter must meet its threshold; "any": one is enough
    notes: tuple[str, ...] = ()
    decontrol: tuple[str, ...] = ()  # decontrol notes: what the entry does not control

    def content(self) -> dict[str, Any]:
        """What the Annex says (keywords aside: they are the team's tagging aid, not the Annex's words)."""
        out = entry_to_dict(self)
        out.pop("keywords", None)
        return out


@dataclass(frozen=True, slots=True)
class AnnexItem:
    number: int
    category: str
    title: str
    summary: str
    parts: dict[str, str]
    entries: tuple[AnnexEntry, ...]


@dataclass(frozen=True, slots=True)
class Amendment:
    """One change a version made to the one before it, in the three things an outreach meeting explains."""

    action: str  # add | amend | delete
    code: str
    why: str = ""
    technical: str = ""  # what it entails technically
    licensing_impact: str = ""  # likely impact on licensing reviews
    previous: AnnexEntry | None = None  # the entry as it was (amend, delete)


@dataclass(frozen=True, slots=True)
class AnnexVersion:
    name: str
    adopted: date
    effective: date
    items: tuple[AnnexItem, ...]
    meeting: str | None = None  # the meeting that adopted it (a meeting reference, as text)
    amendments: tuple[Amendment, ...] = ()
    previous: str | None = None  # the version the amendments are made to

    def entries(self) -> dict[str, AnnexEntry]:
        return {e.code: e for item in self.items for e in item.entries}


@dataclass(frozen=True, slots=True)
class AnnexDiff:
    added: tuple[str, ...]
    amended: tuple[str, ...]
    deleted: tuple[str, ...]
    changes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # code -> what changed, in words


def category_of_item(item: int) -> str:
    """``"I"`` for items 1–2, ``"II"`` for items 3–20."""
    if not 1 <= item <= 20:
        raise ValueError(f"the Annex has items 1 to 20, not {item}")
    return "I" if item in CATEGORY_I_ITEMS else "II"


def parse_code(code: str) -> tuple[int, str, int]:
    """``"3.A.1"`` -> ``(3, "A", 1)``; a ValueError that names the code otherwise."""
    parts = code.strip().split(".")
    if len(parts) != 3 or not parts[0].isdigit() or parts[1] not in SUB_PARTS or not parts[2].isdigit():
        raise ValueError(f"{code!r} is not an Annex entry code (item.sub-part.number, as 3.A.1)")
    item = int(parts[0])
    category_of_item(item)
    return item, parts[1], int(parts[2])


def code_order(code: str) -> tuple[int, str, int]:
    """Sort key: item number, sub-part, entry number (so 10.A.1 follows 9.B.2)."""
    return parse_code(code)


def category_of(code: str) -> str:
    return category_of_item(parse_code(code)[0])


# -- parameters written as text ("maximum thrust > 400 N", "payload >= 500 kg") ---------------------------
_COMPARATOR_WORDS = (
    (r">=|≥|at least|not less than|or more", ">="),
    (r"<=|≤|at most|not more than|or less", "<="),
    (r">|above|greater than|more than|exceeding|over", ">"),
    (r"<|below|less than|better than|under", "<"),
)
_PARAMETER_TEXT = re.compile(
    r"^\s*(?P<name>.+?)\s+(?P<cmp>>=|<=|≥|≤|>|<|at least|at most|above|below|greater than|more than|less than"
    r"|better than|exceeding|over|under|not less than|not more than)\s+"
    r"(?P<num>[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*(?P<unit>.*?)\s*$",
    re.IGNORECASE,
)


_UNIT_WORDS = {
    "Ns": "N*s", "kNs": "kN*s", "MNs": "MN*s", "%": "percent", "micro-g": "micro_g", "g": "g0", "g rms": "g0",
    "degree per hour": "degree/hour", "degrees per hour": "degree/hour", "deg/h": "degree/hour",
    "micrometres": "micrometre", "g/cm3": "g/cm**3",
}  # fmt: skip


def parse_parameter_text(text: str) -> Parameter:
    """``"maximum thrust above 400 N"`` -> a comparable parameter; text it cannot read stays a condition in
    words (shown, not compared)."""
    match = _PARAMETER_TEXT.match(text)
    if not match or not match.group("unit"):
        return Parameter(name=text.strip(), text=text.strip())
    word = match.group("cmp").lower()
    comparator = next(sym for pattern, sym in _COMPARATOR_WORDS if re.fullmatch(pattern, word))
    unit = re.sub(r"\(.*?\)|\bat \d+ K\b|\bbetween .*$", "", match.group("unit")).strip()
    unit = _UNIT_WORDS.get(unit, unit)
    name = match.group("name").strip()
    return Parameter(
        name=name,
        comparator=comparator,
        quantity=float(match.group("num")),
        unit=unit,
        # a specific strength or modulus (metres) is read from a stress at the density of carbon fibre
        reference_density=SPECIFIC_DENSITY if name.lower().startswith("specific") and unit == "m" else None,
        # a percentage is the concentration of the substance it names ("hydrogen peroxide >= 90 %")
        applies_to=(name,) if unit == "percent" else (),
    )


def _parameter(raw: Any, where: str) -> Parameter:
    if isinstance(raw, str):
        return parse_parameter_text(raw)
    if not isinstance(raw, Mapping) or not raw.get("name"):
        raise AnnexFormatError(f"{where}: a parameter is a text or a table with a name")
    comparator = raw.get("comparator")
    if comparator is not None and comparator not in COMPARATORS:
        raise AnnexFormatError(f"{where}: comparator {comparator!r} is not one of {', '.join(COMPARATORS)}")
    quantity = raw.get("quantity")
    if quantity is not None and not isinstance(quantity, int | float):
        raise AnnexFormatError(f"{where}: quantity {quantity!r} is not a number")
    return Parameter(
        name=str(raw["name"]),
        comparator=comparator,
        quantity=float(quantity) if quantity is not None else None,
        unit=raw.get("unit"),
        text=str(raw.get("text", "")),
        words=tuple(raw.get("words", ())),
        reference_density=raw.get("reference_density"),
        applies_to=tuple(raw.get("applies_to", ())),
    )


def _entry(raw: Mapping[str, Any], item: int, category: str, where: str) -> AnnexEntry:
    code = raw.get("code")
    if not isinstance(code, str):
        raise AnnexFormatError(f"{where}: an entry needs a code (as 3.A.1)")
    try:
        code_item = parse_code(code)[0]
    except ValueError as exc:
        raise AnnexFormatError(f"{where}: {exc}") from None
    if code_item != item:
        raise AnnexFormatError(f"{where}: entry {code} is listed under item {item}")
    where = f"{where} ({code})"
    for key in ("title", "covers"):
        if not isinstance(raw.get(key), str):
            raise AnnexFormatError(f"{where}: the entry needs a {key}")
    match = raw.get("match", "all")
    if match not in {"all", "any"}:
        raise AnnexFormatError(f"{where}: match is 'all' or 'any', not {match!r}")
    return AnnexEntry(
        code=code,
        item=item,
        category=category,
        title=raw["title"],
        covers=raw["covers"],
        keywords=tuple(raw.get("keywords", ())),
        parameters=tuple(
            _parameter(p, f"{where} parameter {i + 1}") for i, p in enumerate(raw.get("parameters", ()))
        ),
        match=match,
        notes=tuple(raw.get("notes", ())),
        decontrol=tuple(raw.get("decontrol", ())),
    )


def _day(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise AnnexFormatError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def items_from_dict(raw: Mapping[str, Any]) -> tuple[AnnexItem, ...]:
    items = []
    seen: set[str] = set()
    for index, item in enumerate(raw.get("item", ())):
        where = f"item {index + 1}"
        number = item.get("number")
        if not isinstance(number, int):
            raise AnnexFormatError(f"{where}: an item needs a number (1 to 20)")
        try:
            category = category_of_item(number)
        except ValueError as exc:
            raise AnnexFormatError(f"{where}: {exc}") from None
        if item.get("category", category) != category:
            raise AnnexFormatError(f"{where}: item {number} is Category {category}, not {item['category']}")
        entries = tuple(
            _entry(e, number, category, f"item {number} entry {i + 1}")
            for i, e in enumerate(item.get("entry", ()))
        )
        for e in entries:
            if e.code in seen:
                raise AnnexFormatError(f"item {number}: entry {e.code} is given twice")
            seen.add(e.code)
        items.append(
            AnnexItem(
                number,
                category,
                str(item.get("title", "")),
                str(item.get("summary", "")),
                dict(item.get("parts", {})),
                entries,
            )
        )
    if not items:
        raise AnnexFormatError("no [[item]] tables: an Annex version lists its items and their entries")
    return tuple(sorted(items, key=lambda i: i.number))


def version_from_dict(
    raw: Mapping[str, Any], name: str | None = None, adopted: date | None = None, meeting: str | None = None
) -> AnnexVersion:
    """A version from the documented format (``docs/annex.md``); ``name``, ``adopted`` and ``meeting`` given
    here win over the file's ``[version]`` table."""
    head = raw.get("version", {})
    name = name or head.get("name")
    if not name:
        raise AnnexFormatError("the version has no name ([version] name, or --version)")
    adopted_day = adopted or (_day(head["adopted"], "[version] adopted") if "adopted" in head else None)
    if adopted_day is None:
        raise AnnexFormatError("the version has no adoption date ([version] adopted, or --adopted)")
    effective = (
        _day(head["effective"], "[version] effective") if "effective" in head and not adopted else adopted_day
    )
    items = items_from_dict(raw)
    amendments = []
    for index, a in enumerate(raw.get("amendment", ())):
        where = f"amendment {index + 1}"
        if a.get("action") not in ACTIONS:
            raise AnnexFormatError(f"{where}: action is one of {', '.join(ACTIONS)}, not {a.get('action')!r}")
        try:
            item = parse_code(str(a.get("code", "")))[0]
        except ValueError as exc:
            raise AnnexFormatError(f"{where}: {exc}") from None
        previous = a.get("previous")
        amendments.append(
            Amendment(
                action=a["action"],
                code=a["code"],
                why=str(a.get("why", "")),
                technical=str(a.get("technical", "")),
                licensing_impact=str(a.get("licensing_impact", "")),
                previous=_entry({"code": a["code"], **previous}, item, category_of_item(item), where)
                if previous
                else None,
            )
        )
    return AnnexVersion(
        name=str(name),
        adopted=adopted_day,
        effective=effective,
        items=items,
        meeting=meeting or head.get("meeting"),
        amendments=tuple(amendments),
        previous=head.get("previous"),
    )


def parameter_to_dict(p: Parameter) -> dict[str, Any]:
    out: dict[str, Any] = {"name": p.name}
    for key in ("comparator", "quantity", "unit", "reference_density"):
        value = getattr(p, key)
        if value is not None:
            out[key] = value
    if p.text:
        out["text"] = p.text
    if p.words:
        out["words"] = list(p.words)
    if p.applies_to:
        out["applies_to"] = list(p.applies_to)
    return out


def entry_to_dict(e: AnnexEntry) -> dict[str, Any]:
    out: dict[str, Any] = {"code": e.code, "title": e.title, "covers": e.covers}
    if e.keywords:
        out["keywords"] = list(e.keywords)
    if e.parameters:
        out["parameters"] = [parameter_to_dict(p) for p in e.parameters]
    if e.match != "all":
        out["match"] = e.match
    if e.notes:
        out["notes"] = list(e.notes)
    if e.decontrol:
        out["decontrol"] = list(e.decontrol)
    return out


def version_to_dict(v: AnnexVersion) -> dict[str, Any]:
    """The documented format, ready for TOML or JSON."""
    head: dict[str, Any] = {"name": v.name, "adopted": v.adopted, "effective": v.effective}
    if v.meeting:
        head["meeting"] = v.meeting
    if v.previous:
        head["previous"] = v.previous
    out: dict[str, Any] = {"version": head}
    if v.amendments:
        out["amendment"] = [
            {
                "action": a.action,
                "code": a.code,
                "why": a.why,
                "technical": a.technical,
                "licensing_impact": a.licensing_impact,
                **({"previous": _without_code(entry_to_dict(a.previous))} if a.previous else {}),
            }
            for a in v.amendments
        ]
    out["item"] = [
        {
            "number": i.number,
            "category": i.category,
            "title": i.title,
            "summary": i.summary,
            "parts": dict(i.parts),
            "entry": [entry_to_dict(e) for e in i.entries],
        }
        for i in v.items
    ]
    return out


def _without_code(d: dict[str, Any]) -> dict[str, Any]:
    d.pop("code", None)
    return d


def diff_versions(old: AnnexVersion, new: AnnexVersion) -> AnnexDiff:
    """Entries added, amended (what the Annex says changed) and deleted from ``old`` to ``new``."""
    before, after = old.entries(), new.entries()
    added = sorted(set(after) - set(before), key=code_order)
    deleted = sorted(set(before) - set(after), key=code_order)
    amended = []
    changes: dict[str, tuple[str, ...]] = {}
    for code in sorted(set(before) & set(after), key=code_order):
        a, b = before[code].content(), after[code].content()
        if a != b:
            amended.append(code)
            changes[code] = tuple(
                f"{key}: {_show(a.get(key))} -> {_show(b.get(key))}"
                for key in sorted(set(a) | set(b))
                if a.get(key) != b.get(key)
            )
    return AnnexDiff(tuple(added), tuple(amended), tuple(deleted), changes)


def _show(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, list):
        return "; ".join(_show_parameter(v) if isinstance(v, dict) else str(v) for v in value) or "(none)"
    return str(value)


def _show_parameter(d: Mapping[str, Any]) -> str:
    if "quantity" in d:
        return f"{d['name']} {d.get('comparator', '')} {_number(d['quantity'])} {d.get('unit', '')}".strip()
    return str(d.get("text") or d["name"])


def _number(value: float) -> str:
    return f"{value:g}"


def undo_amendments(version: AnnexVersion) -> AnnexVersion:
    """The version ``version`` amended: its added entries taken out, amended and deleted ones as they were."""
    if not version.previous:
        raise ValueError(f"version {version.name} does not say which version it amends")
    entries = dict(version.entries())
    for a in version.amendments:
        if a.action == "add":
            entries.pop(a.code, None)
        elif a.previous is not None:
            entries[a.code] = a.previous
        else:
            raise ValueError(f"amendment {a.action} {a.code} does not give the entry as it was")
    items = tuple(
        replace(item, entries=tuple(sorted((e for e in entries.values() if e.item == item.number),
                                           key=lambda e: code_order(e.code))))
        for item in version.items
    )  # fmt: skip
    return AnnexVersion(
        name=version.previous,
        adopted=version.adopted,  # unknown here: the caller dates it (shipped_versions)
        effective=version.adopted,
        items=items,
    )


def in_force(versions: Sequence[AnnexVersion], on: date | None) -> AnnexVersion:
    """The version in force on ``on``: the latest effective on or before it; the earliest for a date before
    every version (the oldest text we hold), the latest for an undated document."""
    if not versions:
        raise ValueError("no Annex version is known")
    ordered = sorted(versions, key=lambda v: (v.effective, v.adopted, v.name))
    if on is None:
        return ordered[-1]
    current = ordered[0]
    for v in ordered:
        if v.effective <= on:
            current = v
    return current


@cache
def shipped_versions() -> tuple[AnnexVersion, ...]:
    """The versions epoc ships: the team's summary (``current``) and the version its amendments amend."""
    text = resources.files("epoc.model").joinpath("data/annex.toml").read_text(encoding="utf-8")
    raw = tomllib.loads(text)
    current = version_from_dict(raw)
    earlier = undo_amendments(current)
    head = raw.get("version", {})
    if "previous_adopted" in head:
        day = _day(head["previous_adopted"], "[version] previous_adopted")
        earlier = replace(earlier, adopted=day, effective=day)
    return (earlier, current)


@cache
def annex() -> tuple[AnnexItem, ...]:
    """The Annex items of the version in force now (the shipped summary), in item order."""
    return shipped_versions()[-1].items


def entries_by_code() -> dict[str, AnnexEntry]:
    return {e.code: e for item in annex() for e in item.entries}
