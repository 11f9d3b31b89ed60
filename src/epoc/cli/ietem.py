"""`epoc ietem`: the IE-TEM working group — review IE papers, the gap register, the report to the Plenary."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.model.ietem import ACTIONS, PRIORITIES, STATUSES
from epoc.services.ietem.gaps import (
    Gap,
    confirm_gap,
    import_eml,
    list_gaps,
    post_message,
    thread,
    update_gap,
    write_digest,
)
from epoc.services.ietem.group import add_evaluation, join, members
from epoc.services.ietem.report import write_report
from epoc.services.ietem.review import (
    DEFAULT_TYPES,
    ReviewQuery,
    risk_technology_views,
    run_review,
)
from epoc.services.results import plain

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
        data = review.to_json()
        if mentions:
            data["mentions"] = [m.to_json() for m in review.mentions]
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


@app.command("technologies")
def technologies_command(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False
) -> None:
    """The risk technologies vocabulary: what the Annex says about each and when it last changed."""
    rows = risk_technology_views(app_context(ctx).store())
    if as_json:
        print_json(plain(rows))
        return
    for t in rows:
        changed = f"last changed in {t.last_changed} ({t.last_changed_on})" if t.last_changed else "unchanged"
        console.print(f"{t.name} [{', '.join(t.annex) or 'no entry'}; {changed}]: {t.annex_says}",
                      highlight=False, markup=False)  # fmt: skip


gaps_app = typer.Typer(
    invoke_without_command=True, help="The gap register: suggested and confirmed entries, their threads."
)
app.add_typer(gaps_app, name="gaps")


@gaps_app.callback()
def gaps_command(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The register's entries (G-…) and the review's suggestions (S-…), with status, priority and evidence."""
    if ctx.invoked_subcommand is not None:
        return
    gaps = list_gaps(app_context(ctx).store())
    if as_json:
        print_json([g.to_json() for g in gaps])
        return
    table = Table("gap", "technology", "coverage", "priority", "status", "action", "evidence", box=None)
    for g in gaps:
        table.add_row(
            g.gap_id, g.technology, g.coverage, g.priority, g.status, g.proposed_action, str(len(g.evidence))
        )
    console.print(table)


def _print_gap(g: Gap, as_json: bool) -> None:
    if as_json:
        print_json(g.to_json())
    else:
        console.print(f"{g.gap_id} {g.technology}: {g.coverage}, {g.priority}, {g.status}", highlight=False)


@gaps_app.command("confirm")
def confirm_command(
    ctx: typer.Context,
    suggestion: Annotated[str, typer.Argument(metavar="S-ID", help="A suggestion's gap_id.")],
    priority: Annotated[str | None, typer.Option(help=f"{' or '.join(PRIORITIES)}.")] = None,
    action: Annotated[str | None, typer.Option(help=f"One of: {', '.join(ACTIONS)}.")] = None,
    owner: Annotated[str | None, typer.Option(help="Who takes it forward.")] = None,
    summary: Annotated[str, typer.Option(help="The group's finding, in a sentence or two.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The group confirms a suggested entry: it enters the register (status open) with its evidence."""
    _print_gap(
        confirm_gap(app_context(ctx).store(), suggestion, None, priority, action, owner, summary), as_json
    )


@gaps_app.command("update")
def update_command(
    ctx: typer.Context,
    gap_id: Annotated[str, typer.Argument(metavar="G-ID", help="A register entry.")],
    status: Annotated[str | None, typer.Option(help=f"One of: {', '.join(STATUSES[1:])}.")] = None,
    priority: Annotated[str | None, typer.Option(help=f"{' or '.join(PRIORITIES)}.")] = None,
    action: Annotated[str | None, typer.Option(help=f"One of: {', '.join(ACTIONS)}.")] = None,
    owner: Annotated[str | None, typer.Option(help="Who takes it forward.")] = None,
    adopted_in: Annotated[
        str | None, typer.Option("--adopted-in", help="The Annex version that adopted it.")
    ] = None,
    meeting: Annotated[str | None, typer.Option(help="The meeting where it was proposed or decided.")] = None,
    summary: Annotated[str | None, typer.Option(help="The group's finding.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Move an entry along: status, priority, proposed action, owner, the Annex version that adopted it."""
    gap = update_gap(
        app_context(ctx).store(), gap_id, None, status, priority, action, owner, adopted_in, meeting, summary
    )
    _print_gap(gap, as_json)


@gaps_app.command("reply")
def reply_command(
    ctx: typer.Context,
    gap_id: Annotated[str, typer.Argument(metavar="G-ID", help="A register entry.")],
    message: Annotated[str | None, typer.Option("-m", help="The message.")] = None,
    eml: Annotated[Path | None, typer.Option("--eml", help="A reply saved as .eml.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Add to an entry's discussion thread: a message, or an e-mail reply saved as .eml."""
    store = app_context(ctx).store()
    if (message is None) == (eml is None):
        raise typer.BadParameter("give -m MESSAGE or --eml FILE (one of them)")
    posted = import_eml(store, gap_id, eml) if eml else post_message(store, gap_id, message or "", via="cli")
    if as_json:
        print_json({"id": posted.id, "author": posted.author, "sent_at": posted.sent_at.isoformat(),
                    "subject": posted.subject, "via": posted.via})  # fmt: skip
    else:
        console.print(f"{gap_id}: message {posted.id} from {posted.author}", highlight=False)


@gaps_app.command("thread")
def thread_command(
    ctx: typer.Context,
    gap_id: Annotated[str, typer.Argument(metavar="G-ID", help="A register entry.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """An entry's discussion thread, oldest first."""
    messages = thread(app_context(ctx).store(), gap_id)
    if as_json:
        print_json(plain(messages))
        return
    for m in messages:
        console.print(
            f"{m.sent_at:%Y-%m-%d %H:%M} {m.author} ({m.via}): {m.body}", highlight=False, markup=False
        )


@gaps_app.command("digest")
def digest_command(
    ctx: typer.Context,
    outbox: Annotated[Path, typer.Option("--outbox", help="Folder to write the .eml files to.")] = Path(
        "outbox"
    ),
) -> None:
    """Write the register's digest as one .eml per member with an address (no mail server needed)."""
    for path in write_digest(app_context(ctx).store(), outbox):
        console.print(str(path), highlight=False, markup=False)


@app.command("report")
def report_command(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help="pdf or html.")],
    output: Annotated[Path, typer.Option("-o", help="The file to write.")],
    start: Annotated[int | None, typer.Option("--from", metavar="YYYY", help="First year of papers.")] = None,
    end: Annotated[int | None, typer.Option("--to", metavar="YYYY", help="Last year of papers.")] = None,
) -> None:
    """The report to the Plenary from the register (summary, near- and longer-term priorities with their
    evidence, charts, papers reviewed), marked with the strictest marking of the evidence it uses."""
    data = write_report(app_context(ctx).store(), fmt, output, None, ReviewQuery(start, end))
    console.print(f"{output}: {data.marking.banner}", highlight=False, markup=False)


members_app = typer.Typer(invoke_without_command=True, help="The working group's members and its evaluation.")
app.add_typer(members_app, name="members")


@members_app.callback()
def members_command(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False
) -> None:
    """The members (the chair first)."""
    if ctx.invoked_subcommand is not None:
        return
    rows = members(app_context(ctx).store())
    if as_json:
        print_json(plain(rows))
        return
    for m in rows:
        console.print(f"{m.username} ({m.partner or '?'}, {m.role}): {m.expertise}", highlight=False)


@members_app.command("join")
def join_command(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="The expert's account.")],
    partner: Annotated[str | None, typer.Option(help="The expert's Partner.")] = None,
    expertise: Annotated[str, typer.Option(help="What the expert knows.")] = "",
    email: Annotated[str | None, typer.Option(help="Where the digest goes.")] = None,
) -> None:
    """Record an expert who opts in."""
    m = join(app_context(ctx).store(), username, partner.upper() if partner else None, expertise, email)
    console.print(f"{m.username} joined as {m.role}", highlight=False)


@members_app.command("evaluate")
def evaluate_command(
    ctx: typer.Context,
    aspect: Annotated[str, typer.Argument(help="What is evaluated (coverage of papers, time taken …).")],
    finding: Annotated[str, typer.Argument(help="What the trial showed.")],
    recommendation: Annotated[str, typer.Option(help="What to do next.")] = "",
) -> None:
    """Add a note to the trial's evaluation record."""
    note = add_evaluation(app_context(ctx).store(), aspect, finding, recommendation)
    console.print(f"evaluation note {note.id}", highlight=False)
