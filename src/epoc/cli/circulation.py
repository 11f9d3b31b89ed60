"""`epoc circulation`: what was circulated on the ePOC — the register per meeting, a Partner's notifications
and read receipts, circulating a document."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.cli.entities import operator
from epoc.services.regime import circulation
from epoc.services.regime.readers import viewer_named

app = typer.Typer(no_args_is_help=True, help="Circulation: the register, notifications, read receipts.")


@app.command("register")
def register_command(
    ctx: typer.Context,
    meeting: Annotated[
        str | None, typer.Option("--meeting", metavar="TEXT", help="One meeting's items.")
    ] = None,
    as_user: Annotated[str | None, typer.Option("--as", metavar="USER", help="As this user sees it.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The document register: every item circulated, by meeting and reference, with read receipts."""
    store = app_context(ctx).store()
    rows = circulation.register(store, viewer_named(store, as_user) if as_user else None, meeting)
    if as_json:
        print_json([r.to_json() for r in rows])
        return
    table = Table("reference", "meeting", "item", "by", "when", "read by", box=None)
    for r in rows:
        read = [x.partner for x in r.recipients if x.read_at]
        table.add_row(
            r.reference,
            r.meeting,
            f"{r.kind} {r.target}: {r.title}",
            r.who,
            f"{r.at:%Y-%m-%d %H:%M}",
            f"{len(read)}/{len(r.recipients)} {', '.join(read)}",
        )
    console.print(table)


@app.command("document")
def document_command(
    ctx: typer.Context,
    document_id: Annotated[int, typer.Argument(metavar="ID", help="The stored document's id.")],
    meeting: Annotated[str, typer.Option("--meeting", metavar="TEXT", help="Where, e.g. 'the 2010 RPOC'.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Circulate a document to the Partners its marking releases it to, for a meeting."""
    context = app_context(ctx)
    done = circulation.distribute_document(
        context.store(), document_id, meeting, context.settings.data_dir / "outbox", who=operator()
    )
    if as_json:
        print_json(done.to_json())
        return
    console.print(f"document {document_id} circulated as {done.reference} to {len(done.recipients)} Partners")


@app.command("inbox")
def inbox_command(
    ctx: typer.Context,
    as_user: Annotated[str, typer.Option("--as", metavar="USER", help="Whose Partner's notifications.")],
    read: Annotated[
        str | None, typer.Option("--read", metavar="REF", help="Open this notification (the read receipt).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """A Partner's notifications, newest first; --read REF opens one (the Partner's read receipt)."""
    store = app_context(ctx).store()
    viewer = viewer_named(store, as_user)
    if read:
        opened = circulation.mark_read(store, viewer, read)
        if as_json:
            print_json(opened.to_json())
            return
        console.print(f"{opened.reference} read by {opened.read_by} at {opened.read_at}", highlight=False)
        return
    rows = circulation.inbox(store, viewer)
    if as_json:
        print_json([n.to_json() for n in rows])
        return
    for n in rows:
        flag = " " if n.read_at else "*"
        console.print(f"{flag} {n.reference} {n.title} ({n.entries} entries, {n.banner})", highlight=False)
