"""`epoc editions`: freeze the list as compiled from a window of source dates; compare two editions."""

from __future__ import annotations

import getpass
import os
from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.cli.entities import operator, parse_day
from epoc.services.list.editions import (
    EditionDiff,
    create_edition,
    diff_editions,
    list_editions,
    show_edition,
)
from epoc.services.regime.circulation import approve_edition, distribute_edition
from epoc.services.regime.readers import viewer_named

app = typer.Typer(
    invoke_without_command=True, help="Editions: the list frozen from the sources dated in a window; diffs."
)


@app.callback()
def editions(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False
) -> None:
    """The editions: name, window, entities, marking."""
    if ctx.invoked_subcommand is not None:
        return
    rows = list_editions(app_context(ctx).store())
    if as_json:
        print_json([r.to_json() for r in rows])
        return
    table = Table("edition", "status", "from", "to", "entities", "marking", "created", box=None)
    for r in rows:
        table.add_row(
            r.name,
            r.status + (f" ({r.meeting})" if r.meeting else ""),
            r.from_ or "",
            r.to or "",
            f"{r.entities:,}",
            r.marking.banner,
            r.created_at[:16],
        )
    console.print(table)


@app.command("create")
def create_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The edition's name, e.g. 2005-2009.")],
    start: Annotated[
        str | None, typer.Option("--from", help="First source date (YYYY-MM-DD) to draw on.")
    ] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last source date (YYYY-MM-DD) to draw on.")] = None,
    include_public: Annotated[
        bool,
        typer.Option(
            "--include-public",
            help="Also admit public lists' entities, labelled as such (for a Partner's national use).",
        ),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Freeze the regime's list (the included entities a Partner source dated from --from to --to names) as
    a draft edition."""
    who = os.environ.get("EPOC_USER") or getpass.getuser()
    data = create_edition(
        app_context(ctx).store(),
        name,
        parse_day(start, "--from"),
        parse_day(end, "--to"),
        created_by=who,
        include_public=include_public,
    )
    if as_json:
        print_json(data.to_json())
        return
    console.print(
        f"edition {data.name}: {data.entities:,} entities from {len(data.sources)} sources; "
        f"{data.marking.banner}",
        highlight=False,
    )
    for item in data.left_out:
        console.print(f"  not in it: {item.caption} ({item.entity_id}): {item.why}", highlight=False)


@app.command("show")
def show_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The edition.")],
    as_user: Annotated[
        str | None, typer.Option("--as", metavar="USER", help="Show it as this user may read it.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """An edition's entries (those USER may read, with the banner of what USER sees)."""
    store = app_context(ctx).store()
    view = show_edition(store, name, viewer_named(store, as_user) if as_user else None)
    if as_json:
        print_json(view.to_json())
        return
    console.print(view.banner.banner, highlight=False)
    console.print(
        f"edition {name} ({view.head.status}): {len(view.entries)} entries"
        + (f" readable by {as_user}" if as_user else ""),
        highlight=False,
    )
    for e in view.entries:
        label = " [public list, national use]" if e.basis == "public" else ""
        console.print(f"  {e.marking.portion} {e.caption} ({e.entity_id}){label}", highlight=False)
    console.print(view.banner.banner, highlight=False)


@app.command("approve")
def approve_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The draft edition.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Approve a draft edition (the IE Co-Chairs' sign-off before distribution)."""
    status = approve_edition(app_context(ctx).store(), name, who=operator())
    if as_json:
        print_json({"name": name, "status": status})
        return
    console.print(f"edition {name}: {status}", highlight=False)


@app.command("distribute")
def distribute_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The edition.")],
    meeting: Annotated[str, typer.Option("--meeting", metavar="TEXT", help="Where, e.g. 'the 2010 RPOC'.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Distribute an edition to the Partners at a meeting: registered, notified (in the app and as .eml files
    in the outbox), the previous distributed edition superseded."""
    context = app_context(ctx)
    done = distribute_edition(
        context.store(), name, meeting, context.settings.data_dir / "outbox", who=operator()
    )
    if as_json:
        print_json({"name": name, "status": "distributed", **done.to_json()})
        return
    console.print(
        f"edition {name} distributed at {done.meeting} as {done.reference} to "
        f"{len(done.recipients)} Partners ({', '.join(r.partner for r in done.recipients)})",
        highlight=False,
    )


@app.command("diff")
def diff_command(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="A", help="The earlier edition.")],
    new: Annotated[str, typer.Argument(metavar="B", help="The later edition.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """What changed from edition A to B: added, removed and changed entities, and why."""
    data = diff_editions(app_context(ctx).store(), old, new)
    if as_json:
        print_json(data.to_json())
        return
    _print_diff(data)


def _print_diff(data: EditionDiff) -> None:
    c = data.counts
    console.print(
        f"{data.from_.name} -> {data.to.name}: +{c.added:,} added, -{c.removed:,} removed, "
        f"{c.changed:,} changed",
        highlight=False,
    )
    for label, rows in (("+", data.added), ("-", data.removed), ("~", data.changed)):
        for item in rows:
            console.print(
                f"{label} {item.caption} ({item.entity_id}): {'; '.join(item.why)}", highlight=False
            )
