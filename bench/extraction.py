"""Extraction quality on the labelled corpus: known-entity precision and recall, new-organisation recall,
technology mapped to the right Annex item, markings.

    python bench/extraction.py                      # the corpus list only
    python bench/extraction.py --lists data/epoc.db   # a copy of an SQLite store with the real lists
    python bench/extraction.py --corpus DIR           # another corpus in the same layout (held out)

Every document of tests/fixtures/corpus is rendered (text, PDF, ten-page PDF, DOCX, e-mail with a PDF
attached), added through the documents service, and its mentions compared with the labels. A predicted
entity mention is right when it overlaps a labelled occurrence and the labelled record is among its
record_ids; any other predicted entity mention counts against precision.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import tests.corpus as corpus  # noqa: E402
from tests.corpus import build, evaluate  # noqa: E402

from epoc.documents.readers.base import Limits  # noqa: E402
from epoc.services.documents.extraction import extractor_for  # noqa: E402
from epoc.services.documents.ingest import DocumentOptions, add_documents  # noqa: E402
from epoc.services.records.imports import import_paths  # noqa: E402
from epoc.sources.base import ImportOptions  # noqa: E402
from epoc.store import Store  # noqa: E402


def _identifiers_as_other(path: Path) -> str:
    """The list with every identifier that names no kind (``UN KPe.001``) written ``other:UN KPe.001``."""
    import csv
    import io

    from epoc.model import IdentifierKind

    kinds = {k.value for k in IdentifierKind}
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else [])
    writer.writeheader()
    for row in rows:
        values = [v.strip() for v in (row.get("identifiers") or "").split("|") if v.strip()]
        fixed = [v if v.split(":", 1)[0].strip().lower() in kinds else f"other:{v}" for v in values]
        row["identifiers"] = "|".join(fixed)
        writer.writerow(row)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--lists",
        type=Path,
        help="an SQLite store with lists in it (a copy is used); default: an empty store",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        help="a corpus folder in the layout of tests/fixtures/corpus (docs/, list.csv, formats.json)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    if args.corpus:
        corpus.CORPUS, corpus.DOCS, corpus.LIST = args.corpus, args.corpus / "docs", args.corpus / "list.csv"
    work = Path(tempfile.mkdtemp(prefix="epoc-corpus-"))
    try:
        if args.lists:
            shutil.copyfile(args.lists, work / "epoc.db")
        url = f"sqlite:///{work / 'epoc.db'}"
        store = Store.open(url)
        report = import_paths(store, [corpus.LIST], ImportOptions(source="corpus"), "partner-csv")
        if not report.ok and args.corpus:  # another team's list may write bare identifiers: kind "other"
            lenient = work / "list.csv"
            lenient.write_text(_identifiers_as_other(corpus.LIST), encoding="utf-8")
            print("note: identifiers without a kind read as other:<value> (they do not affect extraction)")
            report = import_paths(store, [lenient], ImportOptions(source="corpus"), "partner-csv")
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
        print(
            f"lists: {args.lists or 'the corpus list only'}; gazetteer ready in {built:.1f} s; "
            f"{len(docs)} documents added in {elapsed:.2f} s"
        )
        for key, value in scores.items():
            print(f"{key:32s} {value:.3f}" if isinstance(value, float) else f"{key:32s} {value}")
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
