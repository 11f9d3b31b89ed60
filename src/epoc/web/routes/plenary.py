"""The Plenary's business on the web: meetings (and their record, HTML and PDF, and its public extract),
proposals (import, feedback, versions, distribution, silence, decisions) and taskings — pages and their
``/api/v1`` twins over ``services.plenary``. Partners read what markings allow; outreach guests see none."""

from __future__ import annotations

import re
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from epoc.model.access import Permission, Viewer
from epoc.model.errors import EpocError, InvalidInput, MarkingError
from epoc.model.marking import Marking
from epoc.model.plenary import MeetingKind, Outcome, Position
from epoc.services.documents.extraction import lazy_extractor
from epoc.services.list.editions import read_edition
from epoc.services.plenary.meetings import (
    MeetingInput,
    add_agenda_item,
    add_meeting,
    attach_document,
    get_meeting,
    list_meetings,
    set_participants,
)
from epoc.services.plenary.proposals import (
    ImportedProposal,
    ImportOptions,
    ProposalInput,
    add_proposal,
    comment,
    decide,
    distribute,
    get_proposal,
    import_proposals,
    list_proposals,
    revise,
    start_silence,
)
from epoc.services.plenary.record import meeting_record, record_pdf
from epoc.services.plenary.taskings import TaskInput, close_tasking, list_taskings
from epoc.services.results import plain
from epoc.settings import Settings
from epoc.store import Store
from epoc.web.areas import Area, NavLink, Panel
from epoc.web.files import safe_name, save_upload
from epoc.web.rendering import mark, page
from epoc.web.schemas.common import ErrorOut
from epoc.web.schemas.plenary import (
    AgendaIn,
    AttachIn,
    CommentIn,
    DecideIn,
    DecisionOut,
    ImportedOut,
    MeetingIn,
    MeetingOut,
    ParticipantsIn,
    ProposalIn,
    ProposalOut,
    RecordOut,
    ReviseIn,
    SilenceIn,
    TaskingCloseIn,
    TaskingOut,
)
from epoc.web.security import Principal, requires

router = APIRouter()
Reader = Annotated[Principal, requires(Permission.READ_PLENARY)]
Proposer = Annotated[Principal, requires(Permission.PROPOSE)]
Distributor = Annotated[Principal, requires(Permission.DISTRIBUTE)]
Field = Annotated[str, Form(max_length=20000)]
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut},
    409: {"model": ErrorOut},
    422: {"model": ErrorOut},
}


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def _day(text: str, name: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"{name}: {text!r} is not a date (YYYY-MM-DD)") from None


def _marking(text: str | None) -> Marking | None:
    if not text or not text.strip():
        return None
    try:
        return Marking.parse(text)
    except MarkingError as exc:
        raise InvalidInput(f"marking: {exc.message}") from None


def _see_other(path: str) -> Response:
    return RedirectResponse(path, status_code=303)


# -- meetings --------------------------------------------------------------------------------------------


def _meeting_input(body: MeetingIn) -> MeetingInput:
    return MeetingInput(
        kind=MeetingKind.parse(body.kind),
        name=body.name,
        start=body.start,
        end=body.end,
        place=body.place,
        host=body.host,
        chair=body.chair,
        marking=_marking(body.marking),
    )


def _meetings_page(request: Request, who: Principal, error: str | None = None, status: int = 200) -> Response:
    rows = list_meetings(_store(request), who.viewer)
    context = {"rows": rows, "kinds": [k.value for k in MeetingKind], "error": error}
    return page(
        request, "plenary/meetings.html", context, who=who, markings=[r.marking for r in rows],
        title="Meetings", status_code=status,
    )  # fmt: skip


@router.get("/meetings", include_in_schema=False)
def meetings_page(request: Request, who: Reader) -> Response:
    return _meetings_page(request, who)


@router.post("/meetings", include_in_schema=False)
def add_meeting_page(
    request: Request,
    who: Distributor,
    kind: Field = "",
    name: Field = "",
    start: Field = "",
    end: Field = "",
    place: Field = "",
    host: Field = "",
    chair: Field = "",
) -> Response:
    try:
        started = _day(start, "start")
        if started is None:
            raise InvalidInput("start: a meeting needs its first day")
        given = MeetingIn(kind=kind, name=name, start=started, end=_day(end, "end"), place=place or None,
                          host=host or None, chair=chair or None)  # fmt: skip
        meeting = add_meeting(_store(request), _meeting_input(given), who.viewer)
    except EpocError as exc:
        return _meetings_page(request, who, exc.message, exc.status)
    return _see_other(f"/meetings/{meeting.meeting_id}")


@router.get("/api/v1/meetings", response_model=list[MeetingOut], tags=["plenary"])
def meetings_json(request: Request, response: Response, who: Reader) -> Any:
    """The meetings you may read, newest first."""
    rows = list_meetings(_store(request), who.viewer)
    mark(response, [r.marking for r in rows])
    return plain(rows)


@router.post(
    "/api/v1/meetings", response_model=MeetingOut, status_code=201, tags=["plenary"], responses=ERRORS
)
def add_meeting_json(request: Request, response: Response, who: Distributor, body: MeetingIn) -> Any:
    """Add a meeting (the POC)."""
    meeting = add_meeting(_store(request), _meeting_input(body), who.viewer)
    mark(response, [meeting.marking])
    return plain(meeting)


@router.get("/meetings/{meeting_id}", include_in_schema=False)
def meeting_page(request: Request, who: Reader, meeting_id: str) -> Response:
    store = _store(request)
    meeting = get_meeting(store, meeting_id, who.viewer)
    proposals = list_proposals(store, who.viewer, meeting_id)
    markings = [meeting.marking, *(p.marking for p in proposals)]
    context = {"meeting": meeting, "proposals": proposals}
    return page(request, "plenary/meeting.html", context, who=who, markings=markings, title=meeting.name)


def _meeting_act(request: Request, who: Principal, meeting_id: str, act: Any) -> Response:
    try:
        act()
    except EpocError as exc:
        store = _store(request)
        meeting = get_meeting(store, meeting_id, who.viewer)
        proposals = list_proposals(store, who.viewer, meeting_id)
        context = {"meeting": meeting, "proposals": proposals, "error": exc.message}
        return page(
            request, "plenary/meeting.html", context, who=who,
            markings=[meeting.marking, *(p.marking for p in proposals)], title=meeting.name,
            status_code=exc.status,
        )  # fmt: skip
    return _see_other(f"/meetings/{meeting_id}")


def _people(text: str) -> list[tuple[str, str]]:
    """``FR, DE:chair, TH:guest`` -> [(FR, partner), (DE, chair), (TH, guest)]."""
    out = []
    for item in re.split(r"[,;\s]+", text.strip()):
        if item:
            code, _, role = item.partition(":")
            out.append((code, role or "partner"))
    return out


@router.post("/meetings/{meeting_id}/agenda", include_in_schema=False)
def agenda_page(
    request: Request, who: Distributor, meeting_id: str, title: Field = "", proposal: Field = ""
) -> Response:
    def act() -> None:
        number = int(proposal) if proposal.strip().isdigit() else None
        add_agenda_item(_store(request), meeting_id, title, number, who.viewer)

    return _meeting_act(request, who, meeting_id, act)


@router.post("/meetings/{meeting_id}/documents", include_in_schema=False)
def attach_page(request: Request, who: Distributor, meeting_id: str, document_id: Field = "") -> Response:
    def act() -> None:
        if not document_id.strip().isdigit():
            raise InvalidInput("document: give the document's number")
        attach_document(_store(request), meeting_id, int(document_id), who.viewer)

    return _meeting_act(request, who, meeting_id, act)


@router.post("/meetings/{meeting_id}/participants", include_in_schema=False)
def participants_page(
    request: Request, who: Distributor, meeting_id: str, participants: Field = ""
) -> Response:
    return _meeting_act(
        request, who, meeting_id,
        lambda: set_participants(_store(request), meeting_id, _people(participants), who.viewer),
    )  # fmt: skip


@router.post(
    "/api/v1/meetings/{meeting_id}/agenda", response_model=MeetingOut, tags=["plenary"], responses=ERRORS
)
def agenda_json(
    request: Request, response: Response, who: Distributor, meeting_id: str, body: AgendaIn
) -> Any:
    """Add an item at the end of the meeting's agenda (the POC)."""
    meeting = add_agenda_item(_store(request), meeting_id, body.title, body.proposal_id, who.viewer)
    mark(response, [meeting.marking])
    return plain(meeting)


@router.post(
    "/api/v1/meetings/{meeting_id}/documents", response_model=MeetingOut, tags=["plenary"], responses=ERRORS
)
def attach_json(
    request: Request, response: Response, who: Distributor, meeting_id: str, body: AttachIn
) -> Any:
    """Attach a stored document as a paper circulated for the meeting (the POC)."""
    store = _store(request)
    attach_document(store, meeting_id, body.document_id, who.viewer)
    meeting = get_meeting(store, meeting_id, who.viewer)
    mark(response, [meeting.marking, *(d.marking for d in meeting.documents)])
    return plain(meeting)


@router.post(
    "/api/v1/meetings/{meeting_id}/participants",
    response_model=MeetingOut,
    tags=["plenary"],
    responses=ERRORS,
)
def participants_json(
    request: Request, response: Response, who: Distributor, meeting_id: str, body: ParticipantsIn
) -> Any:
    """Add participants, each a country (code or name) with a role: partner, chair, host, guest, observer."""
    people = [(p.participant, p.role) for p in body.participants]
    meeting = set_participants(_store(request), meeting_id, people, who.viewer)
    mark(response, [meeting.marking])
    return plain(meeting)


@router.get("/api/v1/meetings/{meeting_id}", response_model=MeetingOut, tags=["plenary"], responses=ERRORS)
def meeting_json(request: Request, response: Response, who: Reader, meeting_id: str) -> Any:
    """A meeting with its agenda, papers and participants."""
    meeting = get_meeting(_store(request), meeting_id, who.viewer)
    mark(response, [meeting.marking])
    return plain(meeting)


@router.get("/meetings/{meeting_id}/record", include_in_schema=False)
def record_page(request: Request, who: Reader, meeting_id: str, public: bool = False) -> Response:
    record = meeting_record(_store(request), meeting_id, who.viewer, public)
    return page(
        request, "plenary/record.html", {"record": record}, who=who, markings=[record.marking],
        title=record.title,
    )  # fmt: skip


@router.get("/meetings/{meeting_id}/record.pdf", include_in_schema=False)
def record_pdf_page(request: Request, who: Reader, meeting_id: str, public: bool = False) -> Response:
    record = meeting_record(_store(request), meeting_id, who.viewer, public)
    response = Response(record_pdf(record), media_type="application/pdf")
    name = f"{meeting_id}-{'public-extract' if public else 'record'}.pdf"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    mark(response, [record.marking])
    return response


@router.get(
    "/api/v1/meetings/{meeting_id}/record", response_model=RecordOut, tags=["plenary"], responses=ERRORS
)
def record_json(
    request: Request, response: Response, who: Reader, meeting_id: str, public: bool = False
) -> Any:
    """The Plenary record of a meeting (``public=true``: the public extract)."""
    record = meeting_record(_store(request), meeting_id, who.viewer, public)
    mark(response, [record.marking])
    return plain(record)


# -- proposals -------------------------------------------------------------------------------------------


def _proposals_page(
    request: Request, who: Principal, error: str | None = None, status: int = 200
) -> Response:
    store = _store(request)
    rows = list_proposals(store, who.viewer)
    meetings = list_meetings(store, who.viewer)
    context = {"rows": rows, "meetings": meetings, "error": error}
    return page(
        request, "plenary/proposals.html", context, who=who, markings=[r.marking for r in rows],
        title="Proposals", status_code=status,
    )  # fmt: skip


@router.get("/proposals", include_in_schema=False)
def proposals_page(request: Request, who: Reader) -> Response:
    return _proposals_page(request, who)


@router.get("/api/v1/proposals", response_model=list[ImportedOut], tags=["plenary"])
def proposals_json(request: Request, response: Response, who: Reader, meeting: str | None = None) -> Any:
    """The proposals you may read (drafts: your Partner's), oldest first."""
    rows = list_proposals(_store(request), who.viewer, meeting)
    mark(response, [r.marking for r in rows])
    return plain(rows)


def _import(
    request: Request, viewer: Viewer, upload: UploadFile, meeting: str, partner: str
) -> list[ImportedProposal]:
    settings = request.app.state.settings
    limits = settings.document_limits
    name = safe_name(upload, "message.txt")
    folder = Path(tempfile.mkdtemp(prefix="epoc-proposals-"))
    try:
        target = folder / name
        save_upload(upload, target, limits.max_bytes)
        store = _store(request)
        options = ImportOptions(meeting_id=meeting or None, partner=partner or None, actor=viewer)
        found = import_proposals(store, target, options, limits, lazy_extractor(store, settings.index_dir))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return found


@router.post("/proposals/import", include_in_schema=False)
def import_page(
    request: Request,
    who: Proposer,
    file: Annotated[UploadFile, File()],
    meeting: Annotated[str, Form(max_length=60)] = "",
    partner: Annotated[str, Form(max_length=60)] = "",
) -> Response:
    try:
        _import(request, who.viewer, file, meeting, partner)
    except EpocError as exc:
        return _proposals_page(request, who, exc.message, exc.status)
    return _see_other("/proposals")


@router.post(
    "/api/v1/proposals/import", response_model=list[ImportedOut], status_code=201, tags=["plenary"],
    responses=ERRORS,
)  # fmt: skip
def import_json(
    request: Request,
    response: Response,
    who: Proposer,
    file: Annotated[UploadFile, File(description="A message holding proposals (text, PDF, DOCX, e-mail).")],
    meeting: Annotated[str, Form(max_length=60)] = "",
    partner: Annotated[str, Form(max_length=60, description="The sponsor when the message names none.")] = "",
) -> Any:
    """Split a message into its proposals, in document order (the message is stored as a document)."""
    found = _import(request, who.viewer, file, meeting, partner)
    mark(response, [p.marking for p in found])
    return plain(found)


@router.post("/proposals", include_in_schema=False)
def add_proposal_page(
    request: Request,
    who: Proposer,
    subject: Field = "",
    text: Field = "",
    rationale: Field = "",
    meeting: Field = "",
    partner: Field = "",
    marking: Field = "",
    contribution_to: Field = "",
) -> Response:
    try:
        original = int(contribution_to) if contribution_to.strip() else None
    except ValueError:
        return _proposals_page(request, who, "contribution_to: a proposal number", 422)
    try:
        given = ProposalInput(subject, text or None, rationale, partner or None, meeting or None,
                              _marking(marking), original)  # fmt: skip
        proposal = add_proposal(_store(request), given, who.viewer)
    except EpocError as exc:
        if original is not None:
            return _proposal_page(request, who, original, exc.message, exc.status)
        return _proposals_page(request, who, exc.message, exc.status)
    return _see_other(f"/proposals/{proposal.proposal_id}")


@router.post(
    "/api/v1/proposals", response_model=ProposalOut, status_code=201, tags=["plenary"], responses=ERRORS
)
def add_proposal_json(request: Request, response: Response, who: Proposer, body: ProposalIn) -> Any:
    """Write a proposal (a draft of your Partner's), or a contribution to another (``contribution_to``)."""
    given = ProposalInput(
        body.subject, body.consensus_language, body.rationale, body.sponsor, body.meeting_id,
        _marking(body.marking), body.contribution_to,
    )  # fmt: skip
    proposal = add_proposal(_store(request), given, who.viewer)
    mark(response, [proposal.marking])
    return plain(proposal)


def _proposal_page(
    request: Request, who: Principal, proposal_id: int, error: str | None = None, status: int = 200
) -> Response:
    store = _store(request)
    proposal = get_proposal(store, proposal_id, who.viewer)
    meetings = list_meetings(store, who.viewer)
    context = {
        "p": proposal,
        "meetings": meetings,
        "error": error,
        "positions": [p.value for p in Position],
        "outcomes": [o.value for o in Outcome],
    }
    return page(
        request, "plenary/proposal.html", context, who=who, markings=[proposal.marking],
        title=proposal.subject, status_code=status,
    )  # fmt: skip


@router.get("/proposals/{proposal_id}", include_in_schema=False)
def proposal_page(request: Request, who: Reader, proposal_id: int) -> Response:
    return _proposal_page(request, who, proposal_id)


@router.get("/api/v1/proposals/{proposal_id}", response_model=ProposalOut, tags=["plenary"], responses=ERRORS)
def proposal_json(request: Request, response: Response, who: Reader, proposal_id: int) -> Any:
    """A proposal: versions with diffs, feedback, silence, decisions, taskings."""
    proposal = get_proposal(_store(request), proposal_id, who.viewer)
    mark(response, [proposal.marking])
    return plain(proposal)


def _act(request: Request, who: Principal, proposal_id: int, act: Any) -> Response:
    """Run a form's act; on a refusal show the proposal again with the reason (nothing was written)."""
    try:
        act()
    except EpocError as exc:
        return _proposal_page(request, who, proposal_id, exc.message, exc.status)
    return _see_other(f"/proposals/{proposal_id}")


@router.post("/proposals/{proposal_id}/comment", include_in_schema=False)
def comment_page(
    request: Request,
    who: Proposer,
    proposal_id: int,
    position: Field = "",
    text: Field = "",
    partner: Field = "",
) -> Response:
    return _act(
        request, who, proposal_id,
        lambda: comment(_store(request), proposal_id, Position.parse(position), text or None, partner or None,
                        who.viewer),
    )  # fmt: skip


@router.post(
    "/api/v1/proposals/{proposal_id}/comment", response_model=ProposalOut, tags=["plenary"], responses=ERRORS
)
def comment_json(
    request: Request, response: Response, who: Proposer, proposal_id: int, body: CommentIn
) -> Any:
    """Your Partner's position on the current version (support, amend, object, reserve)."""
    proposal = comment(
        _store(request), proposal_id, Position.parse(body.position), body.text, body.partner, who.viewer
    )
    mark(response, [proposal.marking])
    return plain(proposal)


@router.post("/proposals/{proposal_id}/revise", include_in_schema=False)
def revise_page(
    request: Request, who: Proposer, proposal_id: int, text: Field = "", note: Field = ""
) -> Response:
    return _act(
        request, who, proposal_id,
        lambda: revise(_store(request), proposal_id, text, note=note or None, actor=who.viewer),
    )  # fmt: skip


@router.post(
    "/api/v1/proposals/{proposal_id}/revise", response_model=ProposalOut, tags=["plenary"], responses=ERRORS
)
def revise_json(request: Request, response: Response, who: Proposer, proposal_id: int, body: ReviseIn) -> Any:
    """A new version of the consensus language (the sponsor or the POC)."""
    proposal = revise(_store(request), proposal_id, body.text, note=body.note, actor=who.viewer)
    mark(response, [proposal.marking])
    return plain(proposal)


@router.post("/proposals/{proposal_id}/distribute", include_in_schema=False)
def distribute_page(request: Request, who: Distributor, proposal_id: int) -> Response:
    return _act(request, who, proposal_id, lambda: distribute(_store(request), proposal_id, who.viewer))


@router.post(
    "/api/v1/proposals/{proposal_id}/distribute",
    response_model=ProposalOut,
    tags=["plenary"],
    responses=ERRORS,
)
def distribute_json(request: Request, response: Response, who: Distributor, proposal_id: int) -> Any:
    """Distribute a draft to all Partners (the POC)."""
    proposal = distribute(_store(request), proposal_id, who.viewer)
    mark(response, [proposal.marking])
    return plain(proposal)


@router.post("/proposals/{proposal_id}/silence", include_in_schema=False)
def silence_page(request: Request, who: Distributor, proposal_id: int, deadline: Field = "") -> Response:
    def act() -> None:
        when = _day(deadline, "deadline")
        if when is None:
            raise InvalidInput("deadline: a silence procedure needs its deadline")
        start_silence(_store(request), proposal_id, when, who.viewer)

    return _act(request, who, proposal_id, act)


@router.post(
    "/api/v1/proposals/{proposal_id}/silence", response_model=ProposalOut, tags=["plenary"], responses=ERRORS
)
def silence_json(
    request: Request, response: Response, who: Distributor, proposal_id: int, body: SilenceIn
) -> Any:
    """Put the current text under a silence procedure until the deadline (the POC)."""
    proposal = start_silence(_store(request), proposal_id, body.deadline, who.viewer)
    mark(response, [proposal.marking])
    return plain(proposal)


def _tasks(owner: str, what: str, due_meeting: str) -> list[TaskInput]:
    if not owner.strip() and not what.strip():
        return []
    return [TaskInput(owner, what, due_meeting or None)]


@router.post("/proposals/{proposal_id}/decide", include_in_schema=False)
def decide_page(
    request: Request,
    who: Proposer,
    proposal_id: int,
    meeting: Field = "",
    outcome: Field = "",
    text: Field = "",
    task_owner: Field = "",
    task_what: Field = "",
    task_due_meeting: Field = "",
    release: Field = "",
) -> Response:
    return _act(
        request, who, proposal_id,
        lambda: decide(_store(request), proposal_id, meeting, Outcome.parse(outcome), text or None,
                       _tasks(task_owner, task_what, task_due_meeting), release == "on", who.viewer),
    )  # fmt: skip


@router.post(
    "/api/v1/proposals/{proposal_id}/decide", response_model=DecisionOut, status_code=201, tags=["plenary"],
    responses=ERRORS,
)  # fmt: skip
def decide_json(request: Request, response: Response, who: Proposer, proposal_id: int, body: DecideIn) -> Any:
    """Record a meeting's decision (its chair's Partner, or the POC); adopting over a standing objection is
    refused (409)."""
    tasks = [TaskInput(t.owner, t.what, t.due_meeting_id, t.due_date) for t in body.taskings]
    decision = decide(
        _store(request), proposal_id, body.meeting_id, Outcome.parse(body.outcome), body.text, tasks,
        body.for_release, who.viewer,
    )  # fmt: skip
    mark(response, [t.marking for t in decision.taskings])
    return plain(decision)


# -- taskings --------------------------------------------------------------------------------------------


def _check_link(store: Store, viewer: Viewer) -> Any:
    def check(link: str) -> None:
        kind, _, ref = link.partition(":")
        if kind == "edition":
            read_edition(store, ref, viewer)

    return check


@router.get("/taskings", include_in_schema=False)
def taskings_page(request: Request, who: Reader, error: str | None = None) -> Response:
    rows = list_taskings(_store(request), who.viewer)
    return page(
        request, "plenary/taskings.html", {"rows": rows, "error": error}, who=who,
        markings=[r.marking for r in rows], title="Taskings",
    )  # fmt: skip


@router.get("/api/v1/taskings", response_model=list[TaskingOut], tags=["plenary"])
def taskings_json(request: Request, response: Response, who: Reader, status: str | None = None) -> Any:
    """Taskings you may read, by due date."""
    rows = list_taskings(_store(request), who.viewer, status)
    mark(response, [r.marking for r in rows])
    return plain(rows)


@router.post("/taskings/{tasking_id}/close", include_in_schema=False)
def close_page(
    request: Request, who: Proposer, tasking_id: int, edition: Field = "", by: Field = ""
) -> Response:
    link = f"edition:{edition.strip()}" if edition.strip() else by
    store = _store(request)
    try:
        close_tasking(store, tasking_id, link, who.viewer, _check_link(store, who.viewer))
    except EpocError as exc:
        return taskings_page(request, who, exc.message)
    return _see_other("/taskings")


@router.post(
    "/api/v1/taskings/{tasking_id}/close", response_model=TaskingOut, tags=["plenary"], responses=ERRORS
)
def close_json(
    request: Request, response: Response, who: Proposer, tasking_id: int, body: TaskingCloseIn
) -> Any:
    """Close a tasking by linking what fulfils it (``edition`` name, or any reference in ``by``)."""
    link = f"edition:{body.edition}" if body.edition else (body.by or "")
    store = _store(request)
    tasking = close_tasking(store, tasking_id, link, who.viewer, _check_link(store, who.viewer))
    mark(response, [tasking.marking])
    return plain(tasking)


def _open_taskings(store: Store, viewer: Viewer, settings: Settings) -> dict[str, Any]:
    rows = list_taskings(store, viewer, "open")
    return {"rows": rows[:5], "total": len(rows), "markings": [r.marking for r in rows[:5]]}


AREA = Area(
    "plenary",
    router,
    nav=(
        NavLink("Meetings", "/meetings", Permission.READ_PLENARY),
        NavLink("Proposals", "/proposals", Permission.READ_PLENARY),
        NavLink("Taskings", "/taskings", Permission.READ_PLENARY),
    ),
    panels=(Panel("Open taskings", Permission.READ_PLENARY, "panels/taskings.html", _open_taskings),),
)
