"""What every list reader shares: the reader interface, options, results, and careful file reading.

A reader turns one *import unit* (a file, or the files that make one list together, such as OFAC's
``sdn.csv`` + ``alt.csv`` + ``add.csv``) into one or more ``SourceData`` — a source and its records. Readers
do no database work; a reader that meets a bad row records a ``RowProblem`` and goes on, and the service
decides (``--skip-bad-rows``) whether the import may proceed.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol, TypeVar

from epoc.model import Address, Fact, Identifier, ImportFailure, Marking, Name, Record, Source

SNIFF_BYTES = 8192
MAX_PROBLEMS_SHOWN = 5


@dataclass(frozen=True, slots=True)
class ImportOptions:
    source: str | None = None  # override the source key (single-source imports)
    partner: str | None = None
    marking: Marking | None = None
    list_date: date | None = None
    skip_bad_rows: bool = False
    max_bytes: int = 1024 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class RowProblem:
    path: str
    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.location}: {self.reason}"


@dataclass
class SourceData:
    """One source as read from its files: what the import service stores as a new version."""

    source: Source
    records: list[Record]
    files: list[str]
    warnings: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ImportUnit:
    """Files that are read together as one list, with the reader that reads them."""

    reader: str
    files: tuple[Path, ...]

    @property
    def label(self) -> str:
        return ", ".join(str(f) for f in self.files)


class Reader(Protocol):
    """A list format. ``claim`` picks, from the files of one folder, the units this reader can read."""

    name: str
    description: str

    def claim(self, files: Sequence[Path]) -> list[ImportUnit]: ...

    def read(self, unit: ImportUnit, options: ImportOptions) -> list[SourceData]: ...


# -- careful reading -------------------------------------------------------------------------------


def file_size(path: Path, max_bytes: int, limit: str = "") -> int:
    """The file's size, refused before anything is read when it cannot be read, is empty or is larger than
    ``max_bytes`` (the one size check of lists, documents and denials; ``limit`` names the setting)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFailure(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if size == 0:
        raise ImportFailure(str(path), "the file is empty")
    refuse_larger(size, max_bytes, str(path), limit)
    return size


def refuse_larger(size: int, max_bytes: int, name: str, limit: str = "") -> None:
    """Refuse ``size`` bytes named ``name`` when larger than ``max_bytes`` (for files whose size is known
    before they are read, and for bytes received whole: an upload)."""
    if size > max_bytes:
        raise ImportFailure(
            name,
            f"the file is {size / 2**20:,.1f} MiB, larger than the {max_bytes / 2**20:,.0f} MiB limit{limit}",
        )


def check_size(path: Path, options: ImportOptions) -> int:
    return file_size(path, options.max_bytes, " (EPOC_MAX_IMPORT_MB)")


def sniff(path: Path) -> bytes:
    """The first bytes of a file (empty when it cannot be read): enough to recognise a format."""
    try:
        with path.open("rb") as handle:
            return handle.read(SNIFF_BYTES)
    except OSError:
        return b""


def read_text(path: Path, options: ImportOptions, encodings: Sequence[str] = ("utf-8-sig",)) -> str:
    """The whole file decoded with the first encoding that fits; an error names the line and byte where
    none does."""
    check_size(path, options)
    data = path.read_bytes()
    first_error: UnicodeDecodeError | None = None
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
    assert first_error is not None
    detected = _detected(data)  # a Partner's file in Latin-1, Windows-1252 or UTF-16 reads as it is
    if detected is not None:
        return detected
    line = data.count(b"\n", 0, first_error.start) + 1
    tried = " or ".join(codecs.lookup(e).name for e in encodings)
    raise ImportFailure(
        str(path),
        f"not valid {tried} text (byte 0x{data[first_error.start]:02x} at offset {first_error.start}); "
        "and not in an encoding epoc recognises: save it as UTF-8",
        f"{line}",
    )


def _detected(data: bytes) -> str | None:
    """The text of a file in another encoding than expected: a byte-order mark's, else what
    charset-normalizer finds in its first part; ``None`` when nothing fits the whole file."""
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 512 * 1024]).best()
    if best is None or not best.encoding:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if _latin_letters_only(text):
        # one Latin code page is hard to tell from another on a short file; Partners' are Western European
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("cp1252")
    return text


def _latin_letters_only(text: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") for c in set(text) if ord(c) > 127 and c.isalpha())


def csv_rows(
    path: Path,
    text: str,
    *,
    delimiter: str = ",",
    skip_lines: int = 0,
    columns: int | None = None,
    min_columns: int | None = None,
    problems: list[RowProblem] | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """``(line number, fields)`` for each non-empty row. A row with the wrong number of fields is a
    ``RowProblem`` (or an ``ImportFailure`` when no problem list is given)."""
    lines = io.StringIO(text)
    for _ in range(skip_lines):
        lines.readline()
    reader = csv.reader(lines, delimiter=delimiter, strict=False)
    line_no = skip_lines + 1
    try:
        for row in reader:
            this_line, line_no = line_no, skip_lines + reader.line_num + 1
            if not row or all(not f.strip() for f in row) or row == ["\x1a"]:
                continue
            width = len(row)
            bad = (columns is not None and width != columns) or (
                min_columns is not None and width < min_columns
            )
            if bad:
                expected = columns if columns is not None else f"at least {min_columns}"
                problem = RowProblem(
                    str(path), f"{this_line}", f"{width} fields where {expected} are expected"
                )
                if problems is None:
                    raise ImportFailure(problem.path, problem.reason, problem.location)
                problems.append(problem)
                continue
            yield this_line, row
    except csv.Error as exc:
        raise ImportFailure(str(path), f"malformed CSV: {exc}", f"{line_no}") from exc


_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, limit: int = 60) -> str:
    """``"Shahid Hemmat (SHIG)"`` -> ``"shahid-hemmat-shig"``: for readable, stable ids and keys."""
    return _SLUG.sub("-", text.lower()).strip("-")[:limit].rstrip("-")


def null(value: str | None, *nulls: str) -> str | None:
    """A field stripped, or None where the list writes "nothing" (OFAC writes ``-0-``)."""
    if value is None:
        return None
    value = value.strip()
    if not value or value in nulls:
        return None
    return value


def fail_on_problems(data: SourceData, options: ImportOptions) -> None:
    if not data.problems:
        return
    if options.skip_bad_rows:
        data.warnings.append(f"skipped {len(data.problems)} bad rows (--skip-bad-rows)")
        data.warnings.extend(str(p) for p in data.problems[:MAX_PROBLEMS_SHOWN])
        return
    first = "; ".join(f"{p.location}: {p.reason}" for p in data.problems[:MAX_PROBLEMS_SHOWN])
    raise ImportFailure(
        data.problems[0].path,
        f"{len(data.problems)} bad rows (first: {first}); nothing imported. "
        "Fix the file, or pass --skip-bad-rows to import the good rows",
    )


def unique_names(names: Iterable[Name]) -> list[Name]:
    """Names in order, each spelling once (case and spacing aside: "Pak Chol-su" and "PAK CHOL SU" are both
    kept, as the source wrote both); the first keeps its kind."""
    seen: set[str] = set()
    out = []
    for name in names:
        key = " ".join(name.text.casefold().split())
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


Value = TypeVar("Value", Address, Identifier, Fact)


def unique_values(values: Iterable[Value]) -> tuple[Value, ...]:
    """Values in order, each once: the same statement read from two rows is one value (the first origin)."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for value in values:
        key = tuple(getattr(value, f) for f in value.__slots__ if f != "origin")
        if key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)
