"""Countries over time: status changes with dates, and the outreach priorities agreed at each Plenary.

The status on a day is ``model.outreach.status_on``; this module records the history and reads it back.
Every change is audited in the transaction that makes it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pycountry
from sqlalchemy import Connection

from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.errors import InvalidInput, NotFound
from epoc.model.outreach import CountryStatus, StatusChange, status_on
from epoc.model.partners import PARTNERS
from epoc.model.plenary import MeetingKind
from epoc.names.countries import CODES, to_country_code
from epoc.services import audit
from epoc.services.outreach.results import CountryView, PriorityEntry, StatusEntry
from epoc.store import Store
from epoc.store.outreach import CalendarRepository, CountryRepository

PLENARY = MeetingKind.PLENARY.value


def country_code(text: str, field_name: str = "country") -> str:
    """A country given by ISO code or name (``IR``, ``Iran``), as its code; a clear error otherwise."""
    code = to_country_code(text)
    if code is None or code not in CODES:
        raise InvalidInput(f"{field_name}: {text!r} is not a country code or name")
    return code


def country_name(code: str) -> str:
    if code in PARTNERS:
        return PARTNERS[code]
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


def _actor(viewer: Viewer | None, by: str | None) -> str | None:
    return viewer.username if viewer is not None else by


def changes(conn: Connection) -> list[StatusChange]:
    return [
        StatusChange(r.country, CountryStatus(r.status), r.since) for r in CountryRepository(conn).statuses()
    ]


def set_status(
    store: Store,
    country: str,
    status: CountryStatus,
    since: date | None = None,
    *,
    note: str | None = None,
    viewer: Viewer | None = None,
    by: str | None = None,
) -> CountryView:
    """Record the country's status from ``since`` (today by default). Admission (a Partner from that day)
    and withdrawal end an application; one recorded without its application is taken as said."""
    code = country_code(country)
    day = since or datetime.now(UTC).date()
    with store.transaction() as conn:
        CountryRepository(conn).add_status(
            {
                "country": code,
                "status": status.value,
                "since": day,
                "note": note,
                "created_at": datetime.now(UTC),
                "created_by": _actor(viewer, by),
            }
        )
        audit.record(
            conn,
            viewer or by,
            Action.COUNTRY_STATUS,
            code,
            {"status": status.value, "since": day.isoformat()},
        )
        return _view(conn, code, None)


def add_priority(
    store: Store,
    country: str,
    meeting_id: str,
    *,
    decision: int | None = None,
    note: str | None = None,
    viewer: Viewer | None = None,
    by: str | None = None,
) -> CountryView:
    """Record that the Plenary ``meeting_id`` agreed the country as an outreach priority (by ``decision``,
    one of that meeting's decisions, when given)."""
    code = country_code(country)
    with store.transaction() as conn:
        meeting = CalendarRepository(conn).get(meeting_id, viewer)
        if meeting is None:
            raise NotFound(f"meeting {meeting_id!r} not found (epoc meetings list)")
        if meeting.kind != PLENARY:
            raise InvalidInput(
                f"--meeting: {meeting_id} is a {meeting.kind} meeting; "
                "outreach priorities are agreed at a Plenary"
            )
        repo = CountryRepository(conn)
        if decision is not None and repo.decision_meeting(decision) != meeting_id:
            raise InvalidInput(f"--decision: {decision} is not a decision of {meeting_id}")
        added = repo.add_priority(
            {
                "country": code,
                "meeting_id": meeting_id,
                "decision_id": decision,
                "note": note,
                "created_at": datetime.now(UTC),
                "created_by": _actor(viewer, by),
            }
        )
        if added:
            details = {"meeting": meeting_id, "decision": decision}
            audit.record(conn, viewer or by, Action.OUTREACH_PRIORITY, code, details)
        return _view(conn, code, None)


def _view(conn: Connection, code: str, on: date | None) -> CountryView:
    repo = CountryRepository(conn)
    rows = repo.statuses(code)
    day = on or datetime.now(UTC).date()
    history = tuple(StatusEntry(r.status, CountryStatus(r.status).label, r.since, r.note) for r in rows)
    current = status_on([StatusChange(code, CountryStatus(r.status), r.since) for r in rows], code, day)
    since = max((r.since for r in rows if r.since <= day), default=None)
    calendar = CalendarRepository(conn)
    priorities = []
    for p in repo.priorities(code):
        meeting = calendar.get(p.meeting_id, None)
        priorities.append(
            PriorityEntry(
                code,
                p.meeting_id,
                meeting.start_date.year if meeting is not None else None,
                meeting.place if meeting is not None else None,
                p.decision_id,
                p.note,
            )
        )
    priorities.sort(key=lambda p: (p.year or 0, p.meeting_id))
    return CountryView(
        code, country_name(code), current.value, current.label, since, history, tuple(priorities)
    )


def show_country(store: Store, country: str, on: date | None = None) -> CountryView:
    code = country_code(country)
    with store.read() as conn:
        return _view(conn, code, on)


def list_countries(store: Store, on: date | None = None) -> list[CountryView]:
    """Every country with a recorded status or priority, by code, as on ``on`` (today)."""
    with store.read() as conn:
        repo = CountryRepository(conn)
        codes = {r.country for r in repo.statuses()} | {r.country for r in repo.priorities()}
        return [_view(conn, code, on) for code in sorted(codes)]
