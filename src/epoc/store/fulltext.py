"""Full-text search over documents, the one place where SQLite and PostgreSQL differ for it.

SQLite: an FTS5 virtual table ``documents_fts(title, body)`` whose rowid is the document id. PostgreSQL: a
table ``documents_fts(document_id, tsv)`` with a GIN index. Both are created by the documents migration and
are outside the SQLAlchemy metadata (neither dialect can declare the other's); ``is_shadow_table`` tells the
drift test and Alembic's autogenerate to leave them alone. Snippets mark hits with ``\\x02`` … ``\\x03``.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, text

FTS_TABLE = "documents_fts"
START, STOP = "\x02", "\x03"


def is_shadow_table(name: str) -> bool:
    """The FTS table and SQLite's own tables behind it (``documents_fts_data``, ``…_idx`` …)."""
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")


def create(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(title, body, "
            "tokenize='unicode61 remove_diacritics 2')"
        )
    else:
        conn.exec_driver_sql(
            f"CREATE TABLE {FTS_TABLE} (document_id INTEGER PRIMARY KEY REFERENCES documents(id) "
            "ON DELETE CASCADE, tsv TSVECTOR NOT NULL)"
        )
        conn.exec_driver_sql(f"CREATE INDEX ix_{FTS_TABLE}_tsv ON {FTS_TABLE} USING GIN (tsv)")


def drop(conn: Connection) -> None:
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def index(conn: Connection, document_id: int, title: str, body: str) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), {"id": document_id})
        conn.execute(
            text(f"INSERT INTO {FTS_TABLE} (rowid, title, body) VALUES (:id, :title, :body)"),
            {"id": document_id, "title": title, "body": body},
        )
    else:
        conn.execute(
            text(
                f"INSERT INTO {FTS_TABLE} (document_id, tsv) VALUES (:id, "
                "setweight(to_tsvector('simple', :title), 'A') || to_tsvector('simple', :body)) "
                "ON CONFLICT (document_id) DO UPDATE SET tsv = EXCLUDED.tsv"
            ),
            {"id": document_id, "title": title, "body": body},
        )


def unindex(conn: Connection, document_id: int) -> None:
    column = "rowid" if conn.dialect.name == "sqlite" else "document_id"
    conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE {column} = :id"), {"id": document_id})


_TERMS = re.compile(r"\w+", re.UNICODE)
# SQLite: the readable ids are tested with "+rowid IN (…)": the unary plus keeps that test out of FTS5's
# query plan, which would otherwise run the whole MATCH once per readable document (20 times slower at 1,000).


def terms(query: str) -> list[str]:
    """The words a search looks for (punctuation alone looks for nothing)."""
    return _TERMS.findall(query)


def search(conn: Connection, query: str, visible_ids: Any, limit: int) -> list[tuple[int, str, float]]:
    """``(document id, snippet, rank)`` of the documents matching every word of ``query``, best first, among
    the ids the ``visible_ids`` subquery (a SELECT of document ids) allows."""
    terms = _TERMS.findall(query)
    if not terms:
        return []
    compiled = visible_ids.compile(conn, compile_kwargs={"literal_binds": True})
    if conn.dialect.name == "sqlite":
        match = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = conn.execute(
            text(
                f"SELECT rowid, snippet({FTS_TABLE}, 1, :a, :b, '…', 24), "
                f"bm25({FTS_TABLE}, 5.0, 1.0) AS rank "
                f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match AND +rowid IN ({compiled}) "
                "ORDER BY rank LIMIT :limit"
            ),
            {"match": match, "a": START, "b": STOP, "limit": limit},
        )
        return [(int(r[0]), str(r[1]), -float(r[2])) for r in rows]
    rows = conn.execute(
        text(
            "SELECT d.id, ts_headline('simple', d.text, q, :options), ts_rank(f.tsv, q) AS rank "
            f"FROM {FTS_TABLE} f JOIN documents d ON d.id = f.document_id, "
            "plainto_tsquery('simple', :query) q "
            f"WHERE f.tsv @@ q AND d.id IN ({compiled}) ORDER BY rank DESC, d.id LIMIT :limit"
        ),
        {
            "query": " ".join(terms),
            "options": f"StartSel={START}, StopSel={STOP}, MaxFragments=2, MaxWords=30, MinWords=10, "
            "FragmentDelimiter=…",
            "limit": limit,
        },
    )
    return [(int(r[0]), str(r[1]), float(r[2])) for r in rows]


def highlights(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """A snippet with its markers taken out, and the ``(start, end)`` of each highlighted hit in it."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    opened = None
    for part in re.split(f"([{START}{STOP}])", snippet):
        if part == START:
            opened = position
        elif part == STOP:
            if opened is not None:
                spans.append((opened, position))
            opened = None
        else:
            plain.append(part)
            position += len(part)
    return " ".join("".join(plain).split("\n")), spans


def rank(conn: Connection, query: str, visible_ids: Any, limit: int) -> list[tuple[int, float]]:
    """``(document id, rank)`` of the documents matching every word of ``query``, best first (as ``search``,
    without the snippets: they are made for the page shown only, by ``snippets``)."""
    terms = _TERMS.findall(query)
    if not terms:
        return []
    compiled = visible_ids.compile(conn, compile_kwargs={"literal_binds": True})
    if conn.dialect.name == "sqlite":
        rows = conn.execute(
            text(
                f"SELECT rowid, bm25({FTS_TABLE}, 5.0, 1.0) AS rank FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH :match AND +rowid IN ({compiled}) ORDER BY rank LIMIT :limit"
            ),
            {"match": _sqlite_match(terms), "limit": limit},
        )
        return [(int(r[0]), -float(r[1])) for r in rows]
    rows = conn.execute(
        text(
            "SELECT f.document_id, ts_rank(f.tsv, q) AS rank "
            f"FROM {FTS_TABLE} f, plainto_tsquery('simple', :query) q "
            f"WHERE f.tsv @@ q AND f.document_id IN ({compiled}) "
            "ORDER BY rank DESC, f.document_id LIMIT :limit"
        ),
        {"query": " ".join(terms), "limit": limit},
    )
    return [(int(r[0]), float(r[1])) for r in rows]


def snippets(conn: Connection, query: str, document_ids: list[int]) -> dict[int, str]:
    """``{document id: snippet}`` for these documents (already found by ``rank``), hits marked as ``search``
    marks them."""
    terms = _TERMS.findall(query)
    if not terms or not document_ids:
        return {}
    ids = ", ".join(str(int(i)) for i in document_ids)
    if conn.dialect.name == "sqlite":
        rows = conn.execute(
            text(
                f"SELECT rowid, snippet({FTS_TABLE}, 1, :a, :b, '…', 24) FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH :match AND rowid IN ({ids})"
            ),
            {"match": _sqlite_match(terms), "a": START, "b": STOP},
        )
    else:
        rows = conn.execute(
            text(
                "SELECT d.id, ts_headline('simple', d.text, plainto_tsquery('simple', :query), :options) "
                f"FROM documents d WHERE d.id IN ({ids})"
            ),
            {"query": " ".join(terms), "options": _HEADLINE},
        )
    return {int(r[0]): str(r[1]) for r in rows}


_HEADLINE = f"StartSel={START}, StopSel={STOP}, MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=…"


def _sqlite_match(terms: list[str]) -> str:
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)
