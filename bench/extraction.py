"""Extraction quality on the labelled corpus: known-entity precision and recall, new-organisation recall,
technology mapped to the right Annex item, markings.

    python bench/extraction.py                      # the corpus list only
    python bench/extraction.py --lists data/epoc.db   # a copy of an SQLite store with the real lists

Every document of tests/fixtures/corpus is rendered (text, PDF, ten-page PDF, DOCX, e-mail with a PDF
attached), added through the documents service, and its mentions compared with the labels. A predicted
entity mention is right when it overlaps a labelled occurrence and the labelled record is among its
record_ids; any other predicted entity mention counts against precision.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from epoc.documents.readers.base import Limits  # noqa: E402
from epoc.services.documents import DocumentOptions, add_documents, document_mentions, show_document  # noqa: E402
from epoc.services.extraction import extractor_for  # noqa: E402
from epoc.services.imports import import_paths  # noqa: E402
from epoc.sources.base import ImportOptions  # noqa: E402
from epoc.store import Store  # noqa: E402
from tests.corpus import LIST, build  # noqa: E402


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    pattern = r"\s+".join(re.escape(part) for part in surface.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def evaluate(store: Store, docs: list, verbose: bool) -> dict[str, float]:
    c: Counter[str] = Counter()
    for doc in docs:
        shown = show_document(store, doc.document_id)
        text = shown["text"]
        mentions = document_mentions(store, doc.document_id)
        labels = doc.labels
        c["docs"] += 1
        c["marking_ok"] += shown["marking"]["banner"] == labels["marking"]
        if verbose and shown["marking"]["banner"] != labels["marking"]:
            print(f"  {doc.path.name}: marking {shown['marking']['banner']} != {labels['marking']}")
        gold = [(span, e["entity"]) for e in labels["entities"] for span in occurrences(text, e["text"])]
        predicted = [m for m in mentions if m["kind"] == "entity"]
        hit_gold: set[int] = set()
        for m in predicted:
            span = (m["start"], m["end"])
            good = [i for i, (g, entity) in enumerate(gold) if overlap(span, g) and entity in m["record_ids"]]
            if good:
                c["entity_tp"] += 1
                hit_gold.update(good)
            else:
                c["entity_fp"] += 1
                if verbose:
                    print(f"  {doc.path.name}: FP {m['text']!r} -> {m['entity_id']} ({m['spotter']})")
        c["entity_gold"] += len(gold)
        c["entity_found"] += len(hit_gold)
        if verbose:
            for i, (g, entity) in enumerate(gold):
                if i not in hit_gold:
                    print(f"  {doc.path.name}: FN {text[g[0]:g[1]]!r} ({entity})")
        candidates = [(m["start"], m["end"]) for m in mentions if m["kind"] == "candidate"
                      and m.get("label") == "organisation"]  # fmt: skip
        names = candidates + [(m["start"], m["end"]) for m in predicted]
        for label in labels["candidates"]:
            if label["label"] != "organisation":
                continue
            for span in occurrences(text, label["text"]):
                c["org_gold"] += 1
                if any(jaccard(span, p) >= 0.6 for p in names):
                    c["org_found"] += 1
                elif verbose:
                    print(f"  {doc.path.name}: new organisation missed {label['text']!r}")
        technology = [m for m in mentions if m["kind"] == "technology"]
        for label in labels["technology"]:
            for span in occurrences(text, label["text"]):
                c["tech_gold"] += 1
                found = [m for m in technology if overlap(span, (m["start"], m["end"])) and m.get("label") != "threshold"]
                if found and set(label["annex"]) <= set(found[0]["annex_items"]):
                    c["tech_right"] += 1
                elif verbose:
                    got = found[0]["annex_items"] if found else "nothing"
                    print(f"  {doc.path.name}: technology {label['text']!r} {label['annex']} -> {got}")
    return {
        "documents": c["docs"],
        "entity_precision": c["entity_tp"] / max(1, c["entity_tp"] + c["entity_fp"]),
        "entity_recall": c["entity_found"] / max(1, c["entity_gold"]),
        "entity_mentions_labelled": c["entity_gold"],
        "new_organisation_recall": c["org_found"] / max(1, c["org_gold"]),
        "new_organisations_labelled": c["org_gold"],
        "technology_right_item": c["tech_right"] / max(1, c["tech_gold"]),
        "technology_mentions_labelled": c["tech_gold"],
        "markings_right": c["marking_ok"] / max(1, c["docs"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--lists", type=Path, help="an SQLite store with lists in it (a copy is used); default: an empty store"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="epoc-corpus-"))
    try:
        if args.lists:
            shutil.copyfile(args.lists, work / "epoc.db")
        url = f"sqlite:///{work / 'epoc.db'}"
        store = Store.open(url)
        report = import_paths(store, [LIST], ImportOptions(source="corpus"), "partner-csv")
        if not report.ok:
            raise SystemExit(f"cannot import the corpus list: {report.to_json()}")
        docs = build(work / "docs")
        started = time.perf_counter()
        extractor = extractor_for(store, work / "index")
        built = time.perf_counter() - started
        started = time.perf_counter()
        results = add_documents(store, [d.path for d in docs], DocumentOptions(), Limits(), lambda: extractor)
        elapsed = time.perf_counter() - started
        failed = [r for r in results if r["error"]]
        if failed:
            raise SystemExit(f"documents failed: {failed}")
        for doc, result in zip(docs, results, strict=True):
            doc.document_id = result["document_id"]
            if result["status"] != "added":
                raise SystemExit(f"{doc.path.name} was already in the store; use a store without the corpus")
        scores = evaluate(store, docs, args.verbose)
        print(f"lists: {args.lists or 'the corpus list only'}; gazetteer ready in {built:.1f} s; {len(docs)} documents added in {elapsed:.2f} s")
        for key, value in scores.items():
            print(f"{key:32s} {value:.3f}" if isinstance(value, float) else f"{key:32s} {value}")
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
