"""The files kept with a licence application (end-user certificate, contract, technical specification):
stored in the database with their SHA-256 and size, one transaction per upload, and read only by whoever may
read the application — its own Partner's licensing officers, never the consulted Partner (who sees the
consultation's request only). Every upload and every download is in the audit trail.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from epoc.documents.readers.base import Limits
from epoc.model import Conflict, ImportFailure, InvalidInput, Marking, NotFound
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.licensing import attachment_kind
from epoc.services import audit
from epoc.services.results import plain_json
from epoc.store import Store
from epoc.store.licensing import LicensingRepository
from epoc.store.records import marking_from_row

_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\\"]+")


@dataclass(frozen=True, slots=True)
class AttachmentView:
    attachment_id: int
    application_id: int
    name: str
    media_type: str
    size: int
    sha256: str
    note: str | None
    created_by: str | None
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return plain_json(self)


@dataclass(frozen=True, slots=True)
class AttachmentFile:
    attachment: AttachmentView
    content: bytes
    marking: Marking  # its application's


def attachment_view(row: Any, application_id: int) -> AttachmentView:
    return AttachmentView(
        attachment_id=row.id,
        application_id=application_id,
        name=row.name,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        note=row.note,
        created_by=row.created_by,
        created_at=row.created_at.isoformat(),
    )


def clean_name(name: str) -> str:
    """The file's own name, without a folder or characters that would break a download header."""
    base = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).strip(" ._")
    if not base:
        raise InvalidInput("attachment: the file has no name")
    if len(base) > 300:
        stem, dot, suffix = base.rpartition(".")
        base = (stem[: 290 - len(suffix)] + dot + suffix) if dot else base[:300]
    return base


def attach(
    store: Store,
    application_id: int,
    name: str,
    data: bytes,
    viewer: Viewer | None,
    *,
    limits: Limits,
    note: str | None = None,
) -> AttachmentView:
    """Keep a file with an application the viewer may read: checked (size, kind), digested and stored with
    its audit entry in one transaction. The same file twice is refused, naming the first."""
    name = clean_name(name)
    if not data:
        raise InvalidInput(f"{name}: the file is empty")
    limits.check_size(len(data), name)
    try:
        media_type = attachment_kind(name, data[:4096])
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    digest = hashlib.sha256(data).hexdigest()
    note = (note or "").strip()[:2000] or None
    with store.transaction() as conn:
        repo = LicensingRepository(conn)
        if repo.application(application_id, viewer) is None:
            raise NotFound(f"application {application_id} not found")
        same = [a for a in repo.attachments(application_id) if a.sha256 == digest]
        if same:
            raise Conflict(f"{name}: the same file is already attached as {same[0].name} ({same[0].id})")
        now = datetime.now(UTC)
        attachment_id = repo.add_attachment(
            {
                "application_id": application_id,
                "name": name,
                "media_type": media_type,
                "size": len(data),
                "sha256": digest,
                "content": data,
                "note": note,
                "created_by": viewer.username if viewer else None,
                "created_at": now,
            }
        )
        audit.record(
            conn,
            viewer,
            Action.APPLICATION_ATTACH,
            f"application:{application_id}",
            {"attachment_id": attachment_id, "name": name, "sha256": digest, "size": len(data)},
        )
        row = next(a for a in repo.attachments(application_id) if a.id == attachment_id)
        return attachment_view(row, application_id)


def attach_file(
    store: Store,
    application_id: int,
    path: Path,
    viewer: Viewer | None,
    *,
    limits: Limits,
    note: str | None = None,
) -> AttachmentView:
    """Attach a file from disk, refused by its size before it is read."""
    try:
        limits.check_size(path.stat().st_size, path.name)
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(str(path), f"cannot read: {exc.strerror or exc}") from exc
    return attach(store, application_id, path.name, data, viewer, limits=limits, note=note)


def list_attachments(store: Store, application_id: int, viewer: Viewer | None) -> list[AttachmentView]:
    with store.read() as conn:
        repo = LicensingRepository(conn)
        if repo.application(application_id, viewer) is None:
            raise NotFound(f"application {application_id} not found")
        return [attachment_view(r, application_id) for r in repo.attachments(application_id)]


def read_attachment(
    store: Store, application_id: int, attachment_id: int, viewer: Viewer | None
) -> AttachmentFile:
    """One attachment's file, for a reader of its application (anyone else: not found); audited."""
    with store.transaction() as conn:
        row = LicensingRepository(conn).attachment(application_id, attachment_id, viewer)
        if row is None:
            raise NotFound(f"attachment {attachment_id} of application {application_id} not found")
        audit.record(
            conn,
            viewer,
            Action.APPLICATION_ATTACHMENT_READ,
            f"application:{application_id}",
            {"attachment_id": attachment_id, "name": row.name, "sha256": row.sha256},
        )
        return AttachmentFile(attachment_view(row, application_id), bytes(row.content), marking_from_row(row))
