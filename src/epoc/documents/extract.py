"""Extraction: one pass of each spotter over a document's text, then one set of mentions.

Spotters are plug-ins (``Spotter``): each sees the text (raw, folded, laid out) and the mentions found so
far, and returns its own. The default chain is the gazetteer (known entities), the Annex (technology and
threshold language), patterns (new-entity candidates and countries), then the variant spotter, which turns
candidate spans the verifier recognises into entity mentions. ``settle`` then keeps, for each span, what
it most likely is: the longest entity mention wins over those inside it; a candidate organisation or
person that is a known entity is that entity; a technology word inside a name is part of the name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from epoc.documents.candidates import find_candidates
from epoc.documents.countries import find_countries
from epoc.documents.gazetteer import Gazetteer, Hit
from epoc.documents.technology import find_technology, find_threshold_language
from epoc.documents.textmap import FoldedText, Layout
from epoc.documents.variants import NameVerifier
from epoc.model import CandidateLabel, Mention, MentionKind, NameKind

EntityOf = Callable[[Sequence[str]], dict[str, str]]  # record ids -> entity id of each


def records_are_entities(record_ids: Sequence[str]) -> dict[str, str]:
    """Until resolution groups records, each record is an entity of its own."""
    return {r: r for r in record_ids}


@dataclass
class TextView:
    text: str
    folded: FoldedText
    layout: Layout
    page_starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, page_starts: list[int] | None = None) -> TextView:
        return cls(text, FoldedText.of(text), Layout(text), page_starts or [])

    def page(self, offset: int) -> int | None:
        return bisect_right(self.page_starts, offset) if self.page_starts else None


class Spotter(Protocol):
    name: str

    def spot(self, view: TextView, found: list[Mention]) -> list[Mention]: ...


_KIND_RANK = {NameKind.PRIMARY: 0, NameKind.ORIGINAL_SCRIPT: 1, NameKind.ALIAS: 2, NameKind.PREVIOUS: 3}


class GazetteerSpotter:
    name = "gazetteer"

    def __init__(self, gazetteer: Gazetteer, entity_of: EntityOf = records_are_entities) -> None:
        self.gazetteer = gazetteer
        self.entity_of = entity_of

    def spot(self, view: TextView, found: list[Mention]) -> list[Mention]:
        by_span: dict[tuple[int, int], list[Hit]] = {}
        for hit in self.gazetteer.find(view.folded):
            by_span.setdefault((hit.start, hit.end), []).append(hit)
        out = []
        for (start, end), hits in by_span.items():
            forms = sorted(
                {f for h in hits for f in h.forms}, key=lambda f: (_KIND_RANK.get(f.kind, 9), f.record_id)
            )
            record_ids = tuple(sorted({f.record_id for f in forms}))
            entities = self.entity_of(record_ids)
            best = entities.get(forms[0].record_id, forms[0].record_id)
            out.append(
                Mention(
                    MentionKind.ENTITY,
                    view.text[start:end],
                    start,
                    end,
                    self.name,
                    entity_id=best,
                    record_ids=record_ids,
                    matched_name=forms[0].text,
                    detail={
                        "entity_ids": sorted(set(entities.values())),
                        "schema": forms[0].schema,
                        "name_kind": forms[0].kind.value,
                    },
                )
            )
        return out


class AnnexSpotter:
    name = "annex"

    def spot(self, view: TextView, found: list[Mention]) -> list[Mention]:
        hits = find_technology(view.folded)

        def sentence_of(start: int, end: int) -> tuple[int, int]:
            starts = view.layout.sentence_starts
            i = bisect_right(starts, start) - 1
            return starts[max(0, i)], starts[i + 1] if i + 1 < len(starts) else len(view.text)

        hits += find_threshold_language(view.text, hits, sentence_of)
        return [
            Mention(
                MentionKind.TECHNOLOGY,
                view.text[h.start : h.end],
                h.start,
                h.end,
                self.name,
                label="threshold" if h.threshold else None,
                annex_items=h.codes,
                matched_name=h.keyword,
            )
            for h in hits
        ]


class PatternSpotter:
    name = "patterns"

    def spot(self, view: TextView, found: list[Mention]) -> list[Mention]:
        countries = find_countries(view.folded)
        return [
            Mention(
                MentionKind.CANDIDATE,
                view.text[c.start : c.end],
                c.start,
                c.end,
                self.name,
                label=c.label.value,
                detail=dict(c.detail),
            )
            for c in find_candidates(view.text, countries)
        ]


class VariantSpotter:
    """Candidate organisations, persons and aliases that are no known name but that the verifier matches to
    an entity become entity mentions."""

    name = "variant"
    _LABELS = {CandidateLabel.ORGANISATION.value: "Organization", CandidateLabel.PERSON.value: "Person",
               CandidateLabel.RELATION.value: None}  # fmt: skip

    def __init__(self, verifier: NameVerifier, entity_of: EntityOf = records_are_entities) -> None:
        self.verifier = verifier
        self.entity_of = entity_of

    def spot(self, view: TextView, found: list[Mention]) -> list[Mention]:
        entities = [m for m in found if m.kind is MentionKind.ENTITY]
        proposals = [
            m
            for m in found
            if m.kind is MentionKind.CANDIDATE
            and m.label in self._LABELS
            and not any(e.start <= m.start and m.end <= e.end for e in entities)
        ]
        if not proposals:
            return []
        out = []
        results = self.verifier.verify([m.text for m in proposals], None)
        for proposal, match in zip(proposals, results, strict=True):
            if match is None:
                continue
            mapping = self.entity_of(match.record_ids)
            entity = match.entity_id or mapping.get(match.record_ids[0], match.record_ids[0])
            out.append(
                Mention(
                    MentionKind.ENTITY,
                    proposal.text,
                    proposal.start,
                    proposal.end,
                    self.name,
                    entity_id=entity,
                    record_ids=match.record_ids,
                    matched_name=match.matched_name,
                    score=match.score,
                    detail={"entity_ids": sorted(set(mapping.values())), "explanation": match.explanation},
                )
            )
        return out


_ONLY_TAIL = re.compile(
    r"^\s*(?:\([^)]*\)|,?\s*(?:Co|Company|Corp|Corporation|Inc|Ltd|Limited|LLC|PLC|GmbH)\.?)+\s*$", re.I
)


def settle(mentions: Iterable[Mention]) -> list[Mention]:
    """One reading per span (see the module's docstring), in text order."""
    items = list(mentions)
    entities = sorted(
        (m for m in items if m.kind is MentionKind.ENTITY),
        key=lambda m: (-m.length, m.start, m.spotter != "gazetteer"),
    )
    kept_entities: list[Mention] = []
    for mention in entities:
        clash = next((k for k in kept_entities if mention.overlaps(k)), None)
        if clash is None:
            kept_entities.append(mention)
        elif clash.start == mention.start and _ONLY_TAIL.match(clash.text[mention.length :]):
            # "Atomic Energy Organization of Iran (AEOI)": the same name with its acronym or legal form
            merged = replace(clash, record_ids=tuple(sorted({*clash.record_ids, *mention.record_ids})))
            kept_entities[kept_entities.index(clash)] = merged
    names = kept_entities + [
        m for m in items if m.kind is MentionKind.CANDIDATE and m.label in ("organisation", "person")
    ]
    out = list(kept_entities)
    for mention in items:
        if mention.kind is MentionKind.CANDIDATE:
            if mention.label in ("organisation", "person"):
                if any(mention.overlaps(e) for e in kept_entities):
                    continue  # a known entity, already an entity mention
            elif mention.label == "country":
                if any(n.start <= mention.start and mention.end <= n.end for n in names):
                    continue  # "… of Iran" inside a name
            out.append(mention)
        elif mention.kind is MentionKind.TECHNOLOGY:
            if mention.label != "threshold" and any(
                n.start <= mention.start and mention.end <= n.end for n in names
            ):
                continue  # "Gyro" in a company's name
            out.append(mention)
    return sorted(out, key=lambda m: (m.start, m.end, m.kind.value))


class Extractor:
    """The chain of spotters, and the context each mention gets (sentence, paragraph, page)."""

    def __init__(self, spotters: Sequence[Spotter]) -> None:
        self.spotters = list(spotters)

    @classmethod
    def default(
        cls,
        gazetteer: Gazetteer,
        verifier: NameVerifier | None = None,
        entity_of: EntityOf = records_are_entities,
    ) -> Extractor:
        spotters: list[Spotter] = [GazetteerSpotter(gazetteer, entity_of), AnnexSpotter(), PatternSpotter()]
        if verifier is not None:
            spotters.append(VariantSpotter(verifier, entity_of))
        return cls(spotters)

    def extract(self, text: str, page_starts: list[int] | None = None) -> list[Mention]:
        view = TextView.of(text, page_starts)
        found: list[Mention] = []
        for spotter in self.spotters:
            found.extend(spotter.spot(view, found))
        return [
            replace(
                m,
                sentence=view.layout.sentence(m.start, m.end),
                paragraph=view.layout.paragraph(m.start),
                page=view.page(m.start),
            )
            for m in settle(found)
        ]
