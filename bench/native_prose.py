"""Benchmark: listed people and bodies named in Korean, Chinese and Japanese prose.

    python bench/native_prose.py --db URL [--index DIR] [--set eval/heldout-14/prose] [-v]

The store must hold the real lists (``epoc lists import ../shared/data/raw`` then ``epoc resolve``). The set
is paragraphs a helper wrote blind (``labels.jsonl``: per file, the listed names as written, with the English
name the lists give, and the unlisted people). Each paragraph is extracted as a document is (the store is not
written to). Printed: of the listed names, how many have an entity mention over their span one of whose
records the scorer matches with the label's English name (the right party, not just some party); of the
unlisted people, how many have an entity mention over theirs; and how many entity mentions cover no label
(listed parties the writer did not label, or false finds).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from epoc.matching.party import Party
from epoc.matching.scorer import default_scorer
from epoc.model import Name, Schema
from epoc.services.documents.extraction import extractor_for
from epoc.store import Store
from epoc.store.records import RecordRepository

SET = Path(__file__).resolve().parents[1] / "eval" / "heldout-14" / "prose"


def _overlaps(text: str, name: str) -> bool:
    return name in text or text in name


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True)
    parser.add_argument("--index", type=Path)
    parser.add_argument("--set", type=Path, default=SET)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss and false find")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(args.db)
        extractor = extractor_for(store, args.index or Path(folder))

        def parties_of(record_ids: tuple[str, ...]) -> list[Party]:
            with store.read() as conn:
                stored = RecordRepository(conn).load(list(record_ids))
            return [Party(Schema.LEGAL_ENTITY, tuple(r.record.names)) for r in stored.values()]

        scorer = default_scorer()
        found = listed = unlisted_hit = unlisted = unlabelled = 0
        for line in (args.set / "labels.jsonl").open(encoding="utf-8"):
            label = json.loads(line)
            text = (args.set / label["file"]).read_text(encoding="utf-8")
            entities = [m for m in extractor.extract(text) if m.kind.value == "entity"]
            for item in label["listed"]:
                listed += 1
                english = Party(Schema.LEGAL_ENTITY, (Name(item["english"]),))
                hit = any(
                    _overlaps(m.text, item["native"])
                    and any(scorer.compare(p, english).match for p in parties_of(m.record_ids))
                    for m in entities
                )
                found += hit
                if not hit and args.verbose:
                    print(f"    missed {label['file']}: {item['native']} ({item['english']})")
            for name in label["unlisted"]:
                unlisted += 1
                wrong = [m for m in entities if _overlaps(m.text, name)]
                unlisted_hit += bool(wrong)
                if wrong and args.verbose:
                    print(f"    false find {label['file']}: {name} ~ {wrong[0].matched_name}")
            labelled = [i["native"] for i in label["listed"]] + label["unlisted"]
            unlabelled += sum(1 for m in entities if not any(_overlaps(m.text, n) for n in labelled))
    print(f"listed names found       {found} of {listed}")
    print(f"unlisted people matched  {unlisted_hit} of {unlisted}")
    print(f"entity mentions at no label {unlabelled}")


if __name__ == "__main__":
    main()
