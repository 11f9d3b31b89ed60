"""Outreach events and their guests: the year's TOM or Round Table put in the calendar, its material (a TOM's
briefing drafted from the Annex amendments adopted since the last TOM; an RT's agenda and topics), and guest
accounts scoped to one event.

A guest reads only its own event's material, as the marking rules let a guest read (``visible``: public,
not barred from outreach); another event is "not found" in the same words as one that does not exist; the
invitation ends the day after the event; every read is audited.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, Row

from epoc.model.access import Role, Viewer
from epoc.model.annex import AnnexVersion
from epoc.model.audit import Action
from epoc.model.errors import Conflict, Forbidden, InvalidInput, NotFound
from epoc.model.marking import Marking
from epoc.model.outreach import EventKind
from epoc.model.plenary import MeetingKind
from epoc.services import accounts, audit
from epoc.services.ietem.annex import versions_in_store
from epoc.services.outreach.countries import country_code
from epoc.services.outreach.planner import OUTREACH_KINDS, plan_in
from epoc.services.outreach.results import EventView, Invitation, MaterialItem
from epoc.services.plenary.meetings import MeetingInput, add_meeting
from epoc.store import Store
from epoc.store.accounts import AccountRepository
from epoc.store.outreach import CalendarRepository, OutreachRepository
from epoc.store.records import marking_from_row

# An event's name, dates and drafted material are for its guests: public, open to outreach.
EVENT_MARKING = Marking.public()
MATERIAL_KINDS = ("briefing", "agenda", "topic", "note")
GRACE = timedelta(days=1)  # a guest's invitation ends at the end of the day after the event
# The Round Table's standing agenda: what an RT is for (not a forum for membership cases or politics).
RT_AGENDA = (
    (
        "The regime's principles and objectives",
        "A reminder of the Guidelines and the Annex, and why they exist.",
    ),
    ("Transparency", "How Partners apply the Guidelines; questions from the participants."),
    (
        "Risk assessment in licensing",
        "Red flags (the buyer's business does not fit the item, vague end use, a freight forwarder as final "
        "destination, unusual routing or payment), the item's category and the destination's programmes.",
    ),
    ("Implementing and enforcing export controls", "Experience shared: licensing, customs, interdiction."),
)


def _now() -> datetime:
    return datetime.now(UTC)


def _material(rows: list[Row[object]]) -> tuple[MaterialItem, ...]:
    return tuple(MaterialItem(r.id, r.kind, r.title, r.body, marking_from_row(r)) for r in rows)


def _event_row(conn: Connection, meeting_id: str) -> Row[object]:
    row = CalendarRepository(conn).get(meeting_id, None)
    if row is None or row.kind not in OUTREACH_KINDS:
        raise NotFound(f"no outreach event {meeting_id!r}")
    return row


# -- putting the event in the calendar, with its material ------------------------------------------------


def add_event(
    store: Store,
    year: int,
    *,
    start: date | None = None,
    place: str = "Paris",
    viewer: Viewer | None = None,
    by: str | None = None,
) -> EventView:
    """Put the year's event (its kind by the alternation, its day after the RPOC unless given) in the
    calendar, and draft its material: a TOM's briefing from the Annex, an RT's standing agenda."""
    with store.read() as conn:
        planned = plan_in(conn, year, viewer)
    if planned.event_meeting is not None:
        raise Conflict(f"the {year} event is in the calendar already: {planned.event_meeting}")
    kind = EventKind(planned.kind)
    day = start or planned.date
    if day.year != year:
        raise InvalidInput(f"--start: {day} is not in {year}")
    meeting = add_meeting(
        store,
        MeetingInput(
            MeetingKind(kind.meeting_kind), f"{kind.label}, {place}", day, place=place, marking=EVENT_MARKING
        ),
        viewer,
    )
    if kind is EventKind.TOM:
        draft_tom_briefing(store, meeting.meeting_id, viewer=viewer, by=by)
    else:
        for title, body in RT_AGENDA:
            add_material(store, meeting.meeting_id, title, body, kind="agenda", viewer=viewer, by=by)
    return event_view(store, meeting.meeting_id, viewer)


def amendments_since(versions: list[AnnexVersion], after: date | None, until: date) -> list[AnnexVersion]:
    """The Annex versions adopted after ``after`` (the last TOM; None: ever) and on or before ``until``."""
    return [
        v
        for v in sorted(versions, key=lambda v: (v.adopted, v.name))
        if v.amendments and v.adopted <= until and (after is None or v.adopted > after)
    ]


def draft_tom_briefing(
    store: Store, meeting_id: str, *, viewer: Viewer | None = None, by: str | None = None
) -> EventView:
    """Draft a TOM's briefing: one item per Annex amendment adopted since the last TOM — why it was made,
    what it entails technically, its likely impact on licensing reviews (from the Annex versions)."""
    with store.transaction() as conn:
        row = _event_row(conn, meeting_id)
        if row.kind != MeetingKind.TOM.value:
            raise InvalidInput(f"{meeting_id} is a Round Table: a briefing on Annex changes is for a TOM")
        earlier = [
            r
            for r in CalendarRepository(conn).of_kind((MeetingKind.TOM.value,), None)
            if r.start_date < row.start_date
        ]
        last_tom = earlier[-1].start_date if earlier else None
        versions = amendments_since(versions_in_store(conn), last_tom, row.start_date)
        repo = OutreachRepository(conn)
        if not versions:
            since = f"since the last TOM ({last_tom})" if last_tom else "in the Annex versions held"
            body = f"No Annex amendment was adopted {since}."
            _add_item(repo, meeting_id, "briefing", "Annex changes", body, EVENT_MARKING, by, viewer)
        for version in versions:
            for amendment in version.amendments:
                title = (
                    f"{amendment.code}: {amendment.action} (Annex {version.name}, adopted {version.adopted})"
                )
                body = "\n".join(
                    [
                        f"Why: {amendment.why or '—'}",
                        f"What it entails technically: {amendment.technical or '—'}",
                        f"Likely impact on licensing reviews: {amendment.licensing_impact or '—'}",
                    ]
                )
                _add_item(repo, meeting_id, "briefing", title, body, EVENT_MARKING, by, viewer)
        audit.record(
            conn,
            viewer or by,
            Action.OUTREACH_MATERIAL,
            f"meeting:{meeting_id}",
            {"drafted": "TOM briefing", "versions": [v.name for v in versions]},
        )
    return event_view(store, meeting_id, viewer)


def _add_item(
    repo: OutreachRepository,
    meeting_id: str,
    kind: str,
    title: str,
    body: str,
    marking: Marking,
    by: str | None,
    viewer: Viewer | None,
) -> int:
    """One item of an event's material into the store (its row's values), by the viewer or ``by``."""
    return repo.add_material(
        {
            "meeting_id": meeting_id,
            "kind": kind,
            "title": title,
            "body": body,
            "created_at": _now(),
            "created_by": viewer.username if viewer else by,
        },
        marking,
    )


def add_material(
    store: Store,
    meeting_id: str,
    title: str,
    body: str,
    *,
    kind: str = "note",
    marking: Marking | None = None,
    viewer: Viewer | None = None,
    by: str | None = None,
) -> int:
    """Add an item of material to an event, marked (public by default: material is for the guests)."""
    if kind not in MATERIAL_KINDS:
        raise InvalidInput(f"kind {kind!r} is not one of: {', '.join(MATERIAL_KINDS)}")
    if not title.strip():
        raise InvalidInput("title: material needs a title")
    with store.transaction() as conn:
        _event_row(conn, meeting_id)
        item = _add_item(
            OutreachRepository(conn),
            meeting_id,
            kind,
            title.strip(),
            body.strip(),
            marking or EVENT_MARKING,
            by,
            viewer,
        )
        audit.record(conn, viewer or by, Action.OUTREACH_MATERIAL, f"meeting:{meeting_id}", {"item": item})
        return item


# -- guests ----------------------------------------------------------------------------------------------


def invite(
    store: Store,
    meeting_id: str,
    username: str,
    *,
    country: str | None = None,
    password: str | None = None,
    viewer: Viewer | None = None,
    by: str | None = None,
) -> Invitation:
    """Invite a guest to one event: its account (made now, with ``password`` or a generated one, or an
    existing guest account) is scoped to that event and ends the day after it."""
    code = country_code(country) if country else None
    with store.read() as conn:
        row = _event_row(conn, meeting_id)
        existing = AccountRepository(conn).get_user(username)
    if existing is not None and existing.role != Role.OUTREACH_GUEST.value:
        raise Conflict(f"{username!r} is a {existing.role} account, not an outreach guest's")
    made = None
    if existing is None:
        made = password or accounts.generate_password()
        accounts.create_user(store, username, Role.OUTREACH_GUEST, made, code, actor=viewer or by)
    last_day = row.end_date or row.start_date
    expires = datetime.combine(last_day + GRACE, time.max, tzinfo=UTC)
    with store.transaction() as conn:
        OutreachRepository(conn).invite(
            {
                "username": username,
                "meeting_id": meeting_id,
                "country": code,
                "expires_at": expires,
                "created_at": _now(),
                "created_by": viewer.username if viewer else by,
            }
        )
        audit.record(
            conn,
            viewer or by,
            Action.OUTREACH_INVITE,
            f"meeting:{meeting_id}",
            {"guest": username, "country": code, "expires_at": expires.isoformat()},
        )
    return Invitation(username, meeting_id, code, expires, None if password else made)


def guest_event(conn: Connection, viewer: Viewer, now: datetime | None = None) -> str:
    """The event a guest is invited to, while the invitation lasts; otherwise why not."""
    row = OutreachRepository(conn).invitation(viewer.username)
    if row is None:
        raise NotFound("no outreach event for this account")
    expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=UTC)
    if (now or _now()) > expires:
        raise Forbidden(f"the invitation to {row.meeting_id} ended on {expires.date().isoformat()}")
    return str(row.meeting_id)


def event_view(
    store: Store, meeting_id: str | None, viewer: Viewer | None, now: datetime | None = None
) -> EventView:
    """An event and its material as the viewer may read them (a guest: its own event only; audited)."""
    with store.transaction() as conn:
        if viewer is not None and viewer.is_guest:
            own = guest_event(conn, viewer, now)
            if meeting_id is not None and meeting_id != own:
                raise NotFound(f"no outreach event {meeting_id!r}")
            meeting_id = own
        if meeting_id is None:
            raise InvalidInput("which event? give its meeting id")
        row = _event_row(conn, meeting_id)
        shown = CalendarRepository(conn).get(meeting_id, viewer)  # the event's own record, if releasable
        material = _material(OutreachRepository(conn).material(meeting_id, viewer))
        event_marking = EVENT_MARKING if shown is None else marking_from_row(shown)
        marking = Marking.strictest_of([event_marking, *(item.marking for item in material)])
        guests: tuple[str, ...] = ()
        if viewer is None or not viewer.is_guest:
            guests = tuple(r.username for r in OutreachRepository(conn).invitations(meeting_id))
        if viewer is not None:
            audit.record(
                conn, viewer, Action.OUTREACH_EVENT_READ, f"meeting:{meeting_id}", {"items": len(material)}
            )
        return EventView(
            meeting_id=meeting_id,
            kind=str(row.kind).upper(),
            name=shown.name if shown is not None else None,
            start=shown.start_date if shown is not None else None,
            end=shown.end_date if shown is not None else None,
            place=shown.place if shown is not None else None,
            material=material,
            marking=marking,
            guests=guests,
        )


def list_events(store: Store, viewer: Viewer | None = None) -> list[EventView]:
    """Every outreach event (a guest: its own), newest first, with its material."""
    if viewer is not None and viewer.is_guest:
        return [event_view(store, None, viewer)]
    with store.read() as conn:
        ids = [r.meeting_id for r in CalendarRepository(conn).of_kind(OUTREACH_KINDS, viewer)]
    return [event_view(store, i, viewer) for i in reversed(ids)]
