"""Helpers for the entity tests: a one-line record factory, storing a source version, and a deterministic
test double of the screening engine (candidate source and pair scorer) — the real engine lives in
``epoc.matching``; these tests are about clustering, constraints, ids and judgements, not about matching."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from epoc.model import (
    Fact,
    FactKind,
    Identifier,
    IdentifierKind,
    Marking,
    Name,
    NameKind,
    Record,
    Schema,
    Source,
)
from epoc.names.fold import fold
from epoc.resolution.engine import Engine
from epoc.services.records.imports import store_source
from epoc.sources.base import SourceData
from epoc.store import Store
from epoc.store.records import RecordRepository


def rec(
    source: str,
    native: str,
    name: str,
    *,
    schema: Schema = Schema.ORGANIZATION,
    aliases: tuple[str, ...] = (),
    countries: tuple[str, ...] = (),
    born: str | None = None,
    list_ids: tuple[str, ...] = (),
    imo: str | None = None,
    programmes: tuple[str, ...] = (),
    marking: Marking | None = None,
) -> Record:
    names = (Name(name, NameKind.PRIMARY), *(Name(a, NameKind.ALIAS) for a in aliases))
    ids = tuple(Identifier(IdentifierKind.LIST_ID, v) for v in list_ids)
    if imo:
        ids += (Identifier(IdentifierKind.IMO, imo),)
    facts = tuple(Fact(FactKind.COUNTRY, c) for c in countries)
    facts += tuple(Fact(FactKind.PROGRAMME, p) for p in programmes)
    if born:
        facts += (Fact(FactKind.BIRTH_DATE, born),)
    return Record(
        id=Record.make_id(source, native),
        source=source,
        native_id=native,
        schema=schema,
        names=names,
        identifiers=ids,
        facts=facts,
        marking=marking,
    )


def put_repeated_rows(store: Store) -> None:
    """Source ``a`` lists one party twice, word for word (``a:1``, ``a:1-2``), as real lists do: the rows
    differ only in where each value was read (``origin``), and their identifiers carry a note the index
    does not keep. Source ``b`` lists it once (``b:1``)."""

    def read_at(record: Record, line: int) -> Record:
        where = f"list.json[{line}]"
        names = tuple(replace(n, origin=where) for n in record.names)
        ids = (Identifier(IdentifierKind.LIST_ID, "A:1", note="the list's own id", origin=where),)
        return replace(record, names=names, identifiers=ids)

    twins = [rec("a", native, "Alpha Trading Company", aliases=("ATC",)) for native in ("1", "1-2")]
    put(store, "a", [read_at(record, line) for line, record in enumerate(twins, 1)])
    put(store, "b", [rec("b", "1", "ALPHA TRADING COMPANY")])


def put(
    store: Store,
    key: str,
    records: list[Record],
    *,
    on: date = date(2003, 6, 1),
    partner: str | None = None,
    marking: Marking | None = None,
) -> None:
    """Store ``records`` as the newest version of source ``key`` (dated ``on``)."""
    source = Source(key, f"List {key}", "partner-csv", partner=partner, date=on, marking=marking or Marking())
    with store.transaction() as conn:
        store_source(
            RecordRepository(conn), SourceData(source, records, [f"{key}.csv"]), f"{key}-{on}-{len(records)}"
        )


@dataclass(frozen=True)
class DoubleParty:
    id: str
    names: frozenset[str]
    tokens: frozenset[str]


@dataclass(frozen=True)
class DoubleScore:
    score: float
    match: bool
    explanation: tuple[object, ...] = ()


class DoubleEngine:
    """Test double: candidates share a name token; the score is the best token-set Jaccard of two names
    (1.0 for the same folded name). Deterministic, and nothing like a real matcher."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.calls = 0

    def to_party(self, record: Record) -> DoubleParty:
        names = frozenset(fold(n.text) for n in record.names)
        return DoubleParty(record.id, names, frozenset(t for n in names for t in n.split()))

    def candidates(self, party: DoubleParty, limit: int) -> list[str]:
        with self.store.read() as conn:
            ids: set[str] = set()
            repo = RecordRepository(conn)
            for token in party.tokens:
                ids |= {r["id"] for r in _search(repo, token)}
        return sorted(ids)[:limit]

    def compare(self, left: DoubleParty, right: DoubleParty) -> DoubleScore:
        self.calls += 1
        best = 0.0
        for a in left.names:
            for b in right.names:
                ta, tb = set(a.split()), set(b.split())
                best = max(best, len(ta & tb) / len(ta | tb))
        return DoubleScore(round(best, 4), best >= 0.9, ())

    def best(
        self, party: DoubleParty, threshold: float, limit: int, source: str
    ) -> list[tuple[str, DoubleScore]]:
        """The engine's own search: candidates of other sources, already scored (what the screener offers
        resolution)."""
        with self.store.read() as conn:
            found = RecordRepository(conn).load(self.candidates(party, limit))
        scored = [
            (rid, self.compare(party, self.to_party(s.record)))
            for rid, s in found.items()
            if s.record.source != source
        ]
        return sorted(((r, s) for r, s in scored if s.score >= threshold), key=lambda p: -p[1].score)

    def engine(self, *, search: bool = False) -> Engine[DoubleParty]:
        return Engine(
            candidates=self,
            scorer=self,
            to_party=self.to_party,
            name="test double",
            limit=50,
            search=self if search else None,
        )


def _search(repo: RecordRepository, token: str) -> list[dict[str, str]]:
    return [{"id": row.id} for row in repo.search(token, limit=200)]


def include_candidates(store: Store, reason: str = "Partner evidence (test)") -> list[str]:
    """The IE Co-Chairs include every candidate (what Partners circulated); returns their ids."""
    from epoc.model.regime import Decision
    from epoc.services.regime.inclusion import candidates, decide

    ids = [c.candidate_id for c in candidates(store)]
    for entity_id in ids:
        decide(store, entity_id, Decision.INCLUDE, reason)
    return ids
