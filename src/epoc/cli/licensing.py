"""`epoc applications` and `epoc consultations`: the licensing desk at the command line. The operator acts for
the Partner named with ``--partner`` (the evidence is what that Partner may read)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from epoc.cli.common import app_context, console, err_console, print_json
from epoc.services.licensing.applications import (
    DeskOptions,
    add_application,
    circulate_draft,
    decide,
    get_application,
    list_applications,
    reassess,
)
from epoc.services.licensing.attachments import attach_file, list_attachments, read_attachment
from epoc.services.licensing.consultations import list_consultations, list_notices, reply
from epoc.services.licensing.io import read_application, read_draft
from epoc.services.screening.screener import Screener

applications = typer.Typer(
    no_args_is_help=True,
    help="Licence applications: enter one (assessed, consultations opened), read, reassess, decide.",
)
consultations = typer.Typer(
    no_args_is_help=True, help="No-undercut consultations between Partners: list them, reply to one."
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _print_application(data: dict[str, object]) -> None:
    assessment = data["assessment"]
    assert isinstance(assessment, dict)
    console.print(f"application {data['application_id']}: {assessment['band']}", markup=False)
    for reason in assessment["reasons"]:
        console.print(f"  [{reason['kind']}] {reason['text']}", markup=False, highlight=False)
    for c in data["consultations"]:  # type: ignore[attr-defined]
        console.print(
            f"  consultation {c['consultation_id']} with {c['partner']} (denial {c['denial_id']}): "
            f"{c['status']}, reply due {c['due']}",
            markup=False,
        )


@applications.command("add")
def add_command(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="The application: JSON or CSV (docs/licensing.md), or a document (PDF, DOCX, e-mail, HTML,"
            " text) read by its labels.",
        ),
    ],
    partner: Annotated[
        str, typer.Option(metavar="CC", help="The Partner whose licensing office received it.")
    ],
    as_json: JsonFlag = False,
) -> None:
    """Enter an application: assessed line by line, and a consultation opened with each Partner whose binding
    denial of an essentially identical transaction it would undercut. From a document: the Annex entry is
    the one it states (the tagger's suggestion stays a suggestion in the assessment); what it does not say is
    listed on standard error."""
    context = app_context(ctx)
    application, unsaid = read_application(file, context.settings.document_limits)
    for line in unsaid:
        err_console.print(f"note: {file.name}: {line}", markup=False, highlight=False)
    store = context.store()
    view = add_application(
        store,
        Screener(store, context.settings.index_dir),
        application,
        partner,
        None,
        options=DeskOptions.from_settings(context.settings),
        origin=file.name,
    )
    data = view.to_json()
    if as_json:
        print_json(data)
    else:
        _print_application(data)


@applications.command("read")
def read_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A PDF, DOCX, e-mail, HTML or text document.")],
    as_json: JsonFlag = False,
) -> None:
    """Read an application from a document without entering it: the fields found (with their lines), what
    is missing, and the Annex entries the tagger suggests for each item, to confirm before `add`."""
    draft = read_draft(file, app_context(ctx).settings.document_limits)
    if as_json:
        print_json(draft.to_json())
        return
    fields = draft.application
    console.print(
        f"{fields['reference'] or '(no reference)'}: {fields['exporter'] or '(no exporter)'} -> "
        f"{fields['destination'] or '(no destination)'}",
        markup=False,
    )
    for p in fields["parties"]:
        console.print(f"  {p['role']}: {p['name']} ({p['country'] or '?'})", markup=False)
    for item, suggested in zip(fields["items"], draft.suggested_annex, strict=True):
        annex = item["annex"] or f"suggested {', '.join(suggested) or 'none'}"
        console.print(f"  item: {item['description']} [{annex}] x {item['quantity'] or '?'}", markup=False)
    for line in draft.missing + draft.notes:
        console.print(f"  missing: {line}", markup=False, highlight=False)


@applications.command("attach")
def attach_command(
    ctx: typer.Context,
    application_id: Annotated[int, typer.Argument(metavar="ID")],
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="End-user certificate, contract, specification: PDF, DOCX, text, e-mail, image.",
        ),
    ],
    note: Annotated[str | None, typer.Option(metavar="T", help="What the file is.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Keep a file with an application (stored with its SHA-256; EPOC_MAX_DOCUMENT_MB is the limit)."""
    context = app_context(ctx)
    view = attach_file(
        context.store(), application_id, file, None, limits=context.settings.document_limits, note=note
    )
    if as_json:
        print_json(view.to_json())
    else:
        console.print(
            f"attached {view.name} ({view.size} bytes, sha256 {view.sha256[:12]}) as {view.attachment_id}",
            markup=False,
        )


@applications.command("attachments")
def attachments_command(
    ctx: typer.Context,
    application_id: Annotated[int, typer.Argument(metavar="ID")],
    as_json: JsonFlag = False,
) -> None:
    """The files kept with an application."""
    views = list_attachments(app_context(ctx).store(), application_id, None)
    if as_json:
        print_json([v.to_json() for v in views])
        return
    for v in views:
        console.print(f"{v.attachment_id} {v.name} {v.media_type} {v.size} {v.sha256}", markup=False)


@applications.command("attachment")
def attachment_command(
    ctx: typer.Context,
    application_id: Annotated[int, typer.Argument(metavar="ID")],
    attachment_id: Annotated[int, typer.Argument(metavar="ATTACHMENT")],
    out: Annotated[Path, typer.Option("--out", "-o", metavar="PATH", help="Where to write the file.")],
) -> None:
    """Write one attachment's file to PATH (refused if PATH exists)."""
    found = read_attachment(app_context(ctx).store(), application_id, attachment_id, None)
    with out.open("xb") as sink:
        sink.write(found.content)
    size, digest = found.attachment.size, found.attachment.sha256
    console.print(f"wrote {out} ({size} bytes, sha256 {digest})", markup=False)


@applications.command("show")
def show_command(
    ctx: typer.Context,
    application_id: Annotated[int, typer.Argument(metavar="ID")],
    as_json: JsonFlag = False,
) -> None:
    """One application with its assessment (reassessed first if the lists or the denials changed)."""
    context = app_context(ctx)
    store = context.store()
    view = get_application(
        store,
        Screener(store, context.settings.index_dir),
        application_id,
        None,
        options=DeskOptions.from_settings(context.settings),
    )
    if as_json:
        print_json(view.to_json())
    else:
        _print_application(view.to_json())


@applications.command("list")
def list_command(
    ctx: typer.Context,
    partner: Annotated[str | None, typer.Option(metavar="CC", help="One Partner's applications.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Applications, newest first, with their band and status."""
    views = list_applications(app_context(ctx).store(), None, partner.upper() if partner else None)
    if as_json:
        print_json([v.to_json() for v in views])
        return
    for v in views:
        console.print(
            f"{v.application_id} {v.partner} {v.reference}: {v.assessment['band']}, {v.status}", markup=False
        )


@applications.command("assess")
def assess_command(
    ctx: typer.Context,
    application_id: Annotated[int, typer.Argument(metavar="ID")],
    as_json: JsonFlag = False,
) -> None:
    """Assess an application again now; its history says what changed."""
    context = app_context(ctx)
    store = context.store()
    view = reassess(
        store,
        Screener(store, context.settings.index_dir),
        application_id,
        None,
        options=DeskOptions.from_settings(context.settings),
    )
    if as_json:
        print_json(view.to_json())
    else:
        _print_application(view.to_json())


@applications.command("decide")
def decide_command(
    ctx: typer.Context,
    application_id: Annotated[int, typer.Argument(metavar="ID")],
    outcome: Annotated[
        str, typer.Option(metavar="approve|approve-with-conditions|deny", help="The decision.")
    ],
    justification: Annotated[
        str | None, typer.Option(metavar="T", help="Why (needed to approve after an objection).")
    ] = None,
    conditions: Annotated[
        str | None, typer.Option(metavar="T", help="The conditions of an approval with conditions.")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Decide: approval is refused (exit 1) while a consultation is open before its deadline; approving after
    an objection needs --justification and notifies the denying Partner; a denial drafts the denial
    notification."""
    decision = decide(
        app_context(ctx).store(),
        application_id,
        outcome,
        None,
        justification=justification,
        conditions=conditions,
    )
    data = decision.to_json()
    if as_json:
        print_json(data)
        return
    console.print(f"application {application_id}: {data['status']}", markup=False)
    for notice in decision.notices:
        console.print(f"  notice to {notice.to_partner}: {notice.text}", markup=False)


@applications.command("circulate")
def circulate_command(
    ctx: typer.Context,
    application_id: Annotated[int, typer.Argument(metavar="ID")],
    as_json: JsonFlag = False,
) -> None:
    """Circulate the denial notification a refusal drafted (once): it becomes the Partner's denial."""
    context = app_context(ctx)
    result = circulate_draft(
        context.store(), application_id, None, options=DeskOptions.from_settings(context.settings)
    )
    if as_json:
        print_json(result.to_json())
    else:
        console.print(f"circulated as denial {result.denial_id} ({result.source})", markup=False)


@consultations.command("list")
def consultations_list(
    ctx: typer.Context,
    partner: Annotated[
        str | None, typer.Option(metavar="CC", help="The Partner (asking or asked); default all.")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Consultations a Partner asks or is asked in."""
    views = list_consultations(app_context(ctx).store(), None, partner)
    if as_json:
        print_json([v.to_json() for v in views])
        return
    for v in views:
        console.print(
            f"{v.consultation_id}: {v.requesting_partner} asks {v.partner} (denial {v.denial_id}): "
            f"{v.status}, "
            f"due {v.due.isoformat()}",
            markup=False,
        )


@consultations.command("reply")
def consultations_reply(
    ctx: typer.Context,
    consultation_id: Annotated[int, typer.Argument(metavar="ID")],
    partner: Annotated[str, typer.Option(metavar="CC", help="The consulted (denying) Partner.")],
    answer: Annotated[str, typer.Option(metavar="no-objection|objection|more-information")],
    text: Annotated[str | None, typer.Option(metavar="T", help="Reasons, or what more is needed.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Reply to a consultation as the denying Partner."""
    view = reply(app_context(ctx).store(), consultation_id, partner, answer, None, text=text)
    if as_json:
        print_json(view.to_json())
    else:
        console.print(f"consultation {consultation_id}: {view.status}", markup=False)


@consultations.command("notices")
def notices_command(
    ctx: typer.Context,
    partner: Annotated[str | None, typer.Option(metavar="CC", help="To or from this Partner.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Notices between Partners: approvals after a consultation (undercut); denials renewed, amended or
    revoked."""
    notices = list_notices(app_context(ctx).store(), None, partner)
    if as_json:
        print_json([n.to_json() for n in notices])
        return
    for n in notices:
        to = n.to_partner or "all"
        console.print(f"{n.created_at} {n.kind} {n.from_partner} -> {to}: {n.text}", markup=False)
