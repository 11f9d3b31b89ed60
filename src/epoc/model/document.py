"""Documents Partners circulate, and what extraction finds in them (mentions with offsets).

A document is also a source (``SourceKind.DOCUMENT``): the evidence records a reviewer accepts from it are
records of that source, so that they carry its Partner, date and marking like any other record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from epoc.model.marking import Marking


class DocumentType(StrEnum):
    DENIAL = "denial"  # a denial notification circulated as a document
    IE_PAPER = "ie_paper"  # an Information Exchange paper
    PLENARY_PAPER = "plenary_paper"
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> DocumentType:
        folded = text.strip().lower().replace("-", "_").replace(" ", "_")
        aliases = {
            "denial_notification": cls.DENIAL,
            "ie": cls.IE_PAPER,
            "information_exchange": cls.IE_PAPER,
            "plenary": cls.PLENARY_PAPER,
        }
        if folded in aliases:
            return aliases[folded]
        try:
            return cls(folded)
        except ValueError:
            known = ", ".join(t.value for t in cls)
            raise ValueError(f"unknown document type {text!r} (one of: {known})") from None


class MentionKind(StrEnum):
    ENTITY = "entity"  # a party already on the list, resolved to its record(s)
    CANDIDATE = "candidate"  # a party (or a relation, address, country) that may be new
    TECHNOLOGY = "technology"  # an item or technology of the control list (the Annex)


class CandidateLabel(StrEnum):
    ORGANISATION = "organisation"
    PERSON = "person"
    RELATION = "relation"  # a/k/a, f/k/a, operating as, successor of …
    ADDRESS = "address"
    COUNTRY = "country"


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a document's text. ``start``/``end`` are character offsets into the stored text."""

    kind: MentionKind
    text: str
    start: int
    end: int
    spotter: str  # what found it: "gazetteer", "patterns", "annex", a screener-backed spotter …
    label: str | None = None  # candidates: a ``CandidateLabel``; technology: "threshold" for near-misses
    entity_id: str | None = None
    record_ids: tuple[str, ...] = ()
    annex_items: tuple[str, ...] = ()
    matched_name: str | None = None  # the list's name form (entities) or the keyword (technology)
    score: float = 1.0
    sentence: str = ""  # the sentence around the span, as context for the reviewer
    paragraph: int = 0  # 1-based paragraph number: the provenance of evidence taken from it
    page: int | None = None  # 1-based page (PDF) where known
    detail: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Portion:
    """A span of a document's text ``[start, end)`` and who may read it (``documents.markings.portions``
    cuts a text into them). ``kind``: ``portion`` (opened by a portion mark, or continuing one across a
    banner line), ``banner`` (a banner line), ``subject`` (a subject line with its own mark), ``unmarked``
    (takes the document default)."""

    start: int
    end: int
    marking: Marking
    kind: str
    mark: str | None = None  # the portion mark as written: "(C//NOFORN)"
