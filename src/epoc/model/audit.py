"""The audit trail's entries and their hash chain (pure: no I/O).

Each entry carries the hash of the one before it; its own hash covers its sequence number, time, actor,
action, target, details and that previous hash. Editing an entry changes its hash; deleting or reordering
entries breaks the chain of ``prev_hash`` links and the gapless sequence; cutting entries off the end
disagrees with the chain's head, which is kept apart and moved in the same transaction as every append.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64  # the "previous hash" of the first entry


class Action:
    """The actions the trail records. Other areas add theirs here so that searches can offer them."""

    LOGIN = "login"
    LOGIN_FAILED = "login.failed"
    LOGIN_THROTTLED = "login.throttled"
    LOGOUT = "logout"
    TOKEN_CREATE = "token.create"
    TOKEN_REVOKE = "token.revoke"
    USER_CREATE = "user.create"
    USER_UPDATE = "user.update"
    USER_PASSWORD = "user.password"
    RECORD_READ = "record.read"
    RECORD_SEARCH = "record.search"
    SOURCE_IMPORT = "source.import"
    ENTITY_READ = "entity.read"
    ENTITY_SEARCH = "entity.search"
    DOCUMENT_READ = "document.read"
    DOCUMENT_SEARCH = "document.search"
    DOCUMENT_ADD = "document.add"
    MENTION_DECISION = "mention.decision"
    DENIAL_ENTER = "denial.enter"
    DENIAL_RENEW = "denial.renew"
    DENIAL_AMEND = "denial.amend"
    DENIAL_REVOKE = "denial.revoke"
    APPLICATION_ADD = "application.add"
    APPLICATION_READ = "application.read"
    APPLICATION_ASSESS = "application.assess"
    APPLICATION_DECIDE = "application.decide"
    APPLICATION_ATTACH = "application.attach"
    APPLICATION_ATTACHMENT_READ = "application.attachment-read"
    CONSULTATION_READ = "consultation.read"
    CONSULTATION_REPLY = "consultation.reply"
    SCREEN = "screen"
    JUDGEMENT = "judgement"
    JUDGEMENT_UNDO = "judgement.undo"
    REVIEW_READ = "review.read"
    EDITION = "edition"
    EDITION_READ = "edition.read"
    EDITION_DIFF = "edition.diff"
    EXPORT = "export"
    LIST_DECISION = "list.decision"  # the IE Co-Chairs include, exclude or defer a candidate
    EDITION_STATUS = "edition.status"  # approved, distributed, superseded
    CIRCULATE = "circulate"  # an edition or document circulated to Partners
    NOTIFICATION_READ = "notification.read"  # a Partner's read receipt
    FEEDBACK = "feedback"  # a Partner's comment, correction or removal request on an entry
    FEEDBACK_DECISION = "feedback.decision"
    AUDIT_SEARCH = "audit.search"
    MEETING_ADD = "meeting.add"
    MEETING_UPDATE = "meeting.update"
    MEETING_READ = "meeting.read"
    PROPOSAL_IMPORT = "proposal.import"
    PROPOSAL_ADD = "proposal.add"
    PROPOSAL_EDIT = "proposal.edit"
    PROPOSAL_DISTRIBUTE = "proposal.distribute"
    PROPOSAL_COMMENT = "proposal.comment"
    PROPOSAL_SILENCE = "proposal.silence"
    PROPOSAL_READ = "proposal.read"
    DECISION = "decision"
    TASKING_ADD = "tasking.add"
    TASKING_CLOSE = "tasking.close"
    PLENARY_RECORD = "plenary.record"
    ANNEX_IMPORT = "annex.import"  # IE-TEM: an Annex version imported
    IETEM_REVIEW = "ietem.review"  # IE-TEM: papers reviewed (reading)
    IETEM_GAP = "ietem.gap"  # IE-TEM: a gap entry confirmed or changed
    IETEM_MESSAGE = "ietem.message"  # IE-TEM: a message added to a gap's thread
    IETEM_REPORT = "ietem.report"  # IE-TEM: the report to the Plenary made
    IETEM_GROUP = "ietem.group"  # IE-TEM: membership or the trial's evaluation record
    COUNTRY_STATUS = "country.status"
    OUTREACH_PRIORITY = "outreach.priority"
    OUTREACH_PLAN = "outreach.plan"
    OUTREACH_INVITEES = "outreach.invitees"
    OUTREACH_INVITE = "outreach.invite"
    OUTREACH_MATERIAL = "outreach.material"
    OUTREACH_EVENT_READ = "outreach.event.read"
    OUTREACH_BRIEF = "outreach.brief"
    REFUSED = (
        "refused"  # a request the gate refused (403) or answered "not found" (404) to a signed-in caller
    )

    @classmethod
    def all(cls) -> list[str]:
        return sorted(v for k, v in vars(cls).items() if k.isupper() and isinstance(v, str))


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    role: str | None
    partner: str | None
    via: str
    action: str
    target: str | None
    details: Mapping[str, Any] = field(default_factory=dict)
    prev_hash: str = GENESIS
    hash: str = ""

    def computed_hash(self) -> str:
        return entry_hash(self)

    @property
    def stamp(self) -> str:
        """``at`` in its one text form (UTC, microseconds, ``Z``)."""
        return timestamp(self.at)

    def to_json(self) -> dict[str, Any]:
        """The entry on the wire (`epoc audit search --json`, the web's audit API)."""
        return {
            "seq": self.seq,
            "at": self.stamp,
            "actor": self.actor,
            "role": self.role,
            "partner": self.partner,
            "via": self.via,
            "action": self.action,
            "target": self.target,
            "details": dict(self.details),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


def timestamp(at: datetime) -> str:
    """One text form of a time for hashing and display: UTC, microseconds, ``Z``."""
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(entry: AuditEntry) -> str:
    """SHA-256 over a canonical JSON of everything in the entry but its own hash."""
    body = {
        "seq": entry.seq,
        "at": timestamp(entry.at),
        "actor": entry.actor,
        "role": entry.role,
        "partner": entry.partner,
        "via": entry.via,
        "action": entry.action,
        "target": entry.target,
        "details": entry.details,
        "prev": entry.prev_hash,
    }
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainProblem:
    seq: int
    reason: str

    def __str__(self) -> str:
        return f"entry {self.seq}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ChainReport:
    entries: int
    head_seq: int
    problems: tuple[ChainProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "entries": self.entries,
            "head_seq": self.head_seq,
            "problems": [{"seq": p.seq, "reason": p.reason} for p in self.problems],
        }


def verify_chain(
    entries: Iterable[AuditEntry], head_seq: int, head_hash: str, max_problems: int = 20
) -> ChainReport:
    """Check entries (in stored order) against their hashes, their links and the chain's head."""
    problems: list[ChainProblem] = []
    expected_seq, prev_hash, count = 1, GENESIS, 0

    def problem(seq: int, reason: str) -> None:
        if len(problems) < max_problems:
            problems.append(ChainProblem(seq, reason))

    for entry in entries:
        count += 1
        if entry.seq != expected_seq:
            what = "missing" if entry.seq > expected_seq else "out of order"
            problem(entry.seq, f"expected entry {expected_seq} here ({what}: deleted or reordered entries)")
        if entry.prev_hash != prev_hash:
            problem(entry.seq, "does not link to the entry before it (deleted, inserted or reordered)")
        if entry.computed_hash() != entry.hash:
            problem(entry.seq, "its content does not match its hash (edited)")
        expected_seq, prev_hash = entry.seq + 1, entry.hash
    last_seq = expected_seq - 1
    if head_seq != last_seq or head_hash != prev_hash:
        problem(
            head_seq,
            f"the chain's head says {head_seq} entries ending in {head_hash[:12]}…, the log ends at "
            f"{last_seq} ({prev_hash[:12]}…): entries cut off the end or the head altered",
        )
    return ChainReport(count, head_seq, tuple(problems))
