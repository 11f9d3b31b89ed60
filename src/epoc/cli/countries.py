"""`epoc countries`: countries over time (Partner, adherent, applicant …, with dates) and the outreach
priorities agreed at each Plenary."""

from __future__ import annotations

import getpass
import os
from datetime import date
from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.model.errors import InvalidInput
from epoc.model.outreach import CountryStatus
from epoc.services.outreach.countries import add_priority, list_countries, set_status
from epoc.services.outreach.results import CountryView
from epoc.services.results import plain

app = typer.Typer(
    no_args_is_help=True, help="Countries over time and the outreach priorities agreed at Plenaries."
)
STATUSES = "|".join(s.value for s in CountryStatus)


def operator() -> str:
    return os.environ.get("EPOC_USER") or getpass.getuser()


def day(text: str | None, hint: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{hint}: {text!r} is not a date (YYYY-MM-DD)") from None


def _print(view: CountryView) -> None:
    since = f" since {view.since.isoformat()}" if view.since else ""
    console.print(f"{view.country} {view.name}: {view.status_label}{since}", markup=False, highlight=False)
    for entry in view.history:
        console.print(f"  {entry.since.isoformat()}  {entry.label}", markup=False, highlight=False)
    for p in view.priorities:
        console.print(
            f"  outreach priority agreed at {p.meeting_id}" + (f" ({p.place})" if p.place else ""),
            markup=False,
            highlight=False,
        )


@app.command("set")
def set_command(
    ctx: typer.Context,
    country: Annotated[str, typer.Argument(metavar="CC", help="The country (ISO code or name).")],
    status: Annotated[str, typer.Option("--status", help=f"One of {STATUSES}.")],
    since: Annotated[
        str | None, typer.Option("--since", help="From this day (YYYY-MM-DD); default today.")
    ] = None,
    note: Annotated[
        str | None, typer.Option("--note", help="A note (e.g. the letter of application).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the country as JSON.")] = False,
) -> None:
    """Record a country's status from a date: partner, adherent, applicant (applied on), admitted,
    withdrawn (the application), non-partner."""
    view = set_status(
        app_context(ctx).store(),
        country,
        CountryStatus.parse(status),
        day(since, "--since"),
        note=note,
        by=operator(),
    )
    if as_json:
        print_json(plain(view))
        return
    _print(view)


@app.command("priority")
def priority_command(
    ctx: typer.Context,
    country: Annotated[str, typer.Argument(metavar="CC", help="The country (ISO code or name).")],
    meeting: Annotated[
        str, typer.Option("--meeting", help="The Plenary that agreed it (e.g. plenary-2009).")
    ],
    decision: Annotated[
        int | None, typer.Option("--decision", help="The Plenary's decision that agreed it.")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="A note (e.g. the decision's wording).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the country as JSON.")] = False,
) -> None:
    """Record an outreach priority agreed at that Plenary."""
    view = add_priority(
        app_context(ctx).store(), country, meeting, decision=decision, note=note, by=operator()
    )
    if as_json:
        print_json(plain(view))
        return
    _print(view)


@app.command("list")
def list_command(
    ctx: typer.Context,
    on: Annotated[
        str | None, typer.Option("--on", help="Status as on this day (YYYY-MM-DD); default today.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Every country with a recorded status or priority: its status, since when, its history."""
    views = list_countries(app_context(ctx).store(), day(on, "--on"))
    if as_json:
        print_json(plain(views))
        return
    table = Table("country", "name", "status", "since", "priorities", box=None)
    for v in views:
        table.add_row(
            v.country,
            v.name,
            v.status_label,
            v.since.isoformat() if v.since else "",
            ", ".join(p.meeting_id for p in v.priorities),
        )
    console.print(table)
