"""The Plenary's business, as rules: meetings, proposals and their versions, Partners' positions, the
consensus rule, the silence procedure, decisions and the taskings they create.

Pure: no database. The services call these rules; nothing else writes them again.

- **Consensus**: one standing objection blocks adoption (``check_decision``). A Partner's position is its
  latest on the proposal's *current* version: a new version (the amended text) asks everyone again, so an
  objection to an earlier text no longer stands — it has to be made again on the new one.
- **Silence**: a text under a silence procedure is adopted at the deadline unless a Partner breaks silence
  by objecting to it (``silence_state``).
- **Bracketed alternatives** (``[to establish] [to consider establishing]``) stay in the text until agreed;
  ``text_parts`` splits a text into plain runs and groups of alternatives for display.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from epoc.model.errors import Conflict, InvalidInput


class MeetingKind(StrEnum):
    PLENARY = "plenary"
    RPOC = "rpoc"  # Reinforced Point of Contact (Paris, in spring)
    IE = "ie"  # Information Exchange
    TEM = "tem"  # Technical Experts Meeting
    LEM = "lem"  # Licensing and Enforcement Experts Meeting
    WORKING_GROUP = "working-group"
    TOM = "tom"  # Technical Outreach Meeting (non-Partners)
    RT = "rt"  # Round Table (non-Partners)
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> MeetingKind:
        cleaned = text.strip().lower().replace("_", "-").replace(" ", "-")
        try:
            return cls(cleaned)
        except ValueError:
            raise InvalidInput(
                f"meeting kind {text!r} is not one of: {', '.join(k.value for k in cls)}"
            ) from None

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    MeetingKind.PLENARY: "Plenary",
    MeetingKind.RPOC: "Reinforced Point of Contact",
    MeetingKind.IE: "Information Exchange",
    MeetingKind.TEM: "Technical Experts Meeting",
    MeetingKind.LEM: "Licensing and Enforcement Experts Meeting",
    MeetingKind.WORKING_GROUP: "Working group",
    MeetingKind.TOM: "Technical Outreach Meeting",
    MeetingKind.RT: "Round Table",
    MeetingKind.OTHER: "Meeting",
}


def check_meeting_dates(start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise InvalidInput(f"the meeting ends ({end}) before it starts ({start})")


def meeting_id_for(kind: MeetingKind, start: date, taken: Iterable[str]) -> str:
    """A readable, stable id: ``plenary-2009``; a second TEM in 2010 is ``tem-2010-2``."""
    base = f"{kind.value}-{start.year}"
    used = set(taken)
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


class Position(StrEnum):
    SUPPORT = "support"
    AMEND = "amend"  # with suggested text
    OBJECT = "object"
    RESERVE = "reserve"  # a reservation (e.g. pending capital's instructions): does not block

    @classmethod
    def parse(cls, text: str) -> Position:
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise InvalidInput(
                f"position {text!r} is not one of: {', '.join(p.value for p in cls)}"
            ) from None


class Outcome(StrEnum):
    ADOPTED = "adopted"
    AMENDED = "amended"  # adopted as amended, with the final consensus text
    DEFERRED = "deferred"
    REJECTED = "rejected"  # not adopted

    @classmethod
    def parse(cls, text: str) -> Outcome:
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise InvalidInput(f"outcome {text!r} is not one of: {', '.join(o.value for o in cls)}") from None

    @property
    def label(self) -> str:
        return {
            Outcome.ADOPTED: "Adopted",
            Outcome.AMENDED: "Adopted as amended",
            Outcome.DEFERRED: "Deferred",
            Outcome.REJECTED: "Not adopted",
        }[self]


class ProposalStatus(StrEnum):
    DRAFT = "draft"  # the sponsor's: only the sponsor (and the POC) read and edit it
    DISTRIBUTED = "distributed"  # circulated by the POC to the Partners
    SILENCE = "silence"  # under a silence procedure
    ADOPTED = "adopted"
    AMENDED = "amended"
    DEFERRED = "deferred"
    REJECTED = "rejected"

    @property
    def is_open(self) -> bool:
        # a deferred proposal comes back to a later meeting
        return self in {
            ProposalStatus.DRAFT,
            ProposalStatus.DISTRIBUTED,
            ProposalStatus.SILENCE,
            ProposalStatus.DEFERRED,
        }


class TaskingStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class ConsensusError(Conflict):
    """A decision the consensus rule does not allow (adopting over a standing objection)."""


@dataclass(frozen=True, slots=True)
class Feedback:
    partner: str
    position: Position
    version: int


def standing_positions(feedback: Iterable[Feedback], current_version: int) -> dict[str, Position]:
    """Each Partner's latest position on the current version (feedback given in order, oldest first)."""
    latest: dict[str, Position] = {}
    for item in feedback:
        if item.version == current_version:
            latest[item.partner] = item.position
    return latest


def standing_objections(feedback: Iterable[Feedback], current_version: int) -> list[str]:
    """The Partners whose latest position on the current version is an objection: one blocks consensus."""
    positions = standing_positions(feedback, current_version)
    return sorted(p for p, pos in positions.items() if pos is Position.OBJECT)


def check_decision(
    outcome: Outcome, feedback: Iterable[Feedback], current_version: int, final_text_is_new: bool
) -> None:
    """Consensus: adopting (or adopting "as amended" without a new text) over a standing objection is refused.

    Adopting as amended with a final text different from the one objected to records that text as a new
    version, on which nobody has objected: the meeting's consensus on the amended text is the decision."""
    if outcome is Outcome.ADOPTED or (outcome is Outcome.AMENDED and not final_text_is_new):
        objecting = standing_objections(feedback, current_version)
        if objecting:
            raise ConsensusError(
                f"cannot adopt version {current_version}: {', '.join(objecting)} "
                f"{'objects' if len(objecting) == 1 else 'object'} to it and consensus needs no standing "
                "objection (record the amended text with --outcome amended, or defer)"
            )


def silence_state(deadline: date | None, feedback: Iterable[Feedback], version: int, today: date) -> str:
    """``none`` (no procedure), ``running``, ``broken`` (an objection to the text under silence) or
    ``passed`` (the deadline has gone by in silence: the text stands adopted)."""
    if deadline is None:
        return "none"
    if standing_objections(feedback, version):
        return "broken"
    return "passed" if today > deadline else "running"


# -- text ------------------------------------------------------------------------------------------------

_ALTERNATIVES = re.compile(r"(?:\[[^\[\]]*\]\s*)+")
_ONE = re.compile(r"\[([^\[\]]*)\]")


@dataclass(frozen=True, slots=True)
class TextPart:
    """A run of agreed text (``alternatives`` empty) or a group of bracketed alternatives."""

    text: str
    alternatives: tuple[str, ...] = ()


def text_parts(text: str) -> list[TextPart]:
    """``"We agree [to establish] [to consider establishing] a group"`` -> plain, alternatives, plain."""
    parts: list[TextPart] = []
    pos = 0
    for match in _ALTERNATIVES.finditer(text):
        if match.start() > pos:
            parts.append(TextPart(text[pos : match.start()]))
        options = tuple(o.strip() for o in _ONE.findall(match.group(0)))
        parts.append(TextPart(match.group(0).strip(), options))
        trailing = match.group(0)[len(match.group(0).rstrip()) :]
        if trailing:
            parts.append(TextPart(trailing))
        pos = match.end()
    if pos < len(text):
        parts.append(TextPart(text[pos:]))
    return parts


def has_brackets(text: str | None) -> bool:
    return bool(text and _ONE.search(text))


def normalise_text(text: str) -> str:
    """Whitespace collapsed to single spaces; the form texts are stored and compared in."""
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class DiffLine:
    kind: str  # equal | delete | insert
    text: str


def word_diff(old: str | None, new: str | None) -> list[DiffLine]:
    """A readable diff between two versions of a text, by words (difflib), runs of the same kind merged."""
    a, b = (old or "").split(), (new or "").split()
    out: list[DiffLine] = []

    def add(kind: str, words: Sequence[str]) -> None:
        if not words:
            return
        if out and out[-1].kind == kind:
            out[-1] = DiffLine(kind, out[-1].text + " " + " ".join(words))
        else:
            out.append(DiffLine(kind, " ".join(words)))

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            add("equal", a[i1:i2])
        else:
            add("delete", a[i1:i2])
            add("insert", b[j1:j2])
    return out


def unified_diff(old: str | None, new: str | None, old_label: str, new_label: str) -> str:
    """The same difference as ``diff -u`` would show it, one sentence a line (for the terminal and JSON)."""
    split = re.compile(r"(?<=[.;:])\s+")
    return "\n".join(
        difflib.unified_diff(
            split.split(old or ""), split.split(new or ""), old_label, new_label, lineterm="", n=1
        )
    )


# -- taskings in a decision's text --------------------------------------------------------------------

_TASKED = re.compile(
    r"\b(?:tasked|asked|requested|invited|mandated)\s+(?:the\s+)?(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
    r"\s+(?:with|to)\s+(?P<what>[^.;]+)",
    re.I,
)
_PASSIVE = re.compile(
    r"\b(?:the\s+)?(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+(?:was|were)\s+"
    r"(?:asked|tasked|requested|invited|mandated)\s+(?:to|with)\s+(?P<what>[^.;]+)",
    re.I,
)
_DUE = re.compile(
    r"\b(?:at|by|to|before)\s+the\s+(?:(?P<year>\d{4})|next|following|forthcoming)\s+"
    r"(?P<kind>Plenary|RPOC|TEM|IE|LEM|TOM|Round Table)\b",
    re.I,
)
_KIND_WORDS = {"plenary": "plenary", "rpoc": "rpoc", "tem": "tem", "ie": "ie", "lem": "lem", "tom": "tom"}


@dataclass(frozen=True, slots=True)
class TaskingDraft:
    """A tasking read from a decision's text: who, what, and by which meeting (kind and year, or the next)."""

    owner: str
    what: str
    due_kind: str | None = None
    due_year: int | None = None  # None with a due_kind: the next such meeting


def taskings_in(text: str | None) -> list[TaskingDraft]:
    """``"The Plenary tasked the IE Co-Chairs with updating the 2005 list, with a view to distributing it to
    all Partners at the 2010 RPOC meeting"`` -> IE Co-Chairs, updating …, due at the 2010 RPOC."""
    if not text:
        return []
    out: list[TaskingDraft] = []
    for pattern in (_PASSIVE, _TASKED):
        for m in pattern.finditer(text):
            owner = _owner(m.group("owner"))
            if not owner or any(owner == t.owner for t in out):
                continue
            what = normalise_text(m.group("what")).rstrip(" ,")
            due = _DUE.search(what)
            kind = _KIND_WORDS.get(due.group("kind").lower().replace(" ", ""), "rt") if due else None
            year = int(due.group("year")) if due and due.group("year") else None
            out.append(TaskingDraft(owner, what, kind, year))
    return out


def _owner(words: str) -> str:
    """The owner's name: after the last "the"/"that", without leading lower-case words (prose)."""
    owner = re.split(r"\b(?:the|that)\s+", words.strip(), flags=re.I)[-1]
    parts = owner.split()
    while parts and parts[0][0].islower():
        parts.pop(0)
    return " ".join(parts)
