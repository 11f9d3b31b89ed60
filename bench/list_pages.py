"""How fast the list's pages answer on a real store: the list with its filters, an entity, an export.

    epoc --db sqlite:///data/epoc.db demo          # the full real lists, resolved (what `make run` does)
    python bench/list_pages.py --db sqlite:///data/epoc.db [--repeat 20]

Prints the median and the slowest time of each service call behind a page (each page and its JSON twin
call the same one), as a German officer (a viewer: releasability filtered in the queries, the call audited).
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from epoc.model.access import Role, Viewer
from epoc.services.list.browse import browse_entities
from epoc.services.list.entities import show_entity
from epoc.services.list.exports import export
from epoc.store import Store
from epoc.store.entity_browse import EntityQuery


def timed(label: str, call: Callable[[], Any], repeat: int) -> Any:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - started) * 1000)
    print(f"{label:<44} median {statistics.median(times):8.1f} ms   max {max(times):8.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    store = Store.open(args.db)
    viewer = Viewer("bench-officer", Role.OFFICER, "DE")
    try:
        first = timed(
            "list, page 1 (with the filters' values)",
            lambda: browse_entities(store, EntityQuery(), viewer),
            args.repeat,
        )
        print(f"  {first['total']:,} entities, {len(first['facets']['programmes'])} programmes")
        pages = first["pages"]
        timed(
            "list, a page deep in (JSON, no facets)",
            lambda: browse_entities(store, EntityQuery(page=pages // 2), viewer, with_facets=False),
            args.repeat,
        )
        for label, query in [
            ("text 'trading'", EntityQuery(text="trading")),
            ("country IR", EntityQuery(country="IR")),
            ("programme NPWMD", EntityQuery(programme="NPWMD")),
            ("source un, Person", EntityQuery(source="un", schema="Person")),
            ("text 'shahid' + country IR", EntityQuery(text="shahid", country="IR")),
        ]:
            found = timed(
                f"list, {label}",
                lambda query=query: browse_entities(store, query, viewer, with_facets=False),
                args.repeat,
            )
            print(f"  {found['total']:,} entities")
        ids = [e["entity_id"] for e in browse_entities(store, EntityQuery(per_page=200), viewer)["entities"]]
        rng = random.Random(7)
        timed("an entity", lambda: show_entity(store, rng.choice(ids), viewer), args.repeat)
        for fmt in ("jsonl", "csv"):
            result = timed(
                f"export of the whole list ({fmt})",
                lambda fmt=fmt: export(store, fmt, io.BytesIO(), None, viewer),
                max(1, args.repeat // 10),
            )
            print(f"  {result['entities']:,} entities")
    finally:
        store.close()


if __name__ == "__main__":
    main()
