"""`epoc resolve`: group records into entities (incremental; `--full` re-resolves everything)."""

from __future__ import annotations

from typing import Annotated

import typer

from epoc.cli.common import app_context, console, print_json, progress_bar
from epoc.services.list.resolve import report_lines, resolve
from epoc.services.screening.engine import default_engine, policy


def resolve_command(
    ctx: typer.Context,
    full: Annotated[bool, typer.Option("--full", help="Re-score and re-cluster every record.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Resolve records into entities: what changed since the last run; prints entities, merges, queued."""
    context = app_context(ctx)
    store = context.store()
    with progress_bar("resolving") as update:
        report = resolve(
            store,
            default_engine(store, context.settings),
            policy(context.settings),
            full=full,
            progress=update,
        )
    if as_json:
        print_json(report.to_json())
        return
    for line in report_lines(report):
        console.print(line, highlight=False)
