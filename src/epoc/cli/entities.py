"""`epoc entities`: the list — list (now or as of a date), show one, export it."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, err_console, print_json
from epoc.model.errors import InvalidInput
from epoc.services.list.entities import list_entities, show_entity
from epoc.services.list.exports import FORMATS, export

app = typer.Typer(no_args_is_help=True, help="Entities of concern: the list compiled from the records.")


def parse_day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


@app.command("list")
def list_command(
    ctx: typer.Context,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="The list as compiled from the sources dated on or before DATE."),
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many entities.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON: one object per entity.")] = False,
) -> None:
    """The entities, by caption: the current list, or what it said on a date (--as-of)."""
    rows = list_entities(app_context(ctx).store(), as_of=parse_day(as_of, "--as-of"), limit=limit)
    if as_json:
        print_json(rows)
        return
    table = Table("entity", "caption", "schema", "sources", "records", box=None)
    for e in rows:
        table.add_row(
            e["entity_id"], e["caption"], e["schema"], ", ".join(e["sources"]), str(len(e["record_ids"]))
        )
    console.print(table)
    console.print(f"{len(rows):,} entities", highlight=False)


@app.command("show")
def show_command(
    ctx: typer.Context,
    entity_id: Annotated[str, typer.Argument(metavar="ID", help="Entity id (ent-…).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """One entity: names by script and kind with their sources, values, why it is listed, history."""
    data = show_entity(app_context(ctx).store(), entity_id)
    if as_json:
        print_json(data)
        return
    _print_entity(data)


@app.command("export")
def export_command(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help=f"One of {', '.join(FORMATS)}.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write; default: stdout.")
    ] = None,
    edition: Annotated[
        str | None, typer.Option(help="Export this frozen edition instead of the current list.")
    ] = None,
) -> None:
    """Export the list (or an edition) with the caveat and its marking: jsonl, csv, ftm or pdf."""
    if fmt not in FORMATS:
        raise InvalidInput(f"--format {fmt!r}: one of {', '.join(FORMATS)}")
    store = app_context(ctx).store()
    if output is None:
        if fmt == "pdf" and sys.stdout.isatty():
            raise InvalidInput("a PDF is not for a terminal: give -o FILE")
        result = export(store, fmt, sys.stdout.buffer, edition)
        sys.stdout.buffer.flush()
    else:
        partial = output.with_name(output.name + ".partial")
        try:
            with partial.open("wb") as handle:
                result = export(store, fmt, handle, edition)
            partial.replace(output)  # nothing half-written under the real name
        finally:
            partial.unlink(missing_ok=True)
    pages = f", {result['pages']} pages" if "pages" in result else ""
    err_console.print(
        f"{result['entities']:,} entities as {fmt}{pages}; marking {result['marking']}"
        + (f" -> {output}" if output else ""),
        highlight=False,
    )


def _print_entity(e: dict[str, Any]) -> None:
    console.print(
        f"[bold]{e['caption']}[/bold]  {e['entity_id']}  ({e['schema']}, {e['status']})  "
        f"{e['marking']['banner']}"
    )
    if e["status"] != "active":
        console.print(f"removed {e.get('removed_on')}: {e.get('removed_reason')}", highlight=False)
    table = Table("", "value", "sources", box=None)
    for n in e["names_detail"]:
        table.add_row(f"{n['script']} {n['kind']}", n["text"], ", ".join(n["sources"]))
    for key in ("addresses", "identifiers", "birth_dates", "programmes"):
        for item in e[key]:
            label = key.replace("_", " ") + (f" ({item['detail']})" if item.get("detail") else "")
            table.add_row(label, item["value"], ", ".join(item["sources"]))
    table.add_row("countries", ", ".join(e["countries"]), "")
    for r in e["reasons"]:
        detail = ", ".join(x for x in (r.get("partner"), r.get("date"), ", ".join(r["programmes"])) if x)
        table.add_row("why listed", f"{r['source_name']} ({detail})", ", ".join(r["record_ids"]))
    console.print(table)
    for event in e.get("history", []):
        console.print(f"  {event['at'][:19]} {event['kind']} {event['detail']}", highlight=False)
