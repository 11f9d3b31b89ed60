"""The review: IE papers chosen by type, years and Partner; every technology mention read against the Annex
version in force on its paper's date, with the quantities written near it; the mentions grouped by
technology and coverage, by year and by Partner.

A mention is either one the documents' technology spotter tagged with Annex entries, or a risk technology
named in the text (``epoc.model.ietem``); where both cover the same words, the spotter's entries and the risk
technology's name go together.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from epoc.documents.textmap import Layout
from epoc.model.access import Viewer
from epoc.model.annex import AnnexVersion, code_order, in_force
from epoc.model.audit import Action
from epoc.model.errors import InvalidInput
from epoc.model.ietem import (
    WINDOW_AFTER,
    WINDOW_BEFORE,
    RiskTechnology,
    find_quantities,
    find_risk_technologies,
    judge,
    measures,
    risk_technologies,
)
from epoc.model.marking import Marking
from epoc.services import audit
from epoc.services.ietem.annex import versions_in_store
from epoc.store import Store
from epoc.store.ietem import ReviewRepository, party_mentions
from epoc.store.records import marking_from_row

DEFAULT_TYPES = ("ie_paper", "other")  # papers; denial notifications and Plenary papers are not reviewed


@dataclass(frozen=True, slots=True)
class ReviewQuery:
    start_year: int | None = None
    end_year: int | None = None
    partner: str | None = None
    doc_types: tuple[str, ...] = DEFAULT_TYPES


@dataclass(frozen=True, slots=True)
class ReviewedMention:
    document_id: int
    mention_id: int | None
    start: int
    end: int
    text: str
    sentence: str
    paragraph: int
    year: int | None
    partner: str | None
    technology: str
    risk: str | None  # the risk technology's key
    codes: tuple[str, ...]  # as tagged
    entries: tuple[str, ...]  # the verdict rests on
    coverage: str
    reason: str
    parameters: tuple[str, ...]
    annex_version: str
    marking: Marking
    parties: tuple[str, ...] = ()  # entities and organisations named in the same paragraph
    countries: tuple[str, ...] = ()  # countries named there (the destination, as a paper says it)

    def to_json(self) -> dict[str, Any]:
        """`epoc ietem review --mentions --json`: one mention with its verdict."""
        return {
            "document_id": self.document_id,
            "paragraph": self.paragraph,
            "text": self.text,
            "sentence": self.sentence,
            "year": self.year,
            "partner": self.partner,
            "technology": self.technology,
            "annex": list(self.entries or self.codes),
            "coverage": self.coverage,
            "reason": self.reason,
            "parameters": list(self.parameters),
            "annex_version": self.annex_version,
        }


@dataclass(frozen=True, slots=True)
class TechnologyGroup:
    technology: str
    coverage: str
    mentions: int
    annex_entries: tuple[str, ...]
    document_ids: tuple[int, ...]
    partners: tuple[str, ...]
    years: dict[int, int]
    last_changed: str | None  # the Annex version that last changed one of its entries
    reasons: tuple[str, ...]  # a few, for the reader
    parties: tuple[str, ...] = ()  # who sought it (entities and organisations named beside it)
    countries: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PaperSummary:
    document_id: int
    title: str
    partner: str | None
    year: int | None
    annex_version: str
    mentions: int
    marking: Marking


@dataclass(frozen=True, slots=True)
class Review:
    query: ReviewQuery
    papers: tuple[PaperSummary, ...]
    mentions: tuple[ReviewedMention, ...]
    groups: tuple[TechnologyGroup, ...]
    marking: Marking  # the strictest of the papers that gave a mention
    by_year: dict[str, dict[int, int]] = field(default_factory=dict)  # technology -> year -> mentions
    coverage_mix: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The contract: ``{"papers": N, "technologies": [...]}``, one row per technology and coverage."""
        return {
            "papers": len(self.papers),
            "technologies": [
                {
                    "technology": g.technology,
                    "mentions": g.mentions,
                    "annex_entries": list(g.annex_entries),
                    "coverage": g.coverage,
                    "document_ids": list(g.document_ids),
                    "partners": list(g.partners),
                    "years": {str(y): n for y, n in g.years.items()},
                    "last_changed": g.last_changed,
                    "reasons": list(g.reasons),
                    "parties": list(g.parties),
                    "countries": list(g.countries),
                }
                for g in self.groups
            ],
            "coverage_mix": self.coverage_mix,
            "marking": self.marking.banner,
        }


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    codes: tuple[str, ...]
    mention_id: int | None
    risk: RiskTechnology | None


_BELOW_WORDS = re.compile(r"\b(?:below|under|beneath|short of|outside|de-?tuned|de-?rated)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b")


def _year_of(row: Any) -> int | None:
    """The paper's year: its date, or (an undated paper) the first year its heading names."""
    if row.doc_date is not None:
        return int(row.doc_date.year)
    match = _YEAR.search(row.text[:600])
    return int(match.group(1)) if match else None


def _day_of(row: Any) -> date | None:
    if row.doc_date is not None:
        return row.doc_date  # type: ignore[no-any-return]
    year = _year_of(row)
    return date(year, 7, 1) if year else None


def _units(text: str, mentions: Sequence[Any]) -> tuple[list[_Unit], list[tuple[int, int]]]:
    units: list[_Unit] = []
    below: list[tuple[int, int]] = []
    for m in mentions:
        if m.label == "threshold":
            # "just below the control threshold", "de-rated" (not "a range of 290 km", a quantity, nor "not
            # controlled under the Annex", the paper's opinion of its coverage)
            if not any(ch.isdigit() for ch in m.text) and _BELOW_WORDS.search(m.text):
                below.append((m.start, m.end))
            continue
        units.append(_Unit(m.start, m.end, tuple(m.annex_items), m.id, None))
    for hit in find_risk_technologies(text):
        overlapping = [u for u in units if u.start < hit.end and hit.start < u.end]
        if overlapping:
            for u in overlapping:
                u.risk = u.risk or hit.technology
            # the risk phrase may be longer than the spotter's keyword ("small turbojet" around "turbojet")
            first = overlapping[0]
            first.start, first.end = min(first.start, hit.start), max(first.end, hit.end)
        else:
            units.append(_Unit(hit.start, hit.end, (), None, hit.technology))
    units.sort(key=lambda u: (u.start, u.end))
    merged: list[_Unit] = []
    for u in units:  # two spotter mentions inside one risk phrase count once
        if merged and u.start < merged[-1].end:
            last = merged[-1]
            last.codes = tuple(dict.fromkeys((*last.codes, *u.codes)))
            last.risk = last.risk or u.risk
            last.end = max(last.end, u.end)
            continue
        merged.append(u)
    return merged, below


def review_paper(
    row: Any,
    mentions: Sequence[Any],
    versions: Sequence[AnnexVersion],
    parties: Sequence[Any] = (),
) -> tuple[AnnexVersion, list[ReviewedMention]]:
    """Every technology mention of one paper with its verdict."""
    text: str = row.text
    day = _day_of(row)
    version = in_force(versions, day)
    entries = version.entries()
    layout = Layout(text)
    starts = layout.sentence_starts
    units, below = _units(text, mentions)
    marking = marking_from_row(row)
    names: dict[int, list[str]] = defaultdict(list)
    countries: dict[int, list[str]] = defaultdict(list)
    for p in parties:
        if p.kind == "candidate" and p.label == "country":
            countries[p.paragraph].append(p.text)
        elif p.kind == "entity" or p.label in {"organisation", "person"}:
            names[p.paragraph].append(p.matched_name or p.text)
    out = []
    for index, unit in enumerate(units):
        s_index = bisect_right(starts, unit.start) - 1
        s_start = starts[max(0, s_index)]
        s_end = starts[s_index + 1] if s_index + 1 < len(starts) else len(text)
        after_end = min(s_end, unit.end + WINDOW_AFTER)
        if index + 1 < len(units) and units[index + 1].start < after_end:
            after_end = units[index + 1].start
        before_start = max(s_start, unit.start - WINDOW_BEFORE)
        if index > 0 and units[index - 1].end > before_start:
            before_start = units[index - 1].end
        quantities = find_quantities(text[unit.end : after_end], unit.end) or find_quantities(
            text[before_start : unit.start], before_start
        )
        # further on in the sentence, past other mentions: the quantities none of them could be measured by
        # ("turbojets for a target drone, of 400 N thrust": the thrust is the turbojets')
        later = [u for u in units[index + 1 :] if u.start < s_end]
        if later:
            claimable = [(tuple({*u.codes, *(u.risk.annex if u.risk else ())}), u) for u in later]
            for q in find_quantities(text[after_end:s_end], after_end):
                if not any(measures(codes, version, q, text[u.start : u.end]) for codes, u in claimable):
                    quantities.append(q)
        says_below = any(s_start <= b_start < s_end for b_start, _ in below)
        verdict = judge(unit.codes, version, quantities, unit.risk, says_below, text[unit.start : unit.end])
        if not verdict.parameters and not later:
            # no figure in its sentence: the next one of the paragraph may give it ("Its thrust is 300 N."),
            # if that sentence names no technology of its own
            n_end = starts[s_index + 2] if s_index + 2 < len(starts) else len(text)
            next_sentence = text[s_end:n_end]
            same_paragraph = layout.paragraph(s_end) == layout.paragraph(unit.start)
            if s_end < len(text) and same_paragraph and not any(s_end <= u.start < n_end for u in units):
                extra = find_quantities(next_sentence, s_end)
                if extra:
                    second = judge(
                        unit.codes, version, extra, unit.risk, says_below, text[unit.start : unit.end]
                    )
                    if second.parameters:
                        verdict = second
        if unit.risk is not None:
            technology = unit.risk.name
        else:
            named = [entries[c] for c in unit.codes if c in entries]
            technology = named[0].title if named else ", ".join(unit.codes)
        out.append(
            ReviewedMention(
                document_id=int(row.id),
                mention_id=unit.mention_id,
                start=unit.start,
                end=unit.end,
                text=text[unit.start : unit.end],
                sentence=" ".join(text[s_start:s_end].split()),
                paragraph=layout.paragraph(unit.start),
                year=_year_of(row),
                partner=row.partner,
                technology=technology,
                risk=unit.risk.key if unit.risk else None,
                codes=unit.codes,
                entries=verdict.entries,
                coverage=verdict.coverage,
                reason=verdict.reason,
                parameters=verdict.parameters,
                annex_version=version.name,
                marking=marking,
                parties=tuple(dict.fromkeys(names.get(layout.paragraph(unit.start), ()))),
                countries=tuple(dict.fromkeys(countries.get(layout.paragraph(unit.start), ()))),
            )
        )
    return version, out


def last_changed(codes: Sequence[str], versions: Sequence[AnnexVersion]) -> str | None:
    """The newest version whose amendments touch one of ``codes``."""
    wanted = set(codes)
    changed = [v for v in versions if any(a.code in wanted for a in v.amendments)]
    return max(changed, key=lambda v: v.effective).name if changed else None


def check_query(query: ReviewQuery) -> ReviewQuery:
    if query.start_year and query.end_year and query.start_year > query.end_year:
        raise InvalidInput(f"--from {query.start_year} is after --to {query.end_year}")
    for year in (query.start_year, query.end_year):
        if year is not None and not 1987 <= year <= 2100:
            raise InvalidInput(f"year {year}: give a year such as 2021 (the regime dates from 1987)")
    return query


def run_review(store: Store, query: ReviewQuery, viewer: Viewer | None = None) -> Review:
    """Review the papers the viewer may read that the query chooses."""
    check_query(query)
    with store.transaction() as conn:
        versions = versions_in_store(conn)
        repo = ReviewRepository(conn)
        papers = []
        for row in repo.papers(viewer, query.doc_types, query.partner):
            year = _year_of(row)
            if query.start_year and (year is None or year < query.start_year):
                continue
            if query.end_year and (year is None or year > query.end_year):
                continue
            papers.append(row)
        by_document: dict[int, list[Any]] = defaultdict(list)
        for m in repo.technology_mentions([p.id for p in papers], viewer):
            by_document[m.document_id].append(m)
        parties_of: dict[int, list[Any]] = defaultdict(list)
        for m in party_mentions(conn, [p.id for p in papers], viewer):
            parties_of[m.document_id].append(m)
        if viewer is not None:
            audit.record(
                conn,
                viewer,
                Action.IETEM_REVIEW,
                None,
                {
                    "from": query.start_year,
                    "to": query.end_year,
                    "partner": query.partner,
                    "papers": len(papers),
                },
            )
    summaries = []
    mentions: list[ReviewedMention] = []
    for row in papers:
        version, found = review_paper(row, by_document.get(row.id, []), versions, parties_of.get(row.id, []))
        mentions.extend(found)
        summaries.append(
            PaperSummary(
                row.id, row.title, row.partner, _year_of(row), version.name, len(found), marking_from_row(row)
            )
        )
    return _aggregate(query, summaries, mentions, versions)


def _aggregate(
    query: ReviewQuery,
    papers: list[PaperSummary],
    mentions: list[ReviewedMention],
    versions: Sequence[AnnexVersion],
) -> Review:
    grouped: dict[tuple[str, str], list[ReviewedMention]] = defaultdict(list)
    for m in mentions:
        grouped[(m.technology, m.coverage)].append(m)
    groups = []
    for (technology, coverage), ms in grouped.items():
        codes = sorted({c for m in ms for c in (*m.codes, *m.entries)}, key=code_order)
        groups.append(
            TechnologyGroup(
                technology=technology,
                coverage=coverage,
                mentions=len(ms),
                annex_entries=tuple(codes),
                document_ids=tuple(sorted({m.document_id for m in ms})),
                partners=tuple(sorted({m.partner for m in ms if m.partner})),
                years=dict(sorted(Counter(m.year for m in ms if m.year is not None).items())),
                last_changed=last_changed(codes, versions),
                reasons=tuple(dict.fromkeys(m.reason for m in ms))[:3],
                parties=tuple(Counter(p for m in ms for p in m.parties).keys())[:10],
                countries=tuple(Counter(c for m in ms for c in m.countries).keys())[:10],
            )
        )
    groups.sort(key=lambda g: (-g.mentions, g.technology, g.coverage))
    by_year: dict[str, dict[int, int]] = defaultdict(dict)
    for m in mentions:
        if m.year is not None:
            by_year[m.technology][m.year] = by_year[m.technology].get(m.year, 0) + 1
    used = {m.document_id for m in mentions}
    marking = Marking.strictest_of(p.marking for p in papers if p.document_id in used)
    return Review(
        query=query,
        papers=tuple(papers),
        mentions=tuple(mentions),
        groups=tuple(groups),
        marking=marking,
        by_year=dict(by_year),
        coverage_mix=dict(Counter(m.coverage for m in mentions)),
    )


@dataclass(frozen=True, slots=True)
class RiskTechnologyView:
    """A risk technology and what the Annex says of it (`epoc ietem technologies --json` prints ``plain``)."""

    key: str
    name: str
    annex: tuple[str, ...]
    annex_says: str
    coverage_when_unstated: str | None
    why_sought: str
    last_changed: str | None  # the newest Annex version whose amendments touch its entries
    last_changed_on: date | None


def risk_technology_views(store: Store) -> list[RiskTechnologyView]:
    """The curated vocabulary, each with what the Annex says about it and when that last changed."""
    with store.transaction() as conn:
        versions = versions_in_store(conn)
    by_name = {v.name: v for v in versions}
    out = []
    for tech in risk_technologies():
        changed = last_changed(tech.annex, versions)
        out.append(
            RiskTechnologyView(
                tech.key,
                tech.name,
                tech.annex,
                tech.annex_says,
                tech.coverage,
                tech.why,
                changed,
                by_name[changed].effective if changed else None,
            )
        )
    return out
