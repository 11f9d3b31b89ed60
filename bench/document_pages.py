"""How fast the documents' pages answer: the list, a filtered list, a search, a document with its mentions,
the mention review queue — the service calls behind each page and its JSON twin.

    python bench/document_pages.py [--documents 1000] [--repeat 20]

Builds a store in a temporary folder: the labelled corpus's list, then ``--documents`` text documents of
about ten paragraphs each drawn from the corpus's texts (a fifth of them marked for Germany alone), added
with extraction as an upload does. Times are as a French list editor (a viewer: releasability filtered in
the queries, reads and searches audited).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.corpus import LIST, plain_text, sources  # noqa: E402

from epoc.documents.readers.base import Limits  # noqa: E402
from epoc.model.access import Role, Viewer  # noqa: E402
from epoc.services.documents.extraction import extractor_for  # noqa: E402
from epoc.services.documents.ingest import DocumentOptions, add_documents  # noqa: E402
from epoc.services.documents.mentions import review_queue  # noqa: E402
from epoc.services.documents.views import DocumentQuery, browse_documents, read_document  # noqa: E402
from epoc.services.records.imports import import_paths  # noqa: E402
from epoc.sources.base import ImportOptions  # noqa: E402
from epoc.store import Store  # noqa: E402


def timed(label: str, call: Callable[[], Any], repeat: int) -> Any:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - started) * 1000)
    print(f"{label:<44} median {statistics.median(times):8.1f} ms   max {max(times):8.1f} ms")
    return result


def make_texts(folder: Path, count: int, seed: int = 11) -> list[Path]:
    paragraphs = [
        p.strip()
        for path in sources().values()
        if path.suffix in (".txt", ".md")
        for p in plain_text(path).split("\n\n")
        if p.strip() and "//" not in p  # banners come from the marking chosen below
    ]
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        banner = "CONFIDENTIAL // DE ONLY" if number % 5 == 0 else "CONFIDENTIAL // REL MTCR"
        body = "\n\n".join(rng.choice(paragraphs) for _ in range(10))
        path = folder / f"paper-{number:05d}.txt"
        path.write_text(
            f"{banner}\n\nIE paper {number}\nOriginating Partner: FR\n\n{body}\n", encoding="utf-8"
        )
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="epoc-bench-docs-") as tmp:
        folder = Path(tmp)
        store = Store.open(f"sqlite:///{folder / 'bench.db'}")
        assert import_paths(store, [LIST], ImportOptions(source="corpus"), "partner-csv").ok
        texts = folder / "texts"
        texts.mkdir()
        paths = make_texts(texts, args.documents)
        extractor = extractor_for(store, folder / "index")
        started = time.perf_counter()
        results = add_documents(store, paths, DocumentOptions(), Limits(), lambda: extractor)
        elapsed = time.perf_counter() - started
        assert not [r for r in results if r["error"]]
        print(f"{args.documents} documents added in {elapsed:.1f} s ({args.documents / elapsed:.1f}/s)")
        viewer = Viewer("bench-editor", Role.LIST_EDITOR, "FR")
        first = timed(
            "list, page 1 (newest first, with counts)",
            lambda: browse_documents(store, DocumentQuery(), viewer),
            args.repeat,
        )
        timed(
            "list filtered (type and Partner)",
            lambda: browse_documents(store, DocumentQuery(doc_type="ie_paper", partner="FR"), viewer),
            args.repeat,
        )
        timed(
            "search, one word",
            lambda: browse_documents(store, DocumentQuery(text="gyroscopes"), viewer),
            args.repeat,
        )
        timed(
            "search, three words",
            lambda: browse_documents(store, DocumentQuery(text="procurement missile programme"), viewer),
            args.repeat,
        )
        some = first["documents"][0]["document_id"]
        doc = timed("a document with its mentions", lambda: read_document(store, some, viewer), args.repeat)
        timed("the mention review queue (100)", lambda: review_queue(store, viewer, limit=100), args.repeat)
        print(
            f"(readable: {first['total']} of {args.documents}; "
            f"that document: {len(doc['mentions'])} mentions)"
        )
        store.close()


if __name__ == "__main__":
    main()
