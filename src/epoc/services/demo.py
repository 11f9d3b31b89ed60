"""The demo set-up `make run` performs: the lists in the import folder, plus the team's fictional list."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from epoc.model import Marking
from epoc.model.access import POC, Role
from epoc.model.errors import NotFound
from epoc.services import accounts
from epoc.services.denials.notifications import DenialImportOptions, import_denials
from epoc.services.documents.extraction import lazy_extractor
from epoc.services.documents.ingest import DocumentOptions, add_documents
from epoc.services.list.resolve import ResolveReport, resolve
from epoc.services.records.imports import ImportReport, ProgressFn, import_paths
from epoc.services.screening.engine import default_engine, policy
from epoc.settings import Settings
from epoc.sources.base import ImportOptions
from epoc.store import Store

DEMO_SOURCE = "demo-fr"
DEMO_PARTNER = "FR"
DEMO_MARKING = "CONFIDENTIAL // REL MTCR"


def demo_list_path() -> Path:
    return Path(str(resources.files("epoc.demo") / "partner_list.csv"))


def _demo_file(name: str) -> Path:
    return Path(str(resources.files("epoc.demo") / name))


def load_demo(store: Store, settings: Settings, progress: ProgressFn | None = None) -> list[ImportReport]:
    """Import the lists found in ``settings.import_dir`` (where it exists) and the demo Partner list."""
    reports = []
    if settings.import_dir is not None and settings.import_dir.is_dir():
        options = ImportOptions(max_bytes=settings.max_import_bytes)
        reports.append(import_paths(store, [settings.import_dir], options, progress=progress))
    demo = ImportOptions(
        source=DEMO_SOURCE,
        partner=DEMO_PARTNER,
        marking=Marking.parse(DEMO_MARKING),
        max_bytes=settings.max_import_bytes,
    )
    reports.append(import_paths(store, [demo_list_path()], demo, "partner-csv", progress))
    return reports


def load_demo_denials(store: Store) -> dict[str, Any]:
    """The team's fictional denial notifications (their parties become records, resolved with the rest)."""
    return import_denials(store, _demo_file("denials.csv"), DenialImportOptions())


def load_demo_documents(store: Store, settings: Settings) -> list[dict[str, Any]]:
    """The team's fictional IE paper and denial notification, and the public documents in
    ``settings.corpus_dir`` (US government texts: unclassified, from the US). Adding the same bytes again
    changes nothing."""
    extractor = lazy_extractor(store, settings.index_dir)
    limits = settings.document_limits
    results = add_documents(store, [_demo_file("documents")], DocumentOptions(), limits, extractor)
    if settings.corpus_dir is not None and settings.corpus_dir.is_dir():
        public = DocumentOptions(partner="US", marking=Marking.parse("UNCLASSIFIED"))
        files = sorted(p for p in settings.corpus_dir.iterdir() if p.suffix in (".txt", ".md", ".pdf"))
        results += add_documents(store, files, public, limits, extractor)
    return results


def resolve_demo(store: Store, settings: Settings, progress: ProgressFn | None = None) -> ResolveReport:
    """Resolve what was imported (incrementally), so that the demo has a list and a review queue."""
    return resolve(store, default_engine(store, settings), policy(settings), progress=progress)


# One account per role; the Partner officers are French (the demo list's originator) and German.
DEMO_ACCOUNTS: list[tuple[str, Role, str | None]] = [
    ("demo-officer", Role.OFFICER, "DE"),
    ("demo-licensing", Role.LICENSING_OFFICER, "FR"),
    ("demo-editor", Role.LIST_EDITOR, "FR"),
    ("demo-admin", Role.POC_ADMIN, POC),
    ("demo-guest", Role.OUTREACH_GUEST, "TH"),
]


def demo_accounts(store: Store) -> list[dict[str, str | None]]:
    """Create (or reset) one account per role with a fresh random password, and return them with it."""
    out: list[dict[str, str | None]] = []
    for username, role, partner in DEMO_ACCOUNTS:
        try:
            accounts.get_user(store, username)
            password = accounts.reset_password(store, username)
        except NotFound:
            password = accounts.generate_password()
            accounts.create_user(store, username, role, password, partner, display_name=f"Demo {role.value}")
        out.append({"username": username, "password": password, "role": role.value, "partner": partner})
    return out
