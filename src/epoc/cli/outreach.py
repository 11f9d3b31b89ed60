"""`epoc outreach`: the year's TOM or Round Table (alternation, place after the RPOC, invitees with reasons),
edits to the invitees, guests and event material, and country briefs for outreach visits."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.cli.countries import operator
from epoc.model.outreach import EditAction, EventKind
from epoc.services.outreach.briefs import brief
from epoc.services.outreach.planner import edit_invitees, plan, set_kind
from epoc.services.outreach.results import Brief, Plan, plain

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


def _print_plan(p: Plan) -> None:
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
    if as_json:
        print_json(plan_json(result))
        return
    _print_plan(result)


@app.command("kind")
def kind_command(
    ctx: typer.Context,
    year: Annotated[int, typer.Argument(metavar="YEAR", help="The year.")],
    kind: Annotated[str, typer.Option("--kind", help="TOM or RT.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the year's plan as JSON.")] = False,
) -> None:
    """Set the year's event kind (the alternation's history: later years alternate from it)."""
    result = set_kind(app_context(ctx).store(), year, EventKind.parse(kind), by=operator())
    if as_json:
        print_json(plan_json(result))
        return
    _print_plan(result)


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
    if (add is None) == (remove is None):
        raise typer.BadParameter("give one of --add CC or --remove CC", param_hint="--add/--remove")
    action, country = (EditAction.ADD, add) if add is not None else (EditAction.REMOVE, remove)
    assert country is not None
    result = edit_invitees(app_context(ctx).store(), year, country, action, justification, by=operator())
    if as_json:
        print_json(plan_json(result))
        return
    _print_plan(result)


@app.command("brief")
def brief_command(
    ctx: typer.Context,
    country: Annotated[str, typer.Argument(metavar="CC", help="The country (ISO code or name).")],
    releasable: Annotated[
        bool, typer.Option("--releasable", help="Only what public sources say (releasable to the country).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """A country brief for an outreach visit: entities of concern there, denials, IE-paper mentions by year,
    talking points. The Partner brief is marked; --releasable holds public material only."""
    result = brief(app_context(ctx).store(), country, releasable=releasable)
    if as_json:
        print_json(brief_json(result))
        return
    console.print(
        f"{result.name} ({result.country}) [{result.marking.banner}]", markup=False, highlight=False
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
