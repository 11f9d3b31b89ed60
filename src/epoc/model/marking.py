"""Security markings: classification and releasability, parsed, compared and combined.

A marking travels with everything derived from what it marks; when several things are combined the
strictest marking wins (``Marking.strictest``). Nothing here ever lowers a marking.

Grammar understood by ``Marking.parse`` (case-insensitive, ``//`` or ``/`` between parts):

- classification: ``UNCLASSIFIED``/``U``, ``RESTRICTED``/``R``, ``CONFIDENTIAL``/``C``, ``SECRET``/``S``;
- releasability: ``REL MTCR`` (all Partners), ``REL FR, DE`` or ``REL TO FR DE`` (named Partners),
  ``<CODE> ONLY``/``ORCON <CODE>`` (originating Partner's own government only), ``PUBLIC`` (no restriction);
- caveats: ``NOT FOR OUTREACH`` (never shown to outreach guests);
- ``NOFORN``/``NF`` ("not releasable to foreign nationals"): the originating Partner only, never another
  country (with no originator known, the POC only);
- ``SBU``/``FOUO`` (sensitive but unclassified): UNCLASSIFIED, but not public — every Partner, no outreach.

Partner codes are ISO 3166-1 alpha-2 (``FR``); the alpha-3 codes originators write (``REL TO USA, FRA``)
are read as theirs. Given the originator, a ``REL`` list always includes it (an originator never withholds
from itself).

**A bare classification.** ``Marking.parse`` reads a marking *of a whole thing circulated on the ePOC* —
a list's or a document's banner, the marking an upload is given: there a classification without a release
line (``CONFIDENTIAL``) is Partner-only, ``REL MTCR`` (the ePOC is a Partner-only system: circulating is the
release). ``Marking.parse_portion`` reads a *portion mark inside an originator's message*, where the
originator marks each paragraph for release: a classified portion without a release line (``(C)``, ``(S)``,
``(R)``) is for the originator only; ``(U)`` is public; ``(SBU)`` is every Partner's.

Examples: ``CONFIDENTIAL // REL MTCR``, ``(C/REL MTCR)``, ``UNCLASSIFIED``, ``RESTRICTED // REL FR, DE``,
``(C//NOFORN)``, ``(S/NF)``, ``(C//REL TO USA, GBR)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum

from epoc.model.errors import MarkingError


class Classification(IntEnum):
    UNCLASSIFIED = 0
    RESTRICTED = 1
    CONFIDENTIAL = 2
    SECRET = 3

    @property
    def label(self) -> str:
        return self.name


_CLASS_WORDS: dict[str, Classification] = {
    "UNCLASSIFIED": Classification.UNCLASSIFIED,
    "U": Classification.UNCLASSIFIED,
    "UNCLAS": Classification.UNCLASSIFIED,
    "RESTRICTED": Classification.RESTRICTED,
    "R": Classification.RESTRICTED,
    "CONFIDENTIAL": Classification.CONFIDENTIAL,
    "C": Classification.CONFIDENTIAL,
    "SECRET": Classification.SECRET,
    "S": Classification.SECRET,
}

# The regime's word for "every Partner": REL MTCR. Other regimes' words mean the same here.
ALL_PARTNERS = "MTCR"
_ALL_PARTNER_WORDS = {"MTCR", "PARTNERS", "ALL PARTNERS", "WA", "NSG", "AG"}
_PARTNER_CODE = re.compile(r"^[A-Z]{2,3}$")
_NOFORN = {"NOFORN", "NF", "NO FOREIGN", "NOT RELEASABLE TO FOREIGN NATIONALS", "NO FOREIGN NATIONALS"}
_OUTREACH = {"NOT FOR OUTREACH", "NO OUTREACH"}
# Sensitive but unclassified (and its older US name): not a classification, not public either.
_SENSITIVE = {"SBU", "SENSITIVE BUT UNCLASSIFIED", "FOUO", "FOR OFFICIAL USE ONLY", "LIMITED OFFICIAL USE"}
# The Partners' ISO alpha-3 codes, as originators write them in REL TO lines (and UK for GB).
ALPHA3 = {
    "ARG": "AR", "AUS": "AU", "AUT": "AT", "BEL": "BE", "BRA": "BR", "BGR": "BG", "CAN": "CA", "CZE": "CZ",
    "DNK": "DK", "FIN": "FI", "FRA": "FR", "DEU": "DE", "GRC": "GR", "HUN": "HU", "ISL": "IS", "IND": "IN",
    "IRL": "IE", "ITA": "IT", "JPN": "JP", "LUX": "LU", "NLD": "NL", "NZL": "NZ", "NOR": "NO", "POL": "PL",
    "PRT": "PT", "KOR": "KR", "RUS": "RU", "ZAF": "ZA", "ESP": "ES", "SWE": "SE", "CHE": "CH", "TUR": "TR",
    "UKR": "UA", "GBR": "GB", "USA": "US", "UK": "GB",
}  # fmt: skip


class Scope(IntEnum):
    """Who may read, from widest to narrowest."""

    PUBLIC = 0  # anyone, outreach guests included
    PARTNERS = 1  # every Partner and the POC
    NAMED = 2  # only the named Partners (the originator always among them) and the POC


@dataclass(frozen=True, slots=True)
class Marking:
    classification: Classification = Classification.UNCLASSIFIED
    scope: Scope = Scope.PUBLIC
    partners: frozenset[str] = field(default_factory=frozenset)
    not_for_outreach: bool = False

    # -- construction -----------------------------------------------------------------------------
    @classmethod
    def public(cls) -> Marking:
        return cls()

    @classmethod
    def parse(cls, text: str, originator: str | None = None) -> Marking:
        """Parse a banner (the marking of a whole list or document); raise ``MarkingError`` saying which part
        is not understood. A bare classification is Partner-only (``REL MTCR``); ``NOFORN`` is the
        ``originator``'s only."""
        return _read(text, originator)[0]

    @classmethod
    def parse_portion(cls, text: str, originator: str | None = None) -> Marking:
        """Parse a portion mark of an originator's message (``(C)``, ``(C//NOFORN)``, ``(U)``): a classified
        portion without a release line is releasable to the ``originator`` only (the POC only when the
        originator is not known)."""
        marking, released = _read(text, originator)
        if released or marking.classification == Classification.UNCLASSIFIED:
            return marking
        return cls(marking.classification, Scope.NAMED, _own(originator), True)

    # -- combination --------------------------------------------------------------------------------
    def strictest(self, other: Marking) -> Marking:
        """The marking of something derived from both: highest classification, narrowest audience."""
        scope = max(self.scope, other.scope)
        if self.scope == Scope.NAMED and other.scope == Scope.NAMED:
            partners = self.partners & other.partners
        elif self.scope == Scope.NAMED:
            partners = self.partners
        elif other.scope == Scope.NAMED:
            partners = other.partners
        else:
            partners = frozenset()
        return Marking(
            max(self.classification, other.classification),
            scope,
            frozenset(partners),
            self.not_for_outreach or other.not_for_outreach,
        )

    @classmethod
    def strictest_of(cls, markings: Iterable[Marking]) -> Marking:
        """The marking of something derived from all of ``markings``: each folded in with ``strictest``
        (UNCLASSIFIED and public when there are none, which ``strictest`` leaves every marking as it is)."""
        result = cls.public()
        for marking in markings:
            result = result.strictest(marking)
        return result

    def at_least(self, floor: Marking) -> Marking:
        """This marking, raised where needed so that it is never lower than ``floor``."""
        return self.strictest(floor)

    # -- rendering ----------------------------------------------------------------------------------
    @property
    def releasability(self) -> str:
        if self.scope == Scope.PUBLIC:
            return "NOT FOR OUTREACH" if self.not_for_outreach else "PUBLIC"
        if self.scope == Scope.PARTNERS:
            return f"REL {ALL_PARTNERS}"
        return "REL " + ", ".join(sorted(self.partners)) if self.partners else "POC ONLY"

    @property
    def banner(self) -> str:
        if self.scope == Scope.PUBLIC and not self.not_for_outreach:
            return self.classification.label
        return f"{self.classification.label} // {self.releasability}"

    @property
    def portion(self) -> str:
        """The short portion mark: ``(C//REL MTCR)``, ``(U)``."""
        letter = self.classification.label[0]
        if self.scope == Scope.PUBLIC and not self.not_for_outreach:
            return f"({letter})"
        return f"({letter}//{self.releasability})"

    def __str__(self) -> str:
        return self.banner

    def to_json(self) -> dict[str, object]:
        return {
            "classification": self.classification.label,
            "releasability": self.releasability,
            "partners": sorted(self.partners),
            "banner": self.banner,
            "portion": self.portion,
        }


def _own(originator: str | None) -> frozenset[str]:
    return frozenset({_code(originator)}) if originator else frozenset()


def _code(code: str) -> str:
    code = code.strip().upper()
    return ALPHA3.get(code, code)


def _read(text: str, originator: str | None) -> tuple[Marking, bool]:
    """The marking, and whether it said who may read it (a release line or caveat) or only how secret."""
    raw = text.strip()
    if raw.startswith("(") and raw.endswith(")"):
        raw = raw[1:-1]
    if not raw:
        raise MarkingError("empty marking")
    parts = [p.strip() for p in re.split(r"\s*//\s*|\s*/\s*|\s*;\s*", raw.upper()) if p.strip()]
    classification: Classification | None = None
    scope = Scope.PUBLIC
    partners: set[str] = set()
    not_for_outreach = False
    released = False
    noforn = False
    for part in parts:
        if part in _CLASS_WORDS and classification is None:
            classification = _CLASS_WORDS[part]
        elif part in _SENSITIVE or part.replace("-", " ") in {"SBU NOFORN", "SBU NF"}:
            classification = classification or Classification.UNCLASSIFIED
            scope = max(scope, Scope.PARTNERS)
            released = True
            noforn = noforn or part.endswith(("NOFORN", "NF"))
        elif part == "PUBLIC":
            released = True
        elif part in _OUTREACH:
            not_for_outreach = released = True
        elif part in _NOFORN:
            noforn = released = True
        elif part.startswith("REL"):
            named = _parse_rel(part, text)
            released = True
            if named is None:
                scope = max(scope, Scope.PARTNERS)
            else:
                scope = Scope.NAMED
                partners |= named | _own(originator)
        elif part.startswith("ORCON") or part.endswith(" ONLY"):
            code = _code(part.removeprefix("ORCON").removesuffix(" ONLY"))
            if not _PARTNER_CODE.match(code):
                raise MarkingError(f"marking {text!r}: {part!r} does not name a Partner code")
            scope = Scope.NAMED
            partners.add(code)
            released = True
        else:
            raise MarkingError(f"marking {text!r}: part {part!r} is not a classification or releasability")
    if classification is None:
        raise MarkingError(f"marking {text!r} has no classification (UNCLASSIFIED, CONFIDENTIAL …)")
    if noforn:
        # never for another country: the originator's own (with REL lines, only if named there too)
        own = _own(originator)
        partners = set(own & partners) if scope == Scope.NAMED else set(own)
        scope = Scope.NAMED
    if classification > Classification.UNCLASSIFIED and scope == Scope.PUBLIC:
        # A classified paper without a REL line is still Partner-only: never assume public.
        scope = Scope.PARTNERS
    if scope >= Scope.PARTNERS:
        not_for_outreach = True
    return Marking(classification, scope, frozenset(partners), not_for_outreach), released


def _parse_rel(part: str, original: str) -> frozenset[str] | None:
    """``REL MTCR`` -> None (all Partners); ``REL TO FR, DE`` -> {FR, DE}."""
    rest = part.removeprefix("REL").strip()
    rest = rest.removeprefix("TO").strip()
    if not rest or rest in _ALL_PARTNER_WORDS:
        return None
    codes = {_code(c) for c in re.split(r"[\s,]+", rest) if c and c != "AND"}
    if codes & _ALL_PARTNER_WORDS:
        return None
    bad = sorted(c for c in codes if not _PARTNER_CODE.match(c))
    if bad:
        raise MarkingError(f"marking {original!r}: {', '.join(bad)} is not a Partner code")
    return frozenset(codes)
