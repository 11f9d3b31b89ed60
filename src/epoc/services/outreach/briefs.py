"""Country briefs for an outreach visit: entities of concern located in the country (with their programmes),
denials involving parties there, IE-paper mentions by year, and talking points from adopted consensus
language.

Two versions, one code path: the Partner brief is read as the viewer (the local operator: everything) and
is marked with the strictest marking of what it holds; the releasable brief is read as a public viewer —
a guest-like ``Viewer`` whose ``may_read`` (and ``visible`` in SQL) lets through only public material not
barred from outreach — so that what it may hold is decided by the marking rules, not by hand.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date

from sqlalchemy import Connection

from epoc.model.access import Role, Viewer
from epoc.model.audit import Action
from epoc.model.marking import Classification, Marking
from epoc.model.outreach import status_on
from epoc.names.countries import country_codes, to_country_code
from epoc.services import audit
from epoc.services.list.entities import current_entities
from epoc.services.outreach.countries import changes, country_code, country_name
from epoc.services.outreach.results import (
    Brief,
    BriefDenial,
    BriefEntity,
    BriefMentions,
    TalkingPoint,
)
from epoc.store import Store
from epoc.store.denials import DenialRepository
from epoc.store.entity_browse import EntityQuery, browse
from epoc.store.outreach import BriefRepository
from epoc.store.records import marking_from_row

# Whom the releasable brief is read as: a guest with no event, so public material only.
PUBLIC_READER = Viewer("public", Role.OUTREACH_GUEST, None, Classification.UNCLASSIFIED)
MAX_ENTITIES = 500  # a brief lists at most this many entities of concern (the rest is the list's job)
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z(\[])")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def brief(
    store: Store,
    country: str,
    *,
    releasable: bool = False,
    viewer: Viewer | None = None,
    on: date | None = None,
) -> Brief:
    """The brief of ``country`` as ``viewer`` may read it, or its releasable version (public sources only),
    for a visit on ``on`` (today): the status on that day, and the denials, papers and decisions dated by
    then (the list's entities as it stands now)."""
    code = country_code(country)
    reader = PUBLIC_READER if releasable else viewer
    day = on or date.today()
    with store.transaction() as conn:
        entities = _entities(conn, code, reader)
        record_ids = {r for e in entities for r in e[1]}
        result = Brief(
            country=code,
            name=country_name(code),
            releasable=releasable,
            status=status_on(changes(conn), code, day).value,
            entities=tuple(e[0] for e in entities),
            denials=tuple(_denials(conn, code, reader, day)),
            mentions=tuple(_mentions(conn, code, record_ids, reader, day)),
            talking_points=tuple(talking_points(conn, code, reader, day)),
            marking=Marking.public(),
            programmes=tuple(sorted({p for e in entities for p in e[0].programmes})),
        )
        marking = Marking.strictest_of(
            [e.marking for e in result.entities]
            + [d.marking for d in result.denials]
            + [m.marking for m in result.mentions]
            + [t.marking for t in result.talking_points]
        )
        if releasable and not PUBLIC_READER.may_read(marking):  # the rule, checked once more on the whole
            raise AssertionError(f"a releasable brief holds {marking.banner} material")
        audit.record(conn, viewer, Action.OUTREACH_BRIEF, code, {"releasable": releasable})
    return replace(result, marking=marking)


def _entities(
    conn: Connection, code: str, reader: Viewer | None
) -> list[tuple[BriefEntity, tuple[str, ...]]]:
    """The list's entities located in the country (a country, nationality or address there), as the reader
    sees them: built from the records the reader may read."""
    _total, ids = browse(conn, EntityQuery(country=code, per_page=MAX_ENTITIES), reader)
    out = []
    for entity in current_entities(conn, reader, ids):
        programmes = tuple(
            sorted(
                {p.value for p in entity.programmes}
                | {prog for reason in entity.reasons for prog in reason.programmes}
            )
        )
        out.append(
            (
                BriefEntity(entity.id, entity.caption, programmes, tuple(entity.sources), entity.marking),
                entity.record_ids,
            )
        )
    return out


def _denials(conn: Connection, code: str, reader: Viewer | None, day: date) -> list[BriefDenial]:
    out = []
    for row in DenialRepository(conn).list(reader):
        if row.notified_on > day:
            continue
        there = [
            p.get("name", "")
            for p in row.parties or []
            if code in country_codes(p.get("country")) or code in country_codes(p.get("address"))
        ]
        if there:
            out.append(
                BriefDenial(
                    row.partner,
                    row.reference,
                    row.notified_on,
                    tuple(row.annex_codes or ()),
                    tuple(there),
                    marking_from_row(row),
                )
            )
    return out


def _mentions(
    conn: Connection, code: str, record_ids: set[str], reader: Viewer | None, day: date
) -> list[BriefMentions]:
    """IE-paper mentions of the country or of its entities (by the records the reader may read), by year."""
    counts: dict[int | None, list[int]] = defaultdict(list)
    documents: dict[int | None, set[int]] = defaultdict(set)
    markings: dict[int | None, Marking] = defaultdict(Marking.public)
    for row in BriefRepository(conn).ie_mentions(reader):
        if row.doc_date is not None and row.doc_date > day:
            continue
        if row.kind == "entity":
            hit = bool(record_ids.intersection(row.record_ids or ()))
        else:
            hit = row.label == "country" and to_country_code(row.text) == code
        if not hit:
            continue
        year = row.doc_date.year if row.doc_date else None
        counts[year].append(row.id)
        documents[year].add(row.document_id)
        markings[year] = markings[year].strictest(marking_from_row(row))
    return [
        BriefMentions(year, len(counts[year]), len(documents[year]), markings[year])
        for year in sorted(counts, key=lambda y: (y is None, y or 0))
    ]


# -- talking points ---------------------------------------------------------------------------------------


def talking_points(
    conn: Connection, code: str, reader: Viewer | None, day: date | None = None
) -> list[TalkingPoint]:
    """Talking points: the sentences of adopted consensus language about the country — those that name it,
    and the sentences after them that name no other country (they go on about it); a proposal whose subject
    names the country is about it from its first sentence.

    The one place that reads adopted language (the Plenary area's decisions); each point keeps the marking
    of the proposal it was adopted from."""
    out: list[TalkingPoint] = []
    seen: set[str] = set()
    for row in BriefRepository(conn).adopted_texts(reader):
        if day is not None and row.decided_at.date() > day:
            continue
        text = row.text or row.consensus_language or ""
        marking = marking_from_row(row)
        about = code in countries_named(row.subject or "")
        for sentence in _SENTENCE.split(" ".join(text.split())):
            named = countries_named(sentence)
            if named:
                about = code in named
            if about and sentence and sentence not in seen:
                seen.add(sentence)
                out.append(TalkingPoint(sentence, row.meeting_id, f"decision {row.id}", marking))
    return out


def countries_named(text: str) -> set[str]:
    """The countries a sentence names, by a capitalised name of one to four words. Two- and three-letter
    words are left out: "IE" (the IE Co-Chairs) and "TEM" are not Ireland or a code."""
    words = _WORDS.findall(text)
    found: set[str] = set()
    for size in (4, 3, 2, 1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if not phrase[0].isupper() or (size == 1 and len(phrase) <= 3):
                continue
            found_code = to_country_code(phrase)
            if found_code:
                found.add(found_code)
    return found
