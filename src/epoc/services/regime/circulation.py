"""Circulating on the ePOC: an edition or a document distributed to Partners is an act with who, when, for
which meeting and to whom, entered in the register under a reference numbered per meeting.

Each Partner that may read something of the item gets a notification in the application and an ``.eml`` file
in the outbox (``<data dir>/outbox/<PARTNER>/``) for its national mail system — no mail server needed. The
message holds only what that Partner may read, under the banner of that. The first of a Partner's users who
opens the notification gives the Partner's read receipt.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from epoc.model import NotFound
from epoc.model.access import Permission, Role, Viewer
from epoc.model.audit import Action
from epoc.model.entity import CAVEAT
from epoc.model.errors import InvalidInput
from epoc.model.marking import Marking
from epoc.model.partners import PARTNERS, partner_name
from epoc.model.regime import EditionStatus, check_meeting, check_transition, reader_marking, reference
from epoc.services import audit
from epoc.store import Store
from epoc.store.documents import DocumentRepository
from epoc.store.editions import EditionRepository
from epoc.store.records import marking_from_row
from epoc.store.regime import RegimeRepository

OUTBOX_FROM = "ePOC <epoc@poc.epoc.invalid>"  # .invalid: these files are for national mail systems to send


@dataclass(frozen=True, slots=True)
class Receipt:
    partner: str
    partner_name: str
    entries: int
    banner: str
    outbox_file: str | None
    read_at: datetime | None
    read_by: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "partner": self.partner,
            "partner_name": self.partner_name,
            "entries": self.entries,
            "banner": self.banner,
            "outbox_file": self.outbox_file,
            "read_at": self.read_at.isoformat() if self.read_at else None,
            "read_by": self.read_by,
        }


@dataclass(frozen=True, slots=True)
class Circulation:
    reference: str
    meeting: str
    number: int
    kind: str  # edition | document
    target: str
    title: str
    who: str
    at: datetime
    recipients: tuple[Receipt, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "meeting": self.meeting,
            "number": self.number,
            "kind": self.kind,
            "target": self.target,
            "title": self.title,
            "who": self.who,
            "at": self.at.isoformat(),
            "recipients": [r.to_json() for r in self.recipients],
        }


@dataclass(frozen=True, slots=True)
class Notification:
    reference: str
    meeting: str
    kind: str
    target: str
    title: str
    at: datetime
    banner: str
    entries: int
    read_at: datetime | None
    read_by: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "meeting": self.meeting,
            "kind": self.kind,
            "target": self.target,
            "title": self.title,
            "at": self.at.isoformat(),
            "banner": self.banner,
            "entries": self.entries,
            "read": self.read_at is not None,
            "read_at": self.read_at.isoformat() if self.read_at else None,
            "read_by": self.read_by,
        }


def _partner_reader(code: str) -> Viewer:
    """How a Partner's national POC reads: an officer of that Partner."""
    return Viewer(f"{code} national POC", Role.OFFICER, code)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def approve_edition(
    store: Store, name: str, viewer: Viewer | None = None, who: str = "local operator"
) -> str:
    """Approve a draft edition (the IE Co-Chairs' sign-off before it is distributed); audited."""
    actor = viewer.username if viewer is not None else who
    with store.transaction() as conn:
        regime = RegimeRepository(conn)
        state = _state(regime, conn, name, viewer)
        check_transition(name, EditionStatus(state.status), EditionStatus.APPROVED)
        regime.set_state(
            name,
            {"status": EditionStatus.APPROVED.value, "approved_by": actor, "approved_at": datetime.now(UTC)},
        )
        audit.record(
            conn, viewer if viewer is not None else actor, Action.EDITION_STATUS, name, {"status": "approved"}
        )
    return EditionStatus.APPROVED.value


def _state(regime: RegimeRepository, conn: Any, name: str, viewer: Viewer | None) -> Any:
    if EditionRepository(conn).get(name) is None or (
        viewer is not None and name not in regime.readable_editions(viewer)
    ):
        raise NotFound(f"no edition {name!r}; `epoc editions` shows them")
    state = regime.state(name)
    if state is None:  # an edition made before editions had a status
        regime.add_state({"edition": name, "status": EditionStatus.DRAFT.value, "include_public": False})
        state = regime.state(name)
    return state


def distribute_edition(
    store: Store,
    name: str,
    meeting: str,
    outbox: Path,
    viewer: Viewer | None = None,
    who: str = "local operator",
) -> Circulation:
    """Distribute an edition at a meeting: approve it if still a draft, supersede the edition distributed
    before it, enter it in the register, notify every Partner that may read one of its entries (in the
    application and by an ``.eml`` in the outbox holding only those entries). One transaction, audited."""
    where = check_meeting(meeting)
    actor = viewer.username if viewer is not None else who
    moment = datetime.now(UTC)
    with store.transaction() as conn:
        regime = RegimeRepository(conn)
        editions = EditionRepository(conn)
        state = _state(regime, conn, name, viewer)
        check_transition(name, EditionStatus(state.status), EditionStatus.DISTRIBUTED)
        approval = {} if state.approved_by else {"approved_by": actor, "approved_at": moment}
        for earlier in regime.distributed():
            if earlier.edition != name:
                regime.set_state(
                    earlier.edition,
                    {
                        "status": EditionStatus.SUPERSEDED.value,
                        "superseded_by": name,
                        "superseded_at": moment,
                    },
                )
        regime.set_state(
            name,
            {
                "status": EditionStatus.DISTRIBUTED.value,
                "meeting": where,
                "distributed_by": actor,
                "distributed_at": moment,
                **approval,
            },
        )
        head = editions.get(name)
        views = {}
        for code in sorted(PARTNERS):
            rows = editions.entities(name, _partner_reader(code))
            if rows:
                views[code] = rows
        if not views:
            raise InvalidInput(f"edition {name!r} has no entry any Partner may read: nothing to distribute")
        number = regime.next_number(where)
        ref = reference(where, number)
        title = f"Entities of concern — edition {name}"
        circulation_id = regime.add_circulation(
            {
                "reference": ref,
                "meeting": where,
                "number": number,
                "kind": "edition",
                "target": name,
                "title": title,
                "who": actor,
                "at": moment,
                "recipients": "," + ",".join(views) + ",",
            }
        )
        receipts, outgoing = [], []
        for code, rows in views.items():
            marking = reader_marking(marking_from_row(r) for r in rows)
            message = _edition_message(code, ref, where, title, head, rows, marking, moment)
            path = _eml_path(outbox, code, ref)
            outgoing.append((path, message))
            regime.add_notification(
                {
                    "circulation_id": circulation_id,
                    "partner": code,
                    "banner": marking.banner,
                    "entries": len(rows),
                    "outbox_file": str(path),
                }
            )
            receipts.append(
                Receipt(code, partner_name(code), len(rows), marking.banner, str(path), None, None)
            )
        audit.record(
            conn,
            viewer if viewer is not None else actor,
            Action.CIRCULATE,
            f"edition {name}",
            {"reference": ref, "meeting": where, "recipients": list(views)},
        )
    _write_emls(outgoing)  # committed: a failed transaction leaves no message behind
    return Circulation(ref, where, number, "edition", name, title, actor, moment, tuple(receipts))


def distribute_document(
    store: Store,
    document_id: int,
    meeting: str,
    outbox: Path,
    viewer: Viewer | None = None,
    who: str = "local operator",
) -> Circulation:
    """Circulate a stored document to the Partners its marking releases it to, for a meeting; registered,
    notified and audited like an edition."""
    where = check_meeting(meeting)
    actor = viewer.username if viewer is not None else who
    moment = datetime.now(UTC)
    with store.transaction() as conn:
        docs = DocumentRepository(conn)
        doc = docs.get(document_id, viewer)
        if doc is None:
            raise NotFound(f"no document {document_id}")
        marking = marking_from_row(doc)
        partners = [code for code in sorted(PARTNERS) if _partner_reader(code).may_read(marking)]
        if not partners:
            raise InvalidInput(f"document {document_id} is {marking.banner}: no Partner may read it")
        regime = RegimeRepository(conn)
        number = regime.next_number(where)
        ref = reference(where, number)
        circulation_id = regime.add_circulation(
            {
                "reference": ref,
                "meeting": where,
                "number": number,
                "kind": "document",
                "target": str(document_id),
                "title": doc.title,
                "who": actor,
                "at": moment,
                "recipients": "," + ",".join(partners) + ",",
            }
        )
        receipts, outgoing = [], []
        for code in partners:
            message = _message(
                code,
                ref,
                marking,
                f"{doc.title} ({doc.doc_type}, {partner_name(doc.partner)})",
                [
                    f"Document {document_id}: {doc.title}",
                    f"Circulated for {where} as {ref}.",
                    f"Read it on the ePOC: /documents/{document_id}",
                ],
                moment,
            )
            path = _eml_path(outbox, code, ref)
            outgoing.append((path, message))
            regime.add_notification(
                {
                    "circulation_id": circulation_id,
                    "partner": code,
                    "banner": marking.banner,
                    "entries": 1,
                    "outbox_file": str(path),
                }
            )
            receipts.append(Receipt(code, partner_name(code), 1, marking.banner, str(path), None, None))
        audit.record(
            conn,
            viewer if viewer is not None else actor,
            Action.CIRCULATE,
            f"document {document_id}",
            {"reference": ref, "meeting": where, "recipients": partners},
        )
    _write_emls(outgoing)  # committed: a failed transaction leaves no message behind
    return Circulation(
        ref, where, number, "document", str(document_id), doc.title, actor, moment, tuple(receipts)
    )


def register(store: Store, viewer: Viewer | None = None, meeting: str | None = None) -> list[Circulation]:
    """The register: what was circulated, per meeting and reference number, with each Partner's receipt (a
    Partner sees what was circulated to it and its own receipt; the POC and the IE Co-Chairs, who circulate,
    every Partner's receipt)."""
    every_receipt = viewer is None or viewer.is_poc or viewer.may(Permission.REVIEW)
    with store.read() as conn:
        regime = RegimeRepository(conn)
        out = []
        for row in regime.register(viewer, meeting):
            receipts = [
                Receipt(
                    n.partner,
                    partner_name(n.partner),
                    n.entries,
                    n.banner,
                    n.outbox_file,
                    _aware(n.read_at) if n.read_at else None,
                    n.read_by,
                )
                for n in regime.receipts(row.id)
                if every_receipt or (viewer is not None and n.partner == viewer.partner)
            ]
            out.append(
                Circulation(
                    row.reference,
                    row.meeting,
                    row.number,
                    row.kind,
                    row.target,
                    row.title,
                    row.who,
                    _aware(row.at),
                    tuple(receipts),
                )
            )
        return out


def inbox(store: Store, viewer: Viewer, unread_only: bool = False) -> list[Notification]:
    """The viewer's Partner's notifications, newest first."""
    with store.read() as conn:
        return [
            Notification(
                r.reference,
                r.meeting,
                r.kind,
                r.target,
                r.title,
                _aware(r.at),
                r.banner,
                r.entries,
                _aware(r.read_at) if r.read_at else None,
                r.read_by,
            )
            for r in RegimeRepository(conn).inbox(viewer.partner, unread_only)
        ]


def mark_read(store: Store, viewer: Viewer, ref: str) -> Notification:
    """Open a notification: the first of a Partner's users to do so gives the Partner's read receipt."""
    with store.transaction() as conn:
        regime = RegimeRepository(conn)
        row = regime.circulation(ref)
        if row is None or viewer.partner is None:
            raise NotFound(f"no notification {ref!r}")
        if regime.mark_read(viewer.partner, row.id, viewer.username, datetime.now(UTC)):
            audit.record(conn, viewer, Action.NOTIFICATION_READ, ref, {"partner": viewer.partner})
        found = [n for n in regime.inbox(viewer.partner) if n.reference == ref]
        if not found:
            raise NotFound(f"no notification {ref!r}")
        r = found[0]
        return Notification(
            r.reference,
            r.meeting,
            r.kind,
            r.target,
            r.title,
            _aware(r.at),
            r.banner,
            r.entries,
            _aware(r.read_at) if r.read_at else None,
            r.read_by,
        )


# -- the .eml files -----------------------------------------------------------------------------------------
def _edition_message(
    code: str,
    ref: str,
    meeting: str,
    title: str,
    head: Any,
    rows: list[Any],
    marking: Marking,
    moment: datetime,
) -> EmailMessage:
    lines = [
        f"{title}, distributed at {meeting} ({ref}).",
        f"Sources dated {head.from_date or '…'} to {head.to_date or '…'}.",
        f"{len(rows)} entries releasable to {partner_name(code)}:",
        "",
    ]
    for r in rows:
        data = r.data or {}
        countries = ", ".join(data.get("countries") or []) or "—"
        lines.append(f"{marking_from_row(r).portion} {r.caption} ({r.schema}; {countries}) [{r.entity_id}]")
    message = _message(code, ref, marking, title, lines, moment)
    table = io.StringIO()
    writer = csv.writer(table)
    writer.writerow(["entity_id", "caption", "schema", "countries", "names", "marking", "caveat"])
    for r in rows:
        data = r.data or {}
        writer.writerow(
            [
                r.entity_id,
                r.caption,
                r.schema,
                "; ".join(data.get("countries") or []),
                "; ".join(data.get("names") or []),
                marking_from_row(r).banner,
                CAVEAT,
            ]
        )
    message.add_attachment(
        table.getvalue().encode("utf-8"),
        maintype="text",
        subtype="csv",
        filename=f"{ref.replace('/', '-')}-{code}.csv",
    )
    return message


def _message(
    code: str, ref: str, marking: Marking, subject: str, lines: list[str], moment: datetime
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = OUTBOX_FROM
    message["To"] = f"{partner_name(code)} national POC <poc-{code.lower()}@national.epoc.invalid>"
    message["Subject"] = f"[{marking.banner}] {ref}: {subject}"
    message["Date"] = format_datetime(moment)
    message["Message-ID"] = make_msgid(domain="epoc.invalid")
    message["X-Epoc-Marking"] = marking.banner
    message["X-Epoc-Reference"] = ref
    body = [marking.banner, "", *lines, "", CAVEAT, "", marking.banner]
    message.set_content("\n".join(body))
    return message


def _eml_path(outbox: Path, code: str, ref: str) -> Path:
    return outbox / code / f"{ref.replace('/', '-')}.eml"


def _write_emls(outgoing: list[tuple[Path, EmailMessage]]) -> None:
    """The outbox files, written once the circulation is committed (a rolled-back one sends nothing)."""
    for path, message in outgoing:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_bytes(message.as_bytes())
        partial.replace(path)
