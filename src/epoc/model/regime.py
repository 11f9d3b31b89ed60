"""The regime's list as the IE Co-Chairs compile it: inclusion decisions, an edition's life, circulation and
Partners' feedback (pure rules, written once).

- An entity is a **candidate** only when a Partner circulated something about it (a source with a Partner:
  a Partner list, a denial notification, an accepted mention in a circulated document). Public lists alone
  never make a candidate; they corroborate ("also on the UN list since 2009").
- Each decision (include, exclude, defer) keeps its reason, evidence, who and when; the newest decision not
  superseded is the entity's standing. An *include* is tied to the records the entity had when decided: when
  resolution moves them (a merge, a split, a removal) the entity is raised again, never silently dropped.
- An edition goes draft → approved → distributed (at a meeting) → superseded (by the next one distributed).
- Circulated items get a reference per meeting: ``<MEETING>/<NNN>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from epoc.model.errors import Conflict, InvalidInput
from epoc.model.marking import Marking


class Decision(StrEnum):
    INCLUDE = "include"
    EXCLUDE = "exclude"
    DEFER = "defer"


class EditionStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    DISTRIBUTED = "distributed"
    SUPERSEDED = "superseded"


# Where each status may go next. A draft may be distributed at once: distributing it approves it in the same
# act (recorded as such), so that a meeting is not held up by a missing second step.
_NEXT: dict[EditionStatus, frozenset[EditionStatus]] = {
    EditionStatus.DRAFT: frozenset({EditionStatus.APPROVED, EditionStatus.DISTRIBUTED}),
    EditionStatus.APPROVED: frozenset({EditionStatus.DISTRIBUTED, EditionStatus.DRAFT}),
    EditionStatus.DISTRIBUTED: frozenset({EditionStatus.SUPERSEDED}),
    EditionStatus.SUPERSEDED: frozenset(),
}


def check_transition(name: str, current: EditionStatus, wanted: EditionStatus) -> None:
    """Raise ``Conflict`` saying why an edition cannot go from ``current`` to ``wanted``."""
    if wanted not in _NEXT[current]:
        allowed = ", ".join(sorted(s.value for s in _NEXT[current])) or "nothing (it is final)"
        raise Conflict(f"edition {name!r} is {current.value}: it can become {allowed}, not {wanted.value}")


class FeedbackKind(StrEnum):
    COMMENT = "comment"
    CORRECTION = "correction"  # a new alias, an address, "dissolved" …
    REMOVAL = "removal"  # ask for the entry to come off the list


class CorrectionField(StrEnum):
    ALIAS = "alias"
    ADDRESS = "address"
    DISSOLVED = "dissolved"
    OTHER = "other"


class FeedbackStatus(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    DECLINED = "declined"


# Why an entity is raised for a decision (the candidates' ``status``)
NEW = "new"  # never decided
DEFERRED = "deferred"  # decided "defer": still waiting
MOVED = "moved"  # included, but resolution moved its records since (merge, split, removal)


def is_partner_source(partner: str | None) -> bool:
    """A source circulated by a Partner (its list, denial, document) may put an entity up for the list."""
    return bool(partner and partner.strip())


def check_reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise InvalidInput("--reason: every decision says why (a sentence the Partners can read)")
    if len(text) > 2000:
        raise InvalidInput("--reason: at most 2,000 characters")
    return text


def moved(decided_on: Iterable[str], members_now: Iterable[str]) -> tuple[list[str], list[str]]:
    """The records that joined and left an entity since a decision was made on it."""
    before, now = set(decided_on), set(members_now)
    return sorted(now - before), sorted(before - now)


def reference(meeting: str, number: int) -> str:
    """The register's reference of the ``number``-th item circulated for ``meeting``: ``2010-RPOC/003``."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", meeting.strip()).strip("-").upper()
    slug = re.sub(r"^THE-", "", slug) or "EPOC"
    return f"{slug[:40]}/{number:03d}"


def check_meeting(meeting: str) -> str:
    text = " ".join(meeting.split())
    if not text or len(text) > 200:
        raise InvalidInput("--meeting: name the meeting (1 to 200 characters), e.g. 'the 2010 RPOC'")
    return text


def reader_marking(markings: Iterable[Marking]) -> Marking:
    """The banner of what a reader is shown: the strictest of the markings of the entries shown — never of
    entries withheld from them, nor of filters, nor of the whole edition."""
    return Marking.strictest_of(markings)


def corroboration_text(source_name: str, since: str | None) -> str:
    """ "also on the UN list since 2009" (the year the public list first listed the party)."""
    short = source_name.removesuffix(" Consolidated List").removesuffix(" List")
    where = short if "list" in short.casefold() else f"the {short} list"
    return f"also on {where}" + (f" since {since[:4]}" if since else "")


LEADING_QUOTES = "'\"‘’“”`´«»‚„ "  # what the list's order skips at the start of a caption


def sort_caption(caption: str) -> str:
    """The key a list sorts by: leading apostrophes and quotes ("'ABBAS", “Aria”) do not count (the SQL of the
    list's pages does the same with ``ltrim(caption, LEADING_QUOTES)``)."""
    return caption.lstrip(LEADING_QUOTES).casefold()


def looks_like_programme(text: str) -> bool:
    """A programme is a short label ("DPRK", "Iranian missile programme"), not a listing's rationale sentence:
    the Programme filter offers only these (a sentence of 60 characters or 7 words reads as a rationale)."""
    value = text.strip()
    return 0 < len(value) <= 60 and len(value.split()) <= 6 and not value.endswith(".")


@dataclass(frozen=True, slots=True)
class Recipient:
    """A Partner an item was circulated to, and what it may read of it."""

    partner: str
    entries: int  # entries (or 1 for a document) it may read
    marking: Marking
