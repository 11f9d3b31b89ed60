"""Fast bulk inserts: the statement compiled once, rows passed straight to the driver's executemany.

SQLAlchemy's per-row parameter processing costs more than the insert itself for the hundreds of thousands
of plain values a list import writes; these tables hold only strings, numbers and booleans (JSON columns
are encoded here), so the driver can take them as they are.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import JSON, Connection, Table, insert

CHUNK = 5000


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=keys)
    json_keys = {c.key for c in table.columns if isinstance(c.type, JSON) and c.key in keys}
    sql = str(compiled)
    positional = compiled.positiontup
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        if json_keys:
            chunk = [{**r, **{k: _json(r[k]) for k in json_keys}} for r in chunk]
        params: list[Any] = [tuple(r[k] for k in positional) for r in chunk] if positional else chunk
        conn.exec_driver_sql(sql, params)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
