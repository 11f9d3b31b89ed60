"""The gap register: entries suggested by the review and confirmed by the group, their evidence (mentions
linked to the exact paragraph of each paper), proposed action, priority, status, owner, and a discussion
thread per entry (replies from the web, or e-mails imported as ``.eml``; a digest written as ``.eml`` files).

A suggestion is computed from the review of every paper the viewer may read: one per technology and
coverage that is not ``controlled``, unless the register already holds that technology and coverage. Its
``gap_id`` is ``S-<technology>-<coverage>``; a confirmed entry's is ``G-<number>``. An entry is marked with
the strictest marking of its evidence; a viewer who may not read that marking does not see the entry.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parsedate_to_datetime
from pathlib import Path
from typing import Any

from epoc.model.access import Permission, Viewer
from epoc.model.audit import Action
from epoc.model.errors import Forbidden, InvalidInput, NotFound
from epoc.model.ietem import (
    ACTIONS,
    CONTROLLED,
    COVERAGES,
    PRIORITIES,
    STATUSES,
    suggested_action,
    suggested_priority,
)
from epoc.model.marking import Marking
from epoc.services import audit
from epoc.services.ietem.annex import versions_in_store
from epoc.services.ietem.review import Review, ReviewedMention, ReviewQuery, run_review
from epoc.store import Store
from epoc.store.ietem import GapRepository, GroupRepository, now_utc
from epoc.store.records import marking_from_row, marking_values


@dataclass(frozen=True, slots=True)
class Evidence:
    document_id: int
    paragraph: int
    text: str  # the sentence of the mention
    mention: str
    coverage: str
    reason: str
    title: str | None = None
    partner: str | None = None
    year: int | None = None
    mention_id: int | None = None  # the document's mention (a link to it on the document's page)


@dataclass(frozen=True, slots=True)
class Gap:
    gap_id: str
    technology: str
    coverage: str
    annex_entries: tuple[str, ...]
    proposed_action: str
    priority: str
    status: str
    owner: str | None
    evidence: tuple[Evidence, ...]
    marking: Marking
    adopted_in: str | None = None
    meeting: str | None = None
    summary: str = ""
    partners: tuple[str, ...] = ()
    years: tuple[int, ...] = ()

    @property
    def confirmed(self) -> bool:
        return self.status != "suggested"

    def to_json(self) -> dict[str, Any]:
        """`epoc ietem gaps --json`: the entry, its evidence's sentences and its marking as a banner."""
        return {
            "gap_id": self.gap_id,
            "technology": self.technology,
            "coverage": self.coverage,
            "priority": self.priority,
            "status": self.status,
            "evidence": [
                {
                    "document_id": e.document_id,
                    "text": e.text,
                    "paragraph": e.paragraph,
                    "mention": e.mention,
                    "coverage": e.coverage,
                    "reason": e.reason,
                }
                for e in self.evidence
            ],
            "annex_entries": list(self.annex_entries),
            "proposed_action": self.proposed_action,
            "owner": self.owner,
            "adopted_in": self.adopted_in,
            "meeting": self.meeting,
            "summary": self.summary,
            "partners": list(self.partners),
            "years": list(self.years),
            "marking": self.marking.banner,
        }


@dataclass(frozen=True, slots=True)
class Message:
    """A message of an entry's thread (`epoc ietem gaps thread --json` prints ``plain``)."""

    id: int
    author: str
    sent_at: datetime
    subject: str
    body: str
    via: str


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _evidence(m: ReviewedMention, titles: dict[int, str]) -> Evidence:
    return Evidence(
        m.document_id, m.paragraph, m.sentence, m.text, m.coverage, m.reason, titles.get(m.document_id),
        m.partner, m.year, m.mention_id,
    )  # fmt: skip


def suggestions(review: Review, registered: set[tuple[str, str]]) -> list[Gap]:
    """One suggested entry per technology and coverage the review found outside the controls."""
    titles = {p.document_id: p.title for p in review.papers}
    newest = max((p.year for p in review.papers if p.year is not None), default=None)
    by_key: dict[tuple[str, str], list[ReviewedMention]] = {}
    for m in review.mentions:
        if m.coverage != CONTROLLED:
            by_key.setdefault((m.technology, m.coverage), []).append(m)
    out = []
    for group in review.groups:
        key = (group.technology, group.coverage)
        if key not in by_key or (group.technology.lower(), group.coverage) in registered:
            continue
        ms = by_key[key]
        marking = Marking.strictest_of(m.marking for m in ms)
        latest = max((m.year for m in ms if m.year is not None), default=None)
        out.append(
            Gap(
                gap_id=f"S-{slug(group.technology)}-{group.coverage}",
                technology=group.technology,
                coverage=group.coverage,
                annex_entries=group.annex_entries,
                proposed_action=suggested_action(group.coverage),
                priority=suggested_priority(len(group.partners), latest, newest),
                status="suggested",
                owner=None,
                evidence=tuple(_evidence(m, titles) for m in ms),
                marking=marking,
                partners=group.partners,
                years=tuple(group.years),
            )
        )
    return out


def _stored(conn: Any, viewer: Viewer | None) -> list[Gap]:
    repo = GapRepository(conn)
    rows = repo.all(viewer)
    evidence: dict[int, list[Evidence]] = {}
    for e in repo.evidence([r.id for r in rows], viewer):
        year = e.doc_date.year if e.doc_date else None
        evidence.setdefault(e.gap_id, []).append(
            Evidence(
                e.document_id, e.paragraph, e.text, e.mention, e.coverage, e.reason, e.title, e.partner, year
            )
        )
    return [_gap_from_row(r, evidence.get(r.id, [])) for r in rows]


def _gap_from_row(r: Any, evidence: Sequence[Evidence]) -> Gap:
    return Gap(
        gap_id=f"G-{r.id}",
        technology=r.technology,
        coverage=r.coverage,
        annex_entries=tuple(r.annex_entries),
        proposed_action=r.proposed_action,
        priority=r.priority,
        status=r.status,
        owner=r.owner,
        evidence=tuple(evidence),
        marking=marking_from_row(r),
        adopted_in=r.adopted_in,
        meeting=r.meeting,
        summary=r.summary,
        partners=tuple(sorted({e.partner for e in evidence if e.partner})),
        years=tuple(sorted({e.year for e in evidence if e.year is not None})),
    )


def list_gaps(store: Store, viewer: Viewer | None = None, with_suggestions: bool = True) -> list[Gap]:
    """Confirmed entries, then the review's suggestions not yet in the register."""
    with store.read() as conn:
        stored = _stored(conn, viewer)
    if not with_suggestions:
        return stored
    registered = {(g.technology.lower(), g.coverage) for g in stored}
    return stored + suggestions(run_review(store, ReviewQuery(), viewer), registered)


def _stored_id(gap_id: str) -> int:
    match = re.fullmatch(r"(?:G-)?(\d+)", gap_id.strip(), re.IGNORECASE)
    if not match:
        raise NotFound(f"no gap entry {gap_id!r} (G-<number>; `epoc ietem gaps` lists them)")
    return int(match.group(1))


def get_gap(store: Store, gap_id: str, viewer: Viewer | None = None) -> Gap:
    if gap_id.startswith("S-"):
        for gap in list_gaps(store, viewer):
            if gap.gap_id == gap_id:
                return gap
        raise NotFound(f"no suggested gap {gap_id!r} (the review no longer suggests it, or it is confirmed)")
    number = _stored_id(gap_id)
    with store.read() as conn:
        row = GapRepository(conn).get(number, viewer)
        if row is None:
            raise NotFound(f"no gap entry {gap_id!r}")
        evidence = [g for g in _stored(conn, viewer) if g.gap_id == f"G-{number}"]
    return evidence[0] if evidence else _gap_from_row(row, [])


def _check(action: str | None, priority: str | None, status: str | None) -> None:
    if action is not None and action not in ACTIONS:
        raise InvalidInput(f"proposed action {action!r}: one of {', '.join(ACTIONS)}")
    if priority is not None and priority not in PRIORITIES:
        raise InvalidInput(f"priority {priority!r}: one of {', '.join(PRIORITIES)}")
    if status is not None and status not in STATUSES[1:]:
        raise InvalidInput(f"status {status!r}: one of {', '.join(STATUSES[1:])}")


def _may_chair(viewer: Viewer | None) -> None:
    if viewer is not None and not viewer.may(Permission.REVIEW):
        raise Forbidden("only the IE co-chair (the group's chair) confirms and moves gap entries")


def confirm_gap(
    store: Store,
    suggestion_id: str,
    viewer: Viewer | None = None,
    priority: str | None = None,
    action: str | None = None,
    owner: str | None = None,
    summary: str = "",
) -> Gap:
    """The group confirms a suggestion: it enters the register (status open) with its evidence."""
    _may_chair(viewer)
    _check(action, priority, None)
    gap = get_gap(store, suggestion_id, viewer)
    if gap.confirmed:
        raise InvalidInput(f"{suggestion_id} is already in the register as {gap.gap_id}")
    review = run_review(store, ReviewQuery(), viewer)
    mentions = [m for m in review.mentions if (m.technology, m.coverage) == (gap.technology, gap.coverage)]
    now = now_utc()
    with store.transaction() as conn:
        number = GapRepository(conn).add(
            {
                "technology": gap.technology,
                "coverage": gap.coverage,
                "annex_entries": list(gap.annex_entries),
                "proposed_action": action or gap.proposed_action,
                "priority": priority or gap.priority,
                "status": "open",
                "owner": owner,
                "summary": summary,
                "created_by": viewer.username if viewer else "cli",
                "created_at": now,
                "updated_at": now,
            },
            gap.marking,
            [
                {
                    "document_id": m.document_id,
                    "paragraph": m.paragraph,
                    "start": m.start,
                    "end": m.end,
                    "mention": m.text,
                    "mention_id": m.mention_id,
                    "text": m.sentence,
                    "coverage": m.coverage,
                    "reason": m.reason,
                    **marking_values(m.marking),
                }
                for m in mentions
            ],
        )
        audit.record(conn, viewer, Action.IETEM_GAP, f"G-{number}", {"confirmed": suggestion_id})
    return get_gap(store, f"G-{number}", viewer)


def update_gap(
    store: Store,
    gap_id: str,
    viewer: Viewer | None = None,
    status: str | None = None,
    priority: str | None = None,
    action: str | None = None,
    owner: str | None = None,
    adopted_in: str | None = None,
    meeting: str | None = None,
    summary: str | None = None,
) -> Gap:
    """Move an entry along (open → under discussion → proposed to the TEM → adopted in version X → closed)."""
    _may_chair(viewer)
    _check(action, priority, status)
    number = _stored_id(gap_id)
    with store.transaction() as conn:
        repo = GapRepository(conn)
        if repo.get(number, viewer) is None:
            raise NotFound(f"no gap entry {gap_id!r}")
        if status == "adopted":
            names = {v.name for v in versions_in_store(conn)}
            if not adopted_in or adopted_in not in names:
                raise InvalidInput(
                    "status adopted needs --adopted-in VERSION, an Annex version "
                    f"({', '.join(sorted(names))})"
                )
        values: dict[str, Any] = {
            k: v
            for k, v in {
                "status": status,
                "priority": priority,
                "proposed_action": action,
                "owner": owner,
                "adopted_in": adopted_in,
                "meeting": meeting,
                "summary": summary,
            }.items()
            if v is not None
        }
        values["updated_at"] = now_utc()
        repo.update(number, values)
        audit.record(conn, viewer, Action.IETEM_GAP, f"G-{number}", {k: str(v) for k, v in values.items()})
    return get_gap(store, f"G-{number}", viewer)


# -- discussion threads -----------------------------------------------------------------------------------
def thread(store: Store, gap_id: str, viewer: Viewer | None = None) -> list[Message]:
    number = _stored_id(gap_id)
    with store.read() as conn:
        repo = GapRepository(conn)
        if repo.get(number, viewer) is None:
            raise NotFound(f"no gap entry {gap_id!r}")
        return [
            Message(r.id, r.author, r.sent_at, r.subject, r.body, r.via)
            for r in repo.messages(number, viewer)
        ]


def post_message(
    store: Store,
    gap_id: str,
    body: str,
    viewer: Viewer | None = None,
    author: str | None = None,
    subject: str | None = None,
    via: str = "web",
    sent_at: datetime | None = None,
    message_id: str | None = None,
) -> Message:
    body = body.strip()
    if not body:
        raise InvalidInput("an empty message: write what you have to say")
    if len(body) > 20000:
        raise InvalidInput("a message of more than 20,000 characters: attach a paper instead")
    number = _stored_id(gap_id)
    with store.transaction() as conn:
        repo = GapRepository(conn)
        row = repo.get(number, viewer)
        if row is None:
            raise NotFound(f"no gap entry {gap_id!r}")
        if message_id and message_id in repo.message_ids(number):
            raise InvalidInput(f"message {message_id} is already in the thread of G-{number}")
        who = author or (viewer.username if viewer else "cli")
        when = sent_at or now_utc()
        title = subject or f"Re: G-{number} {row.technology}"
        new_id = repo.add_message(
            {
                "gap_id": number,
                "author": who[:200],
                "sent_at": when,
                "subject": title,
                "body": body,
                "via": via,
                "message_id": message_id,
            },
            marking_from_row(row),
        )
        audit.record(conn, viewer, Action.IETEM_MESSAGE, f"G-{number}", {"via": via, "message": new_id})
    return Message(new_id, who, when, title, body, via)


MAX_EML_BYTES = 2_000_000  # a reply with its quoted thread; attachments belong in documents, not threads


def import_eml(store: Store, gap_id: str, path: Path, viewer: Viewer | None = None) -> Message:
    """A reply sent by e-mail, saved as ``.eml``, into the entry's thread (its sender, date and text)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({exc.strerror})") from None
    return import_eml_bytes(store, gap_id, raw, str(path), viewer)


def import_eml_bytes(
    store: Store, gap_id: str, raw: bytes, name: str, viewer: Viewer | None = None
) -> Message:
    if len(raw) > MAX_EML_BYTES:
        raise InvalidInput(f"{name}: larger than {MAX_EML_BYTES:,} bytes; circulate attachments as documents")
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not message.get("From"):
        raise InvalidInput(f"{name}: not an e-mail (no From: header)")
    part = message.get_body(preferencelist=("plain",)) if hasattr(message, "get_body") else None
    if part is None:
        raise InvalidInput(f"{name}: no plain-text body to put in the thread")
    body = str(part.get_content())
    sent_at = None
    if message.get("Date"):
        try:
            sent_at = parsedate_to_datetime(str(message["Date"]))
        except (TypeError, ValueError):
            sent_at = None
    return post_message(
        store,
        gap_id,
        body,
        viewer,
        author=str(message["From"]),
        subject=str(message.get("Subject") or ""),
        via="eml",
        sent_at=sent_at,
        message_id=str(message["Message-ID"]) if message.get("Message-ID") else None,
    )


def write_digest(
    store: Store, outbox: Path, viewer: Viewer | None = None, sender: str = "ietem@epoc.invalid"
) -> list[Path]:
    """The register's state and recent messages as one ``.eml`` per member with an address, in ``outbox``
    (no mail server: the files are what a mail client or gateway sends). Each carries the strictest
    marking of what it quotes in its subject and first line."""
    gaps = list_gaps(store, viewer, with_suggestions=False)
    with store.read() as conn:
        members = [m for m in GroupRepository(conn).members() if m.email]
    if not members:
        raise InvalidInput("no member of the working group has an e-mail address (`epoc ietem members join`)")
    marking = Marking.strictest_of(g.marking for g in gaps)
    lines = []
    for g in gaps:
        lines.append(
            f"{g.gap_id} {g.technology} — {g.coverage}, {g.priority}, {g.status}"
            f"{', owner ' + g.owner if g.owner else ''}; {len(g.evidence)} mentions in evidence"
        )
        for m in thread(store, g.gap_id, viewer)[-3:]:
            lines.append(f"    {m.sent_at:%Y-%m-%d} {m.author}: {' '.join(m.body.split())[:200]}")
    body = "\n".join([marking.banner, "", "IE-TEM gap register digest", "", *lines, "", marking.banner, ""])
    outbox.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    written = []
    for member in members:
        message = EmailMessage()
        message["From"] = sender
        message["To"] = member.email
        message["Subject"] = f"[{marking.banner}] IE-TEM digest {now:%Y-%m-%d}"
        message["Date"] = format_datetime(now)
        message["Message-ID"] = make_msgid(domain="epoc.invalid")
        message.set_content(body)
        path = outbox / f"ietem-digest-{now:%Y%m%dT%H%M%S}-{slug(member.username)}.eml"
        path.write_bytes(bytes(message))
        written.append(path)
    return written


__all__ = ["COVERAGES", "Gap", "confirm_gap", "list_gaps", "update_gap"]
