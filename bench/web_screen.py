"""Benchmark: `POST /api/v1/screen` over loopback against every real list, one party per request.

    python bench/web_screen.py [--raw PATH] [--requests 4000] [--clients 20] [--workers 1] [--rate R]

1. imports every list in ../shared/data/raw into a fresh SQLite database and builds the screening index
   (not timed here);
2. serves it with `epoc serve` in a subprocess on a free loopback port (the app loads the saved index once,
   at start) and makes a bench account with an API token (an officer of a Partner);
3. fires --requests screening requests from --clients concurrent clients (httpx, async; each client sends
   its next request when the last one is answered), each one party: a real list name, perturbed as
   bench/screen.py perturbs them (typos, reordered words, invented names that should match nothing);
4. prints p50, p99 and max latency, errors and requests/s. Targets: p50 ≤ 10 ms, p99 ≤ 50 ms, 0 errors.

Closed loop (the default), latency is concurrency / throughput (Little's law): 20 clients waiting on a
server that answers R requests/s see about 20/R s each. ``--rate R`` sends R requests/s on a fixed
schedule instead (open loop), which shows the latency of one request at a load the server sustains.

Each request is a whole screening as an officer would make it: sign-in by token, releasability, the index,
the explained scorer, the entity lookup and the audit entry. Timings on a shared machine are noisy: the
load (`uptime`) before and after is printed with them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx2 as httpx  # the project's HTTP client (Starlette's test client uses it too)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from epoc.model.access import Role
from epoc.services import accounts
from epoc.services.records.imports import import_paths
from epoc.services.screening.screener import Screener
from epoc.settings import Settings
from epoc.sources.base import ImportOptions
from epoc.store import Store
from epoc.store.accounts import AccountRepository
from epoc.store.records import RecordRepository
from screen import RAW, make_queries
from web_load import free_port, start_server


def load() -> str:
    """The load averages, as `uptime` gives them."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def prepare(base: Path, raw: Path, parties: int) -> tuple[str, str, list[dict]]:
    """The database with every list, its saved index, a bench token, and the queries."""
    db = f"sqlite:///{base / 'epoc.db'}"
    settings = Settings(data_dir=base / "data", database_url=db)
    store = Store.open(db)
    try:
        started = time.perf_counter()
        if not import_paths(store, [raw], ImportOptions()).ok:
            raise SystemExit("import failed")
        with store.read() as conn:
            records = list(RecordRepository(conn).iter_active())
        Screener(store, settings.index_dir).refresh()  # built and saved: the server only loads it
        print(
            f"lists: {len(records):,} records, {sum(len(r.names) for r in records):,} names "
            f"(imported and indexed in {time.perf_counter() - started:.1f} s)",
            flush=True,
        )
        accounts.create_user(store, "bench-officer", Role.OFFICER, accounts.generate_password(), "FR")
        with store.read() as conn:
            viewer = accounts.viewer_from_row(AccountRepository(conn).get_user("bench-officer"))
        token = accounts.issue_token(store, settings, viewer, "bench").token
    finally:
        store.close()
    return db, token, make_queries(records, parties)


async def fire(
    base: str, token: str, queries: list[dict], clients: int, rate: float = 0.0
) -> tuple[list[float], list[str], float]:
    """Each client takes the next query when its last answer is in (closed loop), or, with ``rate``, when
    its turn in a fixed schedule of ``rate`` requests/s comes (open loop: latency counts from the
    scheduled moment, so a server falling behind shows in it); (latencies, errors, seconds)."""
    latencies: list[float] = []
    errors: list[str] = []
    pending = iter(enumerate(queries))
    headers = {"Authorization": f"Bearer {token}"}
    origin = time.perf_counter()

    async def client() -> None:
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as http:
            for number, query in pending:
                started = time.perf_counter()
                if rate:
                    started = origin + number / rate
                    await asyncio.sleep(max(0.0, started - time.perf_counter()))
                try:
                    response = await http.post("/api/v1/screen", json=query)
                    ok = response.status_code == 200 and "matches" in response.json()
                    note = f"HTTP {response.status_code}: {response.text[:200]}"
                except httpx.HTTPError as exc:
                    ok, note = False, f"{exc.__class__.__name__}: {exc}"
                latencies.append(time.perf_counter() - started)
                if not ok:
                    errors.append(note)

    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies, errors, time.perf_counter() - origin


def ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--raw", type=Path, default=RAW)
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1, help="server processes (epoc serve --workers)")
    parser.add_argument("--warmup", type=int, default=200, help="requests before measuring")
    parser.add_argument(
        "--rate",
        type=float,
        default=0.0,
        help="open loop: this many requests/s on a fixed schedule (default: closed loop)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        db, token, queries = prepare(base, args.raw, args.requests + args.warmup)
        port = free_port()
        # the app loads the saved index once, at start: allow it two minutes
        data = {"EPOC_DATA_DIR": str(base / "data")}
        process = start_server(db, port, base / "server.log", args.workers, data, wait=120)
        try:
            url = f"http://127.0.0.1:{port}"
            asyncio.run(fire(url, token, queries[: args.warmup], args.clients))  # index loaded, caches warm
            print(f"load before: {load()}", flush=True)
            latencies, errors, seconds = asyncio.run(
                fire(url, token, queries[args.warmup :], args.clients, args.rate)
            )
            print(f"load after:  {load()}")
        finally:
            process.terminate()
            process.wait(timeout=30)
        pace = f"open loop at {args.rate:g} requests/s" if args.rate else "closed loop"
        print(
            f"POST /api/v1/screen, {len(latencies):,} requests from {args.clients} clients ({pace}), "
            f"{args.workers} server process(es):"
        )
        print(
            f"  p50 {ms(latencies, 0.50):.1f} ms   p99 {ms(latencies, 0.99):.1f} ms   "
            f"max {max(latencies) * 1000:.1f} ms   mean {statistics.fmean(latencies) * 1000:.1f} ms"
        )
        print(f"  {len(latencies) / seconds:,.1f} requests/s   {len(errors)} errors")
        for note in errors[:5]:
            print("  error:", note)
        print("  targets: p50 ≤ 10 ms, p99 ≤ 50 ms, 0 errors")
        print(
            json.dumps({"p50_ms": ms(latencies, 0.5), "p99_ms": ms(latencies, 0.99), "errors": len(errors)})
        )
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
