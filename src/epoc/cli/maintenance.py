"""`epoc check`, `epoc backup`, `epoc restore`: the store as a whole."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from epoc.cli.common import app_context, console, print_json
from epoc.services.maintenance.backup import backup, restore
from epoc.services.maintenance.check import check


def check_command(
    ctx: typer.Context, json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False
) -> None:
    """Check the store: database integrity, the domain's invariants, the audit chain (exit 1 if not ok)."""
    report = check(app_context(ctx).store())
    if json_out:
        print_json(
            {"ok": report.ok, "problems": list(report.problems), "audit_entries": report.audit_entries}
        )
    else:
        for problem in report.problems:
            console.print(problem, markup=False, highlight=False)
        console.print("ok" if report.ok else f"{len(report.problems)} problems", markup=False)
    if not report.ok:
        raise typer.Exit(1)


def backup_command(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("-o", "--output", metavar="FILE", help="The backup file to write.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Back the whole store up to FILE (a portable dump: restores into SQLite or PostgreSQL)."""
    report = backup(app_context(ctx).store(), output)
    if json_out:
        print_json(asdict(report))
    else:
        console.print(
            f"{report.rows} rows of {report.tables} tables -> {report.path} ({report.digest[:12]})",
            markup=False,
        )


def restore_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A backup made by `epoc backup`.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Restore a backup into an empty store, in one transaction; the content digests must match."""
    report = restore(app_context(ctx).store(), file)
    if json_out:
        print_json(asdict(report))
    else:
        console.print(
            f"restored {report.rows} rows of {report.tables} tables from {report.path} "
            f"({report.digest[:12]}); audit chain of {report.audit_entries} entries verified",
            markup=False,
        )
