"""`epoc denials`: import denial notifications from the template, list them, check for undercutting."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.model import Marking, MarkingError
from epoc.services.denials.notifications import (
    DenialImportOptions,
    DenialView,
    check_denials,
    import_denials,
    list_denials,
)
from epoc.services.licensing.applications import DeskOptions
from epoc.services.licensing.lifecycle import amend, due_for_review, renew, revoke

app = typer.Typer(
    no_args_is_help=True,
    help="Denial notifications: import, list, the no-undercut check, and review (due, renew, amend, revoke).",
)


@app.command("import")
def import_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A CSV or JSON file in the denial template.")],
    marking: Annotated[
        str | None,
        typer.Option(help="Marking for denials that give none (default CONFIDENTIAL // REL MTCR)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the import report as JSON.")] = False,
) -> None:
    """Import denial notifications (docs/formats.md): the whole file in one transaction; their parties
    become records."""
    context = app_context(ctx)
    try:
        parsed = Marking.parse(marking) if marking else None
    except MarkingError as exc:
        raise typer.BadParameter(exc.message, param_hint="--marking") from None
    options = DenialImportOptions(parsed, context.settings.document_limits.max_bytes)
    report = import_denials(context.store(), file, options, context.settings.denial_lapse_years)
    if as_json:
        print_json(report.to_json())
        return
    for d in report.denials:
        console.print(f"{d.partner} {d.reference}: {d.status} ({d.records} parties)", markup=False)


def _day(text: str | None, hint: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date (YYYY-MM-DD)", param_hint=hint) from None


@app.command("list")
def list_command(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False
) -> None:
    """Denial notifications, newest first, with whether each still binds (no-undercut)."""
    context = app_context(ctx)
    rows = list_denials(context.store(), lapse_years=context.settings.denial_lapse_years)
    if as_json:
        print_json([d.to_json() for d in rows])
        return
    table = Table(
        "partner", "reference", "date", "items", "consignee / end user", "binds", "marking", box=None
    )
    for d in rows:
        parties = "; ".join(p["name"] for p in (*d.consignee, *d.end_user))
        items = "catch-all" if d.catch_all else ", ".join(d.annex_codes)
        table.add_row(
            d.partner, d.reference, d.date, items, parties, "yes" if d.binding else "no", d.marking.portion
        )
    console.print(table)


@app.command("check")
def check_command(
    ctx: typer.Context,
    party: Annotated[str, typer.Option(help="The consignee or end user of the transaction.")],
    item: Annotated[str | None, typer.Option(help="The Annex code of the item, e.g. 9.A.4.")] = None,
    on: Annotated[str | None, typer.Option(help="The day of the approval (default today).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Which denials approving this party (and item) would undercut; exits 3 when one would."""
    context = app_context(ctx)
    lapse_years = context.settings.denial_lapse_years
    hits = check_denials(context.store(), party, item, _day(on, "--on"), lapse_years=lapse_years)
    if as_json:
        print_json([hit.to_json() for hit in hits])
    else:
        for hit in hits:
            flag = "UNDERCUT" if hit.undercut else "note"
            console.print(
                f"{flag}: {hit.partner} {hit.reference} ({hit.date}, "
                f"{', '.join(hit.annex_codes) or 'catch-all'}): {hit.matched_party.matched_name} "
                f"({hit.matched_party.role}) — {hit.why}",
                markup=False,
                highlight=False,
            )
        if not hits:
            console.print("no denial names this party", highlight=False)
    if any(h.undercut for h in hits):
        raise typer.Exit(3)


@app.command("due")
def due_command(
    ctx: typer.Context,
    within: Annotated[int, typer.Option(metavar="DAYS", help="Review dates in the next DAYS days.")] = 90,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Denials due for review (renew, amend or revoke) in the next DAYS days, soonest first."""
    context = app_context(ctx)
    rows = due_for_review(context.store(), within, options=DeskOptions.from_settings(context.settings))
    if as_json:
        print_json([d.to_json() for d in rows])
        return
    for d in rows:
        console.print(f"{d.denial_id} {d.partner} {d.reference}: review due {d.review_due}", markup=False)


@app.command("renew")
def renew_command(
    ctx: typer.Context,
    denial_id: Annotated[str, typer.Argument(metavar="ID", help="The denial's id (or its reference).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Renew a denial from today (it binds again for the lapse period); the Partners are notified."""
    context = app_context(ctx)
    result = renew(context.store(), denial_id, options=DeskOptions.from_settings(context.settings))
    _lifecycle_out(result, as_json)


@app.command("revoke")
def revoke_command(
    ctx: typer.Context,
    denial_id: Annotated[str, typer.Argument(metavar="ID", help="The denial's id (or its reference).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Revoke a denial (it stops binding, stays as history); the Partners are notified."""
    context = app_context(ctx)
    result = revoke(context.store(), denial_id, options=DeskOptions.from_settings(context.settings))
    _lifecycle_out(result, as_json)


@app.command("amend")
def amend_command(
    ctx: typer.Context,
    denial_id: Annotated[str, typer.Argument(metavar="ID", help="The denial's id (or its reference).")],
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="The changed fields (JSON) or a one-denial template.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Amend a denial: a successor linked to it replaces it; the Partners are notified."""
    context = app_context(ctx)
    result = amend(context.store(), denial_id, file, options=DeskOptions.from_settings(context.settings))
    _lifecycle_out(result, as_json)


def _lifecycle_out(result: DenialView, as_json: bool) -> None:
    if as_json:
        print_json(result.to_json())
        return
    console.print(
        f"{result.denial_id} {result.partner} {result.reference}: {result.status} ({result.binding_why})",
        markup=False,
    )
