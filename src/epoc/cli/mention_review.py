"""`epoc documents review`: the queue of extracted mentions, and decisions on them."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.model import Schema
from epoc.services.documents.mentions import (
    Decision,
    MentionDecided,
    accept,
    correct,
    create,
    reject,
    review_queue,
)
from epoc.services.results import plain

app = typer.Typer(no_args_is_help=True, help="The review queue of extracted mentions, and decisions on them.")

ById = Annotated[
    int, typer.Argument(metavar="MENTION_ID", help="The mention's id (`epoc documents review list`).")
]
By = Annotated[str | None, typer.Option("--by", help="Who decides (a username); default: the command line.")]
Note = Annotated[str | None, typer.Option(help="Why, in a few words.")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@app.command("list")
def list_command(
    ctx: typer.Context,
    document: Annotated[int | None, typer.Option(help="Only this document's mentions.")] = None,
    kind: Annotated[
        list[str] | None, typer.Option(help="entity, candidate or technology (repeatable).")
    ] = None,
    status: Annotated[str, typer.Option(help="pending, accepted, created, rejected, or all.")] = "pending",
    limit: Annotated[int, typer.Option(min=1, max=10000, help="At most this many.")] = 100,
    as_json: Json = False,
) -> None:
    """Mentions waiting for a decision (entities and candidates by default), document by document."""
    kinds = tuple(kind) if kind else ("entity", "candidate")
    rows = review_queue(
        app_context(ctx).store(), None, document, kinds, None if status == "all" else status, limit
    )
    if as_json:
        print_json([r.to_json() for r in rows])
        return
    table = Table("id", "doc", "kind", "text", "proposed", "sentence", box=None)
    for r in rows:
        proposed = r.entity_id or r.label or ""
        table.add_row(str(r.id), str(r.document_id), r.kind, r.text, proposed, r.sentence[:80])
    console.print(table)
    console.print(f"{len(rows)} mentions", highlight=False)


def _print(result: MentionDecided, as_json: bool) -> None:
    if as_json:
        print_json(plain(result))
        return
    extra = f" -> {result.evidence_record_id}" if result.evidence_record_id else ""
    console.print(f"mention {result.mention_id}: {result.decision}{extra}", markup=False, highlight=False)


@app.command("accept")
def accept_command(
    ctx: typer.Context,
    mention_id: ById,
    entity: Annotated[
        str | None, typer.Option(help="The entity it is evidence for (default: as resolved).")
    ] = None,
    by: By = None,
    note: Note = None,
    as_json: Json = False,
) -> None:
    """Accept a mention as evidence for an existing entity (an evidence record with the document's
    provenance)."""
    _print(accept(app_context(ctx).store(), Decision(mention_id, by, note), entity), as_json)


@app.command("create")
def create_command(
    ctx: typer.Context,
    mention_id: ById,
    schema: Annotated[
        str | None, typer.Option(help="Person, Organization, Company … (default: from the label).")
    ] = None,
    name: Annotated[str | None, typer.Option(help="The name, if not the mention's text as written.")] = None,
    by: By = None,
    note: Note = None,
    as_json: Json = False,
) -> None:
    """Create a new record from a mention (a party not on the list yet); resolution takes it from there."""
    try:
        chosen = Schema.parse(schema) if schema else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--schema") from None
    _print(create(app_context(ctx).store(), Decision(mention_id, by, note), chosen, name), as_json)


@app.command("correct")
def correct_command(
    ctx: typer.Context,
    mention_id: ById,
    start: Annotated[int | None, typer.Option(help="New start offset.")] = None,
    end: Annotated[int | None, typer.Option(help="New end offset.")] = None,
    entity: Annotated[str | None, typer.Option(help="The entity it really names.")] = None,
    label: Annotated[str | None, typer.Option(help="New label (organisation, person …).")] = None,
    by: By = None,
    note: Note = None,
    as_json: Json = False,
) -> None:
    """Correct a mention's span, entity or label; it stays pending for accept or create."""
    result = correct(app_context(ctx).store(), Decision(mention_id, by, note), start, end, entity, label)
    if as_json:
        print_json(plain(result))
    else:
        console.print(f"mention {mention_id}: corrected {result.after}", markup=False, highlight=False)


@app.command("reject")
def reject_command(
    ctx: typer.Context, mention_id: ById, by: By = None, note: Note = None, as_json: Json = False
) -> None:
    """Reject a mention (not a party, or not the one proposed)."""
    _print(reject(app_context(ctx).store(), Decision(mention_id, by, note)), as_json)
