"""The denial lifecycle: each denial's review date, the queue of denials due for review, and renew, amend (a
successor linked to its predecessor) or revoke — each notified to the Partners, each one transaction with
its audit entry. Lapsed denials stop binding (``Denial.binding_on``) and stay as history."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from epoc.documents.denials import denial_from, read_denials
from epoc.model import Conflict, ImportFailure, InvalidInput, NotFound
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.denial import DenialStatus
from epoc.services import audit
from epoc.services.denials.notifications import (
    DenialImportOptions,
    DenialView,
    denial_of_row,
    denial_view,
    list_denials,
    save_denials,
)
from epoc.services.licensing.applications import DEFAULT_OPTIONS, DeskOptions
from epoc.services.results import plain_json
from epoc.store import Store
from epoc.store.licensing import LicensingRepository
from epoc.store.records import marking_from_row


@dataclass(frozen=True, slots=True)
class DenialNotice:
    """The notice a lifecycle step sends the Partners (``to_partner`` None: every Partner)."""

    notice_id: int
    kind: str  # denial-renewed, denial-revoked or denial-amended
    to_partner: str | None
    text: str

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)


@dataclass(frozen=True, slots=True)
class DenialReviewed(DenialView):
    """A denial renewed or revoked, as it now is, and the notice sent (`epoc denials renew --json`)."""

    notice: DenialNotice


@dataclass(frozen=True, slots=True)
class DenialAmended(DenialView):
    """The successor of an amended denial, its predecessor as it now is, and the notice sent (`epoc denials
    amend --json`)."""

    predecessor: DenialView
    notice: DenialNotice


def due_for_review(
    store: Store,
    within: int,
    viewer: Viewer | None = None,
    *,
    options: DeskOptions = DEFAULT_OPTIONS,
    today: date | None = None,
) -> list[DenialView]:
    """Denials whose review date falls in the next ``within`` days (today included), soonest first; revoked
    and superseded denials are not reviewed, lapsed ones are history. A Partner's officer reviews their own
    Partner's denials (the POC and the command line: everyone's)."""
    if within < 0:
        raise InvalidInput(f"--within: {within} is not a number of days (0 or more)")
    today = today or date.today()
    until = today + timedelta(days=within)
    rows = list_denials(store, viewer, today, options.lapse_years)
    due = [
        d
        for d in rows
        if (viewer is None or viewer.is_poc or d.partner == viewer.partner)
        and d.status != DenialStatus.REVOKED.value
        and d.successor_id is None
        and today <= date.fromisoformat(d.review_due) <= until
    ]
    return sorted(due, key=lambda d: d.review_due)


def _denial_row(repo: LicensingRepository, denial_id: int | str, viewer: Viewer | None) -> Any:
    """A denial by its id, or by its reference when that names one denial the viewer may read."""
    if isinstance(denial_id, str) and not denial_id.strip().isdigit():
        found = repo.denials_by_reference(denial_id.strip(), viewer)
        if len(found) > 1:
            partners = ", ".join(sorted(r.partner for r in found))
            raise InvalidInput(f"denial {denial_id!r}: that reference is used by {partners}; give the id")
        row = found[0] if found else None
    else:
        row = repo.denial(int(denial_id), viewer)
    if row is None:
        raise NotFound(f"denial {denial_id} not found")
    if viewer is not None and not viewer.is_poc and row.partner != viewer.partner:
        raise NotFound(f"denial {denial_id} not found")  # another Partner's denial is not yours to review
    return row


def _notify(
    repo: LicensingRepository, row: Any, kind: str, text: str, viewer: Viewer | None, now: datetime
) -> DenialNotice:
    notice_id = repo.add_notice(
        {
            "kind": kind,
            "from_partner": row.partner,
            "to_partner": None,
            "denial_id": row.id,
            "text": text,
            "created_by": viewer.username if viewer else "cli",
            "created_at": now,
        },
        marking_from_row(row),
    )
    return DenialNotice(notice_id, kind, None, text)


def renew(
    store: Store,
    denial_id: int | str,
    viewer: Viewer | None = None,
    *,
    options: DeskOptions = DEFAULT_OPTIONS,
    today: date | None = None,
) -> DenialReviewed:
    """Renew a denial today: it binds again for the lapse period from today."""
    today = today or date.today()
    now = datetime.now(UTC)
    with store.transaction() as conn:
        repo = LicensingRepository(conn)
        row = _denial_row(repo, denial_id, viewer)
        if row.status == DenialStatus.REVOKED.value or row.successor_id is not None:
            raise Conflict(f"denial {row.id} is {'revoked' if row.successor_id is None else 'amended'}")
        denial = replace(denial_of_row(row), renewed_on=today)
        repo.update_denial(
            row.id,
            {
                "status": DenialStatus.RENEWED.value,
                "renewed_on": today,
                "review_due": denial.review_due(options.lapse_years),
            },
        )
        notice = _notify(
            repo,
            row,
            "denial-renewed",
            f"{row.partner} renewed its denial {row.reference} on {today.isoformat()}: it binds until "
            f"{denial.review_due(options.lapse_years).isoformat()}.",
            viewer,
            now,
        )
        audit.record(conn, viewer, Action.DENIAL_RENEW, f"denial:{row.id}", {"reference": row.reference})
        updated = repo.denial(row.id, None)
    return denial_view(updated, today, options.lapse_years).extended(DenialReviewed, notice=notice)


def revoke(
    store: Store,
    denial_id: int | str,
    viewer: Viewer | None = None,
    *,
    options: DeskOptions = DEFAULT_OPTIONS,
    today: date | None = None,
) -> DenialReviewed:
    """Revoke a denial: it no longer binds and stays as history."""
    today = today or date.today()
    now = datetime.now(UTC)
    with store.transaction() as conn:
        repo = LicensingRepository(conn)
        row = _denial_row(repo, denial_id, viewer)
        if row.status == DenialStatus.REVOKED.value:
            raise Conflict(f"denial {row.id} is already revoked")
        repo.update_denial(row.id, {"status": DenialStatus.REVOKED.value, "revoked_on": today})
        notice = _notify(
            repo,
            row,
            "denial-revoked",
            f"{row.partner} revoked its denial {row.reference} on {today.isoformat()}.",
            viewer,
            now,
        )
        audit.record(conn, viewer, Action.DENIAL_REVOKE, f"denial:{row.id}", {"reference": row.reference})
        updated = repo.denial(row.id, None)
    return denial_view(updated, today, options.lapse_years).extended(DenialReviewed, notice=notice)


def amend(
    store: Store,
    denial_id: int | str,
    path: Path | None,
    viewer: Viewer | None = None,
    *,
    changes: dict[str, Any] | None = None,
    options: DeskOptions = DEFAULT_OPTIONS,
    today: date | None = None,
) -> DenialAmended:
    """Amend a denial: a successor (the predecessor's fields with the file's, or ``changes``, over them) is
    notified today and linked to its predecessor, which stops binding. The successor's reference is the
    file's, or the predecessor's with ``/A<n>``."""
    today = today or date.today()
    now = datetime.now(UTC)
    if path is not None:
        changes = _one_denial_json(path)
    changes = dict(changes or {})
    with store.read() as conn:
        row = _denial_row(LicensingRepository(conn), denial_id, viewer)
    if row.status == DenialStatus.REVOKED.value or row.successor_id is not None:
        raise Conflict(
            f"denial {denial_id} is {'revoked' if row.successor_id is None else 'already amended'}"
        )
    base = _template_json(row)
    merged = {**base, **{k: v for k, v in changes.items() if v not in (None, "", [])}}
    if str(merged.get("partner", "")).upper() != row.partner:
        raise InvalidInput(f"partner: an amendment of {row.partner}'s denial is {row.partner}'s")
    if merged.get("reference") in (None, "", row.reference):
        merged["reference"] = _successor_reference(store, row)
    if not changes.get("date"):
        merged["date"] = today.isoformat()
    merged["status"] = DenialStatus.ACTIVE.value
    try:
        successor = denial_from(merged)
    except ValueError as exc:
        raise InvalidInput(f"amendment of denial {row.id}: {exc}") from None
    options_import = DenialImportOptions(marking=marking_from_row(row), actor=viewer)
    save_denials(store, [successor], options_import, f"amendment of {row.reference}", options.lapse_years)
    with store.transaction() as conn:
        repo = LicensingRepository(conn)
        new = repo.denial_by_key(successor.partner, successor.reference)
        if new is None:  # pragma: no cover - saved just above
            raise NotFound(f"denial {successor.reference} not found")
        repo.update_denial(new.id, {"predecessor_id": row.id})
        repo.update_denial(row.id, {"status": DenialStatus.AMENDED.value, "successor_id": new.id})
        notice = _notify(
            repo,
            row,
            "denial-amended",
            f"{row.partner} amended its denial {row.reference} on {today.isoformat()}: "
            f"{successor.reference} replaces it.",
            viewer,
            now,
        )
        audit.record(
            conn,
            viewer,
            Action.DENIAL_AMEND,
            f"denial:{row.id}",
            {"reference": row.reference, "successor": successor.reference, "successor_id": new.id},
        )
        predecessor = repo.denial(row.id, None)
        current = repo.denial(new.id, None)
    return denial_view(current, today, options.lapse_years).extended(
        DenialAmended, predecessor=denial_view(predecessor, today, options.lapse_years), notice=notice
    )


def _one_denial_json(path: Path) -> dict[str, Any]:
    """The fields a file gives for the successor: a JSON object (any of the template's fields) or a template
    file with one denial. A dict on purpose: the denial template's fields, which ``denial_from`` reads."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ImportFailure(str(path), f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError:
        raise ImportFailure(str(path), "not UTF-8 text") from None
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ImportFailure(str(path), f"malformed JSON: {exc.msg}", f"{exc.lineno}:{exc.colno}") from exc
        if isinstance(data, dict) and "denials" in data:
            data = data["denials"][0] if data["denials"] else {}
        if not isinstance(data, dict):
            raise ImportFailure(str(path), "expected one denial object")
        return data
    denials = read_denials(path, 10 * 1024 * 1024)
    if len(denials) != 1:
        raise ImportFailure(str(path), f"an amendment is one denial, not {len(denials)}")
    d = denials[0]
    return {
        "reference": d.reference,
        "annex_codes": list(d.annex_codes),
        "catch_all": d.catch_all,
        "item_description": d.item_description,
        "quantity": d.quantity,
        "end_use": d.end_use,
        "reason": d.reason,
    }


def _template_json(row: Any) -> dict[str, Any]:
    """A stored denial's fields in the denial template, for an amendment's to go over. A dict on purpose: the
    template is the wire format ``denial_from`` reads."""

    def party(role: str) -> dict[str, Any] | None:
        found = [p for p in row.parties if p["role"] == role]
        if not found:
            return None
        p = found[0]
        return {k: p.get(k) for k in ("name", "aliases", "address", "country")}

    return {
        "partner": row.partner,
        "reference": row.reference,
        "annex_codes": list(row.annex_codes),
        "catch_all": row.catch_all,
        "item_description": row.item_description,
        "quantity": row.quantity,
        "consignee": party("consignee"),
        "end_user": party("end_user"),
        "intermediaries": [
            {k: p.get(k) for k in ("name", "aliases", "address", "country")}
            for p in row.parties
            if p["role"] == "intermediary"
        ],
        "end_use": row.end_use,
        "reason": row.reason,
    }


def _successor_reference(store: Store, row: Any) -> str:
    with store.read() as conn:
        repo = LicensingRepository(conn)
        for n in range(1, 100):
            reference = f"{row.reference}/A{n}"
            if repo.denial_by_key(row.partner, reference) is None:
                return reference
    raise Conflict(f"denial {row.reference} has been amended 99 times")
