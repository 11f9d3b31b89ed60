"""Proposals: imported from a message (split into its proposals, each keeping its place in the stored
document) or written in a form; versions with readable diffs; Partners' feedback; contributions; the silence
procedure; decisions at a meeting (the consensus rule of ``model.plenary``) and the taskings they create.

Who may do what (``viewer`` None is the local operator at the command line, who may do everything):
a Partner reads what the markings allow, and a draft only if it is the sponsor's (the POC reads all); the
sponsor's Partner edits its drafts and makes new versions; the POC distributes and runs silence procedures;
a Partner gives its own feedback (the POC records any Partner's); the chair's Partner of a meeting (or the
POC) records its decisions. Every act is audited in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Row, extract, select

from epoc.documents.extract import Extractor
from epoc.documents.proposals import FoundProposal, message_originator, split_proposals
from epoc.documents.readers.base import Limits
from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.errors import Conflict, Forbidden, InvalidInput, MarkingError, NotFound
from epoc.model.marking import Marking
from epoc.model.plenary import (
    DiffLine,
    Feedback,
    Outcome,
    Position,
    ProposalStatus,
    TaskingDraft,
    TextPart,
    check_decision,
    has_brackets,
    normalise_text,
    silence_state,
    standing_objections,
    standing_positions,
    taskings_in,
    text_parts,
    unified_diff,
    word_diff,
)
from epoc.names.countries import to_country_code
from epoc.services import audit
from epoc.services.documents.ingest import DocumentOptions, prepare, store_prepared
from epoc.services.plenary.meetings import meeting_row
from epoc.services.plenary.taskings import Tasking, TaskInput, add_tasking_rows, taskings_of
from epoc.store import Store
from epoc.store.document_tables import documents
from epoc.store.plenary import MeetingRepository, ProposalRepository, meetings, proposals
from epoc.store.records import marking_from_row

_DEFAULT_PROPOSAL_MARKING = Marking.parse("UNCLASSIFIED // REL MTCR")  # a proposal is for Partners


# -- results ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SourcePlace:
    """Where a proposal stands in the document it was imported from."""

    document_id: int
    start: int
    end: int
    paragraphs: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ImportedProposal:
    """One proposal as ``epoc proposals import`` reports it."""

    proposal_id: int
    sponsor: str
    subject: str
    marking: Marking  # the marking of its heading paragraph
    consensus_language: str | None
    version: int
    status: str
    meeting_id: str | None
    source: SourcePlace | None


@dataclass(frozen=True, slots=True)
class Version:
    version: int
    consensus_language: str | None
    rationale: str
    note: str | None
    created_at: datetime
    created_by: str | None
    bracketed: bool
    parts: tuple[TextPart, ...]  # the text, with bracketed alternatives as groups
    diff: tuple[DiffLine, ...]  # against the version before (empty for the first)
    unified_diff: str


@dataclass(frozen=True, slots=True)
class FeedbackItem:
    id: int
    version: int
    partner: str
    position: str
    text: str | None
    created_at: datetime
    created_by: str | None


@dataclass(frozen=True, slots=True)
class Decision:
    decision_id: int
    proposal_id: int
    meeting_id: str
    outcome: str
    outcome_label: str
    version: int
    text: str | None
    for_release: bool
    decided_at: datetime
    decided_by: str | None
    taskings: tuple[Tasking, ...] = ()


@dataclass(frozen=True, slots=True)
class Silence:
    deadline: date | None
    version: int | None
    state: str  # none | running | broken | passed


@dataclass(frozen=True, slots=True)
class ProposalRef:
    proposal_id: int
    sponsor: str
    subject: str
    status: str


@dataclass(frozen=True, slots=True)
class Proposal:
    proposal_id: int
    sponsor: str
    subject: str
    heading: str | None
    status: str
    meeting_id: str | None
    version: int
    consensus_language: str | None
    marking: Marking  # the proposal's: the strictest of what it came from
    heading_marking: Marking
    source: SourcePlace | None
    contribution_to: ProposalRef | None
    contributions: tuple[ProposalRef, ...]
    versions: tuple[Version, ...]
    feedback: tuple[FeedbackItem, ...]
    positions: dict[str, str]  # each Partner's standing position on the current version
    objections: tuple[str, ...]
    silence: Silence
    decision: Decision | None
    decisions: tuple[Decision, ...]
    taskings: tuple[Tasking, ...]


# -- access ----------------------------------------------------------------------------------------------


def _readable(row: Row[Any], viewer: Viewer | None) -> bool:
    """A draft is its sponsor's until distributed (the POC sees it to distribute it)."""
    if viewer is None or viewer.is_poc or row.status != ProposalStatus.DRAFT.value:
        return True
    return bool(viewer.partner == row.sponsor)


def proposal_row(conn: Connection, proposal_id: int, viewer: Viewer | None) -> Row[Any]:
    row = ProposalRepository(conn).get(proposal_id, viewer)
    if row is None or not _readable(row, viewer):
        raise NotFound(f"no proposal {proposal_id}; `epoc proposals list` shows them")
    return row


def _acting_partner(viewer: Viewer | None, partner: str | None) -> str:
    """The Partner a viewer acts for: its own (the POC and the operator: the one they name)."""
    code = to_country_code(partner) if partner else None
    if partner and code is None:
        raise InvalidInput(f"partner: {partner!r} is not a country code or name")
    if viewer is None or viewer.is_poc:
        if code is None:
            raise InvalidInput("partner: say which Partner (e.g. --partner FR)")
        return code
    if viewer.partner is None:
        raise Forbidden("only Partners take part in the Plenary's business")
    if code is not None and code != viewer.partner:
        raise Forbidden(f"you act for {viewer.partner}, not {code}")
    return viewer.partner


def _check_open(row: Row[Any]) -> None:
    if not ProposalStatus(row.status).is_open:
        raise Conflict(f"proposal {row.id} is {row.status}: it is decided and no longer open")


# -- import ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportOptions:
    meeting_id: str | None = None
    partner: str | None = None  # the sponsor when the document does not name one
    marking: Marking | None = None  # the marking the message was received under (the text can raise it)
    actor: Viewer | None = None


def heading_marking(mark: str | None, fallback: Marking, originator: str | None = None) -> Marking:
    """A paragraph marking as the marking model reads a portion mark of ``originator``'s message; the
    document's marking when there is none or the model cannot read it."""
    if not mark:
        return fallback
    # an originator's portion mark: (C) and NOFORN are the originator's only
    try:
        return Marking.parse_portion(mark, originator)
    except MarkingError:
        return fallback


def proposal_marking(found: FoundProposal, document_marking: Marking, originator: str | None) -> Marking:
    """The strictest of the paragraph markings within the proposal; the document's when it has none."""
    parsed = [heading_marking(m, document_marking, originator) for m in found.marks]
    return Marking.strictest_of(parsed) if parsed else document_marking


def import_proposals(
    store: Store,
    path: Path,
    options: ImportOptions,
    limits: Limits,
    extractor: Callable[[], Extractor],
) -> list[ImportedProposal]:
    """Read a message (any document reader), store it as a document, and split it into its proposals, in
    document order. The same message again gives the proposals stored the first time."""
    partner = None
    if options.partner:
        partner = to_country_code(options.partner)
        if partner is None:
            raise InvalidInput(f"--partner: {options.partner!r} is not a country code or name")
    if options.actor is not None and not options.actor.is_poc:
        if partner not in (None, options.actor.partner):
            raise Forbidden(f"you import proposals of {options.actor.partner}, not {partner}")
        partner = options.actor.partner
    if options.meeting_id is not None:
        with store.read() as conn:
            meeting_row(conn, options.meeting_id, options.actor)
    doc_options = DocumentOptions(
        partner=partner,
        marking=options.marking,
        meeting=options.meeting_id,
        added_by=options.actor.username if options.actor else None,
        actor=options.actor,
    )
    prepared = prepare(path, doc_options, limits, extractor)
    found = split_proposals(prepared.read.text, partner)
    originator = message_originator(prepared.read.text, partner)
    if not found:
        raise InvalidInput(
            f'{path.name}: no proposal found (a heading such as "(C) FRENCH PROPOSAL ON …:" or a '
            '"Proposed consensus language:" line)'
        )
    unnamed = [f.subject for f in found if not f.sponsor]
    if unnamed:
        raise InvalidInput(
            f"{path.name}: the sponsor of {unnamed[0]!r} is not named (no country in its heading, no FM "
            "line): "
            "give --partner CC"
        )
    stored = store_prepared(store, prepared, doc_options)
    document_id = stored.document_id
    document_marking = prepared.marking
    now = datetime.now(UTC)
    status = ProposalStatus.DRAFT
    if options.actor is None or options.actor.is_poc:
        status = ProposalStatus.DISTRIBUTED  # the POC received it to distribute it
    with store.transaction() as conn:
        repo = ProposalRepository(conn)
        existing = repo.find(None, extra=[_document_is(document_id)])
        if existing:
            if len(existing) == len(found):
                return [
                    _imported(r, repo, heading_marking(f.mark, document_marking, originator))
                    for r, f in zip(existing, found, strict=True)
                ]
            return [_imported(r, repo) for r in existing]
        out = []
        for item in found:
            assert item.sponsor is not None
            heading = f"{item.mark} {item.heading}" if item.mark else item.heading
            marking = proposal_marking(item, document_marking, originator)
            proposal_id = repo.add(
                {
                    "meeting_id": options.meeting_id,
                    "sponsor": item.sponsor,
                    "subject": item.subject[:1000],
                    "status": status.value,
                    "current_version": 1,
                    "document_id": document_id,
                    "source_start": item.start,
                    "source_end": item.end,
                    "paragraphs": list(item.paragraphs),
                    "heading": heading[:2000],
                    "created_at": now,
                    "created_by": options.actor.username if options.actor else None,
                },
                marking,
            )
            repo.add_version(
                {
                    "proposal_id": proposal_id,
                    "version": 1,
                    "consensus_language": item.consensus_language,
                    "rationale": item.rationale,
                    "note": f"imported from document {document_id}",
                    "created_at": now,
                    "created_by": options.actor.username if options.actor else None,
                }
            )
            if options.meeting_id is not None:
                MeetingRepository(conn).add_agenda_item(options.meeting_id, item.subject[:500], proposal_id)
            row = repo.get(proposal_id, None)
            assert row is not None
            out.append(_imported(row, repo, heading_marking(item.mark, document_marking, originator)))
        if options.meeting_id is not None:
            MeetingRepository(conn).attach_document(options.meeting_id, document_id, now)
        details = {"document_id": document_id, "proposals": [p.proposal_id for p in out]}
        audit.record(conn, options.actor, Action.PROPOSAL_IMPORT, f"document:{document_id}", details)
        return out


def _document_is(document_id: int) -> Any:
    return proposals.c.document_id == document_id


def _heading_mark(row: Row[Any], conn: Connection) -> Marking:
    """The heading's marking as written (stored with the heading), read as the message's originator's."""
    heading = row.heading or ""
    if not (heading.startswith("(") and ")" in heading):
        return marking_from_row(row)
    originator = row.sponsor
    if row.document_id is not None:
        text = conn.scalar(select(documents.c.text).where(documents.c.id == row.document_id))
        originator = message_originator(text or "", row.sponsor)
    return heading_marking(heading[: heading.index(")") + 1], marking_from_row(row), originator)


def _imported(row: Row[Any], repo: ProposalRepository, marking: Marking | None = None) -> ImportedProposal:
    versions = repo.versions(row.id)
    current = next(v for v in versions if v.version == row.current_version)
    return ImportedProposal(
        proposal_id=row.id,
        sponsor=row.sponsor,
        subject=row.subject,
        marking=marking or _heading_mark(row, repo.conn),
        consensus_language=current.consensus_language,
        version=row.current_version,
        status=row.status,
        meeting_id=row.meeting_id,
        source=_source(row),
    )


def _source(row: Row[Any]) -> SourcePlace | None:
    if row.document_id is None:
        return None
    return SourcePlace(row.document_id, row.source_start, row.source_end, tuple(row.paragraphs or ()))


# -- written in a form -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProposalInput:
    subject: str
    consensus_language: str | None
    rationale: str = ""
    sponsor: str | None = None  # the viewer's Partner unless the POC or the operator names one
    meeting_id: str | None = None
    marking: Marking | None = None
    contribution_to: int | None = None  # a counter-proposal to this one


def add_proposal(store: Store, given: ProposalInput, actor: Viewer | None = None) -> Proposal:
    """A proposal written in a form (a draft of the sponsor's; the operator's are distributed at once), or a
    Partner's contribution to another proposal (marked at least as that one)."""
    sponsor = _acting_partner(actor, given.sponsor)
    subject = normalise_text(given.subject)
    if not subject:
        raise InvalidInput("subject: a proposal needs a subject")
    text = normalise_text(given.consensus_language or "") or None
    marking = given.marking or _DEFAULT_PROPOSAL_MARKING
    now = datetime.now(UTC)
    with store.transaction() as conn:
        if given.meeting_id:
            meeting_row(conn, given.meeting_id, actor)
        if given.contribution_to is not None:
            original = proposal_row(conn, given.contribution_to, actor)
            marking = marking.strictest(marking_from_row(original))
        repo = ProposalRepository(conn)
        status = ProposalStatus.DISTRIBUTED if actor is None else ProposalStatus.DRAFT
        proposal_id = repo.add(
            {
                "meeting_id": given.meeting_id,
                "sponsor": sponsor,
                "subject": subject[:1000],
                "status": status.value,
                "current_version": 1,
                "contribution_to": given.contribution_to,
                "paragraphs": [],
                "created_at": now,
                "created_by": actor.username if actor else None,
            },
            marking,
        )
        repo.add_version(
            {
                "proposal_id": proposal_id,
                "version": 1,
                "consensus_language": text,
                "rationale": given.rationale.strip(),
                "note": f"contribution to proposal {given.contribution_to}"
                if given.contribution_to
                else None,
                "created_at": now,
                "created_by": actor.username if actor else None,
            }
        )
        details = {"sponsor": sponsor, "contribution_to": given.contribution_to}
        audit.record(conn, actor, Action.PROPOSAL_ADD, f"proposal:{proposal_id}", details)
        return _detail(conn, proposal_row(conn, proposal_id, None), actor)


# -- reading ---------------------------------------------------------------------------------------------


def list_proposals(
    store: Store, viewer: Viewer | None = None, meeting_id: str | None = None
) -> list[ImportedProposal]:
    with store.read() as conn:
        repo = ProposalRepository(conn)
        return [_imported(r, repo) for r in repo.find(viewer, meeting_id) if _readable(r, viewer)]


def get_proposal(store: Store, proposal_id: int, viewer: Viewer | None = None) -> Proposal:
    """A proposal with its versions (and diffs), feedback, silence, decisions and taskings (audited)."""
    with store.transaction() as conn:
        row = proposal_row(conn, proposal_id, viewer)
        if viewer is not None:
            audit.record(conn, viewer, Action.PROPOSAL_READ, f"proposal:{proposal_id}")
        return _detail(conn, row, viewer)


def _feedback_rules(rows: Sequence[Row[Any]]) -> list[Feedback]:
    return [Feedback(f.partner, Position(f.position), f.version) for f in rows]


def _detail(conn: Connection, row: Row[Any], viewer: Viewer | None, today: date | None = None) -> Proposal:
    repo = ProposalRepository(conn)
    version_rows = repo.versions(row.id)
    versions: list[Version] = []
    previous: str | None = None
    for v in version_rows:
        text = v.consensus_language
        versions.append(
            Version(
                version=v.version,
                consensus_language=text,
                rationale=v.rationale,
                note=v.note,
                created_at=v.created_at,
                created_by=v.created_by,
                bracketed=has_brackets(text),
                parts=tuple(text_parts(text or "")),
                diff=tuple(word_diff(previous, text)) if versions else (),
                unified_diff=unified_diff(previous, text, f"version {v.version - 1}", f"version {v.version}")
                if versions
                else "",
            )
        )
        previous = text
    feedback_rows = repo.feedback(row.id)
    rules = _feedback_rules(feedback_rows)
    positions = {p: pos.value for p, pos in sorted(standing_positions(rules, row.current_version).items())}
    silence = Silence(
        row.silence_deadline,
        row.silence_version,
        silence_state(
            row.silence_deadline, rules, row.silence_version or row.current_version, today or date.today()
        ),
    )
    decisions = tuple(_decision(conn, d, viewer) for d in repo.decisions(row.id))
    original = None
    if row.contribution_to is not None:
        found = ProposalRepository(conn).get(row.contribution_to, viewer)
        if found is not None and _readable(found, viewer):
            original = _ref(found)
    contributions = tuple(_ref(r) for r in repo.contributions(row.id, viewer) if _readable(r, viewer))
    current = next(v for v in versions if v.version == row.current_version)
    return Proposal(
        proposal_id=row.id,
        sponsor=row.sponsor,
        subject=row.subject,
        heading=row.heading,
        status=row.status,
        meeting_id=row.meeting_id,
        version=row.current_version,
        consensus_language=current.consensus_language,
        marking=marking_from_row(row),
        heading_marking=_heading_mark(row, conn),
        source=_source(row),
        contribution_to=original,
        contributions=contributions,
        versions=tuple(versions),
        feedback=tuple(
            FeedbackItem(f.id, f.version, f.partner, f.position, f.text, f.created_at, f.created_by)
            for f in feedback_rows
        ),
        positions=positions,
        objections=tuple(standing_objections(rules, row.current_version)),
        silence=silence,
        decision=decisions[-1] if decisions else None,
        decisions=decisions,
        taskings=tuple(taskings_of(conn, viewer, proposal_id=row.id)),
    )


def _ref(row: Row[Any]) -> ProposalRef:
    return ProposalRef(row.id, row.sponsor, row.subject, row.status)


def _decision(conn: Connection, d: Row[Any], viewer: Viewer | None) -> Decision:
    outcome = Outcome(d.outcome)
    return Decision(
        decision_id=d.id,
        proposal_id=d.proposal_id,
        meeting_id=d.meeting_id,
        outcome=outcome.value,
        outcome_label=outcome.label,
        version=d.version,
        text=d.text,
        for_release=bool(d.for_release),
        decided_at=d.decided_at,
        decided_by=d.decided_by,
        taskings=tuple(taskings_of(conn, viewer, decision_id=d.id)),
    )


# -- feedback, versions, distribution, silence -----------------------------------------------------------


def comment(
    store: Store,
    proposal_id: int,
    position: Position,
    text: str | None = None,
    partner: str | None = None,
    actor: Viewer | None = None,
) -> Proposal:
    """A Partner's position on the current version (an amendment with its suggested text, when given)."""
    who = _acting_partner(actor, partner)
    note = normalise_text(text or "") or None
    with store.transaction() as conn:
        row = proposal_row(conn, proposal_id, actor)
        _check_open(row)
        if row.status == ProposalStatus.DRAFT.value and actor is not None:
            raise Conflict(
                f"proposal {proposal_id} is a draft: the POC distributes it before Partners comment"
            )
        ProposalRepository(conn).add_feedback(
            {
                "proposal_id": proposal_id,
                "version": row.current_version,
                "partner": who,
                "position": position.value,
                "text": note,
                "created_at": datetime.now(UTC),
                "created_by": actor.username if actor else None,
            }
        )
        details = {"partner": who, "position": position.value, "version": row.current_version}
        audit.record(conn, actor, Action.PROPOSAL_COMMENT, f"proposal:{proposal_id}", details)
        return _detail(conn, proposal_row(conn, proposal_id, None), actor)


def revise(
    store: Store,
    proposal_id: int,
    consensus_language: str,
    rationale: str | None = None,
    note: str | None = None,
    actor: Viewer | None = None,
) -> Proposal:
    """A new version of the text (the sponsor's Partner or the POC): Partners' positions are asked again."""
    text = normalise_text(consensus_language)
    if not text:
        raise InvalidInput("text: a version needs its consensus language")
    with store.transaction() as conn:
        row = proposal_row(conn, proposal_id, actor)
        _check_open(row)
        if actor is not None and not actor.is_poc and actor.partner != row.sponsor:
            raise Forbidden(
                f"only the sponsor ({row.sponsor}) or the POC makes new versions of proposal {row.id}"
            )
        repo = ProposalRepository(conn)
        previous = repo.versions(proposal_id)[-1]
        version = row.current_version + 1
        repo.add_version(
            {
                "proposal_id": proposal_id,
                "version": version,
                "consensus_language": text,
                "rationale": rationale.strip() if rationale is not None else previous.rationale,
                "note": normalise_text(note or "") or None,
                "created_at": datetime.now(UTC),
                "created_by": actor.username if actor else None,
            }
        )
        # a silence procedure ran on the old text: the new one needs its own
        status = (
            ProposalStatus.DISTRIBUTED.value if row.status == ProposalStatus.SILENCE.value else row.status
        )
        repo.update(
            proposal_id, current_version=version, status=status, silence_deadline=None, silence_version=None
        )
        audit.record(conn, actor, Action.PROPOSAL_EDIT, f"proposal:{proposal_id}", {"version": version})
        return _detail(conn, proposal_row(conn, proposal_id, None), actor)


def distribute(store: Store, proposal_id: int, actor: Viewer | None = None) -> Proposal:
    """The POC distributes a draft to all Partners (as its marking allows)."""
    if actor is not None and not actor.is_poc:
        raise Forbidden("the Point of Contact distributes proposals")
    with store.transaction() as conn:
        row = proposal_row(conn, proposal_id, actor)
        if row.status == ProposalStatus.DRAFT.value:
            ProposalRepository(conn).update(proposal_id, status=ProposalStatus.DISTRIBUTED.value)
            audit.record(conn, actor, Action.PROPOSAL_DISTRIBUTE, f"proposal:{proposal_id}")
        return _detail(conn, proposal_row(conn, proposal_id, None), actor)


def start_silence(store: Store, proposal_id: int, deadline: date, actor: Viewer | None = None) -> Proposal:
    """Put the current text under a silence procedure: adopted at the deadline unless a Partner objects."""
    if actor is not None and not actor.is_poc:
        raise Forbidden("the Point of Contact runs silence procedures")
    with store.transaction() as conn:
        row = proposal_row(conn, proposal_id, actor)
        _check_open(row)
        ProposalRepository(conn).update(
            proposal_id,
            status=ProposalStatus.SILENCE.value,
            silence_deadline=deadline,
            silence_version=row.current_version,
        )
        details = {"deadline": deadline.isoformat(), "version": row.current_version}
        audit.record(conn, actor, Action.PROPOSAL_SILENCE, f"proposal:{proposal_id}", details)
        return _detail(conn, proposal_row(conn, proposal_id, None), actor)


# -- decisions -------------------------------------------------------------------------------------------


def decide(
    store: Store,
    proposal_id: int,
    meeting_id: str,
    outcome: Outcome,
    final_text: str | None = None,
    tasks: Sequence[TaskInput] = (),
    for_release: bool = False,
    actor: Viewer | None = None,
) -> Decision:
    """Record a meeting's decision on a proposal, in one transaction. Adopting over a standing objection is
    refused (``ConsensusError``). Adopted texts create the taskings they name ("tasked the IE Co-Chairs
    with …"), and any given."""
    text = normalise_text(final_text or "") or None
    if outcome is not Outcome.AMENDED and text is not None and outcome is not Outcome.ADOPTED:
        raise InvalidInput(f"--text-file: a {outcome.value} proposal has no final text")
    with store.transaction() as conn:
        meeting = meeting_row(conn, meeting_id, actor)
        if actor is not None and not actor.is_poc and actor.partner != meeting.chair:
            raise Forbidden(
                f"the chair of {meeting_id} ({meeting.chair or 'none recorded'}) records its decisions"
            )
        row = proposal_row(conn, proposal_id, actor)
        _check_open(row)
        repo = ProposalRepository(conn)
        current = repo.versions(proposal_id)[-1]
        rules = _feedback_rules(repo.feedback(proposal_id))
        new_text = text is not None and text != normalise_text(current.consensus_language or "")
        # adopted as amended without a final text: the current version is the amended text
        check_decision(outcome, rules, row.current_version, new_text)
        version = row.current_version
        now = datetime.now(UTC)
        if new_text:
            version += 1
            repo.add_version(
                {
                    "proposal_id": proposal_id,
                    "version": version,
                    "consensus_language": text,
                    "rationale": current.rationale,
                    "note": f"as adopted at {meeting_id}",
                    "created_at": now,
                    "created_by": actor.username if actor else None,
                }
            )
        adopted = outcome in (Outcome.ADOPTED, Outcome.AMENDED)
        final = (text if new_text else current.consensus_language) if adopted else None
        decision_id = repo.add_decision(
            {
                "proposal_id": proposal_id,
                "meeting_id": meeting_id,
                "outcome": outcome.value,
                "version": version,
                "text": final,
                "for_release": for_release,
                "decided_at": now,
                "decided_by": actor.username if actor else None,
            }
        )
        status = outcome.value if outcome is not Outcome.DEFERRED else ProposalStatus.DEFERRED.value
        repo.update(proposal_id, status=status, current_version=version)
        drafts: list[TaskInput] = []
        if adopted:
            drafts = [
                TaskInput(d.owner, d.what, _due(conn, d, meeting.start_date)) for d in taskings_in(final)
            ]
        add_tasking_rows(conn, [*drafts, *tasks], decision_id, proposal_id, marking_from_row(row), actor, now)
        details = {"meeting_id": meeting_id, "outcome": outcome.value, "version": version}
        audit.record(conn, actor, Action.DECISION, f"proposal:{proposal_id}", details)
        found = next(d for d in repo.decisions(proposal_id) if d.id == decision_id)
        return _decision(conn, found, None)


def _due(conn: Connection, draft: TaskingDraft, after: date) -> str | None:
    """The meeting a tasking is due by: of that kind in that year, or the next of that kind."""
    if draft.due_kind is None:
        return None
    query = select(meetings.c.meeting_id).where(meetings.c.kind == draft.due_kind)
    if draft.due_year is not None:
        query = query.where(extract("year", meetings.c.start_date) == draft.due_year)
    else:
        query = query.where(meetings.c.start_date > after)
    found = conn.execute(query.order_by(meetings.c.start_date).limit(1)).first()
    return str(found.meeting_id) if found else None
