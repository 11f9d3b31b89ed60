"""Security markings: classification and releasability, parsed, compared and combined.

A marking travels with everything derived from what it marks; when several things are combined the
strictest marking wins (``Marking.strictest``). Nothing here ever lowers a marking.

Grammar understood by ``Marking.parse`` (case-insensitive, ``//`` or ``/`` between parts):

- classification: ``UNCLASSIFIED``/``U``, ``RESTRICTED``/``R``, ``CONFIDENTIAL``/``C``, ``SECRET``/``S``;
- releasability: ``REL MTCR`` (all Partners), ``REL FR, DE`` or ``REL TO FR DE`` (named Partners),
  ``<CODE> ONLY``/``ORCON <CODE>`` (originating Partner's own government only), ``PUBLIC`` (no restriction);
- caveats: ``NOT FOR OUTREACH`` (``NOFORN``-like: never shown to outreach guests).

Examples: ``CONFIDENTIAL // REL MTCR``, ``(C/REL MTCR)``, ``UNCLASSIFIED``, ``RESTRICTED // REL FR, DE``.
"""

from __future__ import annotations

import re
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
    def parse(cls, text: str) -> Marking:
        """Parse a banner or portion mark; raise ``MarkingError`` saying which part is not understood."""
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
        for part in parts:
            if part in _CLASS_WORDS and classification is None:
                classification = _CLASS_WORDS[part]
            elif part == "PUBLIC":
                scope = max(scope, Scope.PUBLIC)
            elif part in {"NOT FOR OUTREACH", "NOFORN", "NO OUTREACH"}:
                not_for_outreach = True
            elif part.startswith("REL"):
                named = _parse_rel(part, text)
                if named is None:
                    scope = max(scope, Scope.PARTNERS)
                else:
                    scope = Scope.NAMED
                    partners |= named
            elif part.startswith("ORCON") or part.endswith(" ONLY"):
                code = part.removeprefix("ORCON").removesuffix(" ONLY").strip()
                if not _PARTNER_CODE.match(code):
                    raise MarkingError(f"marking {text!r}: {part!r} does not name a Partner code")
                scope = Scope.NAMED
                partners.add(code)
            else:
                raise MarkingError(
                    f"marking {text!r}: part {part!r} is not a classification or releasability"
                )
        if classification is None:
            raise MarkingError(f"marking {text!r} has no classification (UNCLASSIFIED, CONFIDENTIAL …)")
        if classification > Classification.UNCLASSIFIED and scope == Scope.PUBLIC:
            # A classified paper without a REL line is still Partner-only: never assume public.
            scope = Scope.PARTNERS
        if scope >= Scope.PARTNERS:
            not_for_outreach = True
        return cls(classification, scope, frozenset(partners), not_for_outreach)

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


def _parse_rel(part: str, original: str) -> frozenset[str] | None:
    """``REL MTCR`` -> None (all Partners); ``REL TO FR, DE`` -> {FR, DE}."""
    rest = part.removeprefix("REL").strip()
    rest = rest.removeprefix("TO").strip()
    if not rest or rest in _ALL_PARTNER_WORDS:
        return None
    codes = {c for c in re.split(r"[\s,]+", rest) if c and c != "AND"}
    if codes & _ALL_PARTNER_WORDS:
        return None
    bad = sorted(c for c in codes if not _PARTNER_CODE.match(c))
    if bad:
        raise MarkingError(f"marking {original!r}: {', '.join(bad)} is not a Partner code")
    return frozenset(codes)
