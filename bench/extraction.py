"""Extraction quality on the labelled corpus: known-entity precision and recall, new-organisation recall,
technology mapped to the right Annex item, markings.

    python bench/extraction.py                      # the corpus list only
    python bench/extraction.py --lists data/epoc.db   # a copy of an SQLite store with the real lists
    python bench/extraction.py --corpus DIR           # another corpus in the same layout (held out)

A held-out corpus may be written as its authors wrote it: identifiers without a kind in list.csv are read as
``other:<value>`` and labels that name a bare row id (``L-001``) are read as ``corpus:L-001``.

Every document of tests/fixtures/corpus is rendered (text, PDF, ten-page PDF, DOCX, e-mail with a PDF
attached), added through the documents service, and its mentions compared with the labels. A predicted
entity mention is right when it overlaps a labelled occurrence and the labelled record is among its
record_ids; any other predicted entity mention counts against precision. With ``--lists`` the corpus list
is resolved into the store's entities first (as an uploaded list is), and a mention found through a real
list's record that the corpus row's identifiers name (``UN KPe.001``, ``OFAC ent 9345``) counts as found.
A refused document counts: every labelled mention in it is missed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import tests.corpus as corpus  # noqa: E402
from tests.corpus import build, evaluate, occurrences, plain_text  # noqa: E402

from epoc.documents.readers.base import Limits  # noqa: E402
from epoc.services.documents.extraction import extractor_for  # noqa: E402
from epoc.services.documents.ingest import DocumentOptions, NotAdded, add_documents  # noqa: E402
from epoc.services.list.resolve import resolve  # noqa: E402
from epoc.services.records.imports import import_paths  # noqa: E402
from epoc.services.screening.engine import default_engine, policy  # noqa: E402
from epoc.settings import Settings  # noqa: E402
from epoc.sources.base import ImportOptions  # noqa: E402
from epoc.store import Store  # noqa: E402


def _identifiers_as_other(path: Path) -> str:
    """The list with every identifier that names no kind (``UN KPe.001``) written ``other:UN KPe.001``."""
    import csv
    import io

    from epoc.model import IdentifierKind

    kinds = {k.value for k in IdentifierKind}
    semicolons = _semicolon_lists(path)
    reader = csv.DictReader(path.open(encoding="utf-8", newline=""))
    rows = [_partner_columns(row, semicolons) for row in reader]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else [])
    writer.writeheader()
    for row in rows:
        values = [v.strip() for v in (row.get("identifiers") or "").split("|") if v.strip()]
        fixed = [v if v.split(":", 1)[0].strip().lower() in kinds else f"other:{v}" for v in values]
        row["identifiers"] = "|".join(fixed)
        writer.writerow(row)
    return out.getvalue()


# the columns a held-out list may name otherwise (set 6: country, programs, sources "UN KPe.032 ; OFAC ...")
_COLUMN_SYNONYMS = {
    "original_script": "original_script_names",
    "country": "countries",
    "programs": "programmes",
}


# the cells that hold several values, which a held-out list may separate with ``;`` (set 13) for ``|``
_MANY = ("aliases", "weak_aliases", "original_script_names", "countries", "programmes")


def _semicolon_lists(path: Path) -> bool:
    """Does the list separate several names in a cell with ``;`` and never with ``|``?"""
    import csv

    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    cells = [row.get(c) or "" for row in rows for c in ("aliases", "weak_aliases")]
    return any(";" in c for c in cells) and not any("|" in c for c in cells)


def _partner_columns(row: dict[str, str], semicolons: bool = False) -> dict[str, str]:
    """A held-out list row in the partner CSV's own columns: synonyms renamed, ``sources`` (``;``-separated
    list references) read as identifiers, columns the format does not have left out; with ``semicolons``,
    the cells of several values separated by ``;`` are written with ``|``."""
    from epoc.sources.partner_csv import COLUMNS

    out = {_COLUMN_SYNONYMS.get(k, k): v for k, v in row.items() if k}
    if semicolons:
        for column in _MANY:
            if out.get(column):
                out[column] = "|".join(v.strip() for v in out[column].split(";") if v.strip())
    if "sources" in out and not out.get("identifiers"):
        out["identifiers"] = "|".join(v.strip() for v in out.pop("sources").split(";") if v.strip())
    return {k: v for k, v in out.items() if k in COLUMNS}


_REAL_ID = (  # a corpus list's identifier that names a real list's record: (pattern, record id)
    (re.compile(r"^(?:other:)?UN\s+([A-Z]{2}[ei]\.\d{3})$", re.I), "un:{}"),
    (re.compile(r"^(?:other:)?OFAC(?:\s+SDN)?\s+(?:ent(?:_num)?\s+)?(\d+)$", re.I), "ofac-sdn:{}"),
)


def _same_party(path: Path) -> dict[str, list[str]]:
    """Each corpus row's real-list records, as its identifiers name them (``UN KPe.001`` is ``un:KPe.001``,
    ``OFAC ent 9345`` is ``ofac-sdn:9345``): a mention found through one of them found the labelled party,
    whether or not resolution merged the corpus row into the same entity."""
    import csv

    out: dict[str, list[str]] = {}
    for row in map(_partner_columns, csv.DictReader(path.open(encoding="utf-8", newline=""))):
        for value in (v.strip() for v in (row.get("identifiers") or "").split("|")):
            for pattern, template in _REAL_ID:
                found = pattern.match(value)
                if found:
                    out.setdefault(f"corpus:{row['id']}", []).append(template.format(found.group(1)))
    return out


def _with_entities(store: Store, same: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each row's records widened to every record of the entities that hold them (a mention names the
    records whose names it matched, which may be another record of the same entity)."""
    from epoc.store.entities import EntityRepository

    with store.read() as conn:
        repo = EntityRepository(conn)
        out = {}
        for row, records in same.items():
            held = repo.membership([row, *records])
            members = repo.members_of(set(held.values()))
            out[row] = sorted({*records, *(r for e in held.values() for r in members.get(e, ()))})
    return out


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
        # another team's list may write bare identifiers (kind "other"), or names separated by ";"
        lenient = args.corpus is not None and _semicolon_lists(corpus.LIST)
        imported = (
            None
            if lenient
            else import_paths(store, [corpus.LIST], ImportOptions(source="corpus"), "partner-csv")
        )
        if (imported is None or not imported.ok) and args.corpus:
            copy = work / "list.csv"
            copy.write_text(_identifiers_as_other(corpus.LIST), encoding="utf-8")
            print("note: read in the partner CSV's columns (bare identifiers as other:<value>, ';' as '|')")
            imported = import_paths(store, [copy], ImportOptions(source="corpus"), "partner-csv")
        if imported is None or not imported.ok:
            raise SystemExit(f"cannot import the corpus list: {imported.to_json() if imported else ''}")
        if args.lists:  # the corpus list joins the real lists' entities, as an uploaded list does
            settings = Settings(data_dir=work)
            resolved = resolve(store, default_engine(store, settings), policy(settings))
            print(f"resolved: {resolved.to_json()['entities']} entities")
        docs = build(work / "docs")
        started = time.perf_counter()
        extractor = extractor_for(store, work / "index")
        built = time.perf_counter() - started
        started = time.perf_counter()
        results = add_documents(store, [d.path for d in docs], DocumentOptions(), Limits(), lambda: extractor)
        elapsed = time.perf_counter() - started
        failed = [r for r in results if isinstance(r, NotAdded)]
        for r in failed:  # a refused document is scored: every mention in it is missed
            print(f"refused: {Path(r.file).name}: {r.error.split(': ', 1)[-1]}")
        same = _with_entities(store, _same_party(corpus.LIST)) if args.lists else {}
        # another team's labels may name bare row ids (``L-001``): the list's source is "corpus"
        for doc in docs:
            for label in doc.labels["entities"]:
                if ":" not in label["entity"]:
                    label["entity"] = f"corpus:{label['entity']}"
                label["records"] = [label["entity"], *same.get(label["entity"], ())]
        refused = []
        for doc, result in zip(docs, results, strict=True):
            if isinstance(result, NotAdded):
                refused.append(doc)
                continue
            doc.document_id = result.document_id
            if result.status != "added":
                raise SystemExit(f"{doc.path.name} was already in the store; use a store without the corpus")
        scores = evaluate(store, [d for d in docs if d not in refused], args.verbose)
        if refused:
            missed = sum(len(occurrences(plain_text(d.path), e["text"])) for d in refused
                         for e in d.labels["entities"])  # fmt: skip
            found = scores["entity_recall"] * scores["entity_mentions_labelled"]
            scores["entity_mentions_labelled"] += missed
            scores["entity_recall"] = found / max(1, scores["entity_mentions_labelled"])
            scores["markings_right"] *= (len(docs) - len(refused)) / len(docs)
            scores["documents_refused"] = len(refused)
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
