"""Importing lists: read each unit, then store each source as a new version in one transaction.

Importing the same content again changes nothing. A newer version of a list records, per record, whether
it was added, changed or removed (with the values before and after), so that the list's history and the
editions built on it can say *why* something changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from epoc.model import EpocError, Record
from epoc.model.audit import Action
from epoc.services import audit
from epoc.sources.base import ImportOptions, ImportUnit, SourceData, check_size
from epoc.sources.registry import READERS, plan
from epoc.store import Store
from epoc.store.records import RecordRepository, marking_from_row

ProgressFn = Callable[[str, int, int], None]  # (label, done, total)


@dataclass
class SourceResult:
    key: str
    name: str
    status: str  # imported | unchanged
    version: int | None
    records: int
    names: int
    added: int = 0
    changed: int = 0
    removed: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class UnitResult:
    files: list[str]
    format: str
    sources: list[SourceResult] = field(default_factory=list)
    error: str | None = None


@dataclass
class ImportReport:
    units: list[UnitResult] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(u.error is None for u in self.units)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "imports": [
                {
                    "files": u.files,
                    "format": u.format,
                    "error": u.error,
                    "sources": [s.to_json() for s in u.sources],
                }
                for u in self.units
            ],
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
        }


def import_paths(
    store: Store,
    paths: Sequence[Path],
    options: ImportOptions,
    format_name: str | None = None,
    progress: ProgressFn | None = None,
    actor: audit.Actor = None,
) -> ImportReport:
    """Import every list found in ``paths``. Each unit (a list's files) is read, then written in one
    transaction; a unit that fails leaves the store as it was and the others still import. Each new
    version is on the audit trail as imported by ``actor`` (``None``: the CLI operator)."""
    report = ImportReport()
    import_plan = plan(paths, format_name)
    report.skipped = [(str(p), reason) for p, reason in import_plan.skipped]
    total = len(import_plan.units)
    for done, unit in enumerate(import_plan.units):
        if progress:
            progress(f"reading {unit.label}", done, total)
        result = UnitResult([str(f) for f in unit.files], unit.reader)
        report.units.append(result)
        try:
            digest = unit_digest(unit, options)
            with store.read() as conn:
                result.sources = unchanged_sources(RecordRepository(conn), digest)
            if result.sources:
                continue
            datas = READERS[unit.reader].read(unit, options)
            if progress:
                progress(f"storing {', '.join(d.source.key for d in datas)}", done, total)
            with store.transaction() as conn:
                repo = RecordRepository(conn)
                result.sources = [store_source(repo, data, digest) for data in datas]
                for stored in result.sources:
                    if stored.status == "imported":  # a new version: on the audit trail, same transaction
                        details = {
                            "version": stored.version,
                            "records": stored.records,
                            "added": stored.added,
                            "changed": stored.changed,
                            "removed": stored.removed,
                            "files": result.files,
                        }
                        audit.record(conn, actor, Action.SOURCE_IMPORT, stored.key, details)
        except EpocError as exc:
            result.error = exc.message
            result.sources = []
    if progress:
        progress("done", total, total)
    return report


def unit_digest(unit: ImportUnit, options: ImportOptions) -> str:
    """The files' bytes and the options they are imported with: equal digests, equal imports."""
    for path in unit.files:
        check_size(path, options)
    marking = options.marking.banner if options.marking else ""
    digest = hashlib.sha256(
        f"{unit.reader}|{options.source}|{options.partner}|{marking}|{options.list_date}".encode()
    )
    for path in sorted(unit.files):
        digest.update(f"|{path.name}|".encode())
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def unchanged_sources(repo: RecordRepository, digest: str) -> list[SourceResult]:
    """The sources these very files (with these options) already made, if they are still current."""
    rows = repo.versions_by_unit_digest(digest)
    if not rows or not all(row.is_current for row in rows):
        return []
    return [
        SourceResult(
            row.source_key,
            row.name,
            "unchanged",
            row.id,
            row.record_count,
            row.name_count,
            warnings=list(row.warnings or []),
        )
        for row in rows
    ]


def version_hash(data: SourceData, hashes: dict[str, str]) -> str:
    """What a version says, as one digest: the same list content (and marking) gives the same digest."""
    digest = hashlib.sha256(data.source.marking.banner.encode())
    for record_id in sorted(hashes):
        digest.update(f"{record_id}\t{hashes[record_id]}\n".encode())
    return digest.hexdigest()


def store_source(
    repo: RecordRepository, data: SourceData, digest: str, now: datetime | None = None
) -> SourceResult:
    """Store one source's records as its newest version (inside the caller's transaction)."""
    now = now or datetime.now(UTC)
    source = data.source
    records = _unique_ids(data.records)
    names = sum(len(r.names) for r in records)
    hashes = {r.id: r.content_hash() for r in records}
    content = version_hash(data, hashes)
    current = repo.current_version(source.key)
    if current is not None and current.content_hash == content:
        return SourceResult(
            source.key,
            source.name,
            "unchanged",
            current.id,
            len(records),
            names,
            warnings=list(data.warnings),
        )
    previous = repo.get_source(source.key)
    repo.upsert_source(source, now)
    states = repo.record_states(source.key)
    incoming = {r.id: r for r in records}
    added = [r for r in records if r.id not in states]
    relisted = [r for r in records if r.id in states and states[r.id][1] == "removed"]
    changed = [
        r
        for r in records
        if r.id in states and states[r.id][1] == "active" and states[r.id][0] != hashes[r.id]
    ]
    removed = [rid for rid, (_h, status) in states.items() if status == "active" and rid not in incoming]
    version = repo.add_version(
        source.key,
        {
            "content_hash": content,
            "unit_digest": digest,
            "files": [Path(f).name for f in data.files],
            "list_date": source.date,
            "imported_at": now,
            "record_count": len(records),
            "name_count": names,
            "added": len(added) + len(relisted),
            "changed": len(changed),
            "removed": len(removed),
            "warnings": list(data.warnings),
        },
    )
    before = repo.load([r.id for r in changed] + removed, include_removed=True)
    repo.insert_records(added, version, source.marking, hashes)
    repo.replace_records(changed + relisted, version, source.marking, hashes)
    repo.mark_removed(removed, version)
    if previous is not None and marking_from_row(previous) != source.marking:
        unchanged_ids = {r.id for r in records} - {r.id for r in added + changed + relisted}
        repo.apply_marking([r for r in records if r.id in unchanged_ids], source.marking)
    repo.add_changes(
        version,
        [
            # an added record's values are the record's own until a later change keeps them as "before"
            *(
                {"record_id": r.id, "change": "added", "before": None, "after": None}
                for r in (*added, *relisted)
            ),
            *(
                {"record_id": r.id, "change": "changed", **_diff_json(before[r.id].record, r)}
                for r in changed
            ),
            *(
                {
                    "record_id": rid,
                    "change": "removed",
                    "before": before[rid].record.values_summary(),
                    "after": None,
                }
                for rid in removed
            ),
        ],
    )
    return SourceResult(
        source.key,
        source.name,
        "imported",
        version,
        len(records),
        names,
        added=len(added) + len(relisted),
        changed=len(changed),
        removed=len(removed),
        warnings=list(data.warnings),
    )


def _diff_json(old: Record, new: Record) -> dict[str, Any]:
    """Only what changed, as lists of values before and after: the change row's ``before`` and ``after``, as
    the store's JSON columns keep them (a stored format, not a result)."""
    a, b = old.values_summary(), new.values_summary()
    keys = [k for k in a if a[k] != b[k]] or list(a)  # a change in kind or origin only: show everything
    return {"before": {k: a[k] for k in keys}, "after": {k: b[k] for k in keys}}


def _unique_ids(records: list[Record]) -> list[Record]:
    seen: dict[str, Record] = {}
    for record in records:
        if record.id in seen:
            raise EpocError(f"record id {record.id} is given twice in one import")
        seen[record.id] = record
    return list(seen.values())
