"""How fast the documents' pages answer: the list, a filtered list, a search, a document with its mentions,
the mention review queue — the service calls behind each page and its JSON twin.

    python bench/document_pages.py [--documents 1000] [--repeat 20] [--big-mb 3]

With ``--big-mb``, also one long IE paper of about that many megabytes, dense with the list's names and
Annex words (3 MB gives about 75,000 mentions, the size a new user hit): the service call behind its page,
then its page, its JSON twin and the mention review page over HTTP (signed in as the same editor), each
with its size in bytes.

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

from fastapi.testclient import TestClient

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
    parser.add_argument("--big-mb", type=float, default=0.0, help="also one long paper of this size")
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
        assert not [r for r in results if r.error]
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
        some = first.documents[0].document_id
        doc = timed("a document with its mentions", lambda: read_document(store, some, viewer), args.repeat)
        timed("the mention review queue (100)", lambda: review_queue(store, viewer, limit=100), args.repeat)
        print(
            f"(readable: {first.total} of {args.documents}; that document: {len(doc['mentions'])} mentions)"
        )
        if args.big_mb:
            big_paper(store, folder, extractor, args.big_mb, max(1, args.repeat // 10))
        store.close()


def big_paper(store: Store, folder: Path, extractor: Any, megabytes: float, repeat: int) -> None:
    """One long paper: sentences naming the list's entities and Annex technology, about ``megabytes``."""
    import csv

    from tests.webapp import PASSWORD

    from epoc.services import accounts
    from epoc.settings import Settings
    from epoc.web import create_app
    from epoc.web.security import SESSION_COOKIE

    with LIST.open(encoding="utf-8") as handle:
        names = [
            n.strip()
            for row in csv.DictReader(handle)
            for n in [row["name"], *row["aliases"].split(";")]
            if len(n.strip()) > 3
        ]
    words = ["gyroscopes", "propellant", "accelerometers", "maraging steel", "inertial navigation"]
    rng = random.Random(5)
    lines, size = [], 0
    while size < megabytes * 1_000_000:
        line = (
            f"The consignment for {rng.choice(names)} was routed through a broker who also supplied "
            f"{rng.choice(words)} to {rng.choice(names)} in the period under review."
        )
        lines.append(line)
        size += len(line) + 1
    path = folder / "texts" / "big-paper.txt"
    body = "\n\n".join(" ".join(lines[i : i + 8]) for i in range(0, len(lines), 8))
    path.write_text(
        f"CONFIDENTIAL // REL MTCR\n\nIE paper: a long one\nOriginating Partner: FR\n\n{body}\n",
        encoding="utf-8",
    )
    started = time.perf_counter()
    [added] = add_documents(store, [path], DocumentOptions(), Limits(), lambda: extractor)
    print(f"a {size / 1e6:.1f} MB paper added in {time.perf_counter() - started:.1f} s")
    document_id = added.document_id
    viewer = Viewer("bench-editor", Role.LIST_EDITOR, "FR")
    doc = timed("the long paper (service call)", lambda: read_document(store, document_id, viewer), repeat)
    print(f"  {len(doc['mentions']):,} mentions in its answer")
    accounts.create_user(store, "bench-editor", Role.LIST_EDITOR, PASSWORD, "FR", "Bench editor")
    settings = Settings(data_dir=folder, database_url=str(store.engine.url), import_dir=folder)
    client = TestClient(create_app(settings, store), base_url="http://testserver")
    who = accounts.viewer_from_row(_account_row(store, "bench-editor"))
    cookie, _csrf = accounts.start_session(store, settings, who, "bench", "bench")
    client.cookies.set(SESSION_COOKIE, cookie)
    for label, url in [
        ("the long paper's page", f"/documents/{document_id}"),
        ("the long paper's JSON", f"/api/v1/documents/{document_id}"),
        ("the mention review page", "/mentions"),
        ("the long paper's mentions to review", f"/mentions?document={document_id}"),
    ]:
        answer = timed(label, lambda url=url: client.get(url), repeat)
        assert answer.status_code == 200, (url, answer.status_code, answer.text[:300])
        print(f"  {len(answer.content):,} bytes")


def _account_row(store: Store, username: str) -> Any:
    from epoc.store.accounts import AccountRepository

    with store.read() as conn:
        return AccountRepository(conn).get_user(username)


if __name__ == "__main__":
    main()
