"""`epoc screen`, `epoc pairs`, `epoc algorithms`: the screening contracts (JSON lines in, JSON lines out)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from epoc.cli.common import app_context, console, manifest_progress, print_json
from epoc.matching.index import CandidateIndex
from epoc.matching.scorer import DEFAULT_THRESHOLD, default_scorer
from epoc.model import EpocError
from epoc.services.screening.cluster import require_dask
from epoc.services.screening.io import compare_pairs_jsonl
from epoc.services.screening.screener import DEFAULT_LIMIT
from epoc.services.screening.stream import DaskBackend, ForkBackend, JobState, screen_stream

InputOption = Annotated[
    str, typer.Option("-i", "--input", metavar="FILE|-", help="Input file; '-' (the default) reads stdin.")
]


def _open(path: str) -> TextIO:
    if path == "-":
        return sys.stdin
    try:
        return Path(path).open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise EpocError(f"cannot read {path}: {exc.strerror}") from None


def _write(line: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")


def pairs(
    input_path: InputOption = "-",
    threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Score at which `match` is true.")
    ] = DEFAULT_THRESHOLD,
) -> None:
    """Compare pairs of parties (no database): JSON lines {schema, left, right} in, {score, match,
    explanation} out, in order."""
    with _open(input_path) as stream:
        for result in compare_pairs_jsonl(stream, threshold):
            _write(result)
    sys.stdout.flush()


def screen(
    ctx: typer.Context,
    input_path: InputOption = "-",
    threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Score at which a hit is a `match`.")
    ] = DEFAULT_THRESHOLD,
    limit: Annotated[int, typer.Option(min=1, max=100, help="At most this many entities per party.")] = (
        DEFAULT_LIMIT
    ),
    csv_input: Annotated[
        bool | None,
        typer.Option(
            "--csv/--jsonl",
            help="Input format; default: by the file's name or first bytes (CSV, JSON lines or Parquet).",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(min=1, max=256, help="Screen on a Dask LocalCluster of this many worker processes."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(metavar="URL", help="Screen on the Dask cluster at this scheduler (tcp://host:8786)."),
    ] = None,
    job: Annotated[
        str | None,
        typer.Option(metavar="NAME", help="A resumable job: its progress is kept in the data folder."),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Finish the job --job NAME, without redoing finished parts.")
    ] = False,
) -> None:
    """Screen parties against the store: CSV, JSON lines or Parquet {id, schema, names, countries,
    birth_dates, addresses} in (streamed, any size), one {id, matches} line per party out, in order."""
    context = app_context(ctx)
    if resume and job is None:
        raise EpocError("--resume finishes a job: name it with --job NAME")
    if workers is not None and scheduler is not None:
        raise EpocError("--workers starts a cluster here, --scheduler uses one: give one of them")
    fmt = None if csv_input is None else ("csv" if csv_input else "jsonl")
    backend: Any = None
    if workers is not None or scheduler is not None:
        require_dask()

        def backend(index: CandidateIndex) -> DaskBackend:
            return DaskBackend(index, threshold, limit, scheduler=scheduler, workers=workers)

    elif (os.cpu_count() or 1) > 1:

        def backend(index: CandidateIndex) -> ForkBackend:
            return ForkBackend(index, threshold, limit, workers=min(2, os.cpu_count() or 1))

    state = None if job is None else JobState(context.settings.data_dir / "jobs", job)

    def write(line: str) -> None:
        sys.stdout.write(line)

    with manifest_progress() as update:
        screen_stream(
            context.store(),
            context.settings.index_dir,
            input_path,
            write,
            threshold=threshold,
            limit=limit,
            fmt=fmt,
            backend=backend,
            job=state,
            resume=resume,
            progress=update,
            chunk_rows=context.settings.screen_chunk_rows,
        )
    sys.stdout.flush()


def algorithms(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The comparison features the scorer uses, with the explanation each gives, and the threshold."""
    scorer = default_scorer()
    features = scorer.algorithms()
    if as_json:
        print_json({"threshold": scorer.threshold, "features": features})
        return
    console.print(f"default threshold: {scorer.threshold}", highlight=False)
    for feature in features:
        console.print(f"{feature['name']:20} {feature['description']}", highlight=False, markup=False)
