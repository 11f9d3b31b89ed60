"""`epoc outreach`: the year's TOM or Round Table (alternation, place after the RPOC, invitees with reasons),
edits to the invitees, guests and event material, and country briefs for outreach visits."""

from __future__ import annotations

import os
from typing import Annotated, Any

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.cli.countries import day, operator
from epoc.model import Marking, MarkingError
from epoc.model.errors import InvalidInput
from epoc.model.outreach import EditAction, EventKind
from epoc.services.outreach.briefs import brief
from epoc.services.outreach.events import add_event, add_material, event_view, invite
from epoc.services.outreach.planner import edit_invitees, plan, set_kind
from epoc.services.outreach.results import Brief, EventView, Plan
from epoc.services.results import plain

app = typer.Typer(no_args_is_help=True, help="Outreach: TOM / Round Table planning, guests, country briefs.")


def plan_json(p: Plan) -> dict[str, Any]:
    """The plan as the contract gives it."""
    return {
        "year": p.year,
        "kind": p.kind,
        "after_meeting": p.after_meeting,
        "invitees": [{"country": i.country, "reasons": list(i.reasons)} for i in p.invitees],
    }


def brief_json(b: Brief) -> dict[str, Any]:
    """The brief as the contract gives it; each value with its marking."""
    return {
        "country": b.country,
        "entities": plain(b.entities),
        "denials": plain(b.denials),
        "mentions": plain(b.mentions),
        "talking_points": plain(b.talking_points),
        "marking": b.marking.to_json(),
    }


def _print_plan(p: Plan, as_json: bool = False) -> None:
    if as_json:
        print_json(plan_json(p))
        return
    where = f"after {p.after_meeting}" if p.after_meeting else "no RPOC in the calendar"
    event = f", {p.event_meeting}" if p.event_meeting else ""
    console.print(
        f"{p.year}: {p.kind_label} ({p.kind}{', set' if p.kind_set else ', by alternation'}), "
        f"{p.date.isoformat()} ({where}{event}); priorities of {', '.join(p.plenaries) or 'no Plenary'}",
        markup=False,
        highlight=False,
    )
    for i in p.invitees:
        console.print(f"  {i.country} {i.name}: {'; '.join(i.reasons)}", markup=False, highlight=False)
    for e in p.edits:
        console.print(f"  edit: {e.action} {e.country} — {e.justification}", markup=False, highlight=False)


@app.command("plan")
def plan_command(
    ctx: typer.Context,
    year: Annotated[int, typer.Argument(metavar="YEAR", help="The year of the event.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The year's event: TOM or RT (by the alternation), after which meeting, the invitees and why."""
    result = plan(app_context(ctx).store(), year)
    _print_plan(result, as_json)


@app.command("kind")
def kind_command(
    ctx: typer.Context,
    year: Annotated[int, typer.Argument(metavar="YEAR", help="The year.")],
    kind: Annotated[str, typer.Option("--kind", help="TOM or RT.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the year's plan as JSON.")] = False,
) -> None:
    """Set the year's event kind (the alternation's history: later years alternate from it)."""
    result = set_kind(app_context(ctx).store(), year, EventKind.parse(kind), by=operator())
    _print_plan(result, as_json)


@app.command("invitees")
def invitees_command(
    ctx: typer.Context,
    year: Annotated[int, typer.Argument(metavar="YEAR", help="The year of the event.")],
    add: Annotated[str | None, typer.Option("--add", help="Invite this country too.")] = None,
    remove: Annotated[str | None, typer.Option("--remove", help="Take this country off.")] = None,
    justification: Annotated[str, typer.Option("--justification", help="Why (recorded).")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print the year's plan as JSON.")] = False,
) -> None:
    """Edit the year's invitee list: one country added or removed, with a recorded justification."""
    edits = [(EditAction.ADD, add)] if add is not None else []
    edits += [(EditAction.REMOVE, remove)] if remove is not None else []
    if len(edits) != 1:
        raise typer.BadParameter("give one of --add CC or --remove CC", param_hint="--add/--remove")
    ((action, country),) = edits
    result = edit_invitees(app_context(ctx).store(), year, country, action, justification, by=operator())
    _print_plan(result, as_json)


@app.command("brief")
def brief_command(
    ctx: typer.Context,
    country: Annotated[str, typer.Argument(metavar="CC", help="The country (ISO code or name).")],
    releasable: Annotated[
        bool, typer.Option("--releasable", help="Only what public sources say (releasable to the country).")
    ] = False,
    on: Annotated[
        str | None, typer.Option("--date", help="The visit's day (YYYY-MM-DD); default today.")
    ] = None,
    delegation: Annotated[
        str | None, typer.Option("--delegation", help="Who visits (shown on the brief).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """A country brief for an outreach visit: entities of concern there, denials, IE-paper mentions by year,
    talking points. The Partner brief is marked; --releasable holds public material only."""
    result = brief(app_context(ctx).store(), country, releasable=releasable, on=day(on, "--date"))
    if as_json:
        print_json(brief_json(result))
        return
    visit = f" — visit{' on ' + on if on else ''}{' by ' + delegation if delegation else ''}"
    console.print(
        f"{result.name} ({result.country}){visit if on or delegation else ''} [{result.marking.banner}]",
        markup=False,
        highlight=False,
    )
    table = Table("entity", "programmes", "marking", box=None, title="Entities of concern")
    for e in result.entities:
        table.add_row(e.name, ", ".join(e.programmes), e.marking.portion)
    console.print(table)
    for d in result.denials:
        console.print(
            f"denial {d.partner} {d.reference} {d.notified_on}: {', '.join(d.parties)} {d.marking.portion}",
            markup=False,
        )
    for m in result.mentions:
        console.print(f"IE papers {m.year}: {m.mentions} mentions in {m.documents} papers", markup=False)
    for t in result.talking_points:
        console.print(f"• {t.text} {t.marking.portion}", markup=False, highlight=False)


def _print_event(e: EventView, as_json: bool = False) -> None:
    if as_json:
        print_json(plain(e))
        return
    when = f", {e.start}" if e.start else ""
    console.print(
        f"{e.meeting_id}: {e.name or e.kind}{when} [{e.marking.banner}]", markup=False, highlight=False
    )
    for item in e.material:
        console.print(f"  [{item.kind}] {item.title} {item.marking.portion}", markup=False, highlight=False)
        for line in item.body.splitlines():
            console.print(f"      {line}", markup=False, highlight=False)
    if e.guests:
        console.print(f"  guests: {', '.join(e.guests)}", markup=False, highlight=False)


@app.command("event")
def event_command(
    ctx: typer.Context,
    year: Annotated[int, typer.Argument(metavar="YEAR", help="The year of the event.")],
    start: Annotated[str | None, typer.Option("--start", help="Its day (default: after the RPOC).")] = None,
    place: Annotated[str, typer.Option("--place", help="Where.")] = "Paris",
    as_json: Annotated[bool, typer.Option("--json", help="Print the event as JSON.")] = False,
) -> None:
    """Put the year's TOM or RT in the calendar and draft its material (TOM: the briefing on the Annex
    amendments adopted since the last TOM; RT: the standing agenda)."""
    result = add_event(
        app_context(ctx).store(), year, start=day(start, "--start"), place=place, by=operator()
    )
    _print_event(result, as_json)


@app.command("show")
def show_command(
    ctx: typer.Context,
    meeting: Annotated[str, typer.Argument(metavar="MEETING_ID", help="The event (e.g. tom-2011).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """An outreach event with its material and its guests."""
    result = event_view(app_context(ctx).store(), meeting, None)
    _print_event(result, as_json)


@app.command("material")
def material_command(
    ctx: typer.Context,
    meeting: Annotated[str, typer.Argument(metavar="MEETING_ID", help="The event (e.g. rt-2010).")],
    title: Annotated[str, typer.Option("--title", help="The item's title.")],
    body: Annotated[str, typer.Option("--body", help="Its text.")] = "",
    kind: Annotated[str, typer.Option("--kind", help="briefing, agenda, topic or note.")] = "topic",
    marking: Annotated[str | None, typer.Option("--marking", help="Its marking (default: public).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the event as JSON.")] = False,
) -> None:
    """Add an item to an event's material (an RT topic, a note); guests read it if its marking lets them."""
    try:
        parsed = Marking.parse(marking) if marking else None
    except MarkingError as exc:
        raise InvalidInput(f"--marking: {exc.message}") from None
    store = app_context(ctx).store()
    add_material(store, meeting, title, body, kind=kind, marking=parsed, by=operator())
    result = event_view(store, meeting, None)
    _print_event(result, as_json)


@app.command("invite")
def invite_command(
    ctx: typer.Context,
    meeting: Annotated[str, typer.Argument(metavar="MEETING_ID", help="The event (e.g. tom-2011).")],
    username: Annotated[str, typer.Argument(metavar="USERNAME", help="The guest's account.")],
    country: Annotated[str | None, typer.Option("--country", help="The guest's (non-Partner) state.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the invitation as JSON.")] = False,
) -> None:
    """Invite a guest to one event: a guest account (password from EPOC_PASSWORD, else generated and shown
    once) that sees only that event's releasable material and ends the day after it."""
    result = invite(
        app_context(ctx).store(),
        meeting,
        username,
        country=country,
        password=os.environ.get("EPOC_PASSWORD") or None,
        by=operator(),
    )
    if as_json:
        print_json(plain(result))
        return
    console.print(
        f"{result.username} invited to {result.meeting_id} until {result.expires_at:%Y-%m-%d}"
        + (f"; password: {result.password}" if result.password else ""),
        markup=False,
        highlight=False,
    )
