"""Meetings: the Plenary, the RPOC, IE, TEM, LEM, working groups, outreach events — with their agenda,
the papers circulated for them and their participants.

A meeting is Partner-only unless marked otherwise (``UNCLASSIFIED // REL MTCR`` by default): outreach
guests see none of the Plenary's business. The POC administrator (or the local operator) adds meetings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Row, select

from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.errors import Forbidden, InvalidInput, NotFound
from epoc.model.marking import Marking
from epoc.model.plenary import MeetingKind, check_meeting_dates, meeting_id_for
from epoc.names.countries import to_country_code
from epoc.services import audit
from epoc.store import Store
from epoc.store.document_tables import documents
from epoc.store.plenary import MeetingRepository
from epoc.store.records import marking_from_row
from epoc.store.visibility import visible

DEFAULT_MEETING_MARKING = Marking.parse("UNCLASSIFIED // REL MTCR")  # the regime's meetings are Partner-only
PARTICIPANT_ROLES = ("partner", "chair", "host", "guest", "observer")


@dataclass(frozen=True, slots=True)
class MeetingInput:
    kind: MeetingKind
    name: str
    start: date
    end: date | None = None
    place: str | None = None
    host: str | None = None
    chair: str | None = None
    marking: Marking | None = None


@dataclass(frozen=True, slots=True)
class AgendaItem:
    position: int
    title: str
    proposal_id: int | None


@dataclass(frozen=True, slots=True)
class MeetingPaper:
    document_id: int
    title: str
    partner: str | None
    marking: Marking


@dataclass(frozen=True, slots=True)
class Participant:
    participant: str
    role: str


@dataclass(frozen=True, slots=True)
class Meeting:
    meeting_id: str
    kind: str
    kind_label: str
    name: str
    host: str | None
    place: str | None
    start: date
    end: date | None
    chair: str | None
    marking: Marking
    agenda: tuple[AgendaItem, ...] = ()
    documents: tuple[MeetingPaper, ...] = ()
    participants: tuple[Participant, ...] = ()

    @property
    def dates(self) -> str:
        """``9–13 November 2009`` as the regime writes them."""
        start, end = self.start, self.end
        if end is None or end == start:
            return f"{start.day} {start:%B %Y}"
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{end.day} {end:%B %Y}"
        if start.year == end.year:
            return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
        return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"


def country(code_or_name: str | None, field_name: str) -> str | None:
    """A Partner or country given by code or name (``BR``, ``Brazil``), as its ISO code."""
    if code_or_name is None or not code_or_name.strip():
        return None
    code = to_country_code(code_or_name)
    if code is None:
        raise InvalidInput(f"{field_name}: {code_or_name!r} is not a country code or name")
    return code


def _meeting(row: Row[object], **parts: tuple[object, ...]) -> Meeting:
    kind = MeetingKind(row.kind)
    return Meeting(
        meeting_id=row.meeting_id,
        kind=kind.value,
        kind_label=kind.label,
        name=row.name,
        host=row.host,
        place=row.place,
        start=row.start_date,
        end=row.end_date,
        chair=row.chair,
        marking=marking_from_row(row),
        **parts,  # type: ignore[arg-type]
    )


def _may_organise(viewer: Viewer | None) -> None:
    if viewer is not None and not viewer.is_poc:
        raise Forbidden("meetings are organised by the Point of Contact")


def add_meeting(store: Store, given: MeetingInput, actor: Viewer | None = None) -> Meeting:
    """Add a meeting (one transaction, audited); its id is readable (``plenary-2009``)."""
    _may_organise(actor)
    name = given.name.strip()
    if not name:
        raise InvalidInput('name: a meeting needs a name (e.g. "Plenary, Rio de Janeiro")')
    check_meeting_dates(given.start, given.end)
    host, chair = country(given.host, "host"), country(given.chair, "chair")
    marking = given.marking or DEFAULT_MEETING_MARKING
    with store.transaction() as conn:
        repo = MeetingRepository(conn)
        meeting_id = meeting_id_for(given.kind, given.start, repo.ids())
        repo.add(
            {
                "meeting_id": meeting_id,
                "kind": given.kind.value,
                "name": name[:500],
                "host": host,
                "place": (given.place or "").strip()[:200] or None,
                "start_date": given.start,
                "end_date": given.end,
                "chair": chair,
                "created_at": datetime.now(UTC),
                "created_by": actor.username if actor else None,
            },
            marking,
        )
        people = [(c, "host") for c in [host] if c] + [(c, "chair") for c in [chair] if c]
        repo.set_participants(meeting_id, people)
        audit.record(conn, actor, Action.MEETING_ADD, f"meeting:{meeting_id}", {"kind": given.kind.value})
        row = repo.get(meeting_id, None)
        assert row is not None
        return _full(conn, row)


def list_meetings(store: Store, viewer: Viewer | None = None) -> list[Meeting]:
    """The meetings the viewer may read, newest first."""
    with store.read() as conn:
        return [_meeting(r) for r in MeetingRepository(conn).find(viewer)]


def meeting_row(conn: Connection, meeting_id: str, viewer: Viewer | None) -> Row[object]:
    """A meeting the viewer may read, or "not found" in the same words as one that does not exist."""
    row = MeetingRepository(conn).get(meeting_id, viewer)
    if row is None:
        raise NotFound(f"no meeting {meeting_id!r}; `epoc meetings list` shows them")
    return row


def get_meeting(store: Store, meeting_id: str, viewer: Viewer | None = None) -> Meeting:
    """A meeting with its agenda, the papers the viewer may read, and its participants (audited)."""
    with store.transaction() as conn:
        row = meeting_row(conn, meeting_id, viewer)
        if viewer is not None:
            audit.record(conn, viewer, Action.MEETING_READ, f"meeting:{meeting_id}")
        return _full(conn, row, viewer)


def _full(conn: Connection, row: Row[object], viewer: Viewer | None = None) -> Meeting:
    repo = MeetingRepository(conn)
    meeting_id = str(row.meeting_id)
    agenda = tuple(AgendaItem(a.position, a.title, a.proposal_id) for a in repo.agenda(meeting_id))
    ids = repo.document_ids(meeting_id)
    papers: list[MeetingPaper] = []
    if ids:
        rows = conn.execute(
            select(documents)
            .where(documents.c.id.in_(ids), visible(documents, viewer))
            .order_by(documents.c.id)
        )
        papers = [MeetingPaper(d.id, d.title, d.partner, marking_from_row(d)) for d in rows]
    people = tuple(Participant(p.participant, p.role) for p in repo.participants(meeting_id))
    return _meeting(row, agenda=agenda, documents=tuple(papers), participants=people)


def add_agenda_item(
    store: Store, meeting_id: str, title: str, proposal_id: int | None = None, actor: Viewer | None = None
) -> Meeting:
    _may_organise(actor)
    if not title.strip():
        raise InvalidInput("title: an agenda item needs a title")
    with store.transaction() as conn:
        row = meeting_row(conn, meeting_id, actor)
        position = MeetingRepository(conn).add_agenda_item(meeting_id, title.strip()[:500], proposal_id)
        details = {"position": position, "proposal_id": proposal_id}
        audit.record(conn, actor, Action.MEETING_UPDATE, f"meeting:{meeting_id}", details)
        return _full(conn, row, actor)


def attach_document(
    store: Store,
    meeting_id: str,
    document_id: int,
    actor: Viewer | None = None,
    conn: Connection | None = None,
) -> None:
    """A paper circulated for the meeting (the viewer must be able to read it)."""
    if conn is None:
        with store.transaction() as own:
            attach_document(store, meeting_id, document_id, actor, own)
        return
    meeting_row(conn, meeting_id, actor)
    found = conn.execute(
        select(documents.c.id).where(documents.c.id == document_id, visible(documents, actor))
    ).first()
    if found is None:
        raise NotFound(f"no document {document_id}")
    if MeetingRepository(conn).attach_document(meeting_id, document_id, datetime.now(UTC)):
        details = {"document_id": document_id}
        audit.record(conn, actor, Action.MEETING_UPDATE, f"meeting:{meeting_id}", details)


def set_participants(
    store: Store, meeting_id: str, people: Sequence[tuple[str, str]], actor: Viewer | None = None
) -> Meeting:
    """Participants by country code or name, each with a role (partner, chair, host, guest, observer)."""
    _may_organise(actor)
    checked = []
    for who, role in people:
        if role not in PARTICIPANT_ROLES:
            raise InvalidInput(f"participant role {role!r} is not one of: {', '.join(PARTICIPANT_ROLES)}")
        code = country(who, "participant")
        assert code is not None
        checked.append((code, role))
    with store.transaction() as conn:
        row = meeting_row(conn, meeting_id, actor)
        MeetingRepository(conn).set_participants(meeting_id, checked)
        details = {"participants": [c for c, _ in checked]}
        audit.record(conn, actor, Action.MEETING_UPDATE, f"meeting:{meeting_id}", details)
        return _full(conn, row, actor)
