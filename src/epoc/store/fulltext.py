"""Full-text search over documents, the one place where SQLite and PostgreSQL differ for it.

Documents are searched portion by portion (``document_portions``), so that a reader finds, ranks and quotes
only what they may read. SQLite: an FTS5 virtual table ``document_portions_fts(title, body)`` whose rowid is
the portion id. PostgreSQL: a table ``document_portions_fts(portion_id, tsv)`` with a GIN index. Both are
created by the portions migration (the documents migration's whole-document ``documents_fts``, which nothing
searched once portions decided, is dropped by 0012) and are outside the SQLAlchemy metadata (neither dialect
can declare the other's);
``is_shadow_table`` tells the drift test and Alembic's autogenerate to leave them alone.
Snippets mark hits with ``\\x02`` … ``\\x03``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, text

from epoc.model.marking import Classification, Marking, Scope

FTS_TABLE = "documents_fts"  # the whole-document index of migrations 0004 to 0012 (dropped: never searched)
PORTIONS_FTS = "document_portions_fts"  # one row per portion: searched, ranked and quoted per portion
START, STOP = "\x02", "\x03"


def is_shadow_table(name: str) -> bool:
    """The FTS tables and SQLite's own tables behind them (``documents_fts_data``, ``…_idx`` …)."""
    return any(name == t or name.startswith(t + "_") for t in (FTS_TABLE, PORTIONS_FTS))


def create_whole(conn: Connection) -> None:
    """The old whole-document index (0004 makes it, 0012 drops it, 0012's downgrade makes it again)."""
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


def drop_whole(conn: Connection) -> None:
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def create_portions(conn: Connection) -> None:
    """The portions' index (the portions migration): a portion is found only by who may read it."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {PORTIONS_FTS} USING fts5(title, body, "
            "tokenize='unicode61 remove_diacritics 2')"
        )
    else:
        conn.exec_driver_sql(
            f"CREATE TABLE {PORTIONS_FTS} (portion_id INTEGER PRIMARY KEY REFERENCES document_portions(id) "
            "ON DELETE CASCADE, stop INTEGER NOT NULL, tsv TSVECTOR NOT NULL)"
        )
        conn.exec_driver_sql(f"CREATE INDEX ix_{PORTIONS_FTS}_tsv ON {PORTIONS_FTS} USING GIN (tsv)")


def drop_portions(conn: Connection) -> None:
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {PORTIONS_FTS}")


def index(conn: Connection, document_id: int, title: str, body: str) -> None:
    """Index a document's stored portions (``document_portions``) for search. Neighbours under one marking
    are one row (under the first's id, running on to the last's end): a banner line is not a hit of its
    own, and a hit's snippet has its paragraph around it. The title goes with each row (whoever may read a
    portion may read the title)."""
    id_column = "rowid" if conn.dialect.name == "sqlite" else "portion_id"
    conn.execute(
        text(
            f"DELETE FROM {PORTIONS_FTS} WHERE {id_column} IN "
            "(SELECT id FROM document_portions WHERE document_id = :id)"
        ),
        {"id": document_id},
    )
    portions = conn.execute(
        text(
            'SELECT id, start, "end", marking, rel_partners, classification, scope, rel_partners, '
            "not_for_outreach FROM document_portions WHERE document_id = :id ORDER BY seq"
        ),
        {"id": document_id},
    ).all()
    subject = conn.execute(
        text(
            "SELECT classification, scope, rel_partners, not_for_outreach FROM document_portions "
            "WHERE document_id = :id AND kind = 'subject' ORDER BY seq LIMIT 1"
        ),
        {"id": document_id},
    ).first()
    runs: list[dict[str, Any]] = []
    previous = None
    for portion_id, start, end, marking, partners, *row in portions:
        if runs and previous == (marking, partners):
            runs[-1]["body"] += body[start:end]
            runs[-1]["stop"] = end
        else:
            # the title is found through the rows whose readers may read it (a marked subject line's)
            shown = title if subject is None or _at_least(tuple(row), tuple(subject)) else ""
            runs.append({"id": portion_id, "title": shown, "body": body[start:end], "stop": end})
        previous = (marking, partners)
    if not runs:
        return
    if conn.dialect.name == "sqlite":
        insert = f"INSERT INTO {PORTIONS_FTS} (rowid, title, body) VALUES (:id, :title, :body)"
        conn.execute(text(insert), [{k: r[k] for k in ("id", "title", "body")} for r in runs])
    else:
        conn.execute(
            text(
                f"INSERT INTO {PORTIONS_FTS} (portion_id, stop, tsv) VALUES (:id, :stop, "
                "setweight(to_tsvector('simple', :title), 'A') || to_tsvector('simple', :body)) "
                "ON CONFLICT (portion_id) DO UPDATE SET tsv = EXCLUDED.tsv, stop = EXCLUDED.stop"
            ),
            runs,
        )


def _at_least(portion: tuple[Any, ...], subject: tuple[Any, ...]) -> bool:
    """Whether everyone who may read ``portion`` may read ``subject`` (marking columns: classification,
    scope, rel_partners, not_for_outreach)."""
    own = _marking(portion)
    return own.strictest(_marking(subject)) == own


def _marking(columns: tuple[Any, ...]) -> Marking:
    classification, scope, partners, not_for_outreach = columns
    codes = frozenset(p for p in (partners or "").split(",") if p)
    return Marking(Classification(classification), Scope(scope), codes, bool(not_for_outreach))


_TERMS = re.compile(r"\w+", re.UNICODE)
# SQLite: the readable ids are tested with "+rowid IN (…)": the unary plus keeps that test out of FTS5's
# query plan, which would otherwise run the whole MATCH once per readable document (20 times slower at 1,000).


def terms(query: str) -> list[str]:
    """The words a search looks for (punctuation alone looks for nothing)."""
    return _TERMS.findall(query)


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


def rank(conn: Connection, query: str, readable: Any, limit: int) -> list[tuple[int, int, float]]:
    """``(document id, its best portion's id, rank)`` of the documents with a readable portion matching
    every word of ``query``, best first (without the snippets: ``snippets`` makes them for the page shown
    only). ``readable`` is a SELECT of the portion ids the reader may read."""
    terms = _TERMS.findall(query)
    if not terms:
        return []
    compiled = readable.compile(conn, compile_kwargs={"literal_binds": True})
    if conn.dialect.name == "sqlite":
        rows = conn.execute(
            text(
                "SELECT p.document_id, p.id, h.rank FROM ("
                f"SELECT rowid AS pid, bm25({PORTIONS_FTS}, 5.0, 1.0) AS rank FROM {PORTIONS_FTS} "
                f"WHERE {PORTIONS_FTS} MATCH :match AND +rowid IN ({compiled})) h "
                "JOIN document_portions p ON p.id = h.pid ORDER BY h.rank, p.document_id, p.seq"
            ),
            {"match": _sqlite_match(terms)},
        )
        return _best_per_document(((int(r[0]), int(r[1]), -float(r[2])) for r in rows), limit)
    rows = conn.execute(
        text(
            "SELECT p.document_id, p.id, ts_rank(f.tsv, q) AS rank "
            f"FROM {PORTIONS_FTS} f JOIN document_portions p ON p.id = f.portion_id, "
            "plainto_tsquery('simple', :query) q "
            f"WHERE f.tsv @@ q AND f.portion_id IN ({compiled}) "
            "ORDER BY rank DESC, p.document_id, p.seq"
        ),
        {"query": " ".join(terms)},
    )
    return _best_per_document(((int(r[0]), int(r[1]), float(r[2])) for r in rows), limit)


def _best_per_document(hits: Iterator[tuple[int, int, float]], limit: int) -> list[tuple[int, int, float]]:
    """Hits come best first: each document's first is its best portion."""
    out: dict[int, tuple[int, int, float]] = {}
    for document, portion, score in hits:
        if document not in out:
            out[document] = (document, portion, score)
            if len(out) >= limit:
                break
    return list(out.values())


def snippets(conn: Connection, query: str, portion_ids: list[int]) -> dict[int, str]:
    """``{portion id: snippet}`` for these portions (found by ``rank``), hits marked as ``search`` marks
    them: a snippet quotes one portion the reader may read, never its neighbours."""
    terms = _TERMS.findall(query)
    if not terms or not portion_ids:
        return {}
    ids = ", ".join(str(int(i)) for i in portion_ids)
    if conn.dialect.name == "sqlite":
        rows = conn.execute(
            text(
                f"SELECT rowid, snippet({PORTIONS_FTS}, 1, :a, :b, '…', 24) FROM {PORTIONS_FTS} "
                f"WHERE {PORTIONS_FTS} MATCH :match AND rowid IN ({ids})"
            ),
            {"match": _sqlite_match(terms), "a": START, "b": STOP},
        )
    else:
        rows = conn.execute(
            text(
                "SELECT p.id, ts_headline('simple', substr(d.text, p.start + 1, f.stop - p.start), "
                "plainto_tsquery('simple', :query), :options) "
                f"FROM {PORTIONS_FTS} f JOIN document_portions p ON p.id = f.portion_id "
                f"JOIN documents d ON d.id = p.document_id WHERE p.id IN ({ids})"
            ),
            {"query": " ".join(terms), "options": _HEADLINE},
        )
    return {int(r[0]): str(r[1]) for r in rows}


_HEADLINE = f"StartSel={START}, StopSel={STOP}, MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=…"


def _sqlite_match(terms: list[str]) -> str:
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)
