"""Reading a manifest of parties to screen, streamed: CSV, JSON lines or Parquet, of any size.

The format is what the caller says, else the file's name (``.parquet``, ``.csv``, ``.jsonl``), else its
first bytes (Parquet's ``PAR1``, a JSON object's ``{``, otherwise CSV). Text is decoded in the encoding
its byte-order mark names, else UTF-8, else what ``charset-normalizer`` finds in the first block (a Partner's
Latin-1 or UTF-16 file reads as it is). Rows come one at a time as ``Query`` objects (a bad row is a
query carrying its error), so that memory does not grow with the number of rows.

Parquet columns are the contract's fields: ``names`` and the other list fields may be lists of strings or
strings with ``|`` between values, as in CSV.
"""

from __future__ import annotations

import codecs
import io
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from epoc.model import EpocError
from epoc.services.screening.io import (
    CSV_SEPARATOR,
    LIST_FIELDS,
    Query,
    _query,
    read_csv_lines,
    read_jsonl,
)

FORMATS = ("csv", "jsonl", "parquet")
HEAD_BYTES = 64 * 1024  # what format and encoding are judged on
PARQUET_MAGIC = b"PAR1"
PARQUET_BATCH_ROWS = 4096
_SUFFIXES = {
    ".parquet": "parquet",
    ".pq": "parquet",
    ".csv": "csv",
    ".tsv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
}


class _Counting(io.RawIOBase):
    """A binary stream that gives back the head already read, then the rest, counting the bytes."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
        else:
            data = self._rest.read(len(view))
            n = len(data)
            view[:n] = data
        self.consumed += n
        return n


def detect_encoding(head: bytes, complete: bool) -> str:
    """The encoding of a text file from its first bytes (``complete``: they are the whole file)."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return encoding
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if not complete and exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"  # a character cut by the end of the block
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None:
        raise EpocError("not text in an encoding epoc recognises: save it as UTF-8 (or give it as Parquet)")
    return str(best.encoding)


def _sniff_format(name: str | None, head: bytes, encoding: str | None) -> str:
    if head.startswith(PARQUET_MAGIC):
        return "parquet"
    if name:
        by_suffix = _SUFFIXES.get(Path(name).suffix.lower())
        if by_suffix:
            return by_suffix
    text = head.decode(encoding or "utf-8", errors="replace")
    first = next((line for line in text.splitlines() if line.strip()), "")
    return "jsonl" if not first or first.lstrip().startswith("{") else "csv"  # nothing: no rows


@dataclass
class Manifest:
    """An opened manifest: its format, its size when known (bytes of text, or rows of Parquet) and its
    rows as queries. ``progress()`` is how far reading has come, in the same unit as ``size``."""

    name: str
    format: str
    size: int | None
    _rows: Iterator[Query]
    _position: Any
    _closers: list[Any]

    def __iter__(self) -> Iterator[Query]:
        return self._rows

    def progress(self) -> int:
        return int(self._position())

    def close(self) -> None:
        for closer in reversed(self._closers):
            closer()


def open_manifest(
    source: str | Path | IO[bytes], name: str | None = None, fmt: str | None = None
) -> Manifest:
    """Open a manifest: a path, or a binary stream (stdin, an upload) named ``name`` in messages."""
    closers: list[Any] = []
    size: int | None = None
    if isinstance(source, str | Path):
        path = Path(source)
        name = name or path.name
        try:
            raw: IO[bytes] = path.open("rb")
            size = path.stat().st_size
        except OSError as exc:
            raise EpocError(f"cannot read {name}: {exc.strerror}") from None
        closers.append(raw.close)
    else:
        raw = source
        name = name or "the input"
    head = raw.read(HEAD_BYTES)
    complete = len(head) < HEAD_BYTES
    if fmt is not None and fmt not in FORMATS:
        raise EpocError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    if (
        fmt == "parquet"
        or head.startswith(PARQUET_MAGIC)
        or (fmt is None and name and _SUFFIXES.get(Path(name).suffix.lower()) == "parquet")
    ):
        return _open_parquet(name, raw, head, closers)
    try:
        encoding = detect_encoding(head, complete)
    except EpocError as exc:
        raise EpocError(f"{name}: {exc.message}") from None
    chosen = fmt or _sniff_format(name, head, encoding)
    counting = _Counting(head, raw)
    text = io.TextIOWrapper(io.BufferedReader(counting), encoding=encoding, newline="")
    closers.append(text.detach)
    rows = _decoded(name, read_csv_lines(text, name) if chosen == "csv" else read_jsonl(text))
    return Manifest(name, chosen, size, rows, lambda: counting.consumed, closers)


def _decoded(name: str, rows: Iterator[Query]) -> Iterator[Query]:
    """The rows, with a decoding failure deep in the file said in the user's terms."""
    last = 0
    try:
        for query in rows:
            last = query.line
            yield query
    except UnicodeDecodeError:
        raise EpocError(
            f"{name}: after line {last}: bytes that are not text in the file's encoding (save it as UTF-8)"
        ) from None
    except EpocError as exc:
        raise EpocError(exc.message if exc.message.startswith(name) else f"{name}: {exc.message}") from None


def _open_parquet(name: str, raw: IO[bytes], head: bytes, closers: list[Any]) -> Manifest:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise EpocError(f"{name}: reading Parquet needs pyarrow: pip install 'epoc[dask]'") from None
    seekable = getattr(raw, "seekable", lambda: False)()
    if seekable:
        raw.seek(0)
        body: IO[bytes] = raw
    else:  # Parquet's index is at its end: a stream (stdin) is spooled to a temporary file first
        spooled = tempfile.TemporaryFile()  # noqa: SIM115  (closed with the manifest)
        spooled.write(head)
        shutil.copyfileobj(raw, spooled)
        spooled.seek(0)
        closers.append(spooled.close)
        body = spooled
    try:
        parquet = pq.ParquetFile(body)
    except Exception as exc:  # pyarrow raises its own kinds for a damaged file
        raise EpocError(f"{name}: not a readable Parquet file ({_first_line(exc)})") from None
    if "names" not in parquet.schema_arrow.names:
        raise EpocError(f"{name}: the Parquet file needs a 'names' column")
    done = [0]

    def rows() -> Iterator[Query]:
        number = 0
        try:
            for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
                for row in batch.to_pylist():
                    number += 1
                    done[0] = number
                    yield _query(number, _parquet_row_json(row))
        except EpocError:
            raise
        except Exception as exc:
            raise EpocError(f"{name}: row {number + 1}: cannot be read ({_first_line(exc)})") from None

    return Manifest(name, "parquet", parquet.metadata.num_rows, rows(), lambda: done[0], closers)


def _parquet_row_json(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row as the contract line it stands for (a dict on purpose: the JSON object of an ``epoc
    screen`` input line, which ``Party.from_query`` reads), list fields as lists of text."""
    data: dict[str, Any] = {}
    for key, value in row.items():
        if value is None:
            continue
        if key in LIST_FIELDS:
            if isinstance(value, str):
                data[key] = [v.strip() for v in value.split(CSV_SEPARATOR) if v.strip()]
            elif isinstance(value, list | tuple):
                data[key] = [str(v) for v in value if v is not None]
            else:
                data[key] = [str(value)]
        else:
            data[key] = value if isinstance(value, str | int | float | bool) else str(value)
    return data


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [exc.__class__.__name__])[0][:200]


def read_manifest_bytes(data: bytes, name: str, fmt: str | None = None) -> list[Query]:
    """Every row of a manifest held in memory (a web upload, already bounded in size)."""
    manifest = open_manifest(io.BytesIO(data), name=name, fmt=fmt)
    try:
        return list(manifest)
    finally:
        manifest.close()
