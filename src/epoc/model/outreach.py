"""Outreach, as rules: countries' status over time, the TOM / Round Table alternation, and who is invited.

Pure: no database. The services read the history from the store and ask these rules; nothing else
computes a country's status on a date, the kind of a year's event or its invitees again.

- **Status over time**: each change is ``(country, status, since)``; a country's status on a day is its
  latest change on or before that day. An applicant who is admitted becomes a Partner (``admitted``); an
  application may be withdrawn. A country with no recorded history is a Partner when it is on today's
  list of Partners (``model.partners``) and a non-Partner otherwise.
- **Alternation**: the event of a year is a Technical Outreach Meeting (TOM) or a Round Table (RT). Years
  set explicitly (the history: 2009 TOM, 2010 RT …) are kept as set; any other year alternates from the
  nearest set year before it (or, failing one, after it); with nothing set, 2009 was a TOM.
- **Invitees** at the event's date: countries with a pending membership application, plus the outreach
  priorities agreed at the last two Plenaries before the event, minus Partners — each with its reasons;
  then the recorded edits (added or removed, each with a justification) in the order they were made.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from epoc.model.errors import InvalidInput
from epoc.model.partners import PARTNERS


class CountryStatus(StrEnum):
    PARTNER = "partner"
    ADHERENT = "adherent"  # adheres unilaterally to the Guidelines, not a Partner
    APPLICANT = "applicant"  # membership application pending
    ADMITTED = "admitted"  # an applicant admitted: a Partner from that day
    WITHDRAWN = "withdrawn"  # the application withdrawn
    NON_PARTNER = "non-partner"

    @classmethod
    def parse(cls, text: str) -> CountryStatus:
        cleaned = text.strip().lower().replace("_", "-").replace(" ", "-")
        aliases = {"nonpartner": cls.NON_PARTNER, "member": cls.PARTNER, "pending": cls.APPLICANT}
        if cleaned in aliases:
            return aliases[cleaned]
        try:
            return cls(cleaned)
        except ValueError:
            raise InvalidInput(f"status {text!r} is not one of: {', '.join(s.value for s in cls)}") from None

    @property
    def is_partner(self) -> bool:
        return self in {CountryStatus.PARTNER, CountryStatus.ADMITTED}

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    CountryStatus.PARTNER: "Partner",
    CountryStatus.ADHERENT: "Unilateral adherent",
    CountryStatus.APPLICANT: "Membership applicant (pending)",
    CountryStatus.ADMITTED: "Partner (admitted)",
    CountryStatus.WITHDRAWN: "Application withdrawn",
    CountryStatus.NON_PARTNER: "Non-Partner",
}


class EventKind(StrEnum):
    TOM = "TOM"  # Technical Outreach Meeting: the Annex changes adopted since the last TOM
    RT = "RT"  # Round Table: principles, transparency, implementation and enforcement experience

    @classmethod
    def parse(cls, text: str) -> EventKind:
        cleaned = text.strip().upper().replace(" ", "")
        aliases = {"ROUNDTABLE": cls.RT, "TECHNICALOUTREACHMEETING": cls.TOM}
        if cleaned in aliases:
            return aliases[cleaned]
        try:
            return cls(cleaned)
        except ValueError:
            raise InvalidInput(f"event kind {text!r} is not TOM or RT") from None

    @property
    def other(self) -> EventKind:
        return EventKind.RT if self is EventKind.TOM else EventKind.TOM

    @property
    def label(self) -> str:
        return "Technical Outreach Meeting" if self is EventKind.TOM else "Round Table"

    @property
    def meeting_kind(self) -> str:
        """The Plenary area's meeting kind for this event (``tom``/``rt``)."""
        return self.value.lower()


# With no year set, the alternation starts from the regime's first TOM of the series (2009).
DEFAULT_ANCHOR = (2009, EventKind.TOM)
# Without an RPOC or a recorded event in the year, the event is taken to fall in spring, where the RPOC is.
DEFAULT_EVENT_MONTH_DAY = (4, 30)
PRIORITY_PLENARIES = 2  # priorities of the last two Plenaries before the event invite


@dataclass(frozen=True, slots=True)
class StatusChange:
    country: str
    status: CountryStatus
    since: date


def status_on(changes: Iterable[StatusChange], country: str, day: date) -> CountryStatus:
    """The country's status on ``day``: its latest change on or before it; without history, today's list."""
    mine = sorted((c for c in changes if c.country == country), key=lambda c: c.since)
    if not mine:
        return CountryStatus.PARTNER if country in PARTNERS else CountryStatus.NON_PARTNER
    current = CountryStatus.NON_PARTNER
    for change in mine:
        if change.since <= day:
            current = change.status
    return current


def pending_since(changes: Iterable[StatusChange], country: str, day: date) -> date | None:
    """The day the country's application was made, when it is still pending on ``day``."""
    mine = sorted((c for c in changes if c.country == country and c.since <= day), key=lambda c: c.since)
    if not mine or mine[-1].status is not CountryStatus.APPLICANT:
        return None
    applied = mine[-1].since
    for change in reversed(mine):  # a run of "applicant" entries: the application dates from the first
        if change.status is not CountryStatus.APPLICANT:
            break
        applied = change.since
    return applied


# -- the alternation -------------------------------------------------------------------------------------


def kind_for(year: int, history: Mapping[int, EventKind]) -> EventKind:
    """The year's event kind: as set, else alternating from the nearest set year (before it, else after)."""
    if year in history:
        return history[year]
    before = [y for y in history if y < year]
    after = [y for y in history if y > year]
    if before:
        anchor = max(before)
    elif after:
        anchor = min(after)
    else:
        anchor_year, anchor_kind = DEFAULT_ANCHOR
        return anchor_kind if (year - anchor_year) % 2 == 0 else anchor_kind.other
    kind = history[anchor]
    return kind if (year - anchor) % 2 == 0 else kind.other


# -- invitees -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Plenary:
    meeting_id: str
    start: date
    place: str | None

    @property
    def label(self) -> str:
        return f"the {self.start.year} Plenary" + (f" ({self.place})" if self.place else "")


@dataclass(frozen=True, slots=True)
class Priority:
    country: str
    meeting_id: str


class EditAction(StrEnum):
    ADD = "add"
    REMOVE = "remove"

    @classmethod
    def parse(cls, text: str) -> EditAction:
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise InvalidInput(f"edit {text!r} is not 'add' or 'remove'") from None


@dataclass(frozen=True, slots=True)
class InviteeEdit:
    country: str
    action: EditAction
    justification: str
    by: str | None = None


@dataclass(frozen=True, slots=True)
class Invitee:
    country: str
    reasons: tuple[str, ...] = field(default_factory=tuple)


def last_plenaries(
    plenaries: Iterable[Plenary], before: date, count: int = PRIORITY_PLENARIES
) -> list[Plenary]:
    """The ``count`` Plenaries that began before ``before``, latest first."""
    earlier = sorted((p for p in plenaries if p.start < before), key=lambda p: p.start, reverse=True)
    return earlier[:count]


def invitees(
    event_date: date,
    changes: Sequence[StatusChange],
    plenaries: Iterable[Plenary],
    priorities: Iterable[Priority],
    edits: Iterable[InviteeEdit] = (),
) -> list[Invitee]:
    """Who is invited to the event on ``event_date``, by the rule, with the reasons for each, then edited."""
    reasons: dict[str, list[str]] = {}
    for country in sorted({c.country for c in changes}):
        applied = pending_since(changes, country, event_date)
        if applied is not None:
            reasons.setdefault(country, []).append(
                f"membership application pending since {applied.isoformat()}"
            )
    recent = last_plenaries(plenaries, event_date)
    agreed: dict[str, set[str]] = {}
    for p in priorities:
        agreed.setdefault(p.meeting_id, set()).add(p.country)
    for plenary in reversed(recent):  # oldest first, so reasons read in time order
        for country in sorted(agreed.get(plenary.meeting_id, ())):
            reasons.setdefault(country, []).append(f"outreach priority agreed at {plenary.label}")
    for country in list(reasons):
        if status_on(changes, country, event_date).is_partner:
            del reasons[country]
    for edit in edits:
        who = f" by {edit.by}" if edit.by else ""
        if edit.action is EditAction.ADD:
            if status_on(changes, edit.country, event_date).is_partner:
                raise InvalidInput(f"{edit.country} is a Partner on {event_date}: Partners are not invited")
            reasons.setdefault(edit.country, []).append(f"added{who}: {edit.justification}")
        else:
            reasons.pop(edit.country, None)
    return [Invitee(country, tuple(reasons[country])) for country in sorted(reasons)]


def check_justification(text: str) -> str:
    cleaned = " ".join(text.split())
    if len(cleaned) < 5:
        raise InvalidInput("justification: say why the invitee list is changed (a sentence)")
    return cleaned
