"""The outreach planner: a year's event (TOM or Round Table, by the alternation), its place in the calendar
(after the year's RPOC) and its invitees by the rule of ``model.outreach.invitees``, with the recorded edits.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection

from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.errors import InvalidInput
from epoc.model.outreach import (
    DEFAULT_EVENT_MONTH_DAY,
    EditAction,
    EventKind,
    InviteeEdit,
    Plenary,
    Priority,
    check_justification,
    invitees,
    kind_for,
    last_plenaries,
)
from epoc.model.plenary import MeetingKind
from epoc.services import audit
from epoc.services.outreach.countries import PLENARY, changes, country_code, country_name
from epoc.services.outreach.results import EditView, InviteeView, Plan
from epoc.store import Store
from epoc.store.outreach import CalendarRepository, CountryRepository, OutreachRepository

RPOC = MeetingKind.RPOC.value
OUTREACH_KINDS = (MeetingKind.TOM.value, MeetingKind.RT.value)
FIRST_YEAR, LAST_YEAR = 1987, 2200  # the regime's founding year; a sanity bound


def check_year(year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidInput(f"year {year} is outside {FIRST_YEAR}–{LAST_YEAR}")
    return year


def history(conn: Connection) -> dict[int, EventKind]:
    """The alternation's history: the outreach events in the calendar, and over them the years set."""
    held = {
        r.start_date.year: EventKind.parse(r.kind)
        for r in CalendarRepository(conn).of_kind(OUTREACH_KINDS, None)
    }
    return held | {r.year: EventKind(r.kind) for r in OutreachRepository(conn).alternation()}


def place_of(place: str | None, name: str) -> str | None:
    """Where a meeting was: its place, else what its name says after the comma ("Plenary, Rio de Janeiro")."""
    if place:
        return place
    _, comma, rest = name.partition(",")
    return rest.strip() or None if comma else None


def plan_in(conn: Connection, year: int, viewer: Viewer | None = None) -> Plan:
    """The plan of ``year`` as the store holds it now (read-only)."""
    check_year(year)
    kinds = history(conn)
    kind = kind_for(year, kinds)
    calendar = CalendarRepository(conn)
    rpocs = calendar.in_year((RPOC,), year, viewer)
    rpoc = rpocs[0] if rpocs else None
    events = calendar.in_year(OUTREACH_KINDS, year, viewer)
    event = next((e for e in events if e.kind == kind.meeting_kind), events[0] if events else None)
    if event is not None:
        day = event.start_date
    elif rpoc is not None:
        day = (rpoc.end_date or rpoc.start_date) + timedelta(days=1)  # right after the RPOC
    else:
        day = date(year, *DEFAULT_EVENT_MONTH_DAY)
    plenaries = [
        Plenary(r.meeting_id, r.start_date, place_of(r.place, r.name))
        for r in calendar.of_kind((PLENARY,), viewer)
    ]
    priorities = [Priority(r.country, r.meeting_id) for r in CountryRepository(conn).priorities()]
    edit_rows = OutreachRepository(conn).edits(year)
    edits = [InviteeEdit(r.country, EditAction(r.action), r.justification, r.created_by) for r in edit_rows]
    found = invitees(day, changes(conn), plenaries, priorities, edits)
    return Plan(
        year=year,
        kind=kind.value,
        kind_label=kind.label,
        kind_set=year in kinds,  # set, or held: the calendar has it
        date=day,
        after_meeting=rpoc.meeting_id if rpoc is not None else None,
        event_meeting=event.meeting_id if event is not None else None,
        plenaries=tuple(p.meeting_id for p in last_plenaries(plenaries, day)),
        invitees=tuple(InviteeView(i.country, country_name(i.country), i.reasons) for i in found),
        edits=tuple(
            EditView(r.country, r.action, r.justification, r.created_at, r.created_by) for r in edit_rows
        ),
    )


def plan(store: Store, year: int, viewer: Viewer | None = None) -> Plan:
    with store.read() as conn:
        return plan_in(conn, year, viewer)


def set_kind(
    store: Store, year: int, kind: EventKind, *, viewer: Viewer | None = None, by: str | None = None
) -> Plan:
    """Set the year's event kind (the alternation's history); later years alternate from it."""
    check_year(year)
    with store.transaction() as conn:
        OutreachRepository(conn).set_kind(
            year, kind.value, datetime.now(UTC), viewer.username if viewer else by
        )
        audit.record(conn, viewer or by, Action.OUTREACH_PLAN, str(year), {"kind": kind.value})
        return plan_in(conn, year, viewer)


def edit_invitees(
    store: Store,
    year: int,
    country: str,
    action: EditAction,
    justification: str,
    *,
    viewer: Viewer | None = None,
    by: str | None = None,
) -> Plan:
    """Add a country to, or take one off, the year's invitees, with the justification recorded."""
    check_year(year)
    code = country_code(country)
    why = check_justification(justification)
    with store.transaction() as conn:
        before = plan_in(conn, year, viewer)
        listed = {i.country for i in before.invitees}
        if action is EditAction.REMOVE and code not in listed:
            raise InvalidInput(f"{code} is not among the {year} invitees; nothing to remove")
        if action is EditAction.ADD and code in listed:
            raise InvalidInput(f"{code} is already among the {year} invitees")
        who = viewer.username if viewer else by
        OutreachRepository(conn).add_edit(
            {
                "year": year,
                "country": code,
                "action": action.value,
                "justification": why,
                "created_at": datetime.now(UTC),
                "created_by": who,
            }
        )
        after = plan_in(conn, year, viewer)  # the model refuses adding a Partner
        audit.record(
            conn,
            viewer or by,
            Action.OUTREACH_INVITEES,
            str(year),
            {"country": code, "action": action.value, "justification": why},
        )
        return after
