"""Benchmark: a synthetic list of 1,000,000 names — index build time, query latency, memory.

    python bench/index_million.py [--names 1000000] [--queries 1000]

Builds the candidate index over invented persons and companies (seeded: given names, family names and
company words drawn from generated vocabularies, with aliases), then screens --queries parties against it
(half list names with a typo, half invented names) through the same path as `epoc screen` (retrieval,
quick estimate, full comparison) and prints the build time, the p50/p95 latency of one query, and the
peak memory of the process (targets: <= 60 s, p50 <= 20 ms, <= 2 GB). Timings on a shared machine are
noisy: say what else was running when you quote them.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time

from epoc.matching.index import CandidateIndex, Segment
from epoc.matching.party import Party
from epoc.matching.scorer import default_scorer
from epoc.matching.search import best_candidates
from epoc.model import Name, Schema

ONSETS = [
    "b",
    "c",
    "d",
    "f",
    "g",
    "h",
    "j",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "br",
    "ch",
    "dr",
    "gr",
    "kh",
    "sh",
    "st",
    "tr",
]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ou", "ia"]
CODAS = ["", "", "n", "r", "s", "l", "m", "k", "t"]
FORMS = ["Co. Ltd", "LLC", "Trading Company", "Industrial Group", "GmbH", "FZE", "Corporation", "JSC"]


def word(rng: random.Random, syllables: int) -> str:
    return "".join(
        rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables)
    ).capitalize()


def vocabulary(rng: random.Random, size: int, low: int, high: int) -> list[str]:
    # dict, not set: a set's order follows string hashing, which changes every run (so did the list)
    return list(dict.fromkeys(word(rng, rng.randint(low, high)) for _ in range(size)))


def generate(count: int, seed: int = 1) -> list[tuple]:
    rng = random.Random(seed)
    given = vocabulary(rng, 20_000, 1, 3)
    family = vocabulary(rng, 150_000, 2, 3)
    company = vocabulary(rng, 200_000, 2, 3)
    packed = []
    made = 0
    number = 0
    while made < count:
        number += 1
        if rng.random() < 0.6:
            names = [f"{rng.choice(given)} {rng.choice(family)}"]
            if rng.random() < 0.3:
                names.append(f"{rng.choice(given)} {rng.choice(given)} {rng.choice(family)}")
            schema = "Person"
        else:
            stem = " ".join(rng.choice(company) for _ in range(rng.randint(1, 3)))
            names = [f"{stem} {rng.choice(FORMS)}"]
            if rng.random() < 0.4:
                names.append(stem)
            schema = "Company"
        names = names[: count - made]
        made += len(names)
        packed.append(
            (
                f"synthetic:{number}",
                names[0],
                (0, 0, (), False),
                schema,
                tuple((n, "primary" if i == 0 else "alias", "Latin", None) for i, n in enumerate(names)),
                (),
                (),
                (),
                (),
            )
        )
    return packed


def typo(rng: random.Random, text: str) -> str:
    chars = list(text)
    i = rng.randrange(1, len(chars))
    if chars[i].isalpha():
        chars[i] = rng.choice("aeioulnrst")
    return "".join(chars)


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--names", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=1000)
    args = parser.parse_args()
    started = time.perf_counter()
    packed = generate(args.names)
    print(
        f"generated {args.names:,} names in {len(packed):,} records ({time.perf_counter() - started:.1f} s)"
    )
    started = time.perf_counter()
    cpu = _cpu()
    index = CandidateIndex([Segment.build("synthetic", 1, packed)])
    segment = index.searchable
    assert segment is not None
    print(
        f"index built in {time.perf_counter() - started:.1f} s ({_cpu() - cpu:.1f} s CPU, workers included): "
        f"{segment.names:,} names, {len(segment.vocab):,} keys, {len(segment.postings):,} postings"
    )
    rng = random.Random(2)
    queries = []
    for _ in range(args.queries):
        if rng.random() < 0.5:
            record = rng.choice(packed)
            text = typo(rng, rng.choice(record[4])[0])
            queries.append(Party(Schema(record[3]), (Name(text),)))
        else:
            queries.append(Party(Schema.LEGAL_ENTITY, (Name(f"{word(rng, 2)} {word(rng, 3)}"),)))
    scorer = default_scorer()
    for party in queries[:50]:
        best_candidates(index, scorer, party, 0.7, 5)
    latencies = []
    found = 0
    for party in queries:
        t0 = time.perf_counter()
        hits = best_candidates(index, scorer, party, 0.7, 5)
        latencies.append(time.perf_counter() - t0)
        found += any(c.match for _, c in hits)
    latencies.sort()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"one query: p50 {statistics.median(latencies) * 1000:.1f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.1f} ms ({found} of {len(queries)} with a match)"
    )
    print(f"peak memory (max RSS): {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
