"""`epoc screen`, `epoc pairs`, `epoc algorithms`: the screening contracts (JSON lines in, JSON lines out)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from epoc.cli.common import app_context, console, print_json
from epoc.matching.scorer import DEFAULT_THRESHOLD, default_scorer
from epoc.model import EpocError
from epoc.services.screening.io import compare_pairs_jsonl, read_queries, result_json
from epoc.services.screening.screener import DEFAULT_LIMIT, Screener

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
            "--csv/--jsonl", help="Input format; default: CSV unless the first line is a JSON object."
        ),
    ] = None,
) -> None:
    """Screen parties against the store: JSON lines (or CSV) {id, schema, names, countries, birth_dates,
    addresses} in, one {id, matches} line per party out, in order."""
    context = app_context(ctx)
    with _open(input_path) as stream:
        text = stream.read()
    queries = read_queries(text, csv_input)
    screener = Screener(context.store(), context.settings.index_dir)
    valid = [q for q in queries if q.party is not None]
    workers = min(2, os.cpu_count() or 1)
    results = screener.screen(
        [q.party for q in valid if q.party is not None], threshold, limit, workers=workers
    )
    by_line = {q.line: hits for q, hits in zip(valid, results, strict=True)}
    for query in queries:
        _write(result_json(query, by_line.get(query.line)))
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
