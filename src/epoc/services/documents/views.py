"""Reading documents: show, list, search, mentions — each filtered by what the viewer may read.

``browse_documents`` and ``read_document`` back the web pages and their JSON twins: a viewer's read or
search is written to the audit trail in the same transaction that reads it.

A document is read portion by portion (``DocumentView``): a reader gets the portions they may read, end to
end, as its text — a withheld portion is absent, not blanked in place, and nothing tells its size (offsets
of portions and mentions are in the reader's text) — with the banner of what they read (the strictest of
those portions), the marks found in them only, and the mentions found in them. A document with no portion
the reader may read is "not found".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection

from epoc.model import DocumentType, InvalidInput, Marking, NotFound
from epoc.model.access import Viewer
from epoc.model.annex import entries_by_code
from epoc.model.audit import Action
from epoc.services import audit
from epoc.store import Store, fulltext
from epoc.store.documents import DocumentRepository, readable_record_markings
from epoc.store.entity_lookup import EntityRef, entities_for
from epoc.store.records import marking_from_row

_BIG = 1 << 62

# A document's page and its JSON twin keep at most these mentions (a 3 MB IE paper had about 75,000, which
# made a 27 MB page): the strongest few of each entity, Annex entry or candidate name say where it is spoken
# of, and a reader who needs every one reviews them in the mention queue. How many were not kept is said.
MENTIONS_PER_TARGET = 20
MENTIONS_KEPT = 2_000
# The document page shows its text a page at a time, cut at a paragraph near this many characters.
TEXT_PAGE_CHARS = 50_000
# The JSON twin gives the kept mentions a page at a time.
MENTIONS_PER_PAGE = 500


def get_document_row(store: Store, document_id: int, viewer: Viewer | None) -> Any:
    """The stored document, if the viewer may read it; ``NotFound`` otherwise."""
    with store.read() as conn:
        row = DocumentRepository(conn).get(document_id, viewer)
    if row is None:
        raise NotFound(f"no document {document_id}; `epoc documents list` shows them")
    return row


def document_json(row: Any, with_text: bool = False, marking: Marking | None = None) -> dict[str, Any]:
    """A stored document's keys in the ``documents show`` contract (a wire format, so a dict: ``DocumentView``
    and ``read_document`` build their answers on it)."""
    out = {
        "document_id": row.id,
        "title": row.title,
        "marking": (marking or marking_from_row(row)).to_json(),
        "type": row.doc_type,
        "partner": row.partner,
        "date": row.doc_date.isoformat() if row.doc_date else None,
        "meeting": row.meeting,
        "version": row.version,
        "file": row.filename,
        "media_type": row.media_type,
        "reader": row.reader,
        "size": row.size,
        "pages": row.pages,
        "sha256": row.sha256,
        "source": row.source_key,
        "attachments": row.attachments,
        "headers": row.headers,
        "markings_found": row.found_markings,
        "uploaded_marking": row.uploaded_marking,
        "warnings": row.warnings,
        "added_by": row.added_by,
        "added_at": row.created_at.isoformat() if row.created_at else None,
        "declassify_on": row.declassify_on.isoformat() if row.declassify_on else None,
        "declassification": row.declassification,
    }
    if with_text:
        out["text"] = row.text
    return out


@dataclass(frozen=True, slots=True)
class PortionView:
    """One portion as its reader reads it: ``start``/``end`` in the reader's text."""

    seq: int
    kind: str  # portion | banner | subject | unmarked
    mark: str | None  # the portion mark as written
    start: int
    end: int
    text: str
    marking: Marking

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "kind": self.kind,
            "mark": self.mark,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "marking": self.marking.to_json(),
        }


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document as one reader may read it: the portions released to them, end to end, and what maps the
    stored text's offsets to theirs."""

    row: Any
    portions: tuple[PortionView, ...]
    spans: tuple[tuple[int, int, int], ...]  # (stored start, stored end, reader start) per portion
    subject_withheld: bool

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.portions)

    @property
    def marking(self) -> Marking:
        """The banner for this reader: the strictest of what they read."""
        return Marking.strictest_of(portion.marking for portion in self.portions)

    @property
    def title(self) -> str:
        return f"Document {self.row.id}" if self.subject_withheld else str(self.row.title)

    @property
    def stretches(self) -> tuple[tuple[int, int], ...]:
        """The stored text's stretches this reader reads, ``[start, end)``: their portions, those end to end
        joined (one stretch for a reader of the whole document)."""
        out: list[tuple[int, int]] = []
        for start, stop, _ in self.spans:
            if out and out[-1][1] == start:
                out[-1] = (out[-1][0], stop)
            elif start < stop:
                out.append((start, stop))
        return tuple(out)

    def _span_at(self, offset: int, end: bool = False) -> int | None:
        """The index of the readable portion holding a stored offset, found by bisection (spans are in
        stored order and apart; a long paper has thousands of portions and tens of thousands of mentions).
        An end offset on the boundary of two portions is the first one's end, as the reader's text joins
        them end to end."""
        at = bisect_right(self.spans, (offset, _BIG, _BIG)) - 1
        for index in (at - 1, at) if end else (at,):
            if 0 <= index < len(self.spans):
                start, stop, _ = self.spans[index]
                if start <= offset < stop or (end and start < offset <= stop):
                    return index
        return None

    def reader_offset(self, offset: int, end: bool = False) -> int | None:
        """Where a stored offset falls in the reader's text (None: in a withheld portion)."""
        index = self._span_at(offset, end)
        if index is None:
            return None
        start, _, reader = self.spans[index]
        return reader + offset - start

    def portion_at(self, offset: int) -> PortionView | None:
        """The portion holding a stored offset, if the reader may read it."""
        index = self._span_at(offset)
        return None if index is None else self.portions[index]

    def to_json(self, mentions: list[dict[str, Any]]) -> dict[str, Any]:
        """The ``documents show`` contract: the document's keys, for this reader, with ``portions``."""
        row = self.row
        found = [
            f for f in row.found_markings or [] if self.reader_offset(int(f["start"])) is not None
        ]  # the marks this reader's portions hold
        headers = dict(row.headers or {})
        if self.subject_withheld:
            headers.pop("subject", None)
        out = document_json(row, with_text=False, marking=self.marking)
        out.update(
            {
                "title": self.title,
                "banner": self.marking.banner,
                "headers": headers,
                "markings_found": [
                    {
                        **f,
                        "start": self.reader_offset(int(f["start"])),
                        "end": self.reader_offset(int(f["end"]), end=True),
                    }
                    for f in found
                ],
                "text": self.text,
                "portions": [p.to_json() for p in self.portions],
                "mentions": mentions,
            }
        )
        return out


def document_view(conn: Connection, document_id: int, viewer: Viewer | None, hint: str = "") -> DocumentView:
    """The document as ``viewer`` may read it; ``NotFound`` when they may read none of it (or it is not
    there), in the same words."""
    repo = DocumentRepository(conn)
    row = repo.get(document_id, viewer)
    portions = repo.portions(document_id, viewer) if row is not None else []
    if row is None or not portions:
        raise NotFound(f"no document {document_id}{hint}")
    views, spans, position = [], [], 0
    for p in portions:
        text = row.text[p.start : p.end]
        marking = marking_from_row(p)
        views.append(PortionView(p.seq, p.kind, p.mark, position, position + len(text), text, marking))
        spans.append((p.start, p.end, position))
        position += len(text)
    readable = {p.seq for p in portions}
    subject_withheld = viewer is not None and any(
        p.kind == "subject" and p.seq not in readable for p in repo.portions(document_id, None)
    )
    return DocumentView(row, tuple(views), tuple(spans), subject_withheld)


def reader_mentions(view: DocumentView, mentions: list[Mention]) -> list[Mention]:
    """Mentions moved into the reader's text: those of withheld portions dropped (their marking already
    keeps them from the reader; this holds if a mark and a mention ever disagree), offsets the reader's,
    and a context sentence cut to the mention's own portion."""
    out = []
    flat: dict[int, str] = {}  # each portion's text with its white space folded, once (a long paper's is MBs)
    for m in mentions:
        start = view.reader_offset(m.start)
        end = view.reader_offset(m.end, end=True)
        if start is None or end is None:
            continue
        sentence = m.sentence
        own = view.portion_at(m.start)
        if own is not None and own.seq not in flat:
            flat[own.seq] = " ".join(own.text.split())
        if own is not None and m.sentence and m.sentence not in flat[own.seq]:
            context = view.text[max(own.start, start - 150) : min(own.end, end + 150)]
            sentence = " ".join(context.split())
        out.append(replace(m, start=start, end=end, sentence=sentence))
    return out


@dataclass(frozen=True, slots=True)
class DocumentRead:
    """A document as one reader reads it (``show_document``, ``read_document``): its view, the mentions of
    their portions, and (a page's) how many their portions hold in all."""

    view: DocumentView
    mentions: list[Mention]
    mentions_total: int | None = None  # read_document's: the page keeps only the strongest

    @property
    def marking(self) -> Marking:
        return self.view.marking

    @property
    def title(self) -> str:
        return self.view.title

    def to_json(self) -> dict[str, Any]:
        """The ``documents show`` contract (and the page's JSON twin, with ``mentions_total``)."""
        out = self.view.to_json([m.to_json() for m in self.mentions])
        if self.mentions_total is not None:
            out["mentions_total"] = self.mentions_total
        return out


def show_document(store: Store, document_id: int, viewer: Viewer | None = None) -> DocumentRead:
    """``epoc documents show ID [--as USER]``: the document as that user may read it (everything for the
    operator), with its readable portions and the mentions found in them."""
    with store.read() as conn:
        view = document_view(conn, document_id, viewer, "; `epoc documents list` shows them")
        rows = DocumentRepository(conn).mentions(document_id, viewer)
        entities = entities_of_mentions(conn, rows, viewer)
        mentions = readable_mentions(conn, [mention_of(m, entities) for m in rows], viewer)
    return DocumentRead(view, reader_mentions(view, with_entities(mentions, entities)))


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A document in ``epoc documents list``: what it is, who circulated it, when, how many mentions, its
    marking (the reader's: of the portions they may read); its title "Document N" for a reader who may not
    read its (marked) subject line."""

    document_id: int
    title: str
    type: str
    partner: str | None
    date: str | None
    file: str
    mentions: int
    marking: Marking


def list_documents(store: Store, viewer: Viewer | None = None, limit: int = 100) -> list[DocumentSummary]:
    with store.read() as conn:
        repo = DocumentRepository(conn)
        rows = repo.visible_list(viewer, limit)
        markings = reader_markings(repo, [r.id for r in rows], viewer)
        withheld = repo.withheld_subjects([r.id for r in rows], viewer)
    return [
        DocumentSummary(
            document_id=r.id,
            title=_title(r, withheld),
            type=r.doc_type,
            partner=r.partner,
            date=r.doc_date.isoformat() if r.doc_date else None,
            file=r.filename,
            mentions=r.mentions,
            marking=markings.get(r.id) or marking_from_row(r),
        )
        for r in rows
    ]


def _title(row: Any, withheld: set[int]) -> str:
    """A document's title, or "Document N" for a reader who may not read its (marked) subject line."""
    return f"Document {row.id}" if row.id in withheld else str(row.title)


def reader_markings(
    repo: DocumentRepository, document_ids: list[int], viewer: Viewer | None
) -> dict[int, Marking]:
    """``{document id: the banner for this reader}``: the strictest of the portions they may read."""
    out: dict[int, Marking] = {}
    for document_id, markings in repo.portion_markings(document_ids, viewer).items():
        if markings:
            out[document_id] = Marking.strictest_of(markings)
    return out


def entities_of_mentions(
    conn: Connection, rows: Iterable[Any], viewer: Viewer | None
) -> dict[str, EntityRef]:
    """The entity each record named by an entity mention belongs to now, as the viewer may see it (a record
    the viewer may not read is absent)."""
    return entities_for(
        conn, {r for row in rows if row.kind == "entity" for r in row.record_ids}, viewer=viewer
    )


@dataclass(frozen=True, slots=True)
class EntityLink:
    """The list entity (as the viewer may read it) an entity mention's records belong to."""

    entity_id: str
    caption: str


@dataclass(frozen=True, slots=True)
class AnnexEntry:
    """An Annex entry a technology mention names, with its title (None for a code the Annex lacks)."""

    code: str
    title: str | None


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention extraction found in a document: an entity on the list (``entity_id``, ``record_ids``,
    ``matched_name``), technology (``annex_items``, ``keyword``) or a candidate; ``entity``/``annex`` once
    ``with_entities`` linked it, ``document_id``/``document_title`` in the review queue. Its JSON keys depend
    on its kind (and ``label``/``detail`` appear only when set), so it has its own ``to_json``: the
    ``documents mentions`` contract."""

    id: int
    kind: str  # entity | candidate | technology
    text: str
    start: int
    end: int
    entity_id: str | None
    record_ids: tuple[str, ...]
    matched_name: str | None
    annex_items: tuple[str, ...]
    keyword: str | None
    label: str | None
    score: float | None
    spotter: str
    sentence: str
    paragraph: int
    page: int | None
    status: str
    marking: Marking
    detail: dict[str, Any] | None
    document_id: int | None = None  # in the review queue
    document_title: str | None = None
    entity: EntityLink | None = None  # entity mentions, from ``with_entities``
    annex: tuple[AnnexEntry, ...] | None = None  # technology mentions, from ``with_entities``

    def to_json(self) -> dict[str, Any]:
        """The ``documents mentions`` contract (with, in the review queue, the document before the links)."""
        out = self._own_json()
        out.update(self._document_json())
        out.update(self._links_json())
        return out

    def _own_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }
        if self.kind == "entity":
            out["entity_id"] = self.entity_id
            out["record_ids"] = list(self.record_ids)
            out["matched_name"] = self.matched_name
        elif self.kind == "technology":
            out["annex_items"] = list(self.annex_items)
            out["keyword"] = self.keyword
        if self.label:
            out["label"] = self.label
        out.update(
            {
                "score": self.score,
                "spotter": self.spotter,
                "sentence": self.sentence,
                "paragraph": self.paragraph,
                "page": self.page,
                "status": self.status,
                "marking": self.marking.to_json(),
            }
        )
        if self.detail:
            out["detail"] = self.detail
        return out

    def _document_json(self) -> dict[str, Any]:
        if self.document_id is None:
            return {}
        return {"document_id": self.document_id, "document_title": self.document_title}

    def _links_json(self) -> dict[str, Any]:
        if self.kind == "entity" and self.entity is not None:
            return {"entity": {"entity_id": self.entity.entity_id, "caption": self.entity.caption}}
        if self.kind == "technology" and self.annex is not None:
            return {"annex": [{"code": a.code, "title": a.title} for a in self.annex]}
        return {}


def mention_of(row: Any, entities: dict[str, EntityRef] | None = None, in_queue: bool = False) -> Mention:
    """One stored mention. With ``entities`` (from ``entities_of_mentions``) an entity mention names the
    list entity its records belong to now, and only the records the viewer may read; without, the record it
    was spotted as. ``in_queue``: with its document (a review queue's row)."""
    entity_id, record_ids = None, ()
    if row.kind == "entity":
        if entities is None:
            entity_id, record_ids = row.entity_id, tuple(row.record_ids)
        else:
            record_ids = tuple(r for r in row.record_ids if r in entities)
            entity_id = entities[record_ids[0]].entity_id if record_ids else None
    technology = row.kind == "technology"
    return Mention(
        id=row.id,
        kind=row.kind,
        text=row.text,
        start=row.start,
        end=row.end,
        entity_id=entity_id,
        record_ids=record_ids,
        matched_name=row.matched_name if row.kind == "entity" else None,
        annex_items=tuple(row.annex_items) if technology else (),
        keyword=row.matched_name if technology else None,
        label=row.label or None,
        score=row.score,
        spotter=row.spotter,
        sentence=row.sentence,
        paragraph=row.paragraph,
        page=row.page,
        status=row.status,
        marking=marking_from_row(row),
        detail=row.detail or None,
        document_id=row.document_id if in_queue else None,
        document_title=row.document_title if in_queue else None,
    )


def document_mentions(
    store: Store, document_id: int, viewer: Viewer | None = None, kind: str | None = None
) -> list[Mention]:
    get_document_row(store, document_id, viewer)
    with store.read() as conn:
        rows = DocumentRepository(conn).mentions(document_id, viewer, kind)
        entities = entities_of_mentions(conn, rows, viewer)
    return [mention_of(r, entities) for r in rows]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A document holding every word searched for (``epoc documents search``): a snippet, the ``[start, end)``
    of each highlighted word in it, its rank; the title and marking as in ``DocumentSummary``."""

    document_id: int
    title: str
    marking: Marking
    type: str
    partner: str | None
    date: str | None
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    rank: float


def search_documents(
    store: Store, query: str, viewer: Viewer | None = None, limit: int = 20
) -> list[SearchHit]:
    """Full-text search: documents holding every word of ``query``, best first, each with a snippet and
    the offsets of the highlighted words in it."""
    if not query.strip():
        raise InvalidInput("give words to search for")
    with store.read() as conn:
        repo = DocumentRepository(conn)
        hits = repo.search(query, viewer, limit)
        markings = reader_markings(repo, [row.id for row, _, _ in hits], viewer)
        withheld = repo.withheld_subjects([row.id for row, _, _ in hits], viewer)
    out = []
    for row, snippet, rank in hits:
        text, spans = fulltext.highlights(snippet)
        out.append(
            SearchHit(
                document_id=row.id,
                title=_title(row, withheld),
                marking=markings.get(row.id) or marking_from_row(row),
                type=row.doc_type,
                partner=row.partner,
                date=row.doc_date.isoformat() if row.doc_date else None,
                snippet=text,
                highlights=tuple((int(a), int(b)) for a, b in spans),
                rank=round(rank, 4),
            )
        )
    return out


_PARTNER_CODE = re.compile(r"^[A-Za-z]{2,3}$")


@dataclass(frozen=True, slots=True)
class DocumentQuery:
    """What the documents page asks: words to search for (none: newest first), a type, a Partner."""

    text: str = ""
    doc_type: str = ""
    partner: str = ""
    page: int = 1
    per_page: int = 50

    @property
    def filters(self) -> dict[str, str]:
        return {k: v for k, v in (("q", self.text), ("type", self.doc_type), ("partner", self.partner)) if v}


def check_document_query(query: DocumentQuery) -> DocumentQuery:
    """The query with its values checked and normalised; ``InvalidInput`` names the bad one."""
    doc_type = ""
    if query.doc_type.strip():
        try:
            doc_type = DocumentType.parse(query.doc_type).value
        except ValueError:
            choices = ", ".join(t.value for t in DocumentType)
            raise InvalidInput(f"type: {query.doc_type!r} is not one of {choices}") from None
    partner = query.partner.strip().upper()
    if partner and not _PARTNER_CODE.match(partner):
        raise InvalidInput(f"partner: {query.partner!r} is not a Partner code (FR, DE, POC …)")
    if not 1 <= query.per_page <= 200:
        raise InvalidInput("per_page: between 1 and 200")
    if query.page < 1:
        raise InvalidInput("page: 1 or more")
    return DocumentQuery(query.text.strip()[:200], doc_type, partner, query.page, query.per_page)


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A document in the documents' list: with words, a search hit (a snippet, its highlights, a rank, no
    count of mentions); without, the newest first. Its title is "Document N" for a reader who may not read
    its (marked) subject line; its marking is the reader's, of the portions they may read."""

    document_id: int
    title: str
    type: str
    partner: str | None
    date: str | None
    file: str
    mentions: int | None
    marking: Marking
    snippet: str | None
    highlights: tuple[tuple[int, int], ...]
    rank: float | None
    added_at: str | None


@dataclass(frozen=True, slots=True)
class DocumentsPage:
    """A page of the documents a reader may read; ``total`` and ``partners`` count only those."""

    total: int
    page: int
    per_page: int
    pages: int
    filters: dict[str, str]
    marking: Marking  # the strictest of the documents on this page
    documents: tuple[DocumentRow, ...]
    partners: tuple[str, ...]
    types: tuple[str, ...]


def browse_documents(store: Store, query: DocumentQuery, viewer: Viewer | None = None) -> DocumentsPage:
    """A page of the documents the viewer may read: with words, the best matches (each with a snippet and
    its highlights); without, the newest first. ``total`` and ``partners`` count only readable documents."""
    query = check_document_query(query)
    searching = bool(fulltext.terms(query.text))
    with store.transaction() as conn:
        repo = DocumentRepository(conn)
        partners = repo.partners(viewer)
        if searching:
            # The full-text engines rank a bounded list: a search shows its best 200, a page at a time.
            total, hits = repo.search_page(
                query.text,
                viewer,
                (query.page - 1) * query.per_page,
                query.per_page,
                query.doc_type or None,
                query.partner or None,
            )
            markings = reader_markings(repo, [row.id for row, _, _ in hits], viewer)
            withheld = repo.withheld_subjects([row.id for row, _, _ in hits], viewer)
            found = [
                _document_row(row, markings.get(row.id), withheld, snippet, rank)
                for row, snippet, rank in hits
            ]
        else:
            total = repo.count(viewer, query.doc_type or None, query.partner or None)
            rows = repo.visible_list(
                viewer,
                query.per_page,
                (query.page - 1) * query.per_page,
                query.doc_type or None,
                query.partner or None,
            )
            markings = reader_markings(repo, [r.id for r in rows], viewer)
            withheld = repo.withheld_subjects([r.id for r in rows], viewer)
            found = [_document_row(r, markings.get(r.id), withheld) for r in rows]
        if viewer is not None and searching:
            audit.record(
                conn, viewer, Action.DOCUMENT_SEARCH, None, {"filters": query.filters, "results": total}
            )
    marking = Marking.strictest_of(doc.marking for doc in found)
    return DocumentsPage(
        total=total,
        page=query.page,
        per_page=query.per_page,
        pages=max(1, -(-total // query.per_page)),
        filters=query.filters,
        marking=marking,
        documents=tuple(found),
        partners=tuple(partners),
        types=tuple(t.value for t in DocumentType),
    )


def _document_row(
    r: Any, marking: Marking | None, withheld: set[int], snippet: str | None = None, rank: float | None = None
) -> DocumentRow:
    """A row of the documents' list; with a snippet (from a search), a hit with its highlights and rank."""
    text, spans = fulltext.highlights(snippet) if snippet is not None else (None, [])
    return DocumentRow(
        document_id=r.id,
        title=f"Document {r.id}" if r.id in withheld else r.title,
        type=r.doc_type,
        partner=r.partner,
        date=r.doc_date.isoformat() if r.doc_date else None,
        file=r.filename,
        mentions=r.mentions if snippet is None else None,
        marking=marking or marking_from_row(r),
        snippet=text,
        highlights=tuple((int(a), int(b)) for a, b in spans),
        rank=round(rank, 4) if rank is not None else None,
        added_at=r.created_at.isoformat() if r.created_at else None,
    )


def read_document(store: Store, document_id: int, viewer: Viewer | None = None) -> DocumentRead:
    """A document as its page shows it: metadata, the portions the viewer may read, and the mentions found
    in them — entity mentions with the entity (as the viewer may read it) their record belongs to,
    technology mentions with their Annex entries — kept to the strongest (``keep_strongest``), with
    ``mentions_total`` saying how many the reader's portions hold. The read is audited; a document the
    viewer may not read (no portion of it) is ``NotFound``, the same as one that is not there."""
    with store.transaction() as conn:
        view = document_view(conn, document_id, viewer)
        repo = DocumentRepository(conn)
        # The database keeps the strongest of each stored target (a reader's target may join several), so
        # the page loads a few thousand mentions, not the tens of thousands of a long paper; keep_strongest
        # then keeps the strongest of each of the reader's targets among them, as it would among them all.
        rows = repo.strongest_mentions(document_id, viewer, MENTIONS_PER_TARGET, view.stretches)
        entities = entities_of_mentions(conn, rows, viewer)
        mentions = reader_mentions(
            view, readable_mentions(conn, [mention_of(m, entities) for m in rows], viewer)
        )
        kept = keep_strongest(mentions)
        # an entity mention none of whose records the reader may read is not theirs: nor are the others of
        # its target (the same records), which are not counted
        shown = {m.id for m in mentions}
        targets = {(row.kind, row.target) for row in rows if row.id in shown}
        counts = repo.mention_target_counts(document_id, viewer, view.stretches)
        if viewer is not None:
            details = {"marking": view.marking.banner, "portions": len(view.portions)}
            audit.record(conn, viewer, Action.DOCUMENT_READ, f"document:{document_id}", details)
    total = sum(n for target, n in counts.items() if target in targets)
    return DocumentRead(view, with_entities(kept, entities), total)


def _strength(mention: Mention) -> tuple[bool, float, int]:
    """Decided mentions first, then the best scored, then the first in the text."""
    return (mention.status == "pending", -(mention.score or 0.0), mention.start)


def _target(mention: Mention) -> tuple[str, Any]:
    """What a mention speaks of: an entity, Annex entries, or (a candidate) the name as written."""
    if mention.kind == "entity":
        return ("entity", mention.entity_id or mention.record_ids)
    if mention.kind == "technology":
        return ("technology", mention.annex_items)
    return (mention.kind, " ".join(str(mention.text).casefold().split()))


def keep_strongest(mentions: list[Mention]) -> list[Mention]:
    """The mentions a document's page keeps, in text order: the ``MENTIONS_PER_TARGET`` strongest of each
    entity, Annex entry or candidate name, then at most ``MENTIONS_KEPT`` of those, strongest first."""
    groups: dict[tuple[str, Any], list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[_target(mention)].append(mention)
    if len(mentions) <= MENTIONS_KEPT and all(len(g) <= MENTIONS_PER_TARGET for g in groups.values()):
        return mentions
    kept = [m for group in groups.values() for m in sorted(group, key=_strength)[:MENTIONS_PER_TARGET]]
    if len(kept) > MENTIONS_KEPT:
        kept = sorted(kept, key=_strength)[:MENTIONS_KEPT]
    chosen = {id(m) for m in kept}
    return [m for m in mentions if id(m) in chosen]


def mention_page_json(doc: DocumentRead, page: int = 1, per_page: int = MENTIONS_PER_PAGE) -> dict[str, Any]:
    """A document (from ``read_document``) with one page of its kept mentions: ``mentions_kept`` is how
    many there are in all, ``mentions_page``/``mentions_per_page``/``mentions_pages`` where this page is
    (``pages`` is the document's own, of its file). The page's JSON twin, a wire format, so a dict."""
    if not 1 <= per_page <= MENTIONS_KEPT:
        raise InvalidInput(f"per_page: between 1 and {MENTIONS_KEPT}")
    if page < 1:
        raise InvalidInput("page: 1 or more")
    kept = doc.mentions
    return {
        **replace(doc, mentions=kept[(page - 1) * per_page : page * per_page]).to_json(),
        "mentions_kept": len(kept),
        "mentions_page": page,
        "mentions_per_page": per_page,
        "mentions_pages": max(1, -(-len(kept) // per_page)),
    }


def text_pages(text: str, size: int = TEXT_PAGE_CHARS) -> list[tuple[int, int]]:
    """The reader's text cut into pages of about ``size`` characters: at a line break in the page's second
    half, else at a space, else where it falls."""
    cuts = [0]
    while len(text) - cuts[-1] > size:
        at = cuts[-1]
        half, full = at + size // 2, at + size
        cut = text.rfind("\n", half, full) + 1 or text.rfind(" ", half, full) + 1
        cuts.append(cut or full)
    return list(zip(cuts, [*cuts[1:], len(text)], strict=True))


def with_entities(mentions: list[Mention], refs: dict[str, EntityRef]) -> list[Mention]:
    """Entity mentions with the entity (as the viewer may read it, from ``entities_of_mentions``) their
    record belongs to, for a link to its page; technology mentions with the titles of their Annex entries."""
    annex = entries_by_code()
    out = []
    for mention in mentions:
        if mention.kind == "entity":
            ref = next((refs[r] for r in mention.record_ids if r in refs), None)
            link = EntityLink(ref.entity_id, ref.caption) if ref else None
            out.append(replace(mention, entity=link))
        elif mention.kind == "technology":
            entries = tuple(
                AnnexEntry(c, annex[c].title if c in annex else None) for c in mention.annex_items
            )
            out.append(replace(mention, annex=entries))
        else:
            out.append(mention)
    return out


def readable_mentions(conn: Any, mentions: list[Mention], viewer: Viewer | None) -> list[Mention]:
    """Mentions (from ``mention_of`` with the viewer's entities) as the viewer may see them. An entity
    mention says "this name is on a list": it shows only the records the viewer may read and takes the
    strictest of their markings and its own; one whose every record the viewer may not read is left out (it
    would tell of a list the viewer may not see)."""
    wanted = [r for m in mentions if m.kind == "entity" for r in m.record_ids]
    markings = readable_record_markings(conn, wanted, viewer) if wanted else {}
    out = []
    for m in mentions:
        if m.kind == "entity":
            shown = tuple(r for r in m.record_ids if r in markings)
            if not shown:
                continue
            marking = Marking.strictest_of([m.marking, *(markings[r] for r in shown)])
            # the entity id ``mention_of`` took from ``entities_of_mentions`` names the entity as the viewer
            # sees it; without one, the first record the viewer may read stands in, and the name it matched
            # (perhaps of a record they may not read) is not told
            named = m.entity_id
            matched = m.matched_name if named else None
            out.append(
                replace(
                    m, record_ids=shown, entity_id=named or shown[0], matched_name=matched, marking=marking
                )
            )
        else:
            out.append(m)
    return out


def text_segments(text: str, mentions: list[Mention]) -> list[tuple[str, Mention | None]]:
    """The text cut into plain runs and mentions, for a page that highlights them; where mentions overlap,
    the first (then the longest) wins and the others are listed but not highlighted."""
    out: list[tuple[str, Mention | None]] = []
    position = 0
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        start, end = m.start, m.end
        if start < position or not 0 <= start < end <= len(text):
            continue
        if start > position:
            out.append((text[position:start], None))
        out.append((text[start:end], m))
        position = end
    if position < len(text):
        out.append((text[position:], None))
    return out


def portion_segments(
    doc: DocumentRead, start: int = 0, end: int | None = None
) -> list[tuple[PortionView, list[tuple[str, Mention | None]]]]:
    """Each readable portion of a document (from ``read_document``) with its text cut into plain runs and
    mentions, for a page that shows each portion under its own mark; with ``start``/``end`` (a page from
    ``text_pages``), only that stretch of the reader's text, each portion cut to it."""
    length = sum(len(p.text) for p in doc.view.portions)
    end = length if end is None else end
    mentions = sorted(doc.mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    out = []
    for portion in doc.view.portions:
        first, last = max(portion.start, start), min(portion.end, end)
        if portion.start == portion.end:  # an empty portion: on the page where it stands
            if not (start <= first and (first < end or end == length)):
                continue
        elif first >= last:
            continue
        inside = [
            replace(m, start=m.start - first, end=m.end - first)
            for m in mentions[bisect_left(starts, first) : bisect_left(starts, last)]
            if m.end <= last
        ]
        text = portion.text[first - portion.start : last - portion.start]
        shown = (
            portion
            if (first, last) == (portion.start, portion.end)
            else replace(portion, start=first, end=last, text=text)
        )
        out.append((shown, text_segments(text, inside)))
    return out
