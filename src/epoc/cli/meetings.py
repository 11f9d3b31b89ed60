"""`epoc meetings`: the regime's meetings (Plenary, RPOC, IE, TEM, LEM, working groups, TOM, RT)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.model import Marking, MarkingError
from epoc.model.errors import InvalidInput
from epoc.model.plenary import MeetingKind
from epoc.services.plenary.meetings import (
    Meeting,
    MeetingInput,
    add_agenda_item,
    add_meeting,
    attach_document,
    get_meeting,
    list_meetings,
    set_participants,
)
from epoc.services.results import plain

app = typer.Typer(
    no_args_is_help=True, help="Meetings: Plenary, RPOC, IE, TEM, LEM, working groups, outreach."
)

KINDS = ", ".join(k.value for k in MeetingKind)


def day(text: str | None, hint: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{hint}: {text!r} is not a date (YYYY-MM-DD)") from None


def _print(meeting: Meeting) -> None:
    console.print(
        f"{meeting.meeting_id}: {meeting.name} ({meeting.kind_label}), {meeting.place or 'no place'}, "
        f"{meeting.dates}; host {meeting.host or '—'}, chair {meeting.chair or '—'} "
        f"[{meeting.marking.banner}]",
        markup=False,
        highlight=False,
    )
    for item in meeting.agenda:
        suffix = f" (proposal {item.proposal_id})" if item.proposal_id else ""
        console.print(f"  {item.position}. {item.title}{suffix}", markup=False, highlight=False)
    for paper in meeting.documents:
        console.print(f"  paper {paper.document_id}: {paper.title} {paper.marking.portion}", markup=False)
    if meeting.participants:
        people = ", ".join(f"{p.participant} ({p.role})" for p in meeting.participants)
        console.print(f"  participants: {people}", markup=False, highlight=False)


@app.command("add")
def add(
    ctx: typer.Context,
    kind: Annotated[str, typer.Option(help=f"The kind of meeting: {KINDS}.")],
    name: Annotated[str, typer.Option(help='Its name, e.g. "Plenary, Rio de Janeiro".')],
    start: Annotated[str, typer.Option(help="First day (YYYY-MM-DD).")],
    end: Annotated[str | None, typer.Option(help="Last day (YYYY-MM-DD).")] = None,
    place: Annotated[str | None, typer.Option(help="Where, e.g. Rio de Janeiro.")] = None,
    host: Annotated[str | None, typer.Option(help="The host Partner (code or name).")] = None,
    chair: Annotated[str | None, typer.Option(help="The chairing Partner (code or name).")] = None,
    marking: Annotated[
        str | None, typer.Option(help='Its marking (default "UNCLASSIFIED // REL MTCR": Partner-only).')
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the meeting as JSON.")] = False,
) -> None:
    """Add a meeting; its id (e.g. plenary-2009) is what proposals, decisions and taskings refer to."""
    try:
        parsed_marking = Marking.parse(marking) if marking else None
    except MarkingError as exc:
        raise InvalidInput(f"--marking: {exc.message}") from None
    given = MeetingInput(
        kind=MeetingKind.parse(kind),
        name=name,
        start=day(start, "--start") or date.today(),
        end=day(end, "--end"),
        place=place,
        host=host,
        chair=chair,
        marking=parsed_marking,
    )
    meeting = add_meeting(app_context(ctx).store(), given)
    if as_json:
        print_json(plain(meeting))
    else:
        _print(meeting)


@app.command("list")
def list_command(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False
) -> None:
    """The meetings, newest first."""
    rows = list_meetings(app_context(ctx).store())
    if as_json:
        print_json(plain(rows))
        return
    table = Table("id", "kind", "name", "place", "dates", "host", "chair", "marking", box=None)
    for m in rows:
        table.add_row(
            m.meeting_id,
            m.kind,
            m.name,
            m.place or "",
            m.dates,
            m.host or "",
            m.chair or "",
            m.marking.portion,
        )
    console.print(table)


@app.command("show")
def show(
    ctx: typer.Context,
    meeting_id: Annotated[str, typer.Argument(metavar="MEETING_ID")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """A meeting with its agenda, papers and participants."""
    meeting = get_meeting(app_context(ctx).store(), meeting_id)
    if as_json:
        print_json(plain(meeting))
    else:
        _print(meeting)


@app.command("agenda")
def agenda(
    ctx: typer.Context,
    meeting_id: Annotated[str, typer.Argument(metavar="MEETING_ID")],
    title: Annotated[str, typer.Option(help="The agenda item.")],
    proposal: Annotated[int | None, typer.Option(help="The proposal it takes up.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the meeting as JSON.")] = False,
) -> None:
    """Add an item at the end of a meeting's agenda."""
    meeting = add_agenda_item(app_context(ctx).store(), meeting_id, title, proposal)
    if as_json:
        print_json(plain(meeting))
    else:
        _print(meeting)


@app.command("attach")
def attach(
    ctx: typer.Context,
    meeting_id: Annotated[str, typer.Argument(metavar="MEETING_ID")],
    document_id: Annotated[int, typer.Argument(metavar="DOCUMENT_ID", help="A stored document.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the meeting as JSON.")] = False,
) -> None:
    """Attach a stored document as a paper circulated for the meeting."""
    store = app_context(ctx).store()
    attach_document(store, meeting_id, document_id)
    meeting = get_meeting(store, meeting_id)
    if as_json:
        print_json(plain(meeting))
    else:
        _print(meeting)


@app.command("participants")
def participants(
    ctx: typer.Context,
    meeting_id: Annotated[str, typer.Argument(metavar="MEETING_ID")],
    who: Annotated[
        list[str],
        typer.Argument(metavar="CC[:ROLE]...", help="Countries, each with a role (default partner)."),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the meeting as JSON.")] = False,
) -> None:
    """Add participants (a role per country: partner, chair, host, guest, observer)."""
    people = [(w.split(":", 1)[0], w.split(":", 1)[1] if ":" in w else "partner") for w in who]
    meeting = set_participants(app_context(ctx).store(), meeting_id, people)
    if as_json:
        print_json(plain(meeting))
    else:
        _print(meeting)
