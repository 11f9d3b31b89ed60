"""Annex versions in the store: the shipped ones on first use, imports, the list, a diff, an export.

A version is kept whole in the documented format (``docs/annex.md``) with its amendments in their own table;
``versions_in_store`` gives them back as model objects, which the review reads against each paper's date.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import tomli_w
from sqlalchemy import Connection

from epoc.model.access import Viewer
from epoc.model.annex import (
    AnnexDiff,
    AnnexFormatError,
    AnnexVersion,
    diff_versions,
    shipped_versions,
    version_from_dict,
    version_to_dict,
)
from epoc.model.audit import Action
from epoc.model.errors import Conflict, InvalidInput, NotFound
from epoc.services import audit
from epoc.services.results import plain
from epoc.store import Store
from epoc.store.ietem import AnnexRepository, now_utc


@dataclass(frozen=True, slots=True)
class VersionSummary:
    """An Annex version as the list of versions shows it (`epoc annex versions --json` prints ``plain``)."""

    name: str
    adopted: date
    effective: date
    meeting: str | None
    origin: str
    entries: int
    amendments: int
    previous: str | None


@dataclass(frozen=True, slots=True)
class AmendmentView:
    action: str
    code: str
    why: str
    technical: str
    licensing_impact: str


@dataclass(frozen=True, slots=True)
class VersionDiff:
    old: str
    new: str
    diff: AnnexDiff
    amendments: tuple[AmendmentView, ...]  # what the newer version says about its changes

    def to_json(self) -> dict[str, Any]:
        """The contract: ``{"added", "amended", "deleted"}`` (entry codes), with what changed and why
        beside."""
        return {
            "added": list(self.diff.added),
            "amended": list(self.diff.amended),
            "deleted": list(self.diff.deleted),
            "from": self.old,
            "to": self.new,
            "changes": {code: list(what) for code, what in self.diff.changes.items()},
            "amendments": plain(self.amendments),
        }


def _json_ready(data: Any) -> Any:
    return json.loads(json.dumps(data, default=str))


def _store_version(repo: AnnexRepository, version: AnnexVersion, origin: str, source: str | None) -> None:
    repo.add(
        {
            "name": version.name,
            "adopted": version.adopted,
            "effective": version.effective,
            "meeting": version.meeting,
            "origin": origin,
            "imported_from": source,
            "imported_at": now_utc(),
            "data": _json_ready(version_to_dict(version)),
        },
        [
            {
                "action": a.action,
                "code": a.code,
                "why": a.why,
                "technical": a.technical,
                "licensing_impact": a.licensing_impact,
            }
            for a in version.amendments
        ],
    )


def ensure_shipped(conn: Connection) -> None:
    """The shipped versions go into an empty store (once): the review always has an Annex to read against."""
    repo = AnnexRepository(conn)
    if repo.names():
        return
    for version in shipped_versions():
        _store_version(repo, version, "shipped", "epoc.model.annex (data/annex.toml)")


def versions_in_store(conn: Connection) -> list[AnnexVersion]:
    """Every version, oldest first. The shipped ones are read from the code (so a corrected summary reaches
    stores made before it); imported ones from the store."""
    ensure_shipped(conn)
    shipped = {v.name: v for v in shipped_versions()}
    out = []
    for row in AnnexRepository(conn).all():
        if row.origin == "shipped" and row.name in shipped:
            out.append(shipped[row.name])
            continue
        raw = dict(row.data)
        out.append(
            version_from_dict(raw, name=row.name, meeting=row.meeting)
            if "version" in raw
            else version_from_dict(raw, name=row.name, adopted=row.adopted, meeting=row.meeting)
        )
    return out


def read_annex_file(path: Path, name: str, adopted: date, meeting: str | None = None) -> AnnexVersion:
    """The version a TOML or JSON file in the documented format holds, named ``name``; errors say which file
    and what."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({exc.strerror})") from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{path}: line {exc.lineno}: not JSON ({exc.msg})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"{path}: not TOML ({exc})") from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{path}: an Annex file is a table (TOML) or an object (JSON)")
    named = data.get("version", {}).get("name") if isinstance(data.get("version"), dict) else None
    if named and named != name:
        # a file exported from another version: its header and amendments speak of that one, not this
        data = {k: v for k, v in data.items() if k not in {"version", "amendment"}}
    try:
        return version_from_dict(data, name=name, adopted=adopted, meeting=meeting)
    except AnnexFormatError as exc:
        raise InvalidInput(f"{path}: {exc}") from None


def import_version(
    store: Store,
    path: Path,
    name: str,
    adopted: date,
    meeting: str | None = None,
    viewer: Viewer | None = None,
) -> VersionSummary:
    """Import one Annex version from a file, in one transaction; a name already used is refused."""
    version = read_annex_file(path, name, adopted, meeting)
    with store.transaction() as conn:
        ensure_shipped(conn)
        repo = AnnexRepository(conn)
        if repo.get(version.name) is not None:
            raise Conflict(f"Annex version {version.name!r} exists; versions are kept, choose another name")
        _store_version(repo, version, "imported", str(path))
        audit.record(
            conn,
            viewer,
            Action.ANNEX_IMPORT,
            version.name,
            {"file": str(path), "adopted": adopted.isoformat(), "entries": len(version.entries())},
        )
        return _summary(version, "imported")


def _summary(v: AnnexVersion, origin: str) -> VersionSummary:
    return VersionSummary(
        v.name, v.adopted, v.effective, v.meeting, origin, len(v.entries()), len(v.amendments), v.previous
    )


def list_versions(store: Store) -> list[VersionSummary]:
    with store.transaction() as conn:
        versions = versions_in_store(conn)
        origins = {row.name: row.origin for row in AnnexRepository(conn).all()}
    return [_summary(v, origins.get(v.name, "imported")) for v in versions]


def get_version(store: Store, name: str) -> AnnexVersion:
    with store.transaction() as conn:
        for v in versions_in_store(conn):
            if v.name == name:
                return v
    raise NotFound(f"no Annex version {name!r} (`epoc annex versions` lists them)")


def diff(store: Store, old: str, new: str) -> VersionDiff:
    a, b = get_version(store, old), get_version(store, new)
    result = diff_versions(a, b)
    with store.read() as conn:
        rows = AnnexRepository(conn).amendments(new)
    return VersionDiff(
        old,
        new,
        result,
        tuple(AmendmentView(r.action, r.code, r.why, r.technical, r.licensing_impact) for r in rows),
    )


def export_version(store: Store, name: str, fmt: str) -> str:
    """The version in the documented format, as TOML or JSON text."""
    data = version_to_dict(get_version(store, name))
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"
    if fmt == "toml":
        return tomli_w.dumps(data)
    raise InvalidInput(f"export format {fmt!r}: toml or json")
