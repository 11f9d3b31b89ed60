"""Denial notifications: a Partner's refusal of a licence, as structured data.

No-undercut: a Partner about to approve an essentially identical transaction (same item, same consignee or
end user) while another Partner's denial binds consults the denying Partner first. The binding rule is
written here once (``Denial.binding_on``) and called everywhere: catch-all denials (items not on the Annex)
are circulated for information and never bind; a revoked denial, or one amended into a successor, no longer
binds; a denial lapses a set period after its notification or last renewal (three years by default, the
setting ``denial_lapse_years``), which is also its review date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from epoc.model.marking import Marking
from epoc.model.record import Schema

ANNEX_CODE = re.compile(r"^(?:[1-9]|1[0-9]|20)\.[A-E]\.\d{1,2}(?:\.[a-z])?$")
# Regime practice: a denial is reviewed (renewed, amended or revoked) three years after notification and
# lapses unless renewed. The period is the setting ``denial_lapse_years``; this is its default.
DEFAULT_LAPSE_YEARS = 3


class PartyRole(StrEnum):
    CONSIGNEE = "consignee"
    END_USER = "end_user"
    INTERMEDIARY = "intermediary"


class DenialStatus(StrEnum):
    ACTIVE = "active"
    AMENDED = "amended"
    RENEWED = "renewed"
    REVOKED = "revoked"


@dataclass(frozen=True, slots=True)
class DenialParty:
    role: PartyRole
    name: str
    aliases: tuple[str, ...] = ()
    address: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    schema: Schema = Schema.LEGAL_ENTITY


@dataclass(frozen=True, slots=True)
class Denial:
    partner: str
    reference: str
    notified_on: date
    item_description: str
    parties: tuple[DenialParty, ...]
    annex_codes: tuple[str, ...] = ()
    catch_all: bool = False
    quantity: str | None = None
    end_use: str | None = None
    reason: str | None = None
    status: DenialStatus = DenialStatus.ACTIVE
    marking: Marking | None = None
    renewed_on: date | None = None  # the last renewal: the lapse period runs from here
    superseded_by: str | None = None  # the reference of the successor an amendment made

    def review_due(self, lapse_years: int = DEFAULT_LAPSE_YEARS) -> date:
        """The day it lapses unless renewed: its review date."""
        return add_years(self.renewed_on or self.notified_on, lapse_years)

    def binding_on(self, day: date, lapse_years: int = DEFAULT_LAPSE_YEARS) -> Binding:
        """Does no-undercut apply on ``day``, and why (or why not)."""
        if self.catch_all:
            return Binding(False, "catch-all denial: circulated for information, no-undercut does not bind")
        if self.status is DenialStatus.REVOKED:
            return Binding(False, "revoked: no longer binds (kept as history)")
        if self.superseded_by:
            return Binding(False, f"amended: superseded by {self.superseded_by}, which binds in its place")
        if day < self.notified_on:
            return Binding(False, f"notified on {self.notified_on.isoformat()}, after that day")
        lapse = self.review_due(lapse_years)
        if day >= lapse:
            since = "renewal" if self.renewed_on else "notification"
            return Binding(
                False, f"lapsed on {lapse.isoformat()}: {lapse_years} years after its {since}, not renewed"
            )
        return Binding(True, f"binds until {lapse.isoformat()} (its review date)")

    def binds_on(self, day: date, lapse_years: int = DEFAULT_LAPSE_YEARS) -> bool:
        return self.binding_on(day, lapse_years).binds


@dataclass(frozen=True, slots=True)
class Binding:
    binds: bool
    why: str


def same_or_related_entry(asked: str, denied: str) -> bool:
    """Is ``asked`` the same or a related Annex entry as ``denied``? The same entry (``9.A.4`` and
    ``9.A.4.a`` included) or another entry of the same item (``2.A.1`` and ``2.B.1``): an item number alone
    (``9``) matches all of its entries."""
    return annex_item(asked) == annex_item(denied) and annex_item(asked) is not None


def same_entry(asked: str, denied: str) -> bool:
    """The same entry: ``9.A.4`` is ``9.A.4`` and ``9.A.4.a``; an item number alone matches all of its
    entries."""
    a, d = asked.strip().upper(), denied.strip().upper()
    return a == d or d.startswith(a + ".") or a.startswith(d + ".")


def annex_item(code: str) -> int | None:
    """The Annex item number of a code (``2.A.1`` -> 2), or None when it is not one."""
    head = code.strip().split(".", 1)[0]
    return int(head) if head.isdigit() and 1 <= int(head) <= 20 else None


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
