"""The one table of list readers, and how paths become import units (format detection)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from epoc.model import ImportFailure, InvalidInput
from epoc.sources.base import ImportUnit, Reader
from epoc.sources.bis_dpl import BisDplReader
from epoc.sources.ftm import FtmReader
from epoc.sources.ofac import CONS_READER, SDN_READER
from epoc.sources.partner_csv import PartnerCsvReader
from epoc.sources.restricted_parties import RestrictedPartiesReader
from epoc.sources.uk_hmt import UkHmtReader
from epoc.sources.un import UnReader

# Order matters only where two readers could claim one file: the more specific first.
READERS: dict[str, Reader] = {
    reader.name: reader
    for reader in (
        SDN_READER,
        CONS_READER,
        UnReader(),
        UkHmtReader(),
        BisDplReader(),
        RestrictedPartiesReader(),
        FtmReader(),
        PartnerCsvReader(),
    )
}

# Files that sit beside lists and are not lists.
_IGNORED_SUFFIXES = {".md", ".txt.md", ".rst", ".pdf", ".html", ".htm"}


@dataclass
class ImportPlan:
    units: list[ImportUnit] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # found in a folder, not a list


def reader(name: str) -> Reader:
    try:
        return READERS[name]
    except KeyError:
        raise InvalidInput(f"unknown format {name!r}; known formats: {', '.join(READERS)}") from None


def plan(paths: Sequence[Path], format_name: str | None = None) -> ImportPlan:
    """Group ``paths`` (files and folders) into import units. A file named on the command line that no
    reader recognises is an error; a file found inside a folder that no reader recognises is skipped."""
    result = ImportPlan()
    explicit: dict[Path, list[Path]] = defaultdict(list)
    walked: dict[Path, list[Path]] = defaultdict(list)
    for path in paths:
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                walked[file.parent].append(file)
        elif path.is_file():
            explicit[path.parent].append(path)
        else:
            raise ImportFailure(str(path), "no such file or folder")
    if format_name is not None:
        chosen = reader(format_name)
        files = [f for group in (*explicit.values(), *walked.values()) for f in group]
        claim_forced = getattr(chosen, "claim_forced", None)
        if claim_forced is not None:
            for folder_files in _by_folder(files).values():
                result.units.extend(claim_forced(folder_files))
        else:
            result.units.extend(ImportUnit(chosen.name, (f,)) for f in files)
        return result
    for folder_files in explicit.values():
        units, rest = _claim(folder_files)
        result.units.extend(units)
        for file in rest:
            raise ImportFailure(
                str(file), f"not a list format epoc knows ({', '.join(READERS)}); name one with --format"
            )
    for folder_files in walked.values():
        units, rest = _claim(folder_files)
        result.units.extend(units)
        result.skipped.extend(
            (f, "not a list format epoc knows") for f in rest if f.suffix.lower() not in _IGNORED_SUFFIXES
        )
    return result


def _by_folder(files: Iterable[Path]) -> dict[Path, list[Path]]:
    out: dict[Path, list[Path]] = defaultdict(list)
    for file in files:
        out[file.parent].append(file)
    return out


def _claim(files: list[Path]) -> tuple[list[ImportUnit], list[Path]]:
    units: list[ImportUnit] = []
    left = list(files)
    for candidate in READERS.values():
        if not left:
            break
        for unit in candidate.claim(left):
            units.append(unit)
            left = [f for f in left if f not in unit.files]
    return units, left
