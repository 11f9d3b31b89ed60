"""Backup and restore: a portable dump of the whole store that restores into SQLite or PostgreSQL.

The dump is gzip'd JSON lines: a header (format, schema heads, each table's columns), one line per row in
dependency order, and a trailer with each table's row count and content digest. The rows are read from
one consistent state while the web serves and imports run: SQLite's online backup API copies the database
first (a snapshot), PostgreSQL reads in one REPEATABLE READ transaction. The file is written beside its
target and renamed when complete, so a killed backup leaves no half file under the name asked for.

A restore goes into an empty store in one transaction and checks, before it commits, that every table's
content digest equals the dump's; the audit chain is verified after.
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic.migration import MigrationContext
from sqlalchemy import Connection, delete

from epoc.model import EpocError
from epoc.services import audit
from epoc.store import Store
from epoc.store.maintenance import after_restore, counts, digests, insert_rows, rows, tables

FORMAT = "epoc-dump"
FORMAT_VERSION = 1
ROWS_PER_INSERT = 1000
# tables a fresh store already fills (the audit chain's head); a restore replaces their rows
SEEDED = {"audit_head"}
# an "empty" store: nothing imported, nobody signed up, nothing audited
MUST_BE_EMPTY = ("sources", "users", "audit_log")


@dataclass(frozen=True, slots=True)
class BackupReport:
    path: str
    tables: int
    rows: int
    digest: str


@dataclass(frozen=True, slots=True)
class RestoreReport:
    path: str
    tables: int
    rows: int
    digest: str
    audit_entries: int


def _heads(conn: Connection) -> list[str]:
    return sorted(MigrationContext.configure(conn).get_current_heads())


@contextmanager
def _snapshot(store: Store) -> Iterator[Connection]:
    """A connection that sees one state of the store however long the dump takes."""
    if store.engine.dialect.name == "sqlite":
        with tempfile.TemporaryDirectory(prefix="epoc-backup-") as work:
            copy = Path(work) / "snapshot.db"
            raw = store.engine.raw_connection()
            try:
                target = sqlite3.connect(copy)
                try:
                    raw.driver_connection.backup(target)  # type: ignore[union-attr]
                finally:
                    target.close()
            finally:
                raw.close()
            snapshot = Store.open(f"sqlite:///{copy}", migrate=False)
            try:
                with snapshot.read() as conn:
                    yield conn
            finally:
                snapshot.close()
    else:
        repeatable = store.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with repeatable as conn, conn.begin():
            yield conn


def backup(store: Store, path: Path) -> BackupReport:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    total = 0
    with _snapshot(store) as conn:
        header = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created_at": datetime.now(UTC).isoformat(),
            "dialect": conn.dialect.name,
            "heads": _heads(conn),
            "columns": {t.name: [c.name for c in t.columns] for t in tables()},
        }
        with gzip.open(partial, "wt", encoding="utf-8") as out:
            out.write(json.dumps(header) + "\n")
            for table in tables():
                for row in rows(conn, table):
                    out.write(json.dumps({"t": table.name, "r": [row[c.name] for c in table.columns]}) + "\n")
                    total += 1
            sums = digests(conn)
            trailer = {"end": True, "counts": counts(conn), "digests": sums}
            out.write(json.dumps(trailer) + "\n")
        with open(partial, "rb") as done:
            os.fsync(done.fileno())
    os.replace(partial, path)
    return BackupReport(str(path), len(tables()), total, sums["*"])


def _read_dump_json(path: Path) -> Iterator[dict[str, Any]]:
    """The backup's lines as their JSON objects (dicts on purpose: the dump format's header, table rows and
    closing line, checked one by one by ``restore``), or a clear error for a damaged file."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EpocError(
                        f"{path.name}, line {number}: not a line of an epoc backup ({exc.msg})"
                    ) from exc
    except (OSError, EOFError) as exc:
        raise EpocError(f"{path.name}: not a complete epoc backup ({exc})") from exc


def restore(store: Store, path: Path) -> RestoreReport:
    path = Path(path)
    if not path.is_file():
        raise EpocError(f"{path}: no such backup file")
    lines = _read_dump_json(path)
    header = next(lines, None)
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise EpocError(f"{path.name}: not an epoc backup (its first line is not an epoc-dump header)")
    if header.get("version") != FORMAT_VERSION:
        raise EpocError(
            f"{path.name}: backup format version {header.get('version')}; this epoc reads {FORMAT_VERSION}"
        )
    by_name = {t.name: t for t in tables()}
    total = 0
    trailer: dict[str, Any] | None = None
    with store.transaction() as conn:
        if header.get("heads") != _heads(conn):
            raise EpocError(
                f"{path.name}: made with database schema {header.get('heads')}, "
                f"this store has {_heads(conn)}: restore it with the epoc version that made it"
            )
        filled = [name for name in MUST_BE_EMPTY if counts(conn)[name]]
        if filled:
            raise EpocError(f"restore needs an empty store; this one has rows in {', '.join(filled)}")
        for name in SEEDED:
            conn.execute(delete(by_name[name]))
        columns = header["columns"]
        pending: list[dict[str, Any]] = []
        current: str | None = None
        for number, line in enumerate(lines, 2):
            if line.get("end"):
                trailer = line
                break
            name = str(line.get("t"))
            if name not in by_name or name not in columns:
                raise EpocError(f"{path.name}, line {number}: unknown table {name!r}")
            if name != current or len(pending) >= ROWS_PER_INSERT:
                if current is not None:
                    total += insert_rows(conn, by_name[current], pending)
                pending, current = [], name
            pending.append(dict(zip(columns[name], line["r"], strict=True)))
        if current is not None:
            total += insert_rows(conn, by_name[current], pending)
        if trailer is None:
            raise EpocError(f"{path.name}: the backup is cut short (no closing line): nothing was restored")
        after_restore(conn)
        restored = digests(conn)
        differ = sorted(n for n, d in trailer["digests"].items() if restored.get(n) != d and n != "*")
        if differ:
            raise EpocError(
                f"{path.name}: restored content differs from the backup in {', '.join(differ)}: "
                "nothing was restored"
            )
    chain = audit.verify(store)
    if not chain.ok:
        raise EpocError(f"restored, but the audit chain does not verify: {chain.problems[0]}")
    return RestoreReport(str(path), len(by_name), total, restored["*"], chain.entries)
