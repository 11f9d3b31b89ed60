"""Load on the web application over loopback: N concurrent users browsing (and screening, once
``POST /api/v1/screen`` exists) for a duration; prints requests/s, p50/p99 latency per kind, and errors.

    python bench/web_load.py --db sqlite:///data/epoc.db --users 50 --duration 300
    python bench/web_load.py --url http://127.0.0.1:8000 --username u --password p   # a running server

Without ``--url`` it serves the database given (after ``make run`` or ``epoc demo``: the full real lists)
with ``epoc serve`` in a subprocess on a free port, and creates a bench account there. Each user signs in
through the sign-in form once, then loops: dashboard, a search, a record from the results, the sources
page, the JSON twin of a search, and (``--screen``) a screening request. The issue's target: 50 users for
5 minutes, 0 errors; for ``POST /api/v1/screen``: p50 ≤ 10 ms and p99 ≤ 50 ms at 20 clients.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

import httpx2 as httpx  # the project's HTTP client (Starlette's test client uses it too)

TERMS = [
    "trading",
    "industr",
    "korea",
    "iran",
    "aero",
    "shahid",
    "precision",
    "mining",
    "missile",
    "tech",
    "company",
    "group",
    "engineering",
    "electronic",
    "bank",
    "ltd",
    "hoesa",
    "sanaye",
    "veltrana",
    "korvan",
]
PARTIES = [
    {"schema": "Organization", "names": ["Shahid Hemat Industries Group"], "countries": ["IR"]},
    {"schema": "Organization", "names": ["Korea Mining Development Trading Corp"], "countries": ["KP"]},
    {"schema": "Person", "names": ["LI Fang Wei"], "countries": ["CN"]},
    {"schema": "Organization", "names": ["Rosoboronexport"], "countries": ["RU"]},
]
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
RECORD_LINK = re.compile(r'href="/records/([^"?]+)"')


class Stats:
    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.examples: list[str] = []

    def add(self, kind: str, seconds: float, ok: bool, note: str = "") -> None:
        self.latency[kind].append(seconds)
        if not ok:
            self.errors[kind] += 1
            if len(self.examples) < 5:
                self.examples.append(f"{kind}: {note}")


async def timed(stats: Stats, kind: str, call, expect: tuple[int, ...] = (200,)) -> httpx.Response | None:
    start = time.perf_counter()
    try:
        response = await call()
    except httpx.HTTPError as exc:
        stats.add(kind, time.perf_counter() - start, False, f"{exc.__class__.__name__}: {exc}")
        return None
    stats.add(
        kind, time.perf_counter() - start, response.status_code in expect, f"HTTP {response.status_code}"
    )
    return response


async def user(
    base: str, username: str, password: str, until: float, stats: Stats, screen: bool, seed: int, ramp: float
) -> None:
    rng = random.Random(seed)
    await asyncio.sleep(rng.uniform(0, ramp))  # people do not all sign in in the same second
    async with httpx.AsyncClient(base_url=base, timeout=60, follow_redirects=False) as client:
        form = await timed(stats, "sign-in", lambda: client.get("/login"))
        if form is None:
            return
        data = {
            "username": username,
            "password": password,
            "csrf_token": CSRF.search(form.text).group(1),
            "next": "/",
        }
        signed = await timed(stats, "sign-in", lambda: client.post("/login", data=data), expect=(303,))
        if signed is None or signed.status_code != 303:
            return
        home = await timed(stats, "dashboard", lambda: client.get("/"))
        found = CSRF.search(home.text) if home is not None else None
        csrf = found.group(1) if found else ""  # the session's token, for POST /api/v1/screen
        records: list[str] = []
        while time.monotonic() < until:
            term = rng.choice(TERMS)
            step = rng.random()
            if step < 0.15:
                await timed(stats, "dashboard", lambda: client.get("/"))
            elif step < 0.45:
                page = await timed(
                    stats, "search page", lambda t=term: client.get("/records", params={"q": t})
                )
                if page is not None:
                    records.extend(RECORD_LINK.findall(page.text)[:5])
                    del records[:-50]
            elif step < 0.70 and records:
                record = rng.choice(records)
                await timed(stats, "record page", lambda r=record: client.get(f"/records/{r}"))
            elif step < 0.80:
                await timed(stats, "sources page", lambda: client.get("/sources"))
            elif step < 0.90 or not screen:
                await timed(
                    stats, "search json", lambda t=term: client.get("/api/v1/records", params={"q": t})
                )
            else:
                body = rng.choice(PARTIES)
                headers = {"X-CSRF-Token": csrf}
                await timed(
                    stats,
                    "screen",
                    lambda b=body, h=headers: client.post("/api/v1/screen", json=b, headers=h),
                )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(
    db: str, port: int, log: Path, workers: int, env: dict[str, str] | None = None, wait: float = 60
) -> subprocess.Popen[bytes]:
    """`epoc serve` over ``db`` in a subprocess (its output in ``log``), once it answers /healthz."""
    env = {**os.environ, **(env or {}), "EPOC_DATABASE_URL": db}
    with log.open("wb") as sink:  # the server's own log, to read when something failed
        process = subprocess.Popen(
            [sys.executable, "-m", "epoc", "serve", "--port", str(port), "--workers", str(workers)],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start: " + log.read_text(errors="replace"))


def bench_account(db: str) -> tuple[str, str]:
    from epoc.model.access import Role
    from epoc.model.errors import NotFound
    from epoc.services import accounts
    from epoc.store import Store

    store = Store.open(db)
    try:
        try:
            accounts.get_user(store, "bench-officer")
            password = accounts.reset_password(store, "bench-officer")
        except NotFound:
            password = accounts.generate_password()
            accounts.create_user(store, "bench-officer", Role.OFFICER, password, "FR", "Load benchmark")
    finally:
        store.close()
    return "bench-officer", password


def report(stats: Stats, elapsed: float, users: int) -> int:
    total = sum(len(v) for v in stats.latency.values())
    errors = sum(stats.errors.values())
    rate = total / elapsed
    print(f"{users} users, {elapsed:.0f} s: {total:,} requests, {rate:,.1f} requests/s, {errors} errors")
    print(f"{'kind':<14}{'count':>8}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'errors':>8}")
    everything: list[float] = []
    for kind, values in sorted(stats.latency.items()):
        everything += values
        print(
            f"{kind:<14}{len(values):>8}{_pct(values, 50):>9.1f}{_pct(values, 99):>9.1f}"
            f"{max(values) * 1000:>9.1f}{stats.errors[kind]:>8}"
        )
    if everything:
        print(
            f"{'all':<14}{len(everything):>8}{_pct(everything, 50):>9.1f}{_pct(everything, 99):>9.1f}"
            f"{max(everything) * 1000:>9.1f}{errors:>8}"
        )
    for example in stats.examples:
        print("  error:", example)
    return 1 if errors else 0


def _pct(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] * 1000 if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000


async def run(
    base: str, username: str, password: str, users: int, duration: float, screen: bool, ramp: float
) -> int:
    stats = Stats()
    start = time.monotonic()
    until = start + duration
    await asyncio.gather(
        *(user(base, username, password, until, stats, screen, seed, ramp) for seed in range(users))
    )
    return report(stats, time.monotonic() - start, users)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--db", default=os.environ.get("EPOC_DATABASE_URL", f"sqlite:///{Path('data/epoc.db')}")
    )
    parser.add_argument("--url", help="a running server (then --username and --password)")
    parser.add_argument("--username")
    parser.add_argument("--password")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=float, default=300.0, help="seconds")
    parser.add_argument(
        "--screen", action="store_true", help="also POST /api/v1/screen (when screening exists)"
    )
    parser.add_argument("--workers", type=int, default=1, help="server processes (epoc serve --workers)")
    parser.add_argument("--ramp", type=float, default=20.0, help="seconds over which users sign in")
    args = parser.parse_args()
    process = None
    if args.url:
        base, username, password = args.url, args.username, args.password
        if not (username and password):
            parser.error("--url needs --username and --password")
    else:
        username, password = bench_account(args.db)
        port = free_port()
        log = Path(tempfile.gettempdir()) / f"epoc-web-load-{port}.log"
        process = start_server(args.db, port, log, args.workers)
        print(f"server log: {log}", flush=True)
        base = f"http://127.0.0.1:{port}"
    print(f"load on {base} ({quote(args.db) if not args.url else 'external server'})", flush=True)
    try:
        return asyncio.run(run(base, username, password, args.users, args.duration, args.screen, args.ramp))
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
