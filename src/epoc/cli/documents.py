"""`epoc documents`: add documents (read, mark, extract), list, show, search, and their mentions."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from epoc.cli import mention_review
from epoc.cli.common import app_context, console, err_console, print_json
from epoc.documents.readers.registry import READERS
from epoc.model import DocumentType, Marking, MarkingError
from epoc.services.accounts import viewer_of
from epoc.services.documents.extraction import lazy_extractor
from epoc.services.documents.ingest import DocumentOptions, NotAdded, add_documents, reextract
from epoc.services.documents.views import document_mentions, list_documents, search_documents, show_document
from epoc.services.results import plain

app = typer.Typer(
    no_args_is_help=True, help="Documents Partners circulate: add, list, show, search, mentions."
)
app.add_typer(mention_review.app, name="review")


@app.command("add")
def add(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Documents, or folders of them.")],
    partner: Annotated[str | None, typer.Option(help="Code of the originating Partner.")] = None,
    doc_type: Annotated[
        str | None,
        typer.Option(
            "--type", help=f"Document type ({', '.join(t.value for t in DocumentType)}); default: guessed."
        ),
    ] = None,
    doc_date: Annotated[str | None, typer.Option("--date", help="The document's date (YYYY-MM-DD).")] = None,
    marking: Annotated[
        str | None,
        typer.Option(
            help='Marking it is circulated under, e.g. "CONFIDENTIAL // REL MTCR"; the text can raise it.'
        ),
    ] = None,
    meeting: Annotated[str | None, typer.Option(help="The meeting it was circulated for.")] = None,
    version: Annotated[str | None, typer.Option(help="The document's version.")] = None,
    title: Annotated[str | None, typer.Option(help="Title (default: the document's own).")] = None,
    reader: Annotated[
        str | None,
        typer.Option("--format", help=f"Read every file as ({', '.join(READERS)}); default: detect."),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(min=0, max=64, help="Processes reading and extracting in parallel (0: one per core)."),
    ] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object per document.")] = False,
) -> None:
    """Add documents: each file read, marked, extracted and stored in one transaction; a file that fails is
    reported and the others still go in."""
    context = app_context(ctx)
    try:
        options = DocumentOptions(
            partner=partner.upper() if partner else None,
            doc_type=DocumentType.parse(doc_type) if doc_type else None,
            doc_date=date.fromisoformat(doc_date) if doc_date else None,
            marking=Marking.parse(marking, partner.upper() if partner else None) if marking else None,
            meeting=meeting,
            version=version,
            title=title,
            reader=reader,
        )
    except (ValueError, MarkingError) as exc:
        raise typer.BadParameter(str(exc)) from None
    if reader and reader not in READERS:
        raise typer.BadParameter(
            f"unknown format {reader!r} (one of: {', '.join(READERS)})", param_hint="--format"
        )
    store = context.store()
    extractor = lazy_extractor(store, context.settings.index_dir)
    count = workers or min(os.cpu_count() or 1, 4)
    results = add_documents(store, files, options, context.settings.document_limits, extractor, count)
    if as_json:
        print_json(plain(results))
    else:
        for r in results:
            if isinstance(r, NotAdded):
                err_console.print(f"error {r.error}", markup=False, highlight=False)
                continue
            counts = ", ".join(f"{n} {k}" for k, n in sorted(r.mentions.items())) or "no mentions"
            console.print(
                f"{r.document_id}: {r.title} [{r.marking.banner}] ({r.status}; {counts})",
                markup=False,
                highlight=False,
            )
    if any(r.error for r in results):
        raise typer.Exit(1)


@app.command("extract")
def extract_command(
    ctx: typer.Context,
    document_ids: Annotated[
        list[int] | None, typer.Argument(metavar="[DOCUMENT_ID]...", help="Documents (default: all).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Run extraction again with the names the store holds now (after new lists or evidence); pending
    mentions are replaced, decided ones kept."""
    context = app_context(ctx)
    store = context.store()
    extractor = lazy_extractor(store, context.settings.index_dir)
    results = reextract(store, document_ids or None, extractor)
    if as_json:
        print_json(plain(results))
        return
    for r in results:
        console.print(f"{r.document_id}: {r.title} ({r.mentions} mentions)", markup=False)


@app.command("list")
def list_command(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, max=10000, help="At most this many, newest first.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The documents in the store, newest first."""
    rows = list_documents(app_context(ctx).store(), None, limit)
    if as_json:
        print_json(plain(rows))
        return
    table = Table("id", "title", "type", "partner", "date", "mentions", "marking", box=None)
    for r in rows:
        table.add_row(
            str(r.document_id), r.title, r.type, r.partner or "", r.date or "",
            str(r.mentions), r.marking.portion,
        )  # fmt: skip
    console.print(table)


@app.command("show")
def show(
    ctx: typer.Context,
    document_id: Annotated[int, typer.Argument(metavar="DOCUMENT_ID", help="The document's id.")],
    as_user: Annotated[
        str | None,
        typer.Option(
            "--as", metavar="USER", help="Show it as this account may read it (its portions, its banner)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (with the full text).")] = False,
) -> None:
    """A document: what it is, its marking and where that came from, its attachments, its portions and its
    text; with --as, only the portions that user may read (withheld portions are absent)."""
    store = app_context(ctx).store()
    data = show_document(store, document_id, viewer_of(store, as_user) if as_user else None).to_json()
    if as_json:
        print_json(data)
        return
    console.print(Text(data["banner"], style="bold red"))
    console.print(Text(f"{data['document_id']}: {data['title']}", style="bold"))
    console.print(
        f"{data['type']}, {data['partner'] or 'no Partner'}, {data['date'] or 'undated'}, {data['file']} "
        f"({data['reader']}{', ' + str(data['pages']) + ' pages' if data['pages'] else ''})",
        markup=False,
        highlight=False,
    )
    for found in data["markings_found"]:
        console.print(f"  marking found: {found['text']} ({found['kind']})", markup=False, highlight=False)
    if data["declassification"]:
        console.print(f"  declassify on: {data['declassification']}", markup=False, highlight=False)
    for attachment in data["attachments"]:
        console.print(f"  attachment: {attachment['name']} ({attachment['media_type']})", markup=False)
    console.print()
    for portion in data["portions"]:
        console.print(Text(portion["marking"]["portion"], style="bold"), end=" ")
        console.print(portion["text"].strip("\n"), markup=False, highlight=False)
        console.print()
    console.print(Text(data["banner"], style="bold red"))


@app.command("search")
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(metavar="TEXT", help="Words to find (all of them).")],
    limit: Annotated[int, typer.Option(min=1, max=1000, help="At most this many documents.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Full-text search over documents, best first, with highlighted snippets."""
    hits = search_documents(app_context(ctx).store(), text, None, limit)
    if as_json:
        print_json(plain(hits))
        return
    for hit in hits:
        console.print(Text(f"{hit.document_id}: {hit.title} {hit.marking.portion}", style="bold"))
        snippet = Text("  " + hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start + 2, end + 2)
        console.print(snippet)
    console.print(f"{len(hits)} documents", highlight=False)


@app.command("mentions")
def mentions(
    ctx: typer.Context,
    document_id: Annotated[int, typer.Argument(metavar="DOCUMENT_ID", help="The document's id.")],
    kind: Annotated[str | None, typer.Option(help="Only this kind: entity, candidate or technology.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """What extraction found in a document: entities on the list, candidates, technology (Annex items)."""
    rows = document_mentions(app_context(ctx).store(), document_id, None, kind)
    if as_json:
        print_json([m.to_json() for m in rows])
        return
    table = Table("id", "kind", "text", "at", "what", "status", box=None)
    for m in rows:
        what = (
            f"{m.entity_id} ({len(m.record_ids)} records)"
            if m.kind == "entity"
            else ", ".join(m.annex_items) + (" threshold" if m.label == "threshold" else "")
            if m.kind == "technology"
            else m.label or ""
        )
        table.add_row(str(m.id), m.kind, m.text, f"{m.start}-{m.end}", what, m.status)
    console.print(table)
