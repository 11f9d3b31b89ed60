"""Benchmark: CPU per screening request end to end — HTTP parsing, routing, the bearer token, the screening,
the audit append, the JSON answer — measured as the server processes' own CPU time (utime + stime from
/proc, every worker counted) divided by the requests answered. CPU time hardly depends on what else the
machine runs, unlike requests/s and latency, which are printed too with the load beside them.

    python bench/screen_http_cpu.py [--db URL [--fill]] [--requests 8000] [--clients 20] [--workers 1]
                                    [--profile F]

Without ``--db`` the store is the web tests' (a few marked lists) in a fresh SQLite file; with it (a copy
of a real store: never the original, the bench writes tokens and audit entries) the queries are its own
names, perturbed as bench/screen.py perturbs them; ``--fill`` puts the web tests' lists in an empty
``--db`` (a PostgreSQL database of your own, say, for a multi-process server on PostgreSQL).
``--profile F`` runs a one-process server under cProfile and writes its statistics to F (read with
``python -m pstats F``). Target: ≤ 3 ms CPU per request, and ≥ 500 requests/s with p99 ≤ 100 ms for 20
closed-loop clients on 2 idle cores.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from epoc.model.access import Role
from epoc.model.errors import EpocError
from epoc.services import accounts
from epoc.services.screening.screener import Screener
from epoc.settings import Settings
from epoc.store import Store
from epoc.store.accounts import AccountRepository
from epoc.store.records import RecordRepository
from epoc.web.fonts import WebFont, build_subset
from screen import make_queries
from web_load import free_port
from web_screen import fire, load, ms

PROFILED = """
import cProfile, signal, uvicorn
from epoc.settings import Settings
from epoc.web import create_app
signal.raise_signal = lambda number: None
app = create_app(Settings())
profile = cProfile.Profile()
profile.enable()
uvicorn.Server(uvicorn.Config(app, port={port}, log_level="warning", access_log=False)).run()
profile.disable()
profile.dump_stats({out!r})
"""


def tree_cpu(root: int) -> float:
    """CPU seconds (user + system) of a process and every live descendant."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    wanted, total = {root}, 0.0
    changed = True
    while changed:
        changed = False
        for pid, parent in parents.items():
            if parent in wanted and pid not in wanted:
                wanted.add(pid)
                changed = True
    for pid in wanted:
        total += times.get(pid, 0.0)
    return total


def tree_rss(root: int) -> tuple[float, float]:
    """Resident and peak resident MB (VmRSS, VmHWM) of a process and its live descendants, summed."""
    now = peak = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = dict(
                line.split(":", 1) for line in (entry / "status").read_text().splitlines() if ":" in line
            )
        except OSError:
            continue
        pid, parent = int(entry.name), int(status.get("PPid", "0").strip() or 0)
        if pid == root or parent == root:
            now += int(status.get("VmRSS", "0 kB").split()[0]) / 1024
            peak += int(status.get("VmHWM", "0 kB").split()[0]) / 1024
    return now, peak


def prepare(base: Path, db: str | None, count: int, fill: bool) -> tuple[str, str, list[dict]]:
    """The store (the web tests' when none is given), its index built and saved, a token, the queries."""
    if db is None or fill:
        from tests.webapp import fill_store

        db = db or f"sqlite:///{base / 'epoc.db'}"
        store = Store.open(db)
        fill_store(store)
    else:
        store = Store.open(db)
    try:
        settings = Settings(data_dir=base / "data", database_url=db)
        started = time.perf_counter()
        Screener(store, settings.index_dir).refresh()
        print(f"index built and saved in {time.perf_counter() - started:.1f} s", flush=True)
        with contextlib.suppress(OSError, ImportError):  # the pages' font, made once per data folder:
            build_subset(WebFont(settings.data_dir).path)  # not while the requests are counted
        with store.read() as conn:
            records = list(RecordRepository(conn).iter_active())
        with contextlib.suppress(EpocError):  # made by an earlier run on this copy
            accounts.create_user(store, "bench-officer", Role.OFFICER, accounts.generate_password(), "FR")
        with store.read() as conn:
            viewer = accounts.viewer_from_row(AccountRepository(conn).get_user("bench-officer"))
        token = accounts.issue_token(store, settings, viewer, "bench").token
    finally:
        store.close()
    print(f"{len(records):,} records", flush=True)
    return db, token, make_queries(records, count)


def start(db: str, port: int, base: Path, workers: int, profile: str | None) -> subprocess.Popen[bytes]:
    import httpx2 as httpx

    env = {**os.environ, "EPOC_DATABASE_URL": db, "EPOC_DATA_DIR": str(base / "data")}
    command = [sys.executable, "-m", "epoc", "serve", "--port", str(port), "--workers", str(workers)]
    if profile:  # uvicorn re-raises SIGTERM after its shutdown: keep the process alive to write the profile
        command = [sys.executable, "-c", PROFILED.format(port=port, out=profile)]
    with (base / "server.log").open("wb") as sink:
        process = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("the server did not start: " + (base / "server.log").read_text(errors="replace"))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="a store to serve (a copy: the bench writes to it)")
    parser.add_argument("--fill", action="store_true", help="fill the (empty) --db with the web tests' lists")
    # enough requests that the index's lazy unpacking of the entries first touched (a warm-up cost) does not
    # decide the figure: over 3,000 it swung 3.4-4.9 ms on one commit, over 8,000 it is steady
    parser.add_argument("--requests", type=int, default=8000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--profile", help="write the one-process server's cProfile statistics here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="epoc-http-cpu-") as folder:
        base = Path(folder)
        db, token, queries = prepare(base, args.db, args.requests + args.warmup, args.fill)
        port = free_port()
        process = start(db, port, base, 1 if args.profile else args.workers, args.profile)
        url = f"http://127.0.0.1:{port}"
        try:
            asyncio.run(fire(url, token, queries[: args.warmup], args.clients))  # index loaded, caches warm
            before_load, cpu_before = load(), tree_cpu(process.pid)
            latencies, errors, seconds = asyncio.run(fire(url, token, queries[args.warmup :], args.clients))
            cpu = tree_cpu(process.pid) - cpu_before
            rss, peak = tree_rss(process.pid)
            after_load = load()
        finally:
            process.terminate()
            process.wait(timeout=60)
        count = len(latencies)
        print(
            f"POST /api/v1/screen: {count:,} requests, {args.clients} closed-loop clients, "
            f"{args.workers if not args.profile else 1} server process(es)"
        )
        print(f"  server CPU {cpu / count * 1000:.2f} ms per request (all its processes)")
        print(
            f"  {count / seconds:,.0f} requests/s   p50 {ms(latencies, 0.5):.1f} ms   "
            f"p99 {ms(latencies, 0.99):.1f} ms   mean {statistics.fmean(latencies) * 1000:.1f} ms   "
            f"{len(errors)} errors"
        )
        print(f"  server memory {rss:,.0f} MB resident at the end, {peak:,.0f} MB at most")
        print(f"  load before {before_load}, after {after_load} (shared cores: req/s, latency noisy)")
        for note in errors[:5]:
            print("  error:", note)
        if errors:  # the server's own account of them, before its folder goes
            log = (base / "server.log").read_text(errors="replace").splitlines()
            print("  server log, last lines:", *log[-40:], sep="\n    ")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
