"""`epoc demo`: what `make run` does before serving: the database, the lists, the demo list, a summary."""

from __future__ import annotations

import typer

from epoc.cli.common import app_context, console, err_console, progress_bar
from epoc.cli.lists import print_import_report, print_sources
from epoc.services.demo import (
    include_demo_candidates,
    load_demo,
    load_demo_denials,
    load_demo_documents,
    load_demo_regime,
    resolve_demo,
)
from epoc.services.list.resolve import report_lines
from epoc.services.records.views import list_sources


def demo(ctx: typer.Context) -> None:
    """Create the database, import the lists in EPOC_IMPORT_DIR, the demo list and demo denials, resolve
    them into the list's entities, add the demo documents and those in EPOC_CORPUS_DIR, and show a summary."""
    context = app_context(ctx)
    settings = context.settings
    store = context.store()
    if settings.import_dir is None or not settings.import_dir.is_dir():
        err_console.print(
            "note: no import folder (EPOC_IMPORT_DIR); importing the demo list only", markup=False
        )
    with progress_bar("importing") as update:
        reports = load_demo(store, settings, update)
    for report in reports:
        print_import_report(report)
    console.print()
    print_sources(list_sources(store))
    if not all(r.ok for r in reports):
        raise typer.Exit(1)
    denials = load_demo_denials(store)["denials"]
    console.print(f"demo denial notifications: {len(denials)}", highlight=False)
    with progress_bar("resolving") as update:
        resolved = resolve_demo(store, settings, update)
    for line in report_lines(resolved):
        console.print(line, highlight=False)
    with console.status("adding the demo documents"):
        documents = load_demo_documents(store, settings)
    failed = [d for d in documents if d.error]
    for d in failed:
        err_console.print(f"error {d.error}", markup=False, highlight=False)
    console.print(f"documents: {len(documents) - len(failed)} added or already there", highlight=False)
    included = include_demo_candidates(store)
    console.print(f"the demo IE Co-Chair included {included} candidates of the demo list", highlight=False)
    regime = load_demo_regime(store, settings)
    console.print(
        f"the regime's desks: meeting {regime.meeting_id} with {regime.proposals} proposals; application "
        f"{regime.application_id} with {regime.consultations} consultation(s) open; outreach priority "
        f"{regime.outreach_country}",
        highlight=False,
    )
