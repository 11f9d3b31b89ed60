"""`epoc review`: the queue of pairs a person decides — interactive at a terminal, scriptable with --json."""

from __future__ import annotations

import getpass
import os
import sys
from typing import Annotated, Any

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.model.errors import InvalidInput
from epoc.services.list import review
from epoc.services.screening.engine import policy

app = typer.Typer(
    invoke_without_command=True,
    help="Review queued pairs: same, not same or unsure, with who and why; split entities; undo.",
)

WhoOption = Annotated[
    str | None, typer.Option("--who", help="Who decides; default: $EPOC_USER or the login name.")
]
WhyOption = Annotated[str, typer.Option("--why", help="Why (kept with the judgement).")]


def _who(who: str | None) -> str:
    return who or os.environ.get("EPOC_USER") or getpass.getuser()


@app.callback()
def review_loop(ctx: typer.Context, who: WhoOption = None) -> None:
    """At a terminal: show the next pair, ask same / not same / unsure / skip / quit, and a reason."""
    if ctx.invoked_subcommand is not None:
        return
    if not sys.stdin.isatty():
        raise InvalidInput(
            "`epoc review` alone is interactive; in scripts use `epoc review next --json` and "
            "`epoc review decide PAIR VERDICT --why …`"
        )
    context = app_context(ctx)
    store = context.store()
    skipped: list[int] = []
    while True:
        pair = review.next_pair(store, skip=skipped)
        if pair is None:
            console.print("The queue is empty.")
            return
        print_pair(pair)
        answer = typer.prompt("[s]ame, [n]ot same, [u]nsure, s[k]ip, [q]uit").strip().lower()[:1]
        if answer == "q":
            return
        if answer == "k":
            skipped.append(pair.pair_id)
            continue
        verdict = {"s": "same", "n": "not_same", "u": "unsure"}.get(answer)
        if verdict is None:
            console.print("Answer s, n, u, k or q.")
            continue
        why = typer.prompt("why")
        decision = review.decide(
            store, pair.pair_id, verdict, _who(who), why, policy=policy(context.settings)
        )
        console.print(
            f"judgement {decision.judgement_id}: {verdict}; entities {decision.entities}",
            highlight=False,
        )


@app.command("next")
def next_command(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (null when empty).")] = False,
) -> None:
    """The next pair to review, both sides with every value's provenance."""
    pair = review.next_pair(app_context(ctx).store())
    if as_json:
        print_json(pair.to_json() if pair is not None else None)
    elif pair is None:
        console.print("The queue is empty.")
    else:
        print_pair(pair)


@app.command("list")
def list_command(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, max=10000, help="At most this many pairs.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The open pairs, likeliest first."""
    data = review.list_pairs(app_context(ctx).store(), limit=limit)
    if as_json:
        print_json(data.to_json())
        return
    table = Table("pair", "score", "left", "right", box=None)
    for p in data.pairs:
        table.add_row(
            str(p.pair_id),
            f"{p.score:.2f}",
            f"{p.left.caption} ({p.left.id})",
            f"{p.right.caption} ({p.right.id})",
        )
    console.print(table)
    console.print(f"{data.open:,} open", highlight=False)


@app.command("decide")
def decide_command(
    ctx: typer.Context,
    target: Annotated[
        list[str], typer.Argument(metavar="PAIR|LEFT RIGHT", help="A pair id, or two record ids.")
    ],
    why: WhyOption,
    who: WhoOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Decide: `decide 12 same --why …` or `decide un:KPe.018 uk-hmt:12871 not-same --why …`."""
    context = app_context(ctx)
    if len(target) == 2 and target[0].isdigit():
        result = review.decide(
            context.store(), int(target[0]), target[1], _who(who), why, policy=policy(context.settings)
        )
    elif len(target) == 3:
        result = review.judge_records(
            context.store(), target[0], target[1], target[2], _who(who), why, policy(context.settings)
        )
    else:
        raise InvalidInput(
            "say PAIR VERDICT or LEFT_RECORD RIGHT_RECORD VERDICT (verdict: same, not-same, unsure)"
        )
    _print_decision(result, as_json)


@app.command("split")
def split_command(
    ctx: typer.Context,
    entity_id: Annotated[str, typer.Argument(metavar="ENTITY", help="The entity to split.")],
    record_ids: Annotated[
        list[str], typer.Argument(metavar="RECORD...", help="The records that are another party.")
    ],
    why: WhyOption,
    who: WhoOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Split records off an entity: they are not the same party as the rest."""
    context = app_context(ctx)
    result = review.split(
        context.store(), entity_id, record_ids, _who(who), why, policy=policy(context.settings)
    )
    _print_decision(result, as_json)


@app.command("undo")
def undo_command(
    ctx: typer.Context,
    judgement_id: Annotated[int, typer.Argument(metavar="JUDGEMENT", help="The judgement to undo.")],
    why: WhyOption,
    who: WhoOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Undo a judgement (it is kept, marked undone); the list is re-clustered without it."""
    context = app_context(ctx)
    result = review.undo(context.store(), judgement_id, _who(who), why, policy=policy(context.settings))
    _print_decision(result, as_json)


@app.command("history")
def history_command(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, max=10000, help="At most this many judgements.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Judgements, newest first: who, when, why, and whether undone."""
    rows = review.history(app_context(ctx).store(), limit=limit)
    if as_json:
        print_json([r.to_json() for r in rows])
        return
    for r in rows:
        undone = f" (undone by {r.undone.by}: {r.undone.why})" if r.undone else ""
        console.print(
            f"{r.judgement_id} {(r.at or '')[:16]} {r.who}: {r.verdict} {' '.join(r.records)} "
            f"— {r.why}{undone}",
            highlight=False,
        )


def _print_decision(result: review.Decision, as_json: bool) -> None:
    if as_json:
        print_json(result.to_json())
        return
    console.print(f"judgement {result.judgement_id}: {result.verdict}", highlight=False)
    for record_id, entity_id in result.entities.items():
        console.print(f"  {record_id} -> {entity_id}", highlight=False)


def print_pair(pair: review.Pair) -> None:
    console.print(f"[bold]pair {pair.pair_id}[/bold]  score {pair.score:.2f}  {pair.marking.banner}")
    for item in pair.explanation:
        console.print(
            f"  {item['feature']}: {item['score']:.2f}  {item.get('detail') or ''}", highlight=False
        )
    table = Table("", "left", "right", show_lines=False)
    left, right = pair.left, pair.right

    def cell(side: review.PairSide, key: str) -> str:
        values: tuple[dict[str, Any], ...] = getattr(side, key)
        return "\n".join(
            f"{v.get('text') or v.get('value') or v.get('full')}  ({v.get('origin') or side.id})"
            for v in values
        )

    table.add_row("record", f"{left.id} ({left.schema})", f"{right.id} ({right.schema})")
    table.add_row("source", _source(left), _source(right))
    table.add_row("entity", str(left.entity_id), str(right.entity_id))
    for key in ("names", "countries", "birth_dates", "identifiers", "addresses", "programmes"):
        table.add_row(key.replace("_", " "), cell(left, key), cell(right, key))
    console.print(table)


def _source(side: review.PairSide) -> str:
    s = side.source
    if s is None:
        return "None (undated)"
    partner = f", {s.partner}" if s.partner else ""
    return f"{s.name} ({s.date or 'undated'}{partner})"
