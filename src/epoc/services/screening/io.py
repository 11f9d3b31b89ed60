"""The wire side of screening: contract lines in (JSONL, or CSV with the same field names), results out.

Each input line becomes a ``Query`` holding either a party or the error that line has; a bad line never
stops a run, it gets ``{"id": …, "error": "…"}`` in its place.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from epoc.matching.party import Party
from epoc.matching.scorer import DEFAULT_THRESHOLD, Comparison, Scorer, default_scorer
from epoc.model import EpocError
from epoc.services.screening.screener import Hit

LIST_FIELDS = ("names", "countries", "birth_dates", "addresses", "identifiers")
CSV_SEPARATOR = "|"  # several values in one CSV cell


@dataclass(frozen=True, slots=True)
class Query:
    line: int
    id: Any
    party: Party | None
    error: str | None


def _query(line: int, data: Any) -> Query:
    ident = data.get("id") if isinstance(data, dict) else None
    try:
        return Query(line, ident, Party.from_query(data), None)
    except EpocError as exc:
        return Query(line, ident, None, f"line {line}: {exc.message}")


def read_jsonl(lines: Iterable[str]) -> Iterator[Query]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Query(number, None, None, f"line {number}: not JSON: {exc.msg} (column {exc.colno})")
            continue
        yield _query(number, data)


def read_csv(text: str) -> Iterator[Query]:
    return read_csv_lines(io.StringIO(text))


def read_csv_lines(lines: Iterable[str], name: str = "CSV input") -> Iterator[Query]:
    """The rows of a CSV file (header first), one query each, read as they come."""
    reader = csv.DictReader(lines)
    if not reader.fieldnames or "names" not in reader.fieldnames:
        raise EpocError(f"{name}: needs a header line with at least a 'names' column")
    for row in reader:
        number = reader.line_num
        if None in row:
            yield Query(number, row.get("id"), None, f"line {number}: more cells than header fields")
            continue
        data: dict[str, Any] = {}
        for key, cell in row.items():
            value = (cell or "").strip()
            if key in LIST_FIELDS:
                data[key] = [v.strip() for v in value.split(CSV_SEPARATOR) if v.strip()]
            elif value:
                data[key] = value
        yield _query(number, data)


def read_queries(text: str, csv_input: bool | None = None) -> list[Query]:
    """JSONL, or CSV when asked or when the first non-blank line is not a JSON object."""
    if csv_input is None:
        first = next((line for line in text.splitlines() if line.strip()), "")
        csv_input = bool(first) and not first.lstrip().startswith("{")
    return list(read_csv(text) if csv_input else read_jsonl(text.splitlines()))


# -- the output line: assembled here only (``epoc screen``, the web's batch downloads and JSON API) ------
def dumps_line(data: Any) -> str:
    """JSON exactly as ``epoc screen`` writes it: compact, not ASCII-escaped."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def result_json(query: Query, hits: Sequence[Hit] | None) -> dict[str, Any]:
    """One party's answer as a JSON object (the web API's body); ``result_line`` is the same as a line.
    A dict on purpose: it is the ``epoc screen`` output line's wire format, ``"id"`` as the input gave it."""
    if query.error is not None or hits is None:
        return {"id": query.id, "error": query.error or "not screened"}
    return {"id": query.id, "matches": [h.to_json() for h in hits]}


def matches_text(hits: Sequence[Hit]) -> str:
    """A party's ``matches`` array as the output line holds it (kept as text: a repeated party reuses it)."""
    return dumps_line([h.to_json() for h in hits])


def result_line(query: Query, matches: str | None) -> str:
    """One ``epoc screen`` output line (newline included): ``matches`` is ``matches_text`` of the party's
    hits, ``None`` for a bad line (answered with its error). Equal to ``dumps_line(result_json(...))``."""
    if query.error is not None or matches is None:
        return dumps_line(result_json(query, None)) + "\n"
    return f'{{"id":{dumps_line(query.id)},"matches":{matches}}}\n'


def compare_pair(data: Any, scorer: Scorer | None = None, threshold: float | None = None) -> Comparison:
    """One ``epoc pairs`` line, ``{"schema", "left", "right"}``, compared: its ``to_json()`` is the output
    line ``{"score", "match", "explanation"}``."""
    scorer = scorer or default_scorer()
    if not isinstance(data, dict):
        raise EpocError(f"a pair must be a JSON object, not {type(data).__name__}")
    sides = []
    for side in ("left", "right"):
        value = data.get(side)
        if not isinstance(value, dict):
            raise EpocError(f"{side} must be an object with names, countries, birth_dates")
        merged = {**value}
        if "schema" not in merged or not merged["schema"]:
            merged["schema"] = data.get("schema")
        try:
            sides.append(Party.from_query(merged))
        except EpocError as exc:
            raise EpocError(f"{side}: {exc.message}") from None
    return scorer.compare(sides[0], sides[1], DEFAULT_THRESHOLD if threshold is None else threshold)


def compare_pairs_jsonl(lines: Iterable[str], threshold: float | None = None) -> Iterator[dict[str, Any]]:
    """Every line of an ``epoc pairs`` input, in order; a bad line gives ``{"id"?, "error"}``. Dicts on
    purpose: they are the ``epoc pairs`` output lines' wire format (a comparison, or an error line)."""
    scorer = default_scorer()
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        data: Any = None
        try:
            data = json.loads(raw)
            yield compare_pair(data, scorer, threshold).to_json()
        except json.JSONDecodeError as exc:
            yield {"error": f"line {number}: not JSON: {exc.msg} (column {exc.colno})"}
        except EpocError as exc:
            error: dict[str, Any] = {"error": f"line {number}: {exc.message}"}
            if isinstance(data, dict) and "id" in data:
                error = {"id": data["id"], **error}
            yield error
