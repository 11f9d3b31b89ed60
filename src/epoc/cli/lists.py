"""`epoc lists`: the sources in the store, and importing lists into it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, err_console, print_json, progress_bar
from epoc.model import Marking
from epoc.services.records.imports import ImportReport, import_paths
from epoc.services.records.views import SourceSummary, list_sources
from epoc.sources.base import ImportOptions
from epoc.sources.registry import READERS

app = typer.Typer(
    invoke_without_command=True,
    help="The lists and other sources in the store; `epoc lists import` brings lists in.",
)


@app.callback()
def lists(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON: one object per source.")] = False,
) -> None:
    """One entry per source: name, format, date, records, names."""
    if ctx.invoked_subcommand is not None:
        return
    rows = list_sources(app_context(ctx).store())
    if as_json:
        print_json([r.to_json() for r in rows])
        return
    print_sources(rows)


def print_sources(rows: list[SourceSummary]) -> None:
    table = Table(box=None, pad_edge=False)
    table.add_column("source", no_wrap=True)
    table.add_column("name", overflow="fold", min_width=24, ratio=1)
    table.add_column("date", no_wrap=True)
    table.add_column("records", justify="right", no_wrap=True)
    table.add_column("names", justify="right", no_wrap=True)
    table.add_column("marking", no_wrap=True)
    for row in rows:
        table.add_row(
            row.key,
            row.name,
            row.date or "",
            f"{row.records:,}",
            f"{row.names:,}",
            row.marking.portion,
        )
    console.print(table)
    total = sum(r.records for r in rows)
    console.print(f"{len(rows)} sources, {total:,} records", highlight=False)


@app.command("import")
def import_command(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="List files, or folders to search.")],
    format_name: Annotated[
        str | None,
        typer.Option(
            "--format", help=f"Read every file as this format ({', '.join(READERS)}); default: detect."
        ),
    ] = None,
    source: Annotated[str | None, typer.Option(help="Source key (the prefix of record ids).")] = None,
    partner: Annotated[str | None, typer.Option(help="Code of the Partner that circulated it.")] = None,
    marking: Annotated[
        str | None, typer.Option(help='Marking, e.g. "CONFIDENTIAL // REL MTCR"; default UNCLASSIFIED.')
    ] = None,
    list_date: Annotated[
        str | None, typer.Option("--date", help="The list's date (YYYY-MM-DD) if the file has none.")
    ] = None,
    skip_bad_rows: Annotated[
        bool, typer.Option(help="Import the good rows of a file with bad ones.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the import report as JSON.")] = False,
) -> None:
    """Import lists: each list in one transaction; the same content twice changes nothing."""
    context = app_context(ctx)
    options = ImportOptions(
        source=source,
        partner=partner.upper() if partner else None,
        # NOFORN in the marking is the circulating Partner's only
        marking=Marking.parse(marking, partner.upper() if partner else None) if marking else None,
        list_date=_parse_day(list_date),
        skip_bad_rows=skip_bad_rows,
        max_bytes=context.settings.max_import_bytes,
    )
    store = context.store()
    with progress_bar("importing") as update:
        report = import_paths(store, paths, options, format_name, update)
    if as_json:
        print_json(report.to_json())
    else:
        print_import_report(report)
    if not report.ok:
        raise typer.Exit(1)


def _parse_day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date (YYYY-MM-DD)", param_hint="--date") from None


def print_import_report(report: ImportReport) -> None:
    for unit in report.units:
        if unit.error:
            err_console.print(f"[red]error[/red] {unit.error}", highlight=False)
            continue
        for s in unit.sources:
            if s.status == "unchanged":
                console.print(f"{s.key}: unchanged ({s.records:,} records)", highlight=False)
            else:
                console.print(
                    f"{s.key}: version {s.version}: {s.records:,} records, {s.names:,} names "
                    f"(+{s.added:,} added, {s.changed:,} changed, -{s.removed:,} removed)",
                    highlight=False,
                )
            for warning in s.warnings:
                console.print(f"  [yellow]note[/yellow] {warning}", highlight=False)
    for path, reason in report.skipped:
        console.print(f"skipped {path}: {reason}", highlight=False)
