"""Licence applications: entered (one transaction: the application, its assessment, the consultations it
opens, the audit entry), read by their own Partner's licensing officers only, reassessed when the lists or
the denials change (with what changed), and decided.

``viewer`` filters and is the actor of the audit trail; ``None`` is the operator at the command line, who acts
for the Partner named by ``partner`` (the evidence is what that Partner may read: ``partner_reader``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from epoc.documents.denials import denial_from
from epoc.model import Conflict, InvalidInput, Marking, NotFound
from epoc.model.access import Role, Viewer
from epoc.model.audit import Action
from epoc.model.denial import DEFAULT_LAPSE_YEARS
from epoc.model.licensing import (
    CONSULTATION_ROLES,
    Application,
    ApplicationItem,
    ApplicationParty,
    ApplicationStatus,
    ConsultationState,
    ConsultationStatus,
    Outcome,
    PartyRole,
    RedFlag,
    approval_refused,
)
from epoc.model.marking import Classification
from epoc.services import audit
from epoc.services.denials.notifications import DenialImportOptions, save_denials
from epoc.services.licensing.assess import Assessed, assess, consultation_request_json
from epoc.services.licensing.attachments import AttachmentView, attachment_view
from epoc.services.results import plain_json
from epoc.services.screening.screener import Screener
from epoc.settings import Settings
from epoc.store import Store
from epoc.store.document_tables import denials
from epoc.store.licensing import LicensingRepository
from epoc.store.records import marking_from_row
from epoc.store.screening import source_versions

DEFAULT_CONSULTATION_DAYS = 30


@dataclass(frozen=True, slots=True)
class DeskOptions:
    """The desk's settings: how long a denial binds, how long a consulted Partner has to reply."""

    lapse_years: int = DEFAULT_LAPSE_YEARS
    consultation_days: int = DEFAULT_CONSULTATION_DAYS

    @classmethod
    def from_settings(cls, settings: Settings) -> DeskOptions:
        return cls(settings.denial_lapse_years, settings.consultation_days)


DEFAULT_OPTIONS = DeskOptions()


def partner_reader(partner: str) -> Viewer:
    """The command line acting for ``partner``: reads what that Partner's licensing officers may read
    (releasability), at the operator's clearance."""
    return Viewer(f"cli:{partner}", Role.LICENSING_OFFICER, partner, Classification.SECRET)


def check_partner(code: str) -> str:
    partner = code.strip().upper()
    if not 2 <= len(partner) <= 3 or not partner.isalpha():
        raise InvalidInput(f"partner {code!r} is not a Partner code (FR, DE, GB …)")
    return partner


# -- results ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ConsultationView:
    """A no-undercut consultation, for the two Partners it joins (`epoc consultations list --json`)."""

    consultation_id: int
    partner: str  # the denying Partner, who is consulted
    denial_id: int
    status: str
    due: date
    application_id: int
    requesting_partner: str
    opened_on: date
    deadline_passed: bool
    request: dict[str, Any]  # the stored request: the item and the matched parties only
    replies: tuple[dict[str, Any], ...]  # as stored
    outcome: str | None
    marking: Marking

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)


@dataclass(frozen=True, slots=True)
class ApplicationView:
    """An application, for its own Partner's licensing officers (`epoc applications show --json`): what was
    entered and the assessment as stored (JSON documents), its consultations and attachments."""

    application_id: int
    assessment: dict[str, Any]
    consultations: tuple[ConsultationView, ...]
    related_denials: tuple[dict[str, Any], ...]
    partner: str
    reference: str
    exporter: str
    destination: str
    end_use: str
    parties: tuple[dict[str, Any], ...]
    items: tuple[dict[str, Any], ...]
    red_flags: tuple[dict[str, Any], ...]
    status: str
    outcome: str | None
    justification: str | None
    conditions: str | None
    denial_draft: dict[str, Any] | None  # the denial template's document (``denial_draft_json``)
    history: tuple[dict[str, Any], ...]
    created_at: str
    marking: Marking
    attachments: tuple[AttachmentView, ...] = ()  # filled where one application is read

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)


@dataclass(frozen=True, slots=True)
class UndercutNotice:
    """The notice an approval after a consultation sends the denying Partner."""

    notice_id: int
    kind: str  # undercut
    to_partner: str
    consultation_id: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)


@dataclass(frozen=True, slots=True)
class Circulated:
    """A refusal's denial notification circulated: the denial it became, as stored (`epoc applications
    circulate --json`)."""

    application_id: int
    denial_id: int | None
    partner: str
    reference: str
    source: str
    status: str
    records: int
    marking: Marking

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)


@dataclass(frozen=True, slots=True)
class Decision:
    """An application decided (`epoc applications decide --json`): its outcome, its consultations, the
    notices the approval sent, the denial notification a refusal drafted."""

    application_id: int
    outcome: str | None
    status: str
    justification: str | None
    conditions: str | None
    consultations: tuple[ConsultationView, ...]
    notices: tuple[UndercutNotice, ...]
    denial_draft: dict[str, Any] | None  # the denial template's document (``denial_draft_json``)
    marking: Marking

    @classmethod
    def of(cls, app: ApplicationView, notices: tuple[UndercutNotice, ...]) -> Decision:
        return cls(
            app.application_id,
            app.outcome,
            app.status,
            app.justification,
            app.conditions,
            app.consultations,
            notices,
            app.denial_draft,
            app.marking,
        )

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)


def consultation_view(row: Any, today: date) -> ConsultationView:
    return ConsultationView(
        consultation_id=row.id,
        application_id=row.application_id,
        requesting_partner=row.requesting_partner,
        partner=row.denying_partner,
        denial_id=row.denial_id,
        status=row.status,
        opened_on=row.opened_on,
        due=row.due,
        deadline_passed=today > row.due,
        request=row.request,
        replies=tuple(row.replies),
        outcome=row.outcome,
        marking=marking_from_row(row),
    )


def _view(
    row: Any, consultations: list[Any], today: date, attachments: tuple[AttachmentView, ...] = ()
) -> ApplicationView:
    return ApplicationView(
        application_id=row.id,
        partner=row.partner,
        reference=row.reference,
        exporter=row.exporter,
        destination=row.destination,
        end_use=row.end_use,
        parties=tuple(row.parties),
        items=tuple(row.items),
        red_flags=tuple(row.red_flags),
        status=row.status,
        assessment={k: v for k, v in row.assessment.items() if k != "state"},
        related_denials=tuple(row.related_denials),
        consultations=tuple(consultation_view(c, today) for c in consultations),
        history=tuple(row.history),
        outcome=row.outcome,
        justification=row.justification,
        conditions=row.conditions,
        denial_draft=row.denial_draft,
        created_at=row.created_at.isoformat(),
        marking=marking_from_row(row),
        attachments=attachments,
    )


def application_of_row(row: Any) -> Application:
    return Application(
        reference=row.reference,
        exporter=row.exporter,
        destination=row.destination,
        end_use=row.end_use,
        parties=tuple(
            ApplicationParty(PartyRole(p["role"]), p["name"], p.get("country"), p.get("address"))
            for p in row.parties
        ),
        items=tuple(
            ApplicationItem(i["description"], i.get("annex"), i.get("quantity"), i.get("value"))
            for i in row.items
        ),
        red_flags=tuple(RedFlag(f["code"], f["question"], f["stated"]) for f in row.red_flags),
    )


def store_state(conn: Connection) -> str:
    """What the assessment depends on besides the application: the lists' versions and the denials'
    lifecycle. A different state means the application is reassessed when next read."""
    lifecycle = conn.execute(
        select(denials.c.id, denials.c.status, denials.c.renewed_on, denials.c.successor_id).order_by(
            denials.c.id
        )
    ).all()
    payload = json.dumps([sorted(source_versions(conn).items()), [list(r) for r in lifecycle]], default=str)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


# -- use cases -------------------------------------------------------------------------------------
def add_application(
    store: Store,
    screener: Screener,
    application: Application,
    partner: str,
    viewer: Viewer | None,
    *,
    options: DeskOptions = DEFAULT_OPTIONS,
    today: date | None = None,
    origin: str = "",
    refresh: bool = True,
) -> ApplicationView:
    """Assess and store an application, opening a consultation with each Partner whose binding denial it
    would undercut; one transaction."""
    partner = check_partner(partner)
    if viewer is not None and viewer.partner != partner:
        raise InvalidInput(f"partner: you enter applications of {viewer.partner}, not of {partner}")
    today = today or date.today()
    reader = viewer or partner_reader(partner)
    now = datetime.now(UTC)
    with store.read() as conn:  # the engine reads through its own connections: assess before writing
        assessed = assess(
            conn, screener, application, partner, reader, today, options.lapse_years, refresh=refresh
        )
        state = store_state(conn)
    with store.transaction() as conn:
        repo = LicensingRepository(conn)
        application_id = repo.add_application(
            {
                "partner": partner,
                "reference": application.reference,
                "exporter": application.exporter,
                "destination": application.destination,
                "end_use": application.end_use,
                "parties": [
                    {"role": p.role.value, "name": p.name, "country": p.country, "address": p.address}
                    for p in application.parties
                ],
                "items": [
                    {"description": i.description, "annex": i.annex, "quantity": i.quantity, "value": i.value}
                    for i in application.items
                ],
                "red_flags": [
                    {"code": f.code, "question": f.question, "stated": f.stated}
                    for f in application.red_flags
                ],
                "status": ApplicationStatus.PENDING.value,
                "assessment": {**assessed.assessment.to_json(), "state": state},
                "related_denials": [d.to_json() for d in assessed.related],
                "history": [],
                "assessed_at": now,
                "origin": origin,
                "created_by": viewer.username if viewer else None,
                "created_at": now,
            },
            assessed.marking,
        )
        opened = _open_consultations(
            repo, application_id, application, partner, assessed, today, options, now
        )
        if opened:
            repo.update_application(application_id, {"status": ApplicationStatus.CONSULTING.value})
        audit.record(
            conn,
            viewer,
            Action.APPLICATION_ADD,
            f"application:{application_id}",
            {
                "partner": partner,
                "reference": application.reference,
                "band": assessed.assessment.band,
                "consultations": opened,
                "from": origin,
            },
        )
        return _read(conn, application_id, None, today)


def _open_consultations(
    repo: LicensingRepository,
    application_id: int,
    application: Application,
    partner: str,
    assessed: Assessed,
    today: date,
    options: DeskOptions,
    now: datetime,
    already: set[int] | None = None,
) -> list[int]:
    opened = []
    for denial in assessed.related:
        if not denial.consult or denial.denial_id in (already or set()):
            continue
        marking = Marking.parse(f"CONFIDENTIAL // REL {partner}, {denial.partner}")
        marking = Marking(
            max(marking.classification, denial.marking.classification),
            marking.scope,
            marking.partners,
            True,
        )
        opened.append(
            repo.add_consultation(
                {
                    "application_id": application_id,
                    "denial_id": denial.denial_id,
                    "requesting_partner": partner,
                    "denying_partner": denial.partner,
                    "request": consultation_request_json(application, denial),
                    "status": ConsultationStatus.OPEN.value,
                    "opened_on": today,
                    "due": today + timedelta(days=options.consultation_days),
                    "replies": [],
                    "created_at": now,
                },
                marking,
            )
        )
    return opened


def _read(conn: Connection, application_id: int, viewer: Viewer | None, today: date) -> ApplicationView:
    repo = LicensingRepository(conn)
    row = repo.application(application_id, viewer)
    if row is None:
        raise NotFound(f"application {application_id} not found")
    files = repo.attachments(application_id)
    attachments = tuple(attachment_view(a, application_id) for a in files)
    return _view(row, repo.consultations(None, application_id=application_id), today, attachments)


def get_application(
    store: Store,
    screener: Screener | None,
    application_id: int,
    viewer: Viewer | None,
    *,
    options: DeskOptions = DEFAULT_OPTIONS,
    today: date | None = None,
    refresh: bool = True,
) -> ApplicationView:
    """One application of the viewer's Partner; reassessed first when the lists or the denials changed
    since its last assessment (``screener`` None: as last assessed)."""
    today = today or date.today()
    with store.read() as conn:
        row = LicensingRepository(conn).application(application_id, viewer)
        if row is None:
            raise NotFound(f"application {application_id} not found")
        stale = row.outcome is None and row.assessment.get("state") != store_state(conn)
    if stale and screener is not None:
        reassess(store, screener, application_id, viewer, options=options, today=today, refresh=refresh)
    with store.transaction() as conn:
        view = _read(conn, application_id, viewer, today)
        if viewer is not None:
            audit.record(conn, viewer, Action.APPLICATION_READ, f"application:{application_id}", {})
    return view


def list_applications(
    store: Store, viewer: Viewer | None, partner: str | None = None, today: date | None = None
) -> list[ApplicationView]:
    today = today or date.today()
    with store.read() as conn:
        repo = LicensingRepository(conn)
        rows = repo.applications(viewer, partner)
        return [_view(r, repo.consultations(None, application_id=r.id), today) for r in rows]


def reassess(
    store: Store,
    screener: Screener,
    application_id: int,
    viewer: Viewer | None,
    *,
    options: DeskOptions = DEFAULT_OPTIONS,
    today: date | None = None,
    refresh: bool = True,
) -> ApplicationView:
    """Assess again (the lists or the denials changed): store the new assessment, what changed (band, reasons
    added and removed) in its history, and open the consultations a new binding denial calls for."""
    today = today or date.today()
    now = datetime.now(UTC)
    with store.read() as conn:
        row = LicensingRepository(conn).application(application_id, viewer)
        if row is None:
            raise NotFound(f"application {application_id} not found")
        if row.outcome is not None:
            raise Conflict(f"application {application_id} is decided ({row.outcome}): it is not reassessed")
        application = application_of_row(row)
        reader = viewer or partner_reader(row.partner)
        assessed = assess(
            conn, screener, application, row.partner, reader, today, options.lapse_years, refresh=refresh
        )
        state = store_state(conn)
    with store.transaction() as conn:
        repo = LicensingRepository(conn)
        new = assessed.assessment.to_json()
        before = {r["text"] for r in row.assessment["reasons"] if r["kind"] != "band"}
        after = {r["text"] for r in new["reasons"] if r["kind"] != "band"}
        changes = {
            "at": now.isoformat(),
            "band_before": row.assessment["band"],
            "band": new["band"],
            "added": sorted(after - before),
            "removed": sorted(before - after),
        }
        history = list(row.history)
        if changes["added"] or changes["removed"] or changes["band"] != changes["band_before"]:
            history.append(changes)
        existing = {c.denial_id for c in repo.consultations(None, application_id=application_id)}
        opened = _open_consultations(
            repo, application_id, application, row.partner, assessed, today, options, now, existing
        )
        values: dict[str, Any] = {
            "assessment": {**new, "state": state},
            "related_denials": [d.to_json() for d in assessed.related],
            "history": history,
            "assessed_at": now,
        }
        if opened:
            values["status"] = ApplicationStatus.CONSULTING.value
        repo.update_application(application_id, values)
        audit.record(
            conn,
            viewer,
            Action.APPLICATION_ASSESS,
            f"application:{application_id}",
            {"band": new["band"], "changed": history[-1] if history else None, "consultations": opened},
        )
        return _read(conn, application_id, None, today)


def decide(
    store: Store,
    application_id: int,
    outcome: str,
    viewer: Viewer | None,
    *,
    justification: str | None = None,
    conditions: str | None = None,
    today: date | None = None,
) -> Decision:
    """Approve (with conditions) or deny. Approval is refused while a consultation is open before its
    deadline, and after an objection without a justification; an approval after a consultation sends the
    denying Partner the notice; a denial drafts the denial notification for the other Partners."""
    try:
        chosen = Outcome(outcome.strip().lower())
    except ValueError:
        raise InvalidInput(
            f"outcome {outcome!r} is not one of {', '.join(o.value for o in Outcome)}"
        ) from None
    if chosen is Outcome.APPROVE_WITH_CONDITIONS and not (conditions or "").strip():
        raise InvalidInput("approve-with-conditions: state the conditions (--conditions)")
    today = today or date.today()
    now = datetime.now(UTC)
    with store.transaction() as conn:
        repo = LicensingRepository(conn)
        row = repo.application(application_id, viewer)
        if row is None:
            raise NotFound(f"application {application_id} not found")
        if row.outcome is not None:
            raise Conflict(f"application {application_id} was already decided: {row.outcome}")
        consultations = repo.consultations(None, application_id=application_id)
        states = [ConsultationState(c.id, c.denying_partner, c.status, c.due) for c in consultations]
        notices: list[UndercutNotice] = []
        values: dict[str, Any] = {
            "outcome": chosen.value,
            "justification": (justification or "").strip() or None,
            "conditions": (conditions or "").strip() or None,
            "decided_by": viewer.username if viewer else "cli",
            "decided_at": now,
        }
        if chosen is Outcome.DENY:
            values["status"] = ApplicationStatus.DENIED.value
            values["denial_draft"] = denial_draft_json(row, justification, today)
            for c in consultations:
                repo.update_consultation(c.id, {"outcome": "the application was denied"})
        else:
            refusal = approval_refused(states, today, justification)
            if refusal is not None:
                raise Conflict(f"approval refused: {refusal}")
            values["status"] = (
                ApplicationStatus.APPROVED.value
                if chosen is Outcome.APPROVE
                else ApplicationStatus.APPROVED_WITH_CONDITIONS.value
            )
            for c in consultations:
                notices.append(_undercut_notice(repo, row, c, values, viewer, now))
                repo.update_consultation(c.id, {"outcome": f"approved after {_answered(c.status)}"})
        repo.update_application(application_id, values)
        audit.record(
            conn,
            viewer,
            Action.APPLICATION_DECIDE,
            f"application:{application_id}",
            {
                "outcome": chosen.value,
                "justification": values["justification"],
                "notices": [n.notice_id for n in notices],
            },
        )
        return Decision.of(_read(conn, application_id, None, today), tuple(notices))


def _answered(status: str) -> str:
    if status == ConsultationStatus.OBJECTION.value:
        return "an objection (undercut)"
    if status == ConsultationStatus.NO_OBJECTION.value:
        return "no objection"
    return "the reply deadline passed without a final reply"


def _undercut_notice(
    repo: LicensingRepository,
    row: Any,
    consultation: Any,
    values: dict[str, Any],
    viewer: Viewer | None,
    now: datetime,
) -> UndercutNotice:
    """The notice to the denying Partner: an essentially identical transaction it denied was approved."""
    reason = f" Justification: {values['justification']}" if values["justification"] else ""
    conditions = f" Conditions: {values['conditions']}" if values["conditions"] else ""
    text = (
        f"{row.partner} approved an essentially identical transaction to the one your denial "
        f"(id {consultation.denial_id}) covers, after {_answered(consultation.status)} in consultation "
        f"{consultation.id}.{reason}{conditions}"
    )
    marking = marking_from_row(consultation)
    notice_id = repo.add_notice(
        {
            "kind": "undercut",
            "from_partner": row.partner,
            "to_partner": consultation.denying_partner,
            "denial_id": consultation.denial_id,
            "application_id": row.id,
            "consultation_id": consultation.id,
            "text": text,
            "created_by": viewer.username if viewer else "cli",
            "created_at": now,
        },
        marking,
    )
    return UndercutNotice(notice_id, "undercut", consultation.denying_partner, consultation.id, text)


def denial_draft_json(row: Any, reason: str | None, today: date) -> dict[str, Any]:
    """The denial notification for the other Partners, in the denial template (``epoc denials import``
    reads it): parties, item, Annex codes, reason; marked for Partners only. A dict on purpose: the template
    is a wire format, kept with the application until it is circulated."""

    def party(role: str) -> dict[str, Any] | None:
        found = [p for p in row.parties if p["role"] == role]
        if not found:
            return None
        p = found[0]
        return {"name": p["name"], "address": p.get("address"), "country": p.get("country")}

    codes = [i["annex"] for i in row.items if i.get("annex")]
    return {
        "partner": row.partner,
        "reference": f"DN-{row.reference}"[:100],
        "date": today.isoformat(),
        "annex_codes": codes,
        "catch_all": not codes,
        "item_description": "; ".join(i["description"] for i in row.items),
        "quantity": "; ".join(i["quantity"] for i in row.items if i.get("quantity")) or None,
        "consignee": party(PartyRole.CONSIGNEE.value),
        "end_user": party(PartyRole.END_USER.value),
        "intermediaries": [
            {"name": p["name"], "address": p.get("address"), "country": p.get("country")}
            for p in row.parties
            if p["role"] not in CONSULTATION_ROLES
        ],
        "end_use": row.end_use,
        "reason": (reason or "").strip() or "Risk of contributing to a missile programme of concern",
        "marking": "CONFIDENTIAL // REL MTCR",
        "status": "active",
    }


def circulate_draft(
    store: Store,
    application_id: int,
    viewer: Viewer | None,
    *,
    options: DeskOptions = DEFAULT_OPTIONS,
    today: date | None = None,
) -> Circulated:
    """Circulate the denial notification a refusal drafted: it becomes a denial of the Partner (its parties
    records, screened and binding like any other), once."""
    today = today or date.today()
    with store.read() as conn:
        row = LicensingRepository(conn).application(application_id, viewer)
    if row is None:
        raise NotFound(f"application {application_id} not found")
    draft = row.denial_draft
    if not draft:
        raise Conflict(f"application {application_id} has no denial notification to circulate (deny first)")
    if draft.get("circulated_as"):
        raise Conflict(f"application {application_id}'s denial was circulated as {draft['circulated_as']}")
    try:
        denial = denial_from({k: v for k, v in draft.items() if k != "circulated_as"})
    except ValueError as exc:
        raise InvalidInput(f"the draft of application {application_id}: {exc}") from None
    origin = f"application:{application_id}"
    saved = save_denials(store, [denial], DenialImportOptions(actor=viewer), origin, options.lapse_years)
    with store.transaction() as conn:
        repo = LicensingRepository(conn)
        circulated = repo.denial_by_key(denial.partner, denial.reference)
        denial_id = circulated.id if circulated is not None else None
        repo.update_application(application_id, {"denial_draft": {**draft, "circulated_as": denial_id}})
    made = saved[0]
    return Circulated(
        application_id,
        denial_id,
        made.partner,
        made.reference,
        made.source,
        made.status,
        made.records,
        made.marking,
    )
