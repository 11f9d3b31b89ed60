"""The IE-TEM working group's rules: risk technologies, quantities read from text, coverage verdicts, gaps.

A technology mention in an IE paper is read against the Annex version in force on the paper's date. The
quantities written near it ("turbojet engines of 400 N thrust", "a range of 280 km", "gyros with a drift
rate of 0.5°/h") are read with pint and compared with the thresholds of the entries concerned:

- **controlled**: an entry applies and every stated parameter meets its threshold (one is enough where the
  entry's ``match`` is ``any``), or the entry is listed without a threshold;
- **below-threshold**: an entry applies but a stated parameter falls outside it (400 N is not above 400 N),
  or the paper itself says the item sits below the control threshold;
- **not-covered**: no entry of the version in force applies (a risk technology the Annex does not list);
- **unclear**: an entry with thresholds applies but the paper states none of them, or the Annex's reach is
  itself in doubt (an off-the-shelf autopilot not designed for a missile).

Every verdict carries its reason, in words a working-group member can check against the paper.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pint

from epoc.model.annex import AnnexEntry, AnnexVersion, Parameter, code_order

CONTROLLED = "controlled"
BELOW = "below-threshold"
NOT_COVERED = "not-covered"
UNCLEAR = "unclear"
COVERAGES = (CONTROLLED, BELOW, NOT_COVERED, UNCLEAR)

# The gap register's words (issue 14): what the group proposes, how soon, where an entry stands.
ACTIONS = ("new entry", "lower a threshold", "clarify a note", "catch-all guidance", "no action")
PRIORITIES = ("near-term", "longer-term")
STATUSES = ("suggested", "open", "under discussion", "proposed to the TEM", "adopted", "closed")
# A suggestion is near-term when its technology is sought widely and recently: mentioned by at least this
# many Partners, or in a paper of the last two years reviewed. One Partner's single sighting can wait.
NEAR_TERM_PARTNERS = 2
NEAR_TERM_RECENT_YEARS = 2
# A quantity belongs to the technology mention before it, up to this many characters on (same sentence).
WINDOW_AFTER = 160
WINDOW_BEFORE = 60  # or, when none follows, the one just before it ("a 400 N turbojet")


# -- risk technologies -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RiskTechnology:
    key: str
    name: str
    keywords: tuple[str, ...]
    annex: tuple[str, ...]  # the entries that concern it (may be none)
    annex_says: str  # what the Annex says about it, in the team's words
    coverage: str | None = None  # the verdict when no stated parameter decides (None: the entries decide)
    why: str = ""  # why programmes seek it


@cache
def risk_technologies() -> tuple[RiskTechnology, ...]:
    """The team's curated vocabulary (``data/risk_technologies.toml``)."""
    text = resources.files("epoc.model").joinpath("data/risk_technologies.toml").read_text(encoding="utf-8")
    out = []
    for index, raw in enumerate(tomllib.loads(text)["technology"]):
        coverage = raw.get("coverage")
        if coverage is not None and coverage not in COVERAGES:
            raise ValueError(f"risk technology {index + 1}: coverage {coverage!r} is not one of {COVERAGES}")
        out.append(
            RiskTechnology(
                key=raw["key"],
                name=raw["name"],
                keywords=tuple(raw["keywords"]),
                annex=tuple(raw.get("annex", ())),
                annex_says=raw["annex_says"],
                coverage=coverage,
                why=raw.get("why", ""),
            )
        )
    return tuple(out)


@dataclass(frozen=True, slots=True)
class RiskHit:
    start: int
    end: int
    technology: RiskTechnology


@cache
def _risk_pattern() -> tuple[re.Pattern[str], dict[str, RiskTechnology]]:
    by_word: dict[str, RiskTechnology] = {}
    for tech in risk_technologies():
        for word in tech.keywords:
            by_word[word.lower()] = tech
    words = sorted(by_word, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?") for w in words)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?:e?s)?(?![\w-])", re.IGNORECASE), by_word


@cache
def _normal_words() -> dict[str, RiskTechnology]:
    return {re.sub(r"[\s-]+", " ", k): v for k, v in _risk_pattern()[1].items()}


def find_risk_technologies(text: str) -> list[RiskHit]:
    """Where the text names a risk technology (longest keyword first; whole words, plural or not)."""
    pattern, by_word = _risk_pattern()
    out = []
    for match in pattern.finditer(text):
        found = re.sub(r"[\s-]+", " ", match.group().lower())
        tech = _lookup(found, by_word)
        if tech is not None:
            out.append(RiskHit(match.start(), match.end(), tech))
    return out


def _lookup(found: str, by_word: Mapping[str, RiskTechnology]) -> RiskTechnology | None:
    normal = _normal_words()
    for candidate in (found, found.removesuffix("s"), found.removesuffix("es")):
        if candidate in normal:
            return normal[candidate]
    return None


# -- quantities in text ------------------------------------------------------------------------------------
_UNITS: dict[str, str] = {
    # force and impulse
    "kN·s": "kN*s", "kN-s": "kN*s", "kNs": "kN*s", "kN s": "kN*s", "MN·s": "MN*s", "MNs": "MN*s",
    "N·s": "N*s", "N-s": "N*s", "Ns": "N*s", "kilonewtons": "kN", "kilonewton": "kN", "newtons": "N",
    "newton": "N", "daN": "daN", "kN": "kN", "MN": "MN", "N": "N", "lbf": "lbf", "pounds of thrust": "lbf",
    # specific fuel consumption
    "kg/N/h": "kg/N/h", "kg/N/hr": "kg/N/h", "kg/(N·h)": "kg/N/h", "kg/(N h)": "kg/N/h",
    "kg N-1 h-1": "kg/N/h",
    # speed, length
    "m/s": "m/s", "m s-1": "m/s", "metres per second": "m/s", "meters per second": "m/s", "km/h": "km/h",
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "nautical miles": "nautical_mile", "nmi": "nautical_mile", "miles": "mile",
    "µm": "micrometre", "μm": "micrometre", "micrometres": "micrometre", "micrometers": "micrometre",
    "microns": "micrometre", "micron": "micrometre", "mm": "mm", "metres": "m", "meters": "m", "m": "m",
    # mass
    "kg": "kg", "kilograms": "kg", "kilogram": "kg", "tonnes": "tonne", "tonne": "tonne", "tons": "tonne",
    "lbs": "lb",
    # angular rate
    "°/h": "degree/hour", "°/hr": "degree/hour", "°/hour": "degree/hour", "° / h": "degree/hour",
    "° per hour": "degree/hour", "deg/h": "degree/hour", "deg/hr": "degree/hour", "deg/hour": "degree/hour",
    "degrees per hour": "degree/hour", "degree per hour": "degree/hour", "degrees/hour": "degree/hour",
    "deg h-1": "degree/hour", "°/s": "degree/second", "deg/s": "degree/second",
    # acceleration
    "micro-g": "micro_g", "micro g": "micro_g", "microg": "micro_g", "µg": "micro_g", "μg": "micro_g",
    "µg rms": "micro_g", "g rms": "g0", "g": "g0",
    # stress, density
    "GPa": "GPa", "MPa": "MPa", "kPa": "kPa", "ksi": "ksi", "Msi": "Mpsi", "psi": "psi",
    "g/cm3": "g/cm**3", "g/cm³": "g/cm**3", "g/cc": "g/cm**3", "kg/m3": "kg/m**3", "kg/m³": "kg/m**3",
    # ratios
    "ppm": "ppm", "%": "percent", "percent": "percent", "per cent": "percent",
}  # fmt: skip
_NUMBER = (
    r"(?<![\w.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?:x|×)\s*10\^?(?P<exp>[-−]?\d+))?"
)
_QUANTITY = re.compile(
    _NUMBER
    + r"(?:\s*|-)(?P<unit>"
    + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
    + r")(?![\w/³])"
)


@cache
def units() -> Any:
    """pint's registry, with the acceleration units of inertial sensors (standard gravity, micro-g)."""
    registry: Any = pint.UnitRegistry(cache_folder=None)
    registry.define("g0 = standard_gravity")
    registry.define("micro_g = 1e-6 * standard_gravity")
    return registry


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str  # as written: "400 N"
    value: float
    unit: str  # pint's spelling
    before: str  # the words just before it ("thrust of", "a range of"), to tell range from altitude

    def pint(self) -> Any:
        return units().Quantity(self.value, self.unit)


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Numbers with units in ``text`` (offsets shifted by ``offset``)."""
    out = []
    for match in _QUANTITY.finditer(text):
        value = float(match.group("num").replace(",", ""))
        if match.group("exp"):
            value *= 10 ** int(match.group("exp").replace("−", "-"))
        unit = _UNITS[match.group("unit")]
        before = text[max(0, match.start() - 40) : match.start()].lower()
        out.append(Quantity(offset + match.start(), offset + match.end(), match.group(), value, unit, before))
    return out


# -- verdicts ----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Verdict:
    coverage: str
    entries: tuple[str, ...]  # the Annex entries the verdict rests on
    reason: str
    parameters: tuple[str, ...] = ()  # the quantities compared, as written ("400 N")


@dataclass(frozen=True, slots=True)
class _Comparison:
    parameter: Parameter
    quantity: Quantity
    value: float  # in the parameter's unit
    meets: bool


@cache
def _dimension(unit: str) -> Any:
    """What the unit measures; None for a unit pint does not know (the parameter is then not compared)."""
    try:
        return units().Quantity(1.0, unit).dimensionality
    except (pint.errors.PintError, AttributeError, TypeError, ValueError, AssertionError):
        return None


def _as_parameter_value(parameter: Parameter, quantity: Quantity) -> float | None:
    """The quantity in the parameter's unit, or None where they measure different things. A stress (Pa) is
    read as a specific value (m) at the parameter's reference density."""
    assert parameter.unit is not None
    if _dimension(parameter.unit) is None:
        return None
    try:
        q = quantity.pint()
        if q.dimensionality == _dimension(parameter.unit):
            return float(q.to(parameter.unit).magnitude)
        if parameter.reference_density and q.dimensionality == _dimension("Pa"):
            density = units().Quantity(parameter.reference_density, "g/cm**3")
            specific = q / (density * units().Quantity(1.0, "standard_gravity"))
            return float(specific.to(parameter.unit).magnitude)
    except pint.errors.PintError:
        return None
    return None


def _names_of(parameter: Parameter) -> tuple[str, ...]:
    return (parameter.name.lower(), parameter.name.lower().split()[-1], *(w.lower() for w in parameter.words))


def _comparable(entry: AnnexEntry, mention: str) -> list[Parameter]:
    """The entry's parameters that can be compared and apply to what the mention names."""
    return [
        p for p in entry.parameters
        if p.comparable and _dimension(p.unit or "") is not None and p.applies(mention)
    ]  # fmt: skip


def _compare(entry: AnnexEntry, quantities: Sequence[Quantity], mention: str = "") -> list[_Comparison]:
    """Each comparable parameter of the entry with the first quantity in the window that measures it; where
    two parameters measure the same kind of thing, the words before the quantity choose."""
    comparable = _comparable(entry, mention)
    out: list[_Comparison] = []
    used: set[int] = set()
    for parameter in comparable:
        rivals = [
            p for p in comparable
            if p is not parameter and p.unit is not None and parameter.unit is not None
            and _dimension(p.unit) == _dimension(parameter.unit)
        ]  # fmt: skip
        for index, quantity in enumerate(quantities):
            if index in used:
                continue
            value = _as_parameter_value(parameter, quantity)
            if value is None:
                continue
            if rivals:
                mine = any(w in quantity.before for w in _names_of(parameter))
                theirs = any(w in quantity.before for r in rivals for w in _names_of(r))
                if theirs and not mine:
                    continue
            used.add(index)
            out.append(_Comparison(parameter, quantity, value, parameter.satisfied_by(value)))
            break
    return out


def _say(c: _Comparison) -> str:
    p = c.parameter
    verb = "meets" if c.meets else "does not meet"
    shown = c.quantity.text if c.quantity.unit == p.unit else f"{c.quantity.text} (= {c.value:.4g} {p.unit})"
    return f"{shown} {verb} {p.name} {p.comparator} {p.quantity:g} {p.unit}"


def judge(
    codes: Iterable[str],
    version: AnnexVersion,
    quantities: Sequence[Quantity],
    risk: RiskTechnology | None = None,
    says_below_threshold: bool = False,
    mention: str = "",
) -> Verdict:
    """The coverage of one technology mention: the entries it was tagged with (and its risk technology's),
    read in ``version``, against the quantities written near it."""
    entries = version.entries()
    wanted = sorted({*codes, *(risk.annex if risk else ())}, key=code_order)
    present = [entries[c] for c in wanted if c in entries]
    missing = [c for c in wanted if c not in entries]
    if not present:
        if risk is not None and risk.coverage == UNCLEAR:
            return Verdict(UNCLEAR, tuple(wanted), f"{risk.name}: {risk.annex_says}")
        gone = f" ({', '.join(missing)} not in Annex version {version.name})" if missing else ""
        what = f"{risk.name}: {risk.annex_says}" if risk else "no Annex entry applies"
        return Verdict(NOT_COVERED, (), f"{what}{gone}")
    judged: list[tuple[AnnexEntry, list[_Comparison]]] = []
    for entry in present:
        comparisons = _compare(entry, quantities, mention)
        if not comparisons and not _comparable(entry, mention):
            # listed without a threshold: the item's other entries may hold the one the paper states
            # (an IMU with its gyros' drift rate is read against 9.A.4)
            for sibling in version.entries().values():
                if sibling.item == entry.item and sibling.code != entry.code:
                    found = _compare(sibling, quantities, mention)
                    if found:
                        judged.append((sibling, found))
                        break
        judged.append((entry, comparisons))
    decided = [(e, cs) for e, cs in judged if cs]
    if decided:
        controlled = [
            (e, cs) for e, cs in decided
            if (all(c.meets for c in cs) if e.match == "all" else any(c.meets for c in cs))
        ]  # fmt: skip
        shown = tuple(dict.fromkeys(c.quantity.text for _, cs in decided for c in cs))
        if controlled:
            e, cs = controlled[0]
            return Verdict(CONTROLLED, (e.code,), f"{e.code}: " + "; ".join(_say(c) for c in cs), shown)
        e, cs = decided[0]
        return Verdict(
            BELOW, tuple(x.code for x, _ in decided), f"{e.code}: " + "; ".join(_say(c) for c in cs), shown
        )
    codes_present = tuple(e.code for e in present)
    if says_below_threshold:
        return Verdict(BELOW, codes_present, "the paper says it sits below the control threshold")
    if risk is not None and risk.coverage is not None:
        return Verdict(risk.coverage, codes_present, f"{risk.name}: {risk.annex_says}")
    listed = [e for e in present if not _comparable(e, mention)]
    if listed:
        e = listed[0]
        return Verdict(
            CONTROLLED, (e.code,), f"{e.code} ({e.title}) is listed without a threshold to compare"
        )
    e = present[0]
    needed = ", ".join(p.describe() for p in _comparable(e, mention))
    return Verdict(UNCLEAR, codes_present, f"{e.code} applies if {needed}; the paper states no such value")


def worst(coverages: Iterable[str]) -> str:
    """The coverage a group of mentions is shown under: the gap that most needs attention first."""
    order = (NOT_COVERED, BELOW, UNCLEAR, CONTROLLED)
    found = set(coverages)
    return next((c for c in order if c in found), CONTROLLED)


def suggested_priority(partners: int, latest_year: int | None, newest_year: int | None) -> str:
    """Near-term when sought by several Partners or seen in the most recent papers reviewed."""
    if partners >= NEAR_TERM_PARTNERS:
        return "near-term"
    if (
        latest_year is not None
        and newest_year is not None
        and newest_year - latest_year < NEAR_TERM_RECENT_YEARS
    ):
        return "near-term"
    return "longer-term"


def suggested_action(coverage: str) -> str:
    return {
        BELOW: "lower a threshold",
        NOT_COVERED: "new entry",
        UNCLEAR: "clarify a note",
        CONTROLLED: "no action",
    }[coverage]
