"""The demo set-up `make run` performs: the lists in the import folder, plus the team's fictional list."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from epoc.model import Marking
from epoc.model.access import POC, Role
from epoc.model.errors import NotFound
from epoc.model.outreach import CountryStatus
from epoc.model.plenary import MeetingKind
from epoc.services import accounts
from epoc.services.denials.notifications import DenialImportOptions, import_denials
from epoc.services.documents.extraction import lazy_extractor
from epoc.services.documents.ingest import DocumentOptions, add_documents
from epoc.services.licensing.applications import DeskOptions, add_application, list_applications
from epoc.services.licensing.io import application_from
from epoc.services.list.resolve import ResolveReport, resolve
from epoc.services.outreach.countries import add_priority, set_status, show_country
from epoc.services.plenary.meetings import MeetingInput, add_meeting, list_meetings
from epoc.services.plenary.proposals import ImportOptions as ProposalImportOptions
from epoc.services.plenary.proposals import import_proposals
from epoc.services.records.imports import ImportReport, ProgressFn, import_paths
from epoc.services.screening.engine import default_engine, policy
from epoc.services.screening.screener import Screener
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


def load_demo_denials(store: Store) -> int:
    """The team's fictional denial notifications (their parties become records, resolved with the rest):
    how many there are."""
    return len(import_denials(store, _demo_file("denials.csv"), DenialImportOptions()).denials)


@dataclass(frozen=True, slots=True)
class DemoDocuments:
    """What adding the demo documents came to: how many are in the store (added now or already there), and
    the error of each one that could not be added."""

    added: int
    errors: tuple[str, ...]


def load_demo_documents(store: Store, settings: Settings) -> DemoDocuments:
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
    errors = tuple(str(r.error) for r in results if r.error)
    return DemoDocuments(len(results) - len(errors), errors)


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


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """A demo account and its fresh password (shown this once)."""

    username: str
    password: str = field(repr=False)
    role: str
    partner: str | None


def demo_accounts(store: Store) -> list[DemoAccount]:
    """Create (or reset) one account per role with a fresh random password, and return them with it."""
    out: list[DemoAccount] = []
    for username, role, partner in DEMO_ACCOUNTS:
        try:
            accounts.get_user(store, username)
            password = accounts.reset_password(store, username)
        except NotFound:
            password = accounts.generate_password()
            accounts.create_user(store, username, role, password, partner, display_name=f"Demo {role.value}")
        out.append(DemoAccount(username, password, role.value, partner))
    return out


@dataclass(frozen=True, slots=True)
class DemoRegime:
    """What the demo put on the regime's desks, so that every area has something to open."""

    meeting_id: str
    proposals: int
    application_id: int
    consultations: int
    outreach_country: str


DEMO_MEETING = MeetingInput(
    MeetingKind.PLENARY,
    "Plenary, demo",
    date(2026, 10, 20),
    end=date(2026, 10, 23),
    place="Lyon",
    host="FR",
    chair="FR",
)


def load_demo_regime(store: Store, settings: Settings) -> DemoRegime:
    """A Plenary with the team's fictional French message of two proposals, an outreach priority agreed
    at it, and a French licence application that would undercut the demo's German denial (so that a
    consultation with Germany is open). Running it again adds nothing new."""
    meeting = next((m for m in list_meetings(store) if m.name == DEMO_MEETING.name), None)
    if meeting is None:
        meeting = add_meeting(store, DEMO_MEETING)
    proposals = import_proposals(
        store,
        _demo_file("regime/proposals-fr-2026.txt"),
        ProposalImportOptions(meeting_id=meeting.meeting_id, partner=DEMO_PARTNER),
        settings.document_limits,
        lazy_extractor(store, settings.index_dir),
    )
    outreach = show_country(store, DEMO_OUTREACH_COUNTRY)
    if not outreach.priorities:
        set_status(store, DEMO_OUTREACH_COUNTRY, CountryStatus.NON_PARTNER, by="demo")
        add_priority(store, DEMO_OUTREACH_COUNTRY, meeting.meeting_id, note="demo", by="demo")
    path = _demo_file("regime/application-fr-2026-041.json")
    application = application_from(json.loads(path.read_text(encoding="utf-8")))
    existing = next(
        (a for a in list_applications(store, None, DEMO_PARTNER) if a.reference == application.reference),
        None,
    )
    if existing is None:
        view = add_application(
            store,
            Screener(store, settings.index_dir),
            application,
            DEMO_PARTNER,
            None,
            options=DeskOptions.from_settings(settings),
            origin=path.name,
        )
        application_id, consultations = view.application_id, len(view.consultations)
    else:
        application_id, consultations = existing.application_id, len(existing.consultations)
    return DemoRegime(
        meeting.meeting_id, len(proposals), application_id, consultations, DEMO_OUTREACH_COUNTRY
    )


DEMO_OUTREACH_COUNTRY = "TH"  # the demo guest's country


def include_demo_candidates(store: Store) -> int:
    """The demo's IE Co-Chair includes the new candidates that the team's fictional Partner list names, so
    that the regime's list is not empty on first run (each decision says it is the demo's; real candidates
    — from Partners' documents and denials — wait for a person)."""
    from epoc.model.regime import NEW, Decision
    from epoc.services.regime.inclusion import candidates, decide

    made = 0
    for candidate in candidates(store):
        if candidate.status == NEW and DEMO_SOURCE in candidate.sources:
            decide(
                store,
                candidate.candidate_id,
                Decision.INCLUDE,
                f"demo: named by the team's fictional Partner list ({DEMO_PARTNER})",
                who="demo",
            )
            made += 1
    return made
