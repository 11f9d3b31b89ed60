"""Denial notifications: a Partner's refusal of a licence, as structured data.

No-undercut: a Partner about to approve an essentially identical transaction (same item, same consignee or
end user) within three years of another Partner's denial consults the denying Partner first. Catch-all
denials (items not on the Annex) are circulated but do not bind; each denial is reviewed three years after
notification (renewed, amended or revoked).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from epoc.model.marking import Marking
from epoc.model.record import Schema

ANNEX_CODE = re.compile(r"^(?:[1-9]|1[0-9]|20)\.[A-E]\.\d{1,2}(?:\.[a-z])?$")
REVIEW_YEARS = 3


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

    @property
    def review_due(self) -> date:
        return add_years(self.notified_on, REVIEW_YEARS)

    def binds_on(self, day: date) -> bool:
        """Does no-undercut apply on ``day``? Listed items only, from notification until the review date."""
        return (
            not self.catch_all
            and self.status is not DenialStatus.REVOKED
            and self.notified_on <= day < self.review_due
        )


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
