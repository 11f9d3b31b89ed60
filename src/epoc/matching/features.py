"""Comparison features: small pure functions, each with a one-line docstring that is the explanation the
officer reads next to its score (and what ``epoc algorithms`` lists).

A feature looks at a ``Context`` (the two parties and their best name comparisons) and returns its value
and a detail, or ``None`` when it has nothing to say. Values are contributions to the score: the name
features give the base, the qualifiers add or take away (see ``epoc.matching.scorer``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from epoc.matching.compare import NameMatch, token_weight
from epoc.matching.party import Party
from epoc.model import Schema
from epoc.names.common import COMMON_PERSON_WORDS, PARTICLES
from epoc.names.fold import IDENTIFIER_MIN_LENGTH, fold, fold_identifier

WEAK_ALIAS_CAP = 0.6  # a weak alias alone never reaches the match threshold
WEAK_ALIAS_CONFIRM = 0.05

Outcome = tuple[float, str] | None


@dataclass(frozen=True, slots=True)
class Context:
    left: Party
    right: Party
    strong: NameMatch  # best match between names that are not weak aliases
    weak: NameMatch | None  # best match involving a weak alias, where better than ``strong``


def name_match(ctx: Context) -> Outcome:
    """How alike the best pair of names is, across scripts and romanisations, legal forms as symbols."""
    match = ctx.strong
    how = {"identical": "same name", "acronym": "acronym", "tokens": "similar"}.get(match.how, match.how)
    return match.score, f"{match.left} ~ {match.right} ({how}: {match.detail})"


def weak_alias(ctx: Context) -> Outcome:
    """A weak alias agrees: it confirms a name match but never makes one alone, and never lowers a score."""
    weak = ctx.weak
    if weak is None or weak.score < 0.9:
        return None
    strong = ctx.strong.score
    if strong >= 0.55:
        return WEAK_ALIAS_CONFIRM, f"weak alias {weak.left} ~ {weak.right} confirms"
    lift = max(0.0, WEAK_ALIAS_CAP - strong)
    return lift, f"weak alias {weak.left} ~ {weak.right} (weak: not a match alone)"


def identifier_match(ctx: Context) -> Outcome:
    """The same identifier (passport, registration, IMO, tax id …) on both sides: near-certain."""
    left = {key for i in ctx.left.identifiers if len(key := _folded(i.value)) >= IDENTIFIER_MIN_LENGTH}
    for ident in ctx.right.identifiers:
        if _folded(ident.value) in left:
            return 1.0, f"identifier {ident.value}"
    return None


# identifiers as ``fold_identifier`` folds them: a party's are folded again for every candidate it meets
_FOLDED: dict[str, str] = {}


def _folded(value: str) -> str:
    found = _FOLDED.get(value)
    if found is None:
        if len(_FOLDED) >= 200_000:
            _FOLDED.clear()
        found = _FOLDED[value] = fold_identifier(value)
    return found


def schema_mismatch(ctx: Context) -> Outcome:
    """One side is a person and the other an organisation or vessel, or a legal entity whose names say it
    is an organisation (a list that does not say which it lists: *Zagros Electronic*): not the same party."""
    left, right = ctx.left, ctx.right
    if not left.schema.compatible_with(right.schema):
        return -0.45, f"{left.schema.value} vs {right.schema.value}"
    for person, other in ((left, right), (right, left)):
        if person.schema.is_person and other.schema is Schema.LEGAL_ENTITY and other.is_organisation:
            return -0.45, f"{person.schema.value} vs an organisation's name"
    return None


def country_overlap(ctx: Context) -> Outcome:
    """Countries given on both sides: one in common supports the match, none in common counts against."""
    left, right = set(ctx.left.countries), set(ctx.right.countries)
    if not left or not right:
        return None
    shared = left & right
    if shared:
        return 0.03, "shared: " + ", ".join(sorted(shared))
    return -0.12, f"{', '.join(sorted(left))} vs {', '.join(sorted(right))}"


def birth_date_overlap(ctx: Context) -> Outcome:
    """Birth dates on both sides: the same date supports the match; a different year rules a person out."""
    if not (ctx.left.schema.is_person or ctx.right.schema.is_person):
        return None
    left, right = ctx.left.birth_dates, ctx.right.birth_dates
    if not left or not right:
        return None
    distances = [d for a in left for b in right if (d := _date_distance(a, b)) is not None]
    if not distances:
        return None
    best = min(distances)
    if best == 0:
        return 0.05, "same birth date"
    if best == 1:
        return -0.1, "same birth year, different day or month"
    if best == 2:
        return -0.2, "birth years one apart"
    return -0.35, f"{', '.join(left)} vs {', '.join(right)}"


def common_name(ctx: Context) -> Outcome:
    """Only very common given and family names agree (many people share them): weak evidence."""
    if not (ctx.left.schema.is_person or ctx.right.schema.is_person) or ctx.strong.how == "acronym":
        return None
    words = fold(ctx.strong.left).split() + fold(ctx.strong.right).split()
    distinctive = [
        w
        for w in words
        if w not in COMMON_PERSON_WORDS
        and w not in PARTICLES
        and len(w) > 1
        and token_weight(w, False) >= 0.6
    ]
    if words and not distinctive:
        return -0.08, "common names only"
    return None


def _years(value: str) -> tuple[int, int] | None:
    """The first and last year a partial date or interval allows."""
    try:
        parts = [p.strip() for p in value.split("/")]
        years = [int(p[:4]) for p in parts if len(p) >= 4 and p[:4].isdigit()]
    except ValueError:
        return None
    return (min(years), max(years)) if years else None


def _date_distance(a: str, b: str) -> int | None:
    """0: the same (to the shared precision); 1: same year only; 2: a year apart; 3: further."""
    ya, yb = _years(a), _years(b)
    if ya is None or yb is None:
        return None
    if ya[0] <= yb[1] and yb[0] <= ya[1]:
        if "/" in a or "/" in b:
            return 0
        shared = min(len(a), len(b))
        return 0 if a[:shared] == b[:shared] else 1
    gap = min(abs(ya[0] - yb[1]), abs(yb[0] - ya[1]))
    return 2 if gap <= 1 else 3


Feature = Callable[[Context], Outcome]

# An aircraft's registration mark: its nationality prefix (one or two letters, or a letter and a digit), a
# hyphen, and three to five letters or digits (EP-IBJ, UP-I7601, 4L-GAE); written with the hyphen or without
_REGISTRATION = re.compile(r"([A-Z]{1,2}|[A-Z][0-9]|[0-9][A-Z])[- ]?([A-Z0-9]{3,5})")


def registration_marks(ctx: Context) -> Outcome:
    """Two aircraft with different registration marks (EP-IBJ, EP-IBD): two aircraft, however alike."""
    if ctx.left.schema is not Schema.AIRCRAFT or ctx.right.schema is not Schema.AIRCRAFT:
        return None
    left, right = _marks(ctx.left), _marks(ctx.right)
    if not left or not right or left & right:
        return None
    return -1.0, f"registration marks {', '.join(sorted(left))} and {', '.join(sorted(right))} differ"


def _marks(party: Party) -> set[str]:
    """The registration marks among an aircraft's names, hyphenated."""
    found = (_REGISTRATION.fullmatch(name.text.strip().upper()) for name in party.names)
    return {f"{m.group(1)}-{m.group(2)}" for m in found if m}


# The features in the order the explanation lists them.
FEATURES: tuple[Feature, ...] = (
    name_match,
    weak_alias,
    identifier_match,
    registration_marks,
    schema_mismatch,
    country_overlap,
    birth_date_overlap,
    common_name,
)


def describe(feature: Feature) -> str:
    return (feature.__doc__ or "").strip().splitlines()[0]
