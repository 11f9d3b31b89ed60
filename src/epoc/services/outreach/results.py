"""The outreach services' answers: small typed results (the web schemas and the CLI's JSON are built from
these)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from epoc.model.marking import Marking


@dataclass(frozen=True, slots=True)
class StatusEntry:
    status: str
    label: str
    since: date
    note: str | None = None


@dataclass(frozen=True, slots=True)
class PriorityEntry:
    country: str
    meeting_id: str
    year: int | None
    place: str | None
    decision_id: int | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CountryView:
    country: str
    name: str
    status: str
    status_label: str
    since: date | None
    history: tuple[StatusEntry, ...] = ()
    priorities: tuple[PriorityEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class InviteeView:
    country: str
    name: str
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EditView:
    country: str
    action: str
    justification: str
    at: datetime
    by: str | None


@dataclass(frozen=True, slots=True)
class Plan:
    year: int
    kind: str  # TOM | RT
    kind_label: str
    kind_set: bool  # set explicitly for this year (else by alternation)
    date: date  # the date the invitee rule is applied at
    after_meeting: str | None  # the year's RPOC, when there is one
    event_meeting: str | None  # the event itself, once it is in the calendar
    plenaries: tuple[str, ...]  # the Plenaries whose priorities invite
    invitees: tuple[InviteeView, ...]
    edits: tuple[EditView, ...] = ()


@dataclass(frozen=True, slots=True)
class MaterialItem:
    id: int
    kind: str
    title: str
    body: str
    marking: Marking


@dataclass(frozen=True, slots=True)
class EventView:
    meeting_id: str
    kind: str  # TOM | RT
    name: str | None  # None when the event's own record is not releasable to the viewer
    start: date | None
    end: date | None
    place: str | None
    material: tuple[MaterialItem, ...]
    marking: Marking
    guests: tuple[str, ...] = ()  # who is invited (Partner view only)


@dataclass(frozen=True, slots=True)
class Invitation:
    username: str
    meeting_id: str
    country: str | None
    expires_at: datetime
    password: str | None = None  # only when the account was just made


@dataclass(frozen=True, slots=True)
class BriefEntity:
    id: str
    name: str
    programmes: tuple[str, ...]
    sources: tuple[str, ...]
    marking: Marking


@dataclass(frozen=True, slots=True)
class BriefDenial:
    partner: str
    reference: str
    notified_on: date
    annex_codes: tuple[str, ...]
    parties: tuple[str, ...]  # the parties located in the country
    marking: Marking


@dataclass(frozen=True, slots=True)
class BriefMentions:
    year: int | None
    mentions: int
    documents: int
    marking: Marking


@dataclass(frozen=True, slots=True)
class TalkingPoint:
    text: str
    meeting_id: str
    source: str  # where the adopted language comes from ("decision 3", "priority")
    marking: Marking


@dataclass(frozen=True, slots=True)
class Brief:
    country: str
    name: str
    releasable: bool
    status: str
    entities: tuple[BriefEntity, ...]
    denials: tuple[BriefDenial, ...]
    mentions: tuple[BriefMentions, ...]
    talking_points: tuple[TalkingPoint, ...]
    marking: Marking
    programmes: tuple[str, ...] = field(default_factory=tuple)
