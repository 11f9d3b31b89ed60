"""`epoc records`: one record with every value's provenance, and plain lookup."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.services.records.views import ShownRecord, search_records, show_record
from epoc.services.results import plain

app = typer.Typer(no_args_is_help=True, help="Records: entries as each source states them.")


@app.command("show")
def show(
    ctx: typer.Context,
    record_id: Annotated[
        str, typer.Argument(metavar="ID", help="Record id, e.g. un:KPe.018 or ofac-sdn:9349.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """A record with every value and where it came from."""
    data = show_record(app_context(ctx).store(), record_id)
    if as_json:
        print_json(plain(data))
        return
    _print_record(data)


@app.command("search")
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Part of a name, an identifier, or a record id.")],
    limit: Annotated[int, typer.Option(min=1, max=1000, help="At most this many records.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Plain (non-fuzzy) lookup: names containing TEXT (case and accents aside), identifiers, ids."""
    rows = search_records(app_context(ctx).store(), text, limit)
    if as_json:
        print_json([r.to_json() for r in rows])
        return
    table = Table("id", "name", "schema", "matched")
    for row in rows:
        table.add_row(row.id, row.caption, row.schema, row.matched)
    console.print(table)
    console.print(f"{len(rows)} records", highlight=False)


def _print_record(data: ShownRecord) -> None:
    source = data.source
    console.print(f"[bold]{data.caption}[/bold]  {data.id}  ({data.schema}, {data.status})")
    console.print(
        f"source: {source.name} ({source.key}, {source.date or 'undated'}) {source.marking.banner}",
        highlight=False,
    )
    table = Table("value", "kind", "from", box=None)
    for name in data.names:
        script = f" ({name.script})" if name.script else ""
        table.add_row(name.text, f"name: {name.kind}{script}", name.origin or "")
    for address in data.addresses:
        table.add_row(address.full, "address", address.origin or "")
    for ident in data.identifiers:
        table.add_row(ident.value, f"id: {ident.kind}", ident.origin or "")
    for group in (
        data.countries,
        data.birth_dates,
        data.birth_places,
        data.programmes,
        data.other,
        data.remarks,
    ):
        for fact in group:
            table.add_row(fact.value[:200], fact.kind, fact.origin or "")
    console.print(table)
