"""Benchmark: does screening find a name written in another script among the Latin names it stands for?

    python bench/transcribed_retrieval.py [--per-script N] [--seed S]

The pair kit (``../shared/eval/make_dev_pairs.py``) gives names in Hangul, Han, Arabic and Cyrillic with
their Latin forms. Per script, the Latin forms of the true pairs are indexed as a list of people, and each
native name is screened against it. Printed, of the pairs the scorer matches when it compares them
directly: the share whose Latin name the index fetches among the candidates it proposes (what retrieval
loses before scoring), and the share screening finds (what the two estimates lose besides).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from epoc.matching.index import CandidateIndex, Entry, fetched_by_sound
from epoc.matching.party import Party
from epoc.matching.scorer import DEFAULT_THRESHOLD, default_scorer
from epoc.matching.search import CANDIDATES, CANDIDATES_BY_SOUND, best_candidates
from epoc.model import Marking, Name, Schema
from quality import make_pairs


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--per-script", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    scorer = default_scorer()
    with tempfile.TemporaryDirectory() as folder:
        make_pairs(folder, args.per_script, args.seed)
        for script in ("hangul", "han", "arabic", "cyrillic"):
            rows = [line.rstrip("\n").split("\t") for line in (Path(folder) / f"{script}.tsv").open()]
            pairs = [(native, latin) for native, latin, label in rows if label == "true"]
            people = [Party(Schema.PERSON, (Name(latin),)) for _, latin in pairs]
            entries = [Entry(f"x:{i}", p, Marking.public(), p.names[0].text) for i, p in enumerate(people)]
            index = CandidateIndex.build("x", entries, 1)
            matched = fetched = found = 0
            for number, (native, _) in enumerate(pairs):
                query = Party(Schema.PERSON, (Name(native),))
                if scorer.compare(query, people[number]).score < DEFAULT_THRESHOLD:
                    continue
                matched += 1
                target = f"x:{number}"
                wanted = CANDIDATES_BY_SOUND if fetched_by_sound(query) else CANDIDATES
                fetched += target in index.candidates(query, wanted)
                hits = best_candidates(index, scorer, query, DEFAULT_THRESHOLD, 5)
                found += any(entry.record_id == target for entry, _ in hits)
            share = max(1, matched)
            print(
                f"{script:9} pairs matched directly {matched:5}   among the candidates "
                f"{fetched / share:.3f}   found by screening {found / share:.3f}"
            )


if __name__ == "__main__":
    main()
