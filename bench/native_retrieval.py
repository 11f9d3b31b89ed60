"""Benchmark: does a party's name in Arabic script find its records written only in Latin letters?

    python bench/native_retrieval.py --db URL [--index DIR]

The store must hold the lists and their resolution (``epoc lists import`` then ``epoc resolve``). For each
record with an Arabic-script original-script name (the UN's, METI's), every other record of its entity whose
names are all in Latin letters (OFAC, UK, BIS …) is a pair: the Arabic-script name is screened as a query.
Printed: how many pairs the scorer matches when it compares them directly, and of those, the share whose
Latin-only record the index fetches among its candidates (what retrieval loses before scoring); and, as a
check that the query still finds its own entity, the share of such names that screening finds their own
entity with.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from epoc.matching.party import Party
from epoc.matching.scorer import DEFAULT_THRESHOLD, default_scorer
from epoc.matching.search import CANDIDATES
from epoc.model import NameKind
from epoc.names.script import ARABIC, LATIN, detect_script
from epoc.services.screening.screener import Screener
from epoc.store import Store
from epoc.store.entities import EntityRepository
from epoc.store.records import RecordRepository


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True, help="a store holding every list, resolved")
    parser.add_argument("--index", type=Path, default=Path(tempfile.gettempdir()) / "epoc-native-index")
    args = parser.parse_args()
    store = Store.open(args.db)
    screener = Screener(store, args.index)
    screener.refresh()
    with store.read() as conn:
        records = {r.id: r for r in RecordRepository(conn).iter_active()}
        membership = EntityRepository(conn).membership()
    members: dict[str, list[str]] = {}
    for record_id, entity_id in membership.items():
        members.setdefault(entity_id, []).append(record_id)
    scorer = default_scorer()
    pairs = matched = fetched = names = found = 0
    for record in records.values():
        originals = (n for n in record.names if n.kind is NameKind.ORIGINAL_SCRIPT)
        native = next((n for n in originals if detect_script(n.text) == ARABIC), None)
        if native is None:
            continue
        query = Party(record.schema, (native,))
        candidates = set(screener.index.candidates(query, CANDIDATES))
        entity = membership.get(record.id)
        names += 1
        hits = screener.score(query, DEFAULT_THRESHOLD, 10)
        found += any(membership.get(h.record_id) == entity and h.comparison.match for h in hits)
        for other_id in members.get(entity or "", []):
            other = records.get(other_id)
            if other is None or other.id == record.id:
                continue
            if any(detect_script(n.text) != LATIN for n in other.names):
                continue
            pairs += 1
            if scorer.compare(query, Party.from_record(other)).match:
                matched += 1
                fetched += other.id in candidates
    share = found / max(1, names)
    print(f"Arabic-script names: {names}; found with their own entity by screening: {share:.3f}")
    print(f"pairs with a Latin-only record of the same entity: {pairs}; the scorer matches {matched}")
    print(f"of those, fetched by the index: {fetched / max(1, matched):.3f} ({fetched}/{matched})")
    store.close()


if __name__ == "__main__":
    main()
