"""IE-TEM review: (a) the share of labelled technology mentions whose coverage verdict is right, (b) the time
to review 500 papers.

    python bench/ietem.py                          # the team's labelled papers (bench/data/ietem)
    python bench/ietem.py --papers DIR             # another labelled set, same format
    python bench/ietem.py --generate 0             # accuracy only

A labelled set is a folder of papers ``X.txt`` with ``X.labels.json`` beside each:
``{"year", "partner", "marking", "mentions": [{"text", "technology", "annex", "parameter", "coverage"}]}``.
Each paper is added through the documents service (type ie_paper, its Partner, marking and year), the
review runs over all of them, and each labelled mention is matched to the reviewed mention over the same
words (the first unused occurrence of its text in the paper; a reviewed mention overlapping it). A labelled
mention the review did not find counts as wrong.

The timing generates papers from sentence templates with random parameters (fixed seed), adds them
(ingest time is printed apart) and times ``run_review`` over them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from epoc.model import DocumentType, Marking, MarkingError  # noqa: E402
from epoc.services.documents.extraction import lazy_extractor  # noqa: E402
from epoc.services.documents.ingest import DocumentOptions, add_documents  # noqa: E402
from epoc.services.ietem.review import ReviewedMention, ReviewQuery, run_review  # noqa: E402
from epoc.settings import Settings  # noqa: E402
from epoc.store import Store  # noqa: E402

DEFAULT_PAPERS = ROOT / "bench" / "data" / "ietem"


def add_labelled(store: Store, folder: Path) -> dict[int, tuple[Path, dict]]:
    limits = Settings().document_limits
    extractor = lazy_extractor(store, None)
    added: dict[int, tuple[Path, dict]] = {}
    for text_path in sorted(folder.rglob("*.txt")):
        labels_path = text_path.with_name(text_path.stem + ".labels.json")
        if not labels_path.is_file():
            continue
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        options = DocumentOptions(
            partner=labels.get("partner"),
            doc_type=DocumentType.IE_PAPER,
            doc_date=date.fromisoformat(labels["date"]) if labels.get("date") else _dated(text_path, labels),
            marking=_marking(labels.get("marking"), labels_path),
        )
        [result] = add_documents(store, [text_path], options, limits, extractor)
        if result.error:
            print(f"  {text_path.name}: {result.error}", file=sys.stderr)
            continue
        added[result.document_id] = (text_path, labels)
    return added


def _marking(text: str | None, where: Path) -> Marking | None:
    if not text:
        return None
    try:
        return Marking.parse(text)
    except MarkingError as exc:
        print(
            f"  {where.name}: marking {text!r} not understood ({exc}); the text's own is used",
            file=sys.stderr,
        )
        return None


_DATE = re.compile(r"^\s*Date\s*:\s*(\d{4}-\d{2}-\d{2})", re.M)


def _dated(path: Path, labels: dict) -> date | None:
    """The paper's own date line when it agrees with the labelled year, else the middle of that year."""
    match = _DATE.search(path.read_text(encoding="utf-8")[:3000])
    if match and (labels.get("year") is None or match.group(1).startswith(str(labels["year"]))):
        return None  # the documents service reads it from the text
    return date(int(labels["year"]), 7, 1) if labels.get("year") else None


def _find(text: str, needle: str, used: set[int], parameter: str | None) -> tuple[int, int] | None:
    """The first unused occurrence of the label's text; where it occurs more than once (a title repeating
    the body), the first one followed within 200 characters by the label's parameter, if it has one."""
    pattern = re.compile(r"\s+".join(re.escape(w) for w in needle.split()), re.IGNORECASE)
    spans = [(m.start(), m.end()) for m in pattern.finditer(text) if m.start() not in used]
    if not spans:
        return None
    number = re.search(r"\d+(?:[.,]\d+)?", parameter or "")
    near = [s for s in spans if number and number.group() in text[s[0] : s[1] + 200]]
    span = (near or spans)[0]
    used.add(span[0])
    return span


def score(store: Store, added: dict[int, tuple[Path, dict]], verbose: bool) -> tuple[int, int, Counter]:
    review = run_review(store, ReviewQuery(doc_types=("ie_paper", "other")))
    by_document: dict[int, list[ReviewedMention]] = {}
    for m in review.mentions:
        by_document.setdefault(m.document_id, []).append(m)
    right = total = 0
    confusion: Counter = Counter()
    for document_id, (path, labels) in added.items():
        text = path.read_text(encoding="utf-8")
        found = by_document.get(document_id, [])
        used: set[int] = set()
        for label in labels["mentions"]:
            total += 1
            span = _find(text, label["text"], used, label.get("parameter"))
            got = None
            if span is not None:
                # the document's text is the file's text as read (a plain-text file: the same offsets)
                overlapping = [m for m in found if m.start < span[1] and span[0] < m.end]
                if overlapping:
                    got = min(overlapping, key=lambda m: abs(m.start - span[0]))
                else:  # a label on the words after a mention ("400 N thrust"): that mention
                    before = [
                        m for m in found
                        if m.end <= span[0] and span[0] - m.end <= 200 and "\n\n" not in text[m.end : span[0]]
                    ]  # fmt: skip
                    got = max(before, key=lambda m: m.end) if before else None
            verdict = got.coverage if got else "(not found)"
            confusion[(label["coverage"], verdict)] += 1
            if verdict == label["coverage"]:
                right += 1
            elif verbose:
                reason = got.reason if got else ""
                print(
                    f"  {path.name}: {label['text']!r}: labelled {label['coverage']}, got {verdict} {reason}"
                )
    return right, total, confusion


_TEMPLATES = [
    ("turbojet engines of {n} N thrust", lambda r: r.choice([220, 350, 400, 450, 800, 1200, 2500])),
    ("fibre optic gyros with a drift rate of {n} deg/hr", lambda r: r.choice([0.01, 0.1, 0.5, 1, 5])),
    ("MEMS accelerometers with a bias stability of {n} micro-g", lambda r: r.choice([20, 100, 130, 400])),
    ("a UAV with a range of {n} km", lambda r: r.choice([150, 280, 300, 450, 900])),
    ("carbon fibre of {n} GPa tensile strength", lambda r: r.choice([0.8, 1.2, 3.5, 5.5])),
    ("a laser powder bed fusion system for injector plates", lambda r: 0),
    ("two five-axis machining centres", lambda r: 0),
    ("a flow-forming machine with three rollers", lambda r: 0),
    ("commercial GNSS modules in bulk", lambda r: 0),
    ("a ballistic missile with a range of {n} km", lambda r: r.choice([250, 290, 600, 1300])),
    ("off-the-shelf autopilots", lambda r: 0),
    ("ammonium perchlorate and HTPB", lambda r: 0),
]
_PARTNERS = ["DE", "FR", "GB", "US", "JP", "KR", "IT", "NL", "AU", "CA", "SE", "NO"]


def generate(folder: Path, count: int, seed: int = 14) -> None:
    rng = random.Random(seed)
    for i in range(count):
        year = rng.randint(2005, 2025)
        paragraphs = [f"Information Exchange paper {i} on procurement by a programme of concern."]
        for _ in range(rng.randint(4, 8)):
            phrase, pick = rng.choice(_TEMPLATES)
            paragraphs.append(
                f"Procurement agents sought {phrase.format(n=pick(rng))} through a trading house."
            )
        body = "\n\n".join(paragraphs)
        (folder / f"gen-{i:04d}.txt").write_text(
            f"CONFIDENTIAL // REL MTCR\n\nDate: {year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n\n{body}\n",
            encoding="utf-8",
        )
        (folder / f"gen-{i:04d}.labels.json").write_text(
            json.dumps({"year": year, "partner": rng.choice(_PARTNERS), "mentions": []}), encoding="utf-8"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--papers", type=Path, default=DEFAULT_PAPERS, help="a labelled set (X.txt + X.labels.json)"
    )
    parser.add_argument(
        "--generate", type=int, default=500, help="papers to generate for the timing (0: none)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print every wrong verdict")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{tmp}/bench.db")
        added = add_labelled(store, args.papers)
        right, total, confusion = score(store, added, args.verbose)
        share = right / total if total else 0.0
        print(
            f"(a) coverage verdicts right: {right}/{total} = {share:.3f} "
            f"on {len(added)} papers ({args.papers})"
        )
        for (label, got), n in sorted(confusion.items()):
            if label != got:
                print(f"    labelled {label}, got {got}: {n}")
        store.close()
        if args.generate <= 0:
            return
        folder = Path(tmp) / "generated"
        folder.mkdir()
        generate(folder, args.generate)
        store = Store.open(f"sqlite:///{tmp}/timing.db")
        t0 = time.perf_counter()
        limits = Settings().document_limits
        options = DocumentOptions(doc_type=DocumentType.IE_PAPER)
        add_documents(
            store, sorted(folder.glob("*.txt")), options, limits, lazy_extractor(store, None), workers=2
        )
        t1 = time.perf_counter()
        review = run_review(store, ReviewQuery())
        t2 = time.perf_counter()
        print(f"    (adding {args.generate} papers through the documents service: {t1 - t0:.1f} s)")
        print(
            f"(b) review of {len(review.papers)} papers ({len(review.mentions)} technology mentions): "
            f"{t2 - t1:.2f} s"
        )
        store.close()


if __name__ == "__main__":
    main()
