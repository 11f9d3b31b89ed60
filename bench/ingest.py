"""Ingest speed: ten-page PDFs per second, read, marked, extracted and stored, with the full real list loaded.

    python bench/ingest.py --lists data/epoc.db [--documents 200] [--workers 2]

``--lists`` is an SQLite store holding the lists (a copy is used; default: the lists in ../shared/data/raw
are imported into a new store first, which takes a while). The PDFs are made from the labelled corpus's
texts: ten A4 pages of about 2,100 characters each (as many as fit), a fifth of the documents with
Persian on some pages.
The gazetteer is built (or loaded from its cache) before the clock starts, and its time is printed apart.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.corpus import plain_text, sources, write_pdf  # noqa: E402

from epoc.documents.readers.base import Limits  # noqa: E402
from epoc.services.documents.extraction import extractor_for  # noqa: E402
from epoc.services.documents.ingest import Added, DocumentOptions, add_documents  # noqa: E402
from epoc.services.records.imports import import_paths  # noqa: E402
from epoc.sources.base import ImportOptions  # noqa: E402
from epoc.store import Store  # noqa: E402

SHARED_RAW = ROOT.parent / "shared" / "data" / "raw"
PAGE_CHARS = 2100


def make_pdfs(folder: Path, count: int, seed: int = 7, persian_every: int = 5) -> list[Path]:
    texts = [plain_text(path) for path in sources().values() if path.suffix in (".txt", ".md")]
    paragraphs = [[p.strip() for p in text.split("\n\n") if p.strip()] for text in texts]
    persian = [p for p in paragraphs if any("\u0600" <= c <= "\u06ff" for c in "".join(p))]
    latin = [p for p in paragraphs if p not in persian]
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        pool = latin + persian if persian_every and number % persian_every == 0 else latin
        pages = []
        for _ in range(10):
            page: list[str] = []
            size = 0
            while True:  # whole paragraphs (a banner cut in two would be an unreadable marking)
                paragraph = rng.choice(rng.choice(pool))
                if size + len(paragraph) > PAGE_CHARS and page:
                    break
                page.append(paragraph)
                size += len(paragraph)
            pages.append("\n\n".join(page))
        path = folder / f"paper-{number:04d}.pdf"
        write_pdf(path, pages)
        paths.append(path)
    return paths


def _cpu() -> float:
    """CPU seconds used by this process and its finished children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", type=Path, help="an SQLite store with the lists (a copy is used)")
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--persian-every", type=int, default=5, help="every Nth document has Persian pages (0: none)"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="epoc-ingest-"))
    try:
        db = work / "epoc.db"
        if args.lists:
            shutil.copyfile(args.lists, db)
        store = Store.open(f"sqlite:///{db}")
        if not args.lists:
            if not SHARED_RAW.is_dir():
                raise SystemExit(f"no --lists and no {SHARED_RAW}")
            started = time.perf_counter()
            import_paths(store, [SHARED_RAW], ImportOptions())
            print(f"imported the real lists in {time.perf_counter() - started:.1f} s")
        with store.read() as conn:
            names = conn.exec_driver_sql("SELECT count(*) FROM record_names").scalar()
        folder = work / "pdfs"
        folder.mkdir()
        started = time.perf_counter()
        pdfs = make_pdfs(folder, args.documents, persian_every=args.persian_every)
        print(f"made {len(pdfs)} ten-page PDFs in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        extractor = extractor_for(store, work / "index")
        print(f"gazetteer over {names:,} stored names ready in {time.perf_counter() - started:.1f} s (cold)")
        cpu_before = _cpu()
        started = time.perf_counter()
        results = add_documents(store, pdfs, DocumentOptions(), Limits(), lambda: extractor, args.workers)
        elapsed = time.perf_counter() - started
        cpu = _cpu() - cpu_before
        failed = [r for r in results if r.error]
        pages = sum(r.pages or 0 for r in results if isinstance(r, Added))
        mentions = sum(sum(r.mentions.values()) for r in results if isinstance(r, Added))
        print(
            f"ingested {len(results) - len(failed)} PDFs ({pages:,} pages, {mentions:,} mentions) "
            f"in {elapsed:.2f} s "
            f"with {args.workers} workers on {os.cpu_count()} cores: {len(results) / elapsed:.1f} PDFs/s"
        )
        per_pdf = cpu / len(results)
        projected = args.workers / per_pdf
        load = os.getloadavg()[0]
        print(
            f"CPU (this process and its workers): {per_pdf * 1000:.0f} ms per PDF; "
            f"on {args.workers} otherwise idle cores that is {projected:.1f} PDFs/s "
            f"(load average now {load:.1f})"
        )
        if failed:
            print(f"{len(failed)} failed, first: {failed[0]}")
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
