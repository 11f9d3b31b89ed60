"""`epoc editions`: freeze the list as compiled from a window of source dates; compare two editions."""

from __future__ import annotations

import getpass
import os
from typing import Annotated, Any

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.cli.entities import parse_day
from epoc.services.list.editions import create_edition, diff_editions, list_editions

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
        print_json(rows)
        return
    table = Table("edition", "from", "to", "entities", "marking", "created", box=None)
    for r in rows:
        table.add_row(
            r["name"],
            r["from"] or "",
            r["to"] or "",
            f"{r['entities']:,}",
            r["marking"]["banner"],
            r["created_at"][:16],
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
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Freeze the list as compiled from the sources dated from --from to --to."""
    who = os.environ.get("EPOC_USER") or getpass.getuser()
    data = create_edition(
        app_context(ctx).store(), name, parse_day(start, "--from"), parse_day(end, "--to"), created_by=who
    )
    if as_json:
        print_json(data)
        return
    console.print(
        f"edition {data['name']}: {data['entities']:,} entities from {len(data['sources'])} sources; "
        f"{data['marking']['banner']}",
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
        print_json(data)
        return
    _print_diff(data)


def _print_diff(data: dict[str, Any]) -> None:
    c = data["counts"]
    console.print(
        f"{data['from']['name']} -> {data['to']['name']}: +{c['added']:,} added, -{c['removed']:,} removed, "
        f"{c['changed']:,} changed",
        highlight=False,
    )
    for label, key in (("+", "added"), ("-", "removed"), ("~", "changed")):
        for item in data[key]:
            console.print(
                f"{label} {item['caption']} ({item['entity_id']}): {'; '.join(item['why'])}", highlight=False
            )
