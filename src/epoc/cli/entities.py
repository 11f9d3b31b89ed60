"""`epoc entities`: the regime's list — the candidates the IE Co-Chairs decide on, the included entities (or
every resolved entity with --all), one entity, exports."""

from __future__ import annotations

import getpass
import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, err_console, print_json
from epoc.model.errors import InvalidInput
from epoc.model.regime import Decision
from epoc.services.list.entities import list_entities, show_entity
from epoc.services.list.exports import FORMATS, export
from epoc.services.list.resolve import resolve
from epoc.services.regime import inclusion
from epoc.services.screening.engine import default_engine, policy

app = typer.Typer(
    no_args_is_help=True,
    help="Entities of concern: the regime's list, decided by the IE Co-Chairs on what Partners circulated.",
)


def operator() -> str:
    """Who runs a command at the terminal (EPOC_USER, else the system user), for the record."""
    return os.environ.get("EPOC_USER") or getpass.getuser()


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
    every: Annotated[
        bool, typer.Option("--all", help="Every resolved entity (public lists included), not only the list.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON: one object per entity.")] = False,
) -> None:
    """The entities the IE Co-Chairs included, by caption; --all: every resolved entity, now or on a date
    (--as-of)."""
    store = app_context(ctx).store()
    if every:
        rows = [e.to_json() for e in list_entities(store, as_of=parse_day(as_of, "--as-of"), limit=limit)]
    elif as_of:
        included = set(inclusion.included_ids_of(store))
        rows = [
            e.to_json() for e in list_entities(store, as_of=parse_day(as_of, "--as-of")) if e.id in included
        ]
        rows = rows if limit is None else rows[:limit]
    else:
        rows = [e.to_json() for e in inclusion.included_entities(store, limit=limit)]
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
    data = show_entity(app_context(ctx).store(), entity_id).to_json()
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
    every: Annotated[
        bool, typer.Option("--all", help="Every resolved entity (public lists included), not only the list.")
    ] = False,
) -> None:
    """Export the included entities (or with --all every resolved entity, or an edition) with the caveat and
    the marking: jsonl, csv, ftm or pdf."""
    if fmt not in FORMATS:
        raise InvalidInput(f"--format {fmt!r}: one of {', '.join(FORMATS)}")
    store = app_context(ctx).store()
    if output is None:
        if fmt == "pdf" and sys.stdout.isatty():
            raise InvalidInput("a PDF is not for a terminal: give -o FILE")
        result = export(store, fmt, sys.stdout.buffer, edition, included_only=not every)
        sys.stdout.buffer.flush()
    else:
        partial = output.with_name(output.name + ".partial")
        try:
            with partial.open("wb") as handle:
                result = export(store, fmt, handle, edition, included_only=not every)
            partial.replace(output)  # nothing half-written under the real name
        finally:
            partial.unlink(missing_ok=True)
    pages = f", {result.pages} pages" if result.pages is not None else ""
    err_console.print(
        f"{result.entities:,} entities as {fmt}{pages}; marking {result.marking.banner}"
        + (f" -> {output}" if output else ""),
        highlight=False,
    )


@app.command("candidates")
def candidates_command(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON: one object per candidate.")] = False,
) -> None:
    """Entities waiting for the IE Co-Chairs' decision: named by a Partner's list, denial or document and
    not decided, deferred, or included but moved by resolution since."""
    context = app_context(ctx)
    store = context.store()
    pending = inclusion.pending_records(store)
    if pending:  # candidates are entities: records imported since the last resolution are resolved first
        err_console.print(f"note: resolving {pending:,} records imported or changed since `epoc resolve` ran")
        resolve(store, default_engine(store, context.settings), policy(context.settings))
    found = inclusion.candidates(store)
    if as_json:
        print_json([c.to_json() for c in found])
        return
    table = Table("candidate", "caption", "status", "Partner evidence", "corroboration", box=None)
    for c in found:
        table.add_row(
            c.candidate_id,
            c.caption,
            c.status,
            "; ".join(f"{e.partner} {e.source} ({e.date or 'undated'})" for e in c.evidence),
            "; ".join(x.text for x in c.corroboration),
        )
    console.print(table)
    console.print(f"{len(found):,} candidates", highlight=False)


@app.command("decide")
def decide_command(
    ctx: typer.Context,
    candidate_id: Annotated[str, typer.Argument(metavar="ID", help="The candidate's entity id (ent-…).")],
    include: Annotated[bool, typer.Option("--include", help="Put it on the list.")] = False,
    exclude: Annotated[bool, typer.Option("--exclude", help="Keep it off the list.")] = False,
    defer: Annotated[bool, typer.Option("--defer", help="Decide later (it stays a candidate).")] = False,
    reason: Annotated[str, typer.Option("--reason", metavar="T", help="Why (kept with the decision).")] = "",
    evidence: Annotated[
        list[str] | None, typer.Option("--evidence", metavar="T", help="Evidence beyond the Partner sources.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Include, exclude or defer a candidate, with the reason; a later decision replaces it (both kept)."""
    chosen = [
        d
        for d, on in ((Decision.INCLUDE, include), (Decision.EXCLUDE, exclude), (Decision.DEFER, defer))
        if on
    ]
    if len(chosen) != 1:
        raise InvalidInput("give exactly one of --include, --exclude, --defer")
    made = inclusion.decide(
        app_context(ctx).store(), candidate_id, chosen[0], reason, evidence=evidence or (), who=operator()
    )
    if as_json:
        print_json(made.to_json())
        return
    console.print(
        f"{made.entity_id} ({made.caption}): {made.decision.value}d — {made.reason}", highlight=False
    )


@app.command("decisions")
def decisions_command(
    ctx: typer.Context,
    entity_id: Annotated[str | None, typer.Argument(metavar="[ID]", help="One entity's decisions.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Every inclusion decision (or one entity's), oldest first: who, when, why."""
    rows = inclusion.decisions(app_context(ctx).store(), entity_id)
    if as_json:
        print_json([d.to_json() for d in rows])
        return
    for d in rows:
        console.print(
            f"{d.at:%Y-%m-%d %H:%M} {d.who}: {d.decision.value} {d.entity_id} ({d.caption}) — {d.reason}",
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
