"""`epoc resolve`: group records into entities (incremental; `--full` re-resolves everything)."""

from __future__ import annotations

from contextlib import ExitStack
from typing import Annotated

import typer

from epoc.cli.common import app_context, console, print_json, progress_bar
from epoc.model import EpocError
from epoc.services.list.resolve import report_lines, resolve
from epoc.services.screening.cluster import DaskCluster
from epoc.services.screening.engine import default_engine, policy


def resolve_command(
    ctx: typer.Context,
    full: Annotated[bool, typer.Option("--full", help="Re-score and re-cluster every record.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
    workers: Annotated[
        int | None,
        typer.Option(min=1, max=256, help="Score pairs on a Dask LocalCluster of this many processes."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            metavar="URL", help="Score pairs on the Dask cluster at this scheduler (tcp://host:8786)."
        ),
    ] = None,
) -> None:
    """Resolve records into entities: what changed since the last run; prints entities, merges, queued."""
    context = app_context(ctx)
    store = context.store()
    if workers is not None and scheduler is not None:
        raise EpocError("--workers starts a cluster here, --scheduler uses one: give one of them")
    engine = default_engine(store, context.settings)
    with ExitStack() as stack:
        cluster = None
        if workers is not None or scheduler is not None:
            cluster = stack.enter_context(DaskCluster(scheduler, workers))
        update = stack.enter_context(progress_bar("resolving"))
        report = resolve(store, engine, policy(context.settings), full=full, progress=update, cluster=cluster)
    if as_json:
        print_json(report.to_json())
        return
    for line in report_lines(report):
        console.print(line, highlight=False)
