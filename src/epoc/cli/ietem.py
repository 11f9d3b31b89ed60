"""`epoc ietem`: the IE-TEM working group — review IE papers, the gap register, the report to the Plenary."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.services.ietem.review import DEFAULT_TYPES, ReviewQuery, mention_json, review_json, run_review

app = typer.Typer(
    no_args_is_help=True,
    help="The IE-TEM working group: review IE papers against the Annex, the gap register, the report.",
)


@app.command("review")
def review_command(
    ctx: typer.Context,
    start: Annotated[int | None, typer.Option("--from", metavar="YYYY", help="First year of papers.")] = None,
    end: Annotated[int | None, typer.Option("--to", metavar="YYYY", help="Last year of papers.")] = None,
    partner: Annotated[str | None, typer.Option("--partner", help="Papers of this Partner only.")] = None,
    doc_type: Annotated[
        list[str] | None,
        typer.Option("--type", help=f"Document types (default: {', '.join(DEFAULT_TYPES)})."),
    ] = None,
    mentions: Annotated[
        bool, typer.Option("--mentions", help="List every mention with its verdict.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Technology mentions in IE papers by technology and coverage (controlled, below-threshold, not-covered,
    unclear), each read against the Annex version in force on its paper's date."""
    query = ReviewQuery(start, end, partner, tuple(doc_type) if doc_type else DEFAULT_TYPES)
    review = run_review(app_context(ctx).store(), query)
    if as_json:
        data = review_json(review)
        if mentions:
            data["mentions"] = [mention_json(m) for m in review.mentions]
        print_json(data)
        return
    console.print(f"{len(review.papers)} papers, {len(review.mentions)} technology mentions", highlight=False)
    table = Table("technology", "coverage", "mentions", "Annex", "papers", box=None)
    for g in review.groups:
        table.add_row(
            g.technology, g.coverage, str(g.mentions), ", ".join(g.annex_entries), str(len(g.document_ids))
        )
    console.print(table)
    if mentions:
        for m in review.mentions:
            console.print(
                f"#{m.document_id} ¶{m.paragraph} {m.text!r}: {m.coverage} — {m.reason}",
                highlight=False,
                markup=False,
            )
