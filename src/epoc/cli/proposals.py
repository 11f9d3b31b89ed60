"""`epoc proposals` and `epoc taskings`: proposals imported from messages, Partners' feedback, versions,
silence, decisions; the taskings decisions create."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from epoc.cli.common import app_context, console, print_json
from epoc.cli.meetings import day
from epoc.model import Marking, MarkingError
from epoc.model.errors import InvalidInput, NotFound
from epoc.model.plenary import Outcome, Position
from epoc.services.documents.extraction import lazy_extractor
from epoc.services.list.editions import read_edition
from epoc.services.plenary.proposals import (
    ImportOptions,
    Proposal,
    ProposalInput,
    add_proposal,
    comment,
    decide,
    distribute,
    get_proposal,
    import_proposals,
    list_proposals,
    revise,
    start_silence,
)
from epoc.services.plenary.record import meeting_record, record_pdf
from epoc.services.plenary.taskings import TaskInput, close_tasking, list_taskings
from epoc.services.results import plain
from epoc.store import Store

app = typer.Typer(no_args_is_help=True, help="Proposals: import, feedback, versions, silence, decisions.")
taskings_app = typer.Typer(no_args_is_help=True, help="Taskings created by decisions: list, close.")

Json = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _read_text(path: Path, hint: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"{hint}: cannot read {path}: {exc}") from None


def _print(p: Proposal) -> None:
    console.print(
        f"{p.proposal_id}: {p.sponsor} — {p.subject} [{p.marking.banner}] {p.status}, version {p.version}",
        markup=False,
        highlight=False,
    )
    if p.consensus_language:
        console.print(f"  consensus language: {p.consensus_language}", markup=False, highlight=False)
    for v in p.versions[1:]:
        console.print(f"  version {v.version}:\n{v.unified_diff}", markup=False, highlight=False)
    for f in p.feedback:
        console.print(
            f"  v{f.version} {f.partner}: {f.position}{' — ' + f.text if f.text else ''}", markup=False
        )
    if p.objections:
        console.print(f"  standing objections: {', '.join(p.objections)}", markup=False)
    if p.silence.deadline:
        console.print(f"  silence until {p.silence.deadline}: {p.silence.state}", markup=False)
    for d in p.decisions:
        console.print(f"  decision at {d.meeting_id}: {d.outcome_label}", markup=False)
    for t in p.taskings:
        console.print(f"  tasking {t.tasking_id} ({t.status}): {t.owner} — {t.what}", markup=False)


@app.command("import")
def import_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A message: text, PDF, DOCX or e-mail.")],
    meeting: Annotated[str | None, typer.Option(help="The meeting the proposals are for.")] = None,
    partner: Annotated[
        str | None, typer.Option(help="The sponsor (code) when the message does not name one.")
    ] = None,
    marking: Annotated[
        str | None, typer.Option(help="The marking it was received under; the text can raise it.")
    ] = None,
    as_json: Json = False,
) -> None:
    """Split a message into its proposals (document order); the message is stored as a document and each
    proposal keeps its place in it."""
    context = app_context(ctx)
    try:
        parsed = Marking.parse(marking) if marking else None
    except MarkingError as exc:
        raise InvalidInput(f"--marking: {exc.message}") from None
    if not file.is_file():
        raise InvalidInput(f"{file}: no such file")
    store = context.store()
    options = ImportOptions(meeting_id=meeting, partner=partner, marking=parsed)
    extractor = lazy_extractor(store, context.settings.index_dir)
    found = import_proposals(store, file, options, context.settings.document_limits, extractor)
    if as_json:
        print_json(
            [
                {
                    "proposal_id": p.proposal_id,
                    "sponsor": p.sponsor,
                    "subject": p.subject,
                    "marking": p.marking.to_json(),
                    "consensus_language": p.consensus_language,
                    "version": p.version,
                    "status": p.status,
                    "meeting_id": p.meeting_id,
                    "source": plain(p.source),
                }
                for p in found
            ]
        )
        return
    for p in found:
        console.print(
            f"{p.proposal_id}: {p.sponsor} — {p.subject} {p.marking.portion}"
            f"{'' if p.consensus_language else ' (no consensus language)'}",
            markup=False,
            highlight=False,
        )


@app.command("add")
def add_command(
    ctx: typer.Context,
    subject: Annotated[str, typer.Option(help="What it is about.")],
    partner: Annotated[str, typer.Option(help="The sponsoring Partner (code).")],
    text: Annotated[str | None, typer.Option(help="The proposed consensus language.")] = None,
    rationale: Annotated[str, typer.Option(help="Background and rationale.")] = "",
    meeting: Annotated[str | None, typer.Option(help="The meeting it is for.")] = None,
    contribution_to: Annotated[
        int | None, typer.Option(help="A counter-proposal to this proposal (a contribution).")
    ] = None,
    marking: Annotated[str | None, typer.Option(help='Default "UNCLASSIFIED // REL MTCR".')] = None,
    as_json: Json = False,
) -> None:
    """Write a proposal (or a Partner's contribution to another one)."""
    try:
        parsed = Marking.parse(marking) if marking else None
    except MarkingError as exc:
        raise InvalidInput(f"--marking: {exc.message}") from None
    given = ProposalInput(subject, text, rationale, partner, meeting, parsed, contribution_to)
    proposal = add_proposal(app_context(ctx).store(), given)
    print_json(plain(proposal)) if as_json else _print(proposal)


@app.command("list")
def list_command(
    ctx: typer.Context,
    meeting: Annotated[str | None, typer.Option(help="Only this meeting's.")] = None,
    as_json: Json = False,
) -> None:
    """Proposals, oldest first."""
    rows = list_proposals(app_context(ctx).store(), None, meeting)
    if as_json:
        print_json(plain(rows))
        return
    table = Table("id", "sponsor", "subject", "status", "version", "meeting", "marking", box=None)
    for p in rows:
        table.add_row(
            str(p.proposal_id), p.sponsor, p.subject, p.status, str(p.version), p.meeting_id or "",
            p.marking.portion,
        )  # fmt: skip
    console.print(table)


@app.command("show")
def show(
    ctx: typer.Context,
    proposal_id: Annotated[int, typer.Argument(metavar="ID")],
    as_json: Json = False,
) -> None:
    """A proposal: versions (with diffs), feedback, silence, decision, taskings."""
    proposal = get_proposal(app_context(ctx).store(), proposal_id)
    print_json(plain(proposal)) if as_json else _print(proposal)


@app.command("comment")
def comment_command(
    ctx: typer.Context,
    proposal_id: Annotated[int, typer.Argument(metavar="ID")],
    partner: Annotated[str, typer.Option(help="The Partner giving its position (code).")],
    position: Annotated[str, typer.Option(help="support, amend, object or reserve.")],
    text: Annotated[str | None, typer.Option(help="A comment; for amend, the suggested text.")] = None,
    as_json: Json = False,
) -> None:
    """A Partner's feedback on the current version; an objection breaks a silence procedure."""
    proposal = comment(app_context(ctx).store(), proposal_id, Position.parse(position), text, partner)
    print_json(plain(proposal)) if as_json else _print(proposal)


@app.command("revise")
def revise_command(
    ctx: typer.Context,
    proposal_id: Annotated[int, typer.Argument(metavar="ID")],
    text: Annotated[str | None, typer.Option(help="The new consensus language.")] = None,
    text_file: Annotated[Path | None, typer.Option(help="…or read it from a file.")] = None,
    note: Annotated[str | None, typer.Option(help="What changed, and why.")] = None,
    as_json: Json = False,
) -> None:
    """A new version of the consensus language (bracketed alternatives allowed); the diff is kept."""
    if (text is None) == (text_file is None):
        raise InvalidInput("give the new text with --text or --text-file (one of them)")
    body = text if text is not None else _read_text(text_file, "--text-file")  # type: ignore[arg-type]
    proposal = revise(app_context(ctx).store(), proposal_id, body, note=note)
    print_json(plain(proposal)) if as_json else _print(proposal)


@app.command("distribute")
def distribute_command(
    ctx: typer.Context, proposal_id: Annotated[int, typer.Argument(metavar="ID")], as_json: Json = False
) -> None:
    """Distribute a draft to all Partners (the POC)."""
    proposal = distribute(app_context(ctx).store(), proposal_id)
    print_json(plain(proposal)) if as_json else _print(proposal)


@app.command("silence")
def silence_command(
    ctx: typer.Context,
    proposal_id: Annotated[int, typer.Argument(metavar="ID")],
    deadline: Annotated[str, typer.Option(help="The deadline (YYYY-MM-DD).")],
    as_json: Json = False,
) -> None:
    """Put the current text under a silence procedure: adopted at the deadline unless a Partner objects."""
    when = day(deadline, "--deadline")
    assert when is not None
    proposal = start_silence(app_context(ctx).store(), proposal_id, when)
    print_json(plain(proposal)) if as_json else _print(proposal)


def _task(spec: str) -> TaskInput:
    owner, sep, what = spec.partition("=")
    if not sep or not owner.strip() or not what.strip():
        raise InvalidInput(f'--task {spec!r}: write OWNER=WHAT, e.g. "IE Co-Chairs=update the 2005 list"')
    return TaskInput(owner.strip(), what.strip())


@app.command("decide")
def decide_command(
    ctx: typer.Context,
    proposal_id: Annotated[int, typer.Argument(metavar="ID")],
    meeting: Annotated[str, typer.Option(help="The meeting taking the decision.")],
    outcome: Annotated[str, typer.Option(help="adopted, amended, deferred or rejected.")],
    text_file: Annotated[
        Path | None, typer.Option(help="The final consensus text (for amended: required).")
    ] = None,
    task: Annotated[
        list[str] | None, typer.Option(help="A tasking, OWNER=WHAT (repeatable); texts name theirs too.")
    ] = None,
    due_meeting: Annotated[str | None, typer.Option(help="Given taskings are due by this meeting.")] = None,
    due_date: Annotated[str | None, typer.Option(help="…or by this date (YYYY-MM-DD).")] = None,
    release: Annotated[bool, typer.Option("--release", help="Put it in the public extract.")] = False,
    as_json: Json = False,
) -> None:
    """Record a meeting's decision; adopting over a standing objection is refused (exit status 1)."""
    final = _read_text(text_file, "--text-file") if text_file else None
    due = day(due_date, "--due-date")
    tasks = [TaskInput(t.owner, t.what, due_meeting, due) for t in (_task(s) for s in task or [])]
    decision = decide(
        app_context(ctx).store(), proposal_id, meeting, Outcome.parse(outcome), final, tasks, release
    )
    if as_json:
        print_json(plain(decision))
        return
    console.print(
        f"proposal {proposal_id} at {decision.meeting_id}: {decision.outcome_label} "
        f"(version {decision.version})",
        markup=False,
    )
    for t in decision.taskings:
        console.print(f"  tasking {t.tasking_id}: {t.owner} — {t.what}", markup=False)


@app.command("record")
def record_command(
    ctx: typer.Context,
    meeting: Annotated[str, typer.Argument(metavar="MEETING_ID")],
    pdf: Annotated[Path | None, typer.Option(help="Write the record as a PDF here.")] = None,
    public: Annotated[bool, typer.Option("--public", help="Only the items marked for release.")] = False,
    as_json: Json = False,
) -> None:
    """A meeting's Plenary record: its decisions in order, with the meeting's marking."""
    store = app_context(ctx).store()
    record = meeting_record(store, meeting, None, public)
    if pdf is not None:
        pdf.write_bytes(record_pdf(record))
    if as_json:
        print_json(plain(record))
        return
    console.print(f"{record.marking.banner}\n{record.title}", markup=False)
    for item in record.items:
        console.print(f"{item.number}. {item.subject} ({item.sponsor}): {item.outcome_label}", markup=False)
        if item.text:
            console.print(f"   {item.text}", markup=False, highlight=False)


def _check_link(store: Store) -> object:
    def check(link: str) -> None:
        kind, _, ref = link.partition(":")
        if kind == "edition":
            read_edition(store, ref)
        elif kind == "document":
            from epoc.services.documents.views import get_document_row

            if not ref.isdigit():
                raise NotFound(f"no document {ref!r}")
            get_document_row(store, int(ref), None)

    return check


@taskings_app.command("list")
def taskings_list(
    ctx: typer.Context,
    status: Annotated[str | None, typer.Option(help="open or done.")] = None,
    as_json: Json = False,
) -> None:
    """Taskings, by due date."""
    rows = list_taskings(app_context(ctx).store(), None, status)
    if as_json:
        print_json(plain(rows))
        return
    table = Table("id", "owner", "what", "due", "status", "fulfilled by", box=None)
    for t in rows:
        due = t.due_meeting_id or (t.due_date.isoformat() if t.due_date else "")
        table.add_row(str(t.tasking_id), t.owner, t.what, due, t.status, t.fulfilled_by or "")
    console.print(table)


@taskings_app.command("close")
def taskings_close(
    ctx: typer.Context,
    tasking_id: Annotated[int, typer.Argument(metavar="ID")],
    edition: Annotated[str | None, typer.Option(help="The list edition that fulfils it.")] = None,
    document: Annotated[int | None, typer.Option(help="The document that fulfils it.")] = None,
    by: Annotated[str | None, typer.Option(help="Anything else that fulfils it (a reference).")] = None,
    as_json: Json = False,
) -> None:
    """Close a tasking by linking what fulfils it (e.g. the list edition distributed at the RPOC)."""
    links = [f"edition:{edition}" if edition else None, f"document:{document}" if document else None, by]
    given = [x for x in links if x]
    if len(given) != 1:
        raise InvalidInput("say what fulfils the tasking: one of --edition, --document or --by")
    store = app_context(ctx).store()
    tasking = close_tasking(store, tasking_id, given[0], None, _check_link(store))
    if as_json:
        print_json(plain(tasking))
    else:
        console.print(f"tasking {tasking.tasking_id}: done ({tasking.fulfilled_by})", markup=False)


_ = date  # dates are parsed by `day`
