"""Documents: add (read, mark, extract, store — one transaction per file), show, list, search, mentions.

A document is cut into portions, each marked as its originator marked it (``documents.markings.portions``):
who may read a document is who may read one of its portions, and each reader is shown only those. Its
whole marking is the strictest of its portions and what it was uploaded with; when nothing says anything
it is ``UNCLASSIFIED // REL MTCR`` (Partner-only: silence never makes a document public). A mention carries
the marking of the portion it was found in. A message's header (``documents.message``) gives the document
its originator, date and title where the uploader did not; the originator is known before the portion
marks are read, since ``(C)`` and ``NOFORN`` mean "the originator's only". The same bytes added again are
the same document: nothing is duplicated, and a stricter marking given the second time raises the stored
one.
"""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from epoc.documents.extract import Extractor
from epoc.documents.markings import Declassification, FoundMarking, declassification, find_markings, portions
from epoc.documents.message import MessageHeader, read_header
from epoc.documents.readers.base import Limits, ReadDocument, date_line
from epoc.documents.readers.registry import read_bytes, read_file
from epoc.model import DocumentType, EpocError, Marking, Mention, Portion, Source, SourceKind
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.services import audit
from epoc.services.documents.views import get_document_row
from epoc.store import Store
from epoc.store.documents import DocumentRepository
from epoc.store.records import RecordRepository, marking_from_row

DEFAULT_MARKING = Marking.parse("UNCLASSIFIED // REL MTCR")


@dataclass(frozen=True, slots=True)
class DocumentOptions:
    partner: str | None = None
    doc_type: DocumentType | None = None
    doc_date: date | None = None
    marking: Marking | None = None  # the marking it was uploaded with; the text can only raise it
    meeting: str | None = None
    version: str | None = None
    title: str | None = None
    added_by: str | None = None  # a username; None at the command line
    reader: str | None = None  # force a reader (pdf, docx, eml, html, markdown, text)
    actor: Viewer | None = None  # who adds it, for the audit trail (None: the command line, not logged)


@dataclass(frozen=True, slots=True)
class Added:
    """A document added, or found already there (status ``unchanged``: the same bytes), as `epoc documents
    add --json` prints it; ``marking`` is the stored one (never lowered)."""

    document_id: int
    title: str
    marking: Marking
    status: str  # added | unchanged
    file: str
    type: str
    partner: str | None
    date: str | None
    reader: str
    pages: int | None
    attachments: tuple[str, ...]
    mentions: dict[str, int]  # per kind
    portions: int
    declassify_on: str | None
    warnings: tuple[str, ...]
    error: None = None


@dataclass(frozen=True, slots=True)
class NotAdded:
    """A file that was not added, and why (said to the one who added it)."""

    file: str
    document_id: None = field(default=None, init=False)
    error: str


AddResult = Added | NotAdded  # one per file, in the files' order


def add_result(data: dict[str, Any]) -> AddResult:
    """A result back from its JSON form (``plain``), as an upload job's state file keeps it."""
    if data.get("document_id") is None:
        return NotAdded(str(data["file"]), str(data["error"]))
    return Added(
        document_id=int(data["document_id"]),
        title=data["title"],
        marking=Marking.parse(str(data["marking"]["banner"])),
        status=data["status"],
        file=data["file"],
        type=data["type"],
        partner=data["partner"],
        date=data["date"],
        reader=data["reader"],
        pages=data["pages"],
        attachments=tuple(data["attachments"]),
        mentions=dict(data["mentions"]),
        portions=int(data["portions"]),
        declassify_on=data["declassify_on"],
        warnings=tuple(data["warnings"]),
    )


@dataclass(frozen=True, slots=True)
class Reextracted:
    """A stored document extracted again: how many pending mentions it has now."""

    document_id: int
    title: str
    mentions: int


def add_documents(
    store: Store,
    paths: Sequence[Path],
    options: DocumentOptions,
    limits: Limits,
    extractor: Callable[[], Extractor],
    workers: int = 1,
) -> list[AddResult]:
    """Add each file as a document; a file that fails is ``NotAdded`` (with its error) and the others go on.

    With ``workers`` > 1, that many forked processes (sharing the parent's gazetteer) each read, extract
    and store whole files, each file in its own transaction on the worker's own connection; results come
    back in the files' order."""
    files = _files(paths)
    if workers <= 1 or len(files) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [_add_one(store, path, options, limits, extractor) for path in files]
    global _FORKED  # noqa: PLW0603  (handed to the forked workers, which share the parent's memory)
    _FORKED = (store.engine.url.render_as_string(hide_password=False), extractor(), options, limits)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(workers, len(files)), mp_context=context) as pool:
            return list(pool.map(_add_forked, files, chunksize=1))
    finally:
        _FORKED = None


def _add_one(
    store: Store, path: Path, options: DocumentOptions, limits: Limits, extractor: Callable[[], Extractor]
) -> AddResult:
    try:
        return store_prepared(store, prepare(path, options, limits, extractor), options)
    except EpocError as exc:
        return NotAdded(str(path), exc.message)


_FORKED: tuple[str, Extractor, DocumentOptions, Limits] | None = None
_WORKER_STORE: Store | None = None


def _add_forked(path: Path) -> AddResult:
    """In a forked worker: its own connection to the store (never the parent's), then one file."""
    global _WORKER_STORE  # noqa: PLW0603  (one store per worker process, opened on its first file)
    assert _FORKED is not None
    url, extractor, options, limits = _FORKED
    if _WORKER_STORE is None or _WORKER_STORE.engine.url.render_as_string(hide_password=False) != url:
        _WORKER_STORE = Store.open(url, migrate=False)
    try:
        return _add_one(_WORKER_STORE, path, options, limits, lambda: extractor)
    except Exception as exc:  # a reader bug or a lost connection must not take the batch down
        return NotAdded(str(path), f"{path}: {exc.__class__.__name__}: {exc}")


def _files(paths: Sequence[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        else:
            out.append(path)
    return out


@dataclass
class Prepared:
    """A file read, marked and extracted, not yet stored."""

    path: Path
    read: ReadDocument
    found: list[FoundMarking]
    marking: Marking
    mentions: list[Mention]
    portions: list[Portion]
    header: MessageHeader
    partner: str | None
    declassification: Declassification | None


StageFn = Callable[[str], None]  # told "reading", "finding names", "storing N mentions" as a file goes on


def prepare(
    path: Path, options: DocumentOptions, limits: Limits, extractor: Callable[[], Extractor]
) -> Prepared:
    return _prepare(read_file(path, limits, options.reader), path, options, extractor)


def add_upload(
    store: Store,
    name: str,
    data: bytes,
    options: DocumentOptions,
    limits: Limits,
    extractor: Callable[[], Extractor],
    stage: StageFn | None = None,
) -> AddResult:
    """Add one uploaded file from its bytes (no temporary file): read, marked, extracted, then stored in one
    transaction; ``stage`` hears where it is. A file that fails is ``NotAdded``, with its error."""
    tell = stage or (lambda _: None)
    try:
        tell("reading")
        read = read_bytes(data, name, limits, reader=options.reader)
        tell("finding names")
        prepared = _prepare(read, Path(name), options, extractor)
        tell(f"storing {len(prepared.mentions):,} mentions")
        return store_prepared(store, prepared, options)
    except EpocError as exc:
        return NotAdded(name, exc.message)


def _prepare(
    read: ReadDocument, path: Path, options: DocumentOptions, extractor: Callable[[], Extractor]
) -> Prepared:
    header = read_header(read.text)
    partner = (
        options.partner or (header.partner if header.is_message else None) or _partner_in(read.text) or ""
    ).upper() or None
    found = find_markings(read.text, str(path), partner)
    cut = portions(read.text, found, options.marking, DEFAULT_MARKING)
    marking = whole_marking(cut, options.marking)
    mentions = extractor().extract(read.text, read.page_starts)
    return Prepared(path, read, found, marking, mentions, cut, header, partner, declassification(read.text))


def whole_marking(cut: Sequence[Portion], uploaded: Marking | None) -> Marking:
    """The whole document's marking: the strictest of its portions (and of the upload's marking)."""
    return Marking.strictest_of([uploaded or cut[0].marking, *(portion.marking for portion in cut)])


def mention_markings(mentions: Sequence[Mention], cut: Sequence[Any], whole: Marking) -> list[Marking]:
    """Each mention's marking: the portion it was found in (the strictest, where it spans two)."""
    out = []
    for mention in mentions:
        found = [
            portion.marking if isinstance(portion, Portion) else marking_from_row(portion)
            for portion in cut
            if portion.start < max(mention.end, mention.start + 1) and mention.start < portion.end
        ]
        out.append(Marking.strictest_of(found) if found else whole)
    return out


def store_prepared(store: Store, prepared: Prepared, options: DocumentOptions) -> Added:
    """Store a prepared document in one transaction (or raise the marking of the same bytes stored before)."""
    path, read, found, marking, mentions, header = (
        prepared.path, prepared.read, prepared.found, prepared.marking, prepared.mentions, prepared.header,
    )  # fmt: skip
    if options.actor is not None and not options.actor.may_read(marking):
        # stored, it would be "not found" to the one who added it: refused, saying why
        raise EpocError(
            f"{path.name}: marked {marking.banner}, above what you may read; not added (someone cleared for"
            " it, or the POC administrator, can add it)"
        )
    now = datetime.now(UTC)
    with store.read() as conn:
        existing = DocumentRepository(conn).by_sha(read.sha256)
    if existing is not None:
        with store.transaction() as conn:
            raised = DocumentRepository(conn).raise_marking(existing.id, marking)
        return _summary(store, existing, raised, path)
    partner = prepared.partner
    message = header.is_message
    title = (options.title or (header.subject if message else None) or read.title or path.name).strip()
    title = title[:500] or path.name
    doc_type = options.doc_type or guess_type(read.text)
    doc_date = options.doc_date or (header.sent if message else None) or _date_of(read)
    decl = prepared.declassification
    source = Source(
        key=f"doc-{read.sha256[:12]}",
        name=title[:300],
        format=read.reader,
        kind=SourceKind.DOCUMENT,
        publisher=partner,
        partner=partner,
        date=doc_date,
        marking=marking,
    )
    attachments = [_attachment_json(a) for a in read.attachments]
    values = {
        "source_key": source.key,
        "sha256": read.sha256,
        "title": title,
        "doc_type": doc_type.value,
        "partner": partner,
        "doc_date": doc_date,
        "meeting": options.meeting,
        "version": options.version,
        "filename": path.name,
        "media_type": read.media_type,
        "reader": read.reader,
        "size": read.size,
        "pages": read.pages,
        "text": read.text,
        "page_starts": read.page_starts,
        "attachments": attachments,
        "headers": {**(header.to_json() if message else {}), **read.metadata},
        "warnings": read.warnings,
        "found_markings": [
            {"text": f.text, "kind": f.kind, "start": f.start, "end": f.end, "banner": f.marking.banner}
            for f in found
        ],
        "uploaded_marking": options.marking.banner if options.marking else None,
        "added_by": options.added_by,
        "declassify_on": decl.on if decl else None,
        "declassification": decl.text if decl else None,
    }
    try:
        with store.transaction() as conn:
            RecordRepository(conn).upsert_source(source, now)
            repo = DocumentRepository(conn)
            document_id = repo.add(values, marking, now, prepared.portions)
            repo.add_mentions(document_id, mentions, mention_markings(mentions, prepared.portions, marking))
            if options.actor is not None:
                details = {"file": path.name, "marking": marking.banner, "mentions": len(mentions)}
                audit.record(conn, options.actor, Action.DOCUMENT_ADD, f"document:{document_id}", details)
    except IntegrityError:
        # another upload of the same bytes committed first: it is that document
        with store.read() as conn:
            existing = DocumentRepository(conn).by_sha(read.sha256)
        if existing is None:
            raise
        with store.transaction() as conn:
            raised = DocumentRepository(conn).raise_marking(existing.id, marking)
        return _summary(store, existing, raised, path)
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.kind.value] = counts.get(mention.kind.value, 0) + 1
    return Added(
        document_id=document_id,
        title=title,
        marking=marking,
        status="added",
        file=str(path),
        type=doc_type.value,
        partner=partner,
        date=doc_date.isoformat() if doc_date else None,
        reader=read.reader,
        pages=read.pages,
        attachments=tuple(a["name"] for a in attachments),
        mentions=counts,
        portions=len(prepared.portions),
        declassify_on=decl.on.isoformat() if decl and decl.on else None,
        warnings=tuple(read.warnings),
    )


def _attachment_json(a: Any) -> dict[str, Any]:
    """An attachment as the store's ``attachments`` JSON column keeps it (a stored format, not a result)."""
    return {f: getattr(a, f) for f in a.__slots__}


def _summary(store: Store, row: Any, marking: Marking, path: Path) -> Added:
    """An existing document, as ``add`` reports it (status ``unchanged``)."""
    with store.read() as conn:
        repo = DocumentRepository(conn)
        counts = repo.mention_counts(row.id)
        portions = len(repo.portions(row.id, None))
    return Added(
        document_id=row.id,
        title=row.title,
        marking=marking,
        status="unchanged",
        file=str(path),
        type=row.doc_type,
        partner=row.partner,
        date=row.doc_date.isoformat() if row.doc_date else None,
        reader=row.reader,
        pages=row.pages,
        attachments=tuple(a["name"] for a in row.attachments or []),
        mentions=counts,
        portions=portions,
        declassify_on=row.declassify_on.isoformat() if row.declassify_on else None,
        warnings=tuple(row.warnings or []),
    )


_PARTNER = re.compile(
    r"^\s*(?:Originating|Submitting|Denying|Circulating)?\s*Partner\s*:\s*([A-Z]{2,3})\b", re.M | re.I
)


def _partner_in(text: str) -> str | None:
    match = _PARTNER.search(text[:5000])
    return match.group(1).upper() if match else None


def guess_type(text: str) -> DocumentType:
    head = text[:3000].lower()
    if "denial notification" in head or "notification of denial" in head:
        return DocumentType.DENIAL
    if "information exchange" in head or re.search(r"\bie paper\b", head):
        return DocumentType.IE_PAPER
    if "plenary" in head:
        return DocumentType.PLENARY_PAPER
    return DocumentType.OTHER


_DATE_LINE = re.compile(r"^\s*Date\s*:\s*(\d{4}-\d{2}-\d{2})\b", re.M)


def _date_of(read: ReadDocument) -> date | None:
    if "date" in read.metadata:
        try:
            return parsedate_to_datetime(read.metadata["date"]).date()
        except (TypeError, ValueError):
            pass
    match = _DATE_LINE.search(read.text[:5000])
    if match:
        try:
            return date.fromisoformat(match.group(1))
        except ValueError:
            return None
    # a press release or letter that opens with its date ("April 29, 2014")
    opening = [line.strip() for line in read.text[:2000].splitlines() if line.strip()][:3]
    return next((d for d in map(date_line, opening) if d is not None), None)


def reextract(
    store: Store, document_ids: Sequence[int] | None, extractor: Callable[[], Extractor]
) -> list[Reextracted]:
    """Run extraction again over stored documents (all when ``document_ids`` is None), with the names the
    store holds now: pending mentions are replaced, decided ones kept. One transaction per document."""
    with store.read() as conn:
        ids = list(document_ids) if document_ids is not None else DocumentRepository(conn).ids()
    out = []
    for document_id in ids:
        row = get_document_row(store, document_id, None)
        mentions = extractor().extract(row.text, list(row.page_starts or []))
        with store.transaction() as conn:
            repo = DocumentRepository(conn)
            markings = mention_markings(mentions, repo.portions(document_id, None), marking_from_row(row))
            added = repo.replace_pending_mentions(document_id, mentions, markings)
        out.append(Reextracted(document_id, row.title, added))
    return out
