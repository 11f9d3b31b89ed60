"""The store as a whole: its tables in dependency order, rows as portable JSON values, content digests,
and the database's own integrity checks. Used by backup, restore and `epoc check`.

A row is portable when every value is JSON: dates and times as ISO 8601 text, JSON columns as they are.
The same dump restores into SQLite or PostgreSQL, because values are turned back into Python by each
column's type, not by the dialect that wrote them.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.sql.sqltypes import JSON, Date, DateTime, LargeBinary

from epoc.store import fulltext
from epoc.store.schema import metadata

BATCH = 2000


def tables() -> list[Table]:
    """Every table of every area, parents before children (the order to restore in)."""
    return list(metadata.sorted_tables)


def _primary_order(table: Table) -> list[Any]:
    keys = list(table.primary_key.columns)
    return keys or list(table.columns)


def portable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def from_portable(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A dumped row back into the Python values its columns take."""
    out: dict[str, Any] = {}
    for name, value in row.items():
        column = table.columns.get(name)
        if column is None:
            raise ValueError(f"table {table.name} has no column {name!r}")
        kind = column.type
        if value is None or isinstance(kind, JSON):
            out[name] = value
        elif isinstance(kind, DateTime):
            out[name] = datetime.fromisoformat(value)
        elif isinstance(kind, Date):
            out[name] = date.fromisoformat(value)
        elif isinstance(kind, LargeBinary):
            out[name] = base64.b64decode(value)
        else:
            out[name] = value
    return out


def rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    """A table's rows as portable values, in primary-key order (so digests do not depend on the dialect)."""
    result = conn.execution_options(yield_per=BATCH).execute(select(table).order_by(*_primary_order(table)))
    for row in result.mappings():
        yield {key: portable(value) for key, value in row.items()}


def _canonical(row: dict[str, Any]) -> bytes:
    return json.dumps(row, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")


def _digest_value(row: dict[str, Any], table: Table) -> dict[str, Any]:
    """Times compare as instants in UTC: SQLite gives them back naive, PostgreSQL with an offset."""
    out = dict(row)
    for name, value in row.items():
        if value is not None and isinstance(table.columns[name].type, DateTime):
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                moment = moment.astimezone(UTC).replace(tzinfo=None)
            out[name] = moment.isoformat()
    return out


def digests(conn: Connection) -> dict[str, str]:
    """SHA-256 of each table's content (rows in key order, canonical JSON), and of them all under ``*``."""
    result: dict[str, str] = {}
    whole = hashlib.sha256()
    for table in tables():
        digest = hashlib.sha256()
        for row in rows(conn, table):
            digest.update(_canonical(_digest_value(row, table)) + b"\n")
        result[table.name] = digest.hexdigest()
        whole.update(f"{table.name}:{result[table.name]}\n".encode())
    result["*"] = whole.hexdigest()
    return result


def counts(conn: Connection) -> dict[str, int]:
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables()}


def insert_rows(conn: Connection, table: Table, batch: Iterable[dict[str, Any]]) -> int:
    values = [from_portable(table, row) for row in batch]
    if values:
        conn.execute(insert(table), values)
    return len(values)


def after_restore(conn: Connection) -> None:
    """What a restore must redo that rows do not carry: PostgreSQL's sequences, the full-text index."""
    if conn.dialect.name == "postgresql":
        for table in tables():
            for column in table.primary_key.columns:
                if column.autoincrement is True or (
                    column.autoincrement == "auto"
                    and column.type.python_type is int
                    and len(table.primary_key) == 1
                ):
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                            f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false) "
                            f"WHERE pg_get_serial_sequence('{table.name}', '{column.name}') IS NOT NULL"
                        )
                    )
    documents = metadata.tables.get("documents")
    if documents is not None:
        for row in conn.execute(select(documents.c.id, documents.c.title, documents.c.text)):
            fulltext.index(conn, row.id, row.title, row.text)


def integrity_problems(conn: Connection) -> list[str]:
    """The database's own checks: SQLite's integrity and foreign-key checks (PostgreSQL enforces both)."""
    if conn.dialect.name != "sqlite":
        return []
    problems = [
        f"sqlite integrity: {row[0]}"
        for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        if row[0] != "ok"
    ]
    for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid}: refers to a missing {parent} row")
    return problems


# Each invariant of the domain as one query that returns the rows breaking it (id, what is wrong).
INVARIANTS: dict[str, str] = {
    "every active entity has members": (
        "SELECT e.id FROM entities e WHERE e.status <> 'removed' "
        "AND NOT EXISTS (SELECT 1 FROM entity_members m WHERE m.entity_id = e.id)"
    ),
    "every member's entity exists": (
        "SELECT m.record_id FROM entity_members m "
        "WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = m.entity_id)"
    ),
    "every mention has its document": (
        "SELECT m.id FROM document_mentions m "
        "WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.document_id)"
    ),
    "every document has its source": (
        "SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.key = d.source_key)"
    ),
    "every source version holds the records it counted": (
        "SELECT v.id FROM source_versions v WHERE v.record_count > 0 AND NOT EXISTS "
        "(SELECT 1 FROM records r WHERE r.source_key = v.source_key AND r.first_version <= v.id)"
    ),
    "every source's current version exists": (
        "SELECT s.key FROM sources s WHERE s.current_version IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM source_versions v WHERE v.id = s.current_version AND v.source_key = s.key)"
    ),
    "every record's versions exist": (
        "SELECT r.id FROM records r "
        "WHERE NOT EXISTS (SELECT 1 FROM source_versions v WHERE v.id = r.first_version)"
    ),
}


def invariant_problems(conn: Connection) -> list[str]:
    problems = []
    for rule, query in INVARIANTS.items():
        broken = [str(row[0]) for row in conn.execute(text(query + " LIMIT 21"))]
        if broken:
            more = " and more" if len(broken) > 20 else ""
            problems.append(f"{rule}: not so for {', '.join(broken[:20])}{more}")
    return problems
