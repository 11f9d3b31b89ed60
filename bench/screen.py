"""Benchmark: screening throughput against every real list, and the peer on the same queries.

    python bench/screen.py [--raw PATH] [--parties 10000] [--peer-parties 1000]

1. imports every list in ../shared/data/raw into a fresh SQLite database (not timed here);
2. writes --parties queries (list names as they are, typo'd, reordered, with countries; and invented names
   that should match nothing), seeded, to a JSONL file;
3. runs `epoc screen` on them twice as a new process each time: cold (the index is built) and warm (the
   saved index is loaded) — end to end, process start included; prints parties/s;
4. in process: steady-state parties/s of `Screener.score` on one core, and the p50/p95 of one query;
5. the peer: nomenklatura's LogicV2 (`pip install -e .[bench]`) scoring the candidates a token index gives
   it (as yente does: the best 10 by shared name tokens), on the first --peer-parties queries, against the
   same records; prints its steady-state parties/s, ours on the same queries, and the ratio.

Timings on a shared machine are noisy: say what else was running when you quote them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from epoc.matching.party import Party
from epoc.model import NameKind
from epoc.names.fold import fold
from epoc.services.records.imports import import_paths
from epoc.services.screening.screener import Screener
from epoc.sources.base import ImportOptions
from epoc.store import Store
from epoc.store.records import RecordRepository

RAW = Path(__file__).resolve().parents[2] / "shared" / "data" / "raw"
FTM_SCHEMAS = {"Aircraft": "Airplane"}  # FollowTheMoney's names where they differ from ours
SYLLABLES = [
    "ka",
    "ro",
    "mi",
    "ten",
    "sul",
    "va",
    "de",
    "lor",
    "bin",
    "ha",
    "zu",
    "pe",
    "ri",
    "mon",
    "tal",
    "or",
    "gi",
    "ne",
    "sa",
    "lu",
    "fer",
    "dam",
    "qi",
    "xo",
]


def typo(rng: random.Random, text: str) -> str:
    chars = list(text)
    letters = [i for i, c in enumerate(chars) if c.isalpha()]
    if len(letters) < 6:
        return text
    i = rng.choice(letters[1:])
    kind = rng.randrange(4)
    if kind == 0:
        del chars[i]
    elif kind == 1:
        chars.insert(i, rng.choice("aeiourstnl"))
    elif kind == 2:
        chars[i] = rng.choice("aeiourstnl")
    elif i + 1 < len(chars):
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def invented(rng: random.Random) -> str:
    words = [
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) for _ in range(rng.randint(2, 3))
    ]
    return " ".join(w.capitalize() for w in words)


def make_queries(records: list, count: int, seed: int = 2026) -> list[dict]:
    rng = random.Random(seed)
    queries = []
    for n in range(count):
        roll = rng.random()
        if roll < 0.3:
            queries.append({"id": f"q{n}", "schema": "LegalEntity", "names": [invented(rng)]})
            continue
        record = rng.choice(records)
        names = [x.text for x in record.names if x.kind is not NameKind.WEAK_ALIAS] or [record.caption]
        name = rng.choice(names)
        if roll < 0.55:
            name = typo(rng, name)
        elif roll < 0.65:
            name = " ".join(reversed(name.split()))
        query = {"id": f"q{n}", "schema": record.schema.value, "names": [name]}
        if record.countries and rng.random() < 0.5:
            query["countries"] = record.countries[:1]
        if record.birth_dates and rng.random() < 0.5:
            query["birth_dates"] = record.birth_dates[:1]
        queries.append(query)
    return queries


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cli(env: dict[str, str], db: str, queries: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the process and its workers) of one `epoc screen` run."""
    started = time.perf_counter()
    cpu = _children_cpu()
    with out.open("w") as sink:
        subprocess.run(
            [sys.executable, "-m", "epoc", "--db", db, "screen", "-i", str(queries)],
            env=env,
            stdout=sink,
            check=True,
        )
    return time.perf_counter() - started, _children_cpu() - cpu


def peer_throughput(records: list, queries: list[dict]) -> tuple[float, float]:
    """nomenklatura LogicV2 on the best 10 candidates of a token index; (parties/s, mean candidates)."""
    from followthemoney import model
    from nomenklatura.matching import LogicV2
    from nomenklatura.matching.types import ScoringConfig

    entities = []
    postings: dict[str, list[int]] = defaultdict(list)
    for number, record in enumerate(records):
        proxy = model.make_entity(FTM_SCHEMAS.get(record.schema.value, record.schema.value))
        proxy.id = record.id
        for i, name in enumerate(record.names):
            proxy.add("name" if i == 0 else "alias", name.text)
        for country in record.countries:
            proxy.add("country", country)
        if proxy.schema.is_a("Person"):
            for date in record.birth_dates:
                proxy.add("birthDate", date[:10])
        entities.append(proxy)
        for token in {t for name in record.names for t in fold(name.text).split()}:
            postings[token].append(number)
    config = ScoringConfig.defaults()
    candidates_seen = 0
    started = time.perf_counter()
    for query in queries:
        proxy = model.make_entity(FTM_SCHEMAS.get(query["schema"], query["schema"]))
        proxy.id = query["id"]
        for name in query["names"]:
            proxy.add("name", name)
        for country in query.get("countries", []):
            proxy.add("country", country)
        if proxy.schema.is_a("Person"):
            for date in query.get("birth_dates", []):
                proxy.add("birthDate", date[:10])
        votes: Counter[int] = Counter()
        for token in {t for name in query["names"] for t in fold(name).split()}:
            hits = postings.get(token, [])
            if len(hits) < 5000:
                votes.update(hits)
        for number, _ in votes.most_common(10):
            candidates_seen += 1
            LogicV2.compare(proxy, entities[number], config)
    elapsed = time.perf_counter() - started
    return len(queries) / elapsed, candidates_seen / max(1, len(queries))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--raw", type=Path, default=RAW)
    parser.add_argument("--parties", type=int, default=10_000)
    parser.add_argument("--peer-parties", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        db = f"sqlite:///{base / 'epoc.db'}"
        store = Store.open(db)
        started = time.perf_counter()
        report = import_paths(store, [args.raw], ImportOptions())
        if not report.ok:
            raise SystemExit("import failed")
        with store.read() as conn:
            records = list(RecordRepository(conn).iter_active())
        print(
            f"lists: {len(records):,} records, {sum(len(r.names) for r in records):,} names "
            f"(imported in {time.perf_counter() - started:.1f} s)"
        )
        queries = make_queries(records, args.parties)
        query_file = base / "queries.jsonl"
        query_file.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in queries))
        env = {**os.environ, "EPOC_DATA_DIR": str(base / "data")}
        cold, cold_cpu = run_cli(env, db, query_file, base / "cold.jsonl")
        warm, warm_cpu = run_cli(env, db, query_file, base / "warm.jsonl")
        results = [json.loads(line) for line in (base / "warm.jsonl").open()]
        matched = sum(1 for r in results if any(m["match"] for m in r.get("matches", [])))
        print(f"epoc screen, {len(queries):,} parties, end to end (process start included):")
        print(
            f"  cold (index built):  {cold:6.1f} s  {len(queries) / cold:8,.0f} parties/s   "
            f"(CPU {cold_cpu:.1f} s: {len(queries) / (cold_cpu / 2):,.0f} parties/s on 2 idle cores)"
        )
        print(
            f"  warm (index loaded): {warm:6.1f} s  {len(queries) / warm:8,.0f} parties/s   "
            f"(CPU {warm_cpu:.1f} s: {len(queries) / (warm_cpu / 2):,.0f} parties/s on 2 idle cores; "
            f"{matched:,} parties with a match)"
        )

        screener = Screener(store, base / "data" / "index")
        screener.refresh()
        parties = [Party.from_query(q) for q in queries]
        for party in parties[:200]:
            screener.score(party, 0.7, 5)
        latencies = []
        started = time.perf_counter()
        cpu = time.process_time()
        for party in parties:
            t0 = time.perf_counter()
            screener.score(party, 0.7, 5)
            latencies.append(time.perf_counter() - t0)
        ours = len(parties) / (time.perf_counter() - started)
        ours_cpu = len(parties) / (time.process_time() - cpu)
        latencies.sort()
        print(
            f"in process, one core: {ours:,.0f} parties/s steady state ({ours_cpu:,.0f} per CPU second); "
            "one query p50 "
            f"{statistics.median(latencies) * 1000:.2f} ms, "
            f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.2f} ms"
        )

        subset = queries[: args.peer_parties]
        try:
            peer, per_query = peer_throughput(records, subset)
        except ImportError:
            print("peer: nomenklatura is not installed (pip install -e '.[bench]')")
            return
        started = time.perf_counter()
        for party in parties[: len(subset)]:
            screener.score(party, 0.7, 5)
        ours_subset = len(subset) / (time.perf_counter() - started)
        print(
            f"peer (nomenklatura LogicV2 on {per_query:.1f} token-index candidates per party), "
            f"{len(subset):,} parties, one core: {peer:,.1f} parties/s"
        )
        print(
            f"epoc on the same parties, one core: {ours_subset:,.0f} parties/s; "
            f"ratio {ours_subset / peer:,.1f}x"
        )
        store.close()


if __name__ == "__main__":
    main()
