"""`epoc annex`: the Annex as versioned data — import a version, list them, diff two, export one."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.services.ietem.annex import (
    diff,
    export_version,
    import_version,
    list_versions,
)
from epoc.services.results import plain

app = typer.Typer(
    no_args_is_help=True, help="The Annex (control list) as versioned data: import, versions, diff."
)


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


@app.command("import")
def import_command(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="An Annex version, TOML or JSON (docs/annex.md).")
    ],
    version: Annotated[str, typer.Option("--version", help="The version's name.")],
    adopted: Annotated[str, typer.Option("--adopted", help="Adopted (and in force) from YYYY-MM-DD.")],
    meeting: Annotated[str | None, typer.Option("--meeting", help="The meeting that adopted it.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Import one Annex version; technology mentions in papers dated from --adopted on are read against it."""
    summary = import_version(app_context(ctx).store(), file, version, _day(adopted, "--adopted"), meeting)
    if as_json:
        print_json(plain(summary))
        return
    console.print(
        f"Annex version {summary.name}: {summary.entries} entries, adopted {summary.adopted}", highlight=False
    )


@app.command("versions")
def versions_command(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False
) -> None:
    """The Annex versions, oldest first: adoption and effective dates, entries, amendments."""
    rows = list_versions(app_context(ctx).store())
    if as_json:
        print_json(plain(rows))
        return
    table = Table("version", "adopted", "effective", "entries", "amendments", "origin", "meeting", box=None)
    for r in rows:
        table.add_row(
            r.name,
            str(r.adopted),
            str(r.effective),
            str(r.entries),
            str(r.amendments),
            r.origin,
            r.meeting or "",
        )
    console.print(table)


@app.command("diff")
def diff_command(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="A", help="The earlier version.")],
    new: Annotated[str, typer.Argument(metavar="B", help="The later version.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Entries added, amended and deleted from version A to B, with why, where the amendments say."""
    data = diff(app_context(ctx).store(), old, new).to_json()
    if as_json:
        print_json(data)
        return
    for label, key in (("+", "added"), ("~", "amended"), ("-", "deleted")):
        for code in data[key]:
            what = "; ".join(data["changes"].get(code, []))
            console.print(f"{label} {code}{': ' + what if what else ''}", highlight=False, markup=False)
    for a in data["amendments"]:
        console.print(f"  {a['action']} {a['code']}: {a['why']}", highlight=False, markup=False)


@app.command("export")
def export_command(
    ctx: typer.Context,
    version: Annotated[str, typer.Argument(metavar="VERSION", help="The version to write.")],
    fmt: Annotated[str, typer.Option("--format", help="toml or json.")] = "toml",
    output: Annotated[Path | None, typer.Option("-o", help="Write to FILE (default: stdout).")] = None,
) -> None:
    """Write a version in the documented format (docs/annex.md), ready to edit and import again."""
    text = export_version(app_context(ctx).store(), version, fmt)
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
