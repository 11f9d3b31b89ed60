"""How fast the list's pages answer on a real store: the list with its filters, an entity, an export.

    epoc --db sqlite:///data/epoc.db demo          # the full real lists, resolved (what `make run` does)
    python bench/list_pages.py --db sqlite:///data/epoc.db [--repeat 20] [--editions]

Prints the median and the slowest time of each service call behind a page (each page and its JSON twin
call the same one), as a German officer (a viewer: releasability filtered in the queries, the call audited).

With ``--editions`` (it writes to the store: two editions, named by the time), also the making of an
edition of the included entities and of one with the public lists (as the local operator), the diff of the
two, and over HTTP the diff's page and JSON twin and the big edition's page and JSON twin, each with its size
in bytes (as a POC administrator, who reads it all).
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
    parser.add_argument("--editions", action="store_true", help="also make, diff and show two editions")
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
        ids = [e.entity_id for e in browse_entities(store, EntityQuery(per_page=200), viewer).entities]
        rng = random.Random(7)
        timed("an entity", lambda: show_entity(store, rng.choice(ids), viewer), args.repeat)
        for fmt in ("jsonl", "csv"):
            result = timed(
                f"export of the whole list ({fmt})",
                lambda fmt=fmt: export(store, fmt, io.BytesIO(), None, viewer),
                max(1, args.repeat // 10),
            )
            print(f"  {result.entities:,} entities")
        if args.editions:
            bench_editions(store, args.db, max(1, args.repeat // 10))
    finally:
        store.close()


def bench_editions(store: Store, url: str, repeat: int) -> None:
    import tempfile
    from pathlib import Path

    from fastapi.testclient import TestClient

    from epoc.services import accounts
    from epoc.services.list.editions import create_edition, diff_editions
    from epoc.settings import Settings
    from epoc.store.accounts import AccountRepository
    from epoc.web import create_app
    from epoc.web.security import SESSION_COOKIE

    stamp = time.strftime("%H%M%S")
    included, public = f"bench-included-{stamp}", f"bench-public-{stamp}"
    started = time.perf_counter()
    made = create_edition(store, included, None, None)
    print(f"{'an edition of the included entities':<44} {time.perf_counter() - started:8.1f} s")
    print(f"  {made.entities:,} entities")
    started = time.perf_counter()
    made = create_edition(store, public, None, None, include_public=True)
    print(f"{'an edition with the public lists':<44} {time.perf_counter() - started:8.1f} s")
    print(f"  {made.entities:,} entities")
    diff = timed("the diff of the two", lambda: diff_editions(store, included, public), repeat)
    print(f"  {diff.counts.added + diff.counts.removed + diff.counts.changed:,} rows")
    username = f"bench-editor-{stamp}"
    accounts.create_user(store, username, Role.POC_ADMIN, "bench password, not kept", "POC", "Bench")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), database_url=url, import_dir=Path(tmp))
        client = TestClient(create_app(settings, store), base_url="http://testserver")
        with store.read() as conn:
            who = accounts.viewer_from_row(AccountRepository(conn).get_user(username))
        cookie, _csrf = accounts.start_session(store, settings, who, "bench", "bench")
        client.cookies.set(SESSION_COOKIE, cookie)
        for label, path in [
            ("the diff's page", f"/editions/{included}/diff?to={public}"),
            ("the diff's JSON", f"/api/v1/editions/{included}/diff/{public}"),
            ("the big edition's page", f"/editions/{public}"),
            ("the big edition's JSON", f"/api/v1/editions/{public}"),
        ]:
            answer = timed(label, lambda path=path: client.get(path), repeat)
            assert answer.status_code == 200, (path, answer.status_code, answer.text[:300])
            print(f"  {len(answer.content):,} bytes")


if __name__ == "__main__":
    main()
