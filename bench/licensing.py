"""Benchmark: assessing licence applications of 10 parties against the whole real list.

    python -m epoc --db sqlite:////tmp/licensing.db lists import ../shared/data/raw   # once, minutes
    python -m epoc --db sqlite:////tmp/licensing.db resolve                          # once, minutes
    python bench/licensing.py [--db sqlite:////tmp/licensing.db] [--applications 40] [--denials 200]

1. adds --denials fictional denial notifications (Partner ``ZZ``, idempotent: the same ones every run),
   so that every party is also compared with the denials, as in practice;
2. makes --applications applications of 10 parties each (seeded): names taken from the lists as they are,
   typo'd, and invented names that should match nothing; two items, a destination, a red flag;
3. warms the screener (loads the saved index), then times ``assess`` alone on each application (the
   engine's part: screening, denials, Annex, destination, flags) and prints its p50/p95/max against the
   200 ms target;
4. times the batch as the desk runs it (``add_application``: assess, store, open consultations, audit, one
   transaction each) and prints applications per second.

Timings on a shared machine are noisy: say what else was running when you quote them.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from epoc.documents.denials import denial_from
from epoc.model.licensing import Application, ApplicationItem, ApplicationParty, PartyRole, red_flag_of
from epoc.services.denials.notifications import DenialImportOptions, save_denials
from epoc.services.licensing.applications import add_application, partner_reader
from epoc.services.licensing.assess import assess
from epoc.services.screening.screener import Screener
from epoc.store import Store
from epoc.store.tables import record_names as names

TARGET_MS = 200.0
INVENTED = ["Koravel", "Tessin", "Marundi", "Oblast", "Veyra", "Quintal", "Dorsk", "Halvaro", "Presk"]
ROLES = [PartyRole.CONSIGNEE, PartyRole.END_USER, *[PartyRole.INTERMEDIARY] * 6, *[PartyRole.PURCHASER] * 2]


def typo(name: str, rng: random.Random) -> str:
    if len(name) < 6:
        return name
    i = rng.randrange(1, len(name) - 1)
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


def list_names(store: Store, count: int, rng: random.Random) -> list[str]:
    with store.read() as conn:
        found = list(conn.scalars(select(names.c.text).where(names.c.kind == "primary").limit(200_000)))
    return rng.sample(found, min(count, len(found)))


def seed_denials(store: Store, pool: list[str], count: int, rng: random.Random) -> None:
    today = date.today()
    denials = []
    for n in range(count):
        denials.append(
            denial_from(
                {
                    "partner": "ZZ",
                    "reference": f"ZZ-BENCH-{n}",
                    "date": (today - timedelta(days=rng.randrange(10, 1500))).isoformat(),
                    "annex_codes": [rng.choice(["2.A.1", "3.A.1", "9.A.4", "6.C.7"])],
                    "catch_all": "no",
                    "item_description": "Bench item",
                    "consignee": {"name": pool[n % len(pool)], "country": "IR"},
                    "end_user": {"name": f"{rng.choice(INVENTED)} {rng.choice(INVENTED)} Works"},
                }
            )
        )
    save_denials(store, denials, DenialImportOptions(), "bench")


def applications(pool: list[str], count: int, rng: random.Random) -> list[Application]:
    out = []
    for n in range(count):
        parties = []
        for role in ROLES:
            kind = rng.random()
            if kind < 0.3:
                name = rng.choice(pool)
            elif kind < 0.5:
                name = typo(rng.choice(pool), rng)
            else:
                name = f"{rng.choice(INVENTED)} {rng.choice(INVENTED)} Trading LLC"
            parties.append(ApplicationParty(role, name, rng.choice(["AE", "IR", "CN", "TR", None])))
        out.append(
            Application(
                reference=f"BENCH-{n}",
                exporter=f"{rng.choice(INVENTED)} Aerospace GmbH",
                destination=rng.choice(["AE", "IR", "SG", "TR"]),
                end_use="Research",
                parties=tuple(parties),
                items=(
                    ApplicationItem("Solid rocket motor", rng.choice(["2.A.1", "3.A.1"]), "2", "100000"),
                    ApplicationItem("Fibre-optic gyroscope", "9.A.4", "10", "5000"),
                ),
                red_flags=(red_flag_of("unusual routing"),),
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="sqlite:////tmp/licensing.db")
    parser.add_argument("--index", type=Path, default=Path("data") / "index", help="The index root.")
    parser.add_argument("--applications", type=int, default=40)
    parser.add_argument("--denials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    store = Store.open(args.db)
    try:
        pool = list_names(store, 5000, rng)
        seed_denials(store, pool, args.denials, rng)
        screener = Screener(store, args.index)
        started = time.perf_counter()
        report = screener.refresh()
        _ = screener.index.searchable
        print(
            f"index ready in {time.perf_counter() - started:.1f} s "
            f"({len(report.loaded)} segments loaded, {len(report.built)} built)"
        )
        batch = applications(pool, args.applications, rng)
        reader = partner_reader("DE")
        today = date.today()
        with store.read() as conn:
            assess(conn, screener, batch[0], "DE", reader, today, refresh=False)  # first use: lazy state
            times, cpu = [], []
            bands: dict[str, int] = {}
            for application in batch:
                t0, c0 = time.perf_counter(), time.process_time()
                assessed = assess(conn, screener, application, "DE", reader, today, refresh=False)
                times.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
                bands[assessed.assessment.band] = bands.get(assessed.assessment.band, 0) + 1
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        verdict = "meets" if p95 <= TARGET_MS else "misses"
        print(
            f"assess, 10 parties + 2 items against the whole list and {args.denials} denials: "
            f"p50 {statistics.median(times):.0f} ms, p95 {p95:.0f} ms, max {times[-1]:.0f} ms "
            f"({verdict} the {TARGET_MS:.0f} ms target); CPU time p50 {statistics.median(cpu):.0f} ms "
            f"(the wall time less waiting for a shared core); bands {bands}"
        )
        t0 = time.perf_counter()
        for application in batch:
            add_application(store, screener, application, "DE", None, refresh=False)
        elapsed = time.perf_counter() - t0
        print(
            f"batch of {len(batch)} applications entered (assess + store + consultations + audit, one "
            f"transaction each): {len(batch) / elapsed:.1f} applications/s"
        )
    finally:
        store.close()


if __name__ == "__main__":
    main()
