"""`epoc feedback`: Partners' comments, corrections and removal requests on entries; the IE Co-Chairs'
answers."""

from __future__ import annotations

from typing import Annotated

import typer

from epoc.cli.common import app_context, console, print_json
from epoc.cli.entities import operator
from epoc.model.errors import InvalidInput
from epoc.model.regime import CorrectionField, FeedbackKind, FeedbackStatus
from epoc.services.regime import feedback
from epoc.services.regime.readers import viewer_named

app = typer.Typer(no_args_is_help=True, help="Partners' feedback on the list's entries.")


@app.command("give")
def give_command(
    ctx: typer.Context,
    entity_id: Annotated[str, typer.Argument(metavar="ID", help="The entry's entity id (ent-…).")],
    as_user: Annotated[str, typer.Option("--as", metavar="USER", help="The Partner's user giving it.")],
    kind: Annotated[str, typer.Option("--kind", help="comment, correction or removal.")] = "comment",
    field: Annotated[
        str | None, typer.Option("--field", help="A correction's: alias, address, dissolved, other.")
    ] = None,
    text: Annotated[str, typer.Option("--text", metavar="T", help="What you say or propose.")] = "",
    evidence: Annotated[str, typer.Option("--evidence", metavar="T", help="Your evidence.")] = "",
    edition: Annotated[str | None, typer.Option("--edition", help="The edition the entry is in.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Comment on an entry, propose a correction, or ask for its removal, with evidence."""
    try:
        chosen = FeedbackKind(kind)
        what = CorrectionField(field) if field else None
    except ValueError as exc:
        raise InvalidInput(f"--kind/--field: {exc}") from None
    store = app_context(ctx).store()
    made = feedback.give_feedback(
        store,
        viewer_named(store, as_user),
        entity_id,
        chosen,
        text,
        field=what,
        evidence=evidence,
        edition=edition,
    )
    if as_json:
        print_json(made.to_json())
        return
    console.print(f"feedback {made.feedback_id} on {entity_id}: {made.kind.value} ({made.status.value})")


@app.command("list")
def list_command(
    ctx: typer.Context,
    entity_id: Annotated[str | None, typer.Option("--entity", metavar="ID", help="One entry's.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="open, accepted or declined.")] = None,
    as_user: Annotated[str | None, typer.Option("--as", metavar="USER", help="As this user sees it.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Feedback on entries (what USER may read), oldest first."""
    store = app_context(ctx).store()
    try:
        wanted = FeedbackStatus(status) if status else None
    except ValueError as exc:
        raise InvalidInput(f"--status: {exc}") from None
    rows = feedback.list_feedback(
        store,
        viewer_named(store, as_user) if as_user else None,
        entity_ids=[entity_id] if entity_id else None,
        status=wanted,
    )
    if as_json:
        print_json([f.to_json() for f in rows])
        return
    for f in rows:
        console.print(
            f"{f.feedback_id} {f.status.value} {f.entity_id} {f.partner}/{f.author}: {f.kind.value}"
            + (f" ({f.field})" if f.field else "")
            + f" — {f.text}",
            highlight=False,
        )


@app.command("decide")
def decide_command(
    ctx: typer.Context,
    feedback_id: Annotated[int, typer.Argument(metavar="N", help="The feedback's number.")],
    accept: Annotated[bool, typer.Option("--accept", help="Accept it.")] = False,
    decline: Annotated[bool, typer.Option("--decline", help="Decline it.")] = False,
    reason: Annotated[str, typer.Option("--reason", metavar="T", help="Why.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The IE Co-Chairs accept or decline a Partner's feedback (accepting a removal excludes the entry)."""
    if accept == decline:
        raise InvalidInput("give exactly one of --accept, --decline")
    done = feedback.decide_feedback(app_context(ctx).store(), feedback_id, accept, reason, who=operator())
    if as_json:
        print_json(done.to_json())
        return
    console.print(f"feedback {feedback_id}: {done.status.value}")
