"""`epoc audit`: verify the audit trail's hash chain, and search it."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, err_console, print_json
from epoc.services import audit
from epoc.services.audit import AuditQuery

app = typer.Typer(no_args_is_help=True, help="The audit trail: verify its hash chain, search it.")


@app.command("verify")
def verify(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False
) -> None:
    """Check every entry's hash, its link to the one before, the sequence and the head; exit 1 if broken."""
    report = audit.verify(app_context(ctx).store())
    if as_json:
        print_json(report.to_json())
    elif report.ok:
        console.print(f"audit trail intact: {report.entries:,} entries", highlight=False)
    else:
        for problem in report.problems:
            err_console.print(f"audit trail broken: {problem}", highlight=False, markup=False)
    if not report.ok:
        raise typer.Exit(1)


@app.command("search")
def search(
    ctx: typer.Context,
    actor: Annotated[str | None, typer.Option(help="Username, exactly.")] = None,
    action: Annotated[
        str | None, typer.Option(help="Action, with its sub-actions (login finds login.failed).")
    ] = None,
    target: Annotated[str | None, typer.Option(help="Part of the target (a record id …).")] = None,
    since: Annotated[str | None, typer.Option(help="YYYY-MM-DD or ISO time, inclusive.")] = None,
    until: Annotated[str | None, typer.Option(help="YYYY-MM-DD (that whole day) or ISO time.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="At most this many entries.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Entries matching every filter given, newest first."""
    rows = audit.search(
        app_context(ctx).store(), AuditQuery(actor, action, target, since, until, None, limit)
    )
    if as_json:
        print_json([e.to_json() for e in rows])
        return
    table = Table("#", "time (UTC)", "user", "action", "target", "via", box=None)
    for e in rows:
        table.add_row(
            str(e.seq),
            e.stamp[:19].replace("T", " "),
            e.actor,
            e.action,
            e.target or "",
            e.via,
        )
    console.print(table)
