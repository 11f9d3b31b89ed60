"""Extraction: one pass of each spotter over a document's text, then one set of mentions.

Spotters are plug-ins (``Spotter``): each sees the text (raw, folded, laid out) and the mentions found so
far, and returns its own. The default chain is the gazetteer (known entities), the Annex (technology and
threshold language), patterns (new-entity candidates and countries), then the variant spotter, which turns
candidate spans the verifier recognises into entity mentions, and last the short forms of the entities
found (``ShortFormSpotter``: "CERS", "Tangun", "Dastjerdi" once the document has named them in full).
``settle`` then keeps, for each span, what it most likely is: the longest entity mention wins over those
inside it; a candidate organisation or person that is a known entity is that entity; a technology word
inside a name is part of the name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import ClassVar, Protocol

from epoc.documents.candidates import ENGINE_ONLY, TITLES, find_candidates
from epoc.documents.countries import find_countries, is_country_name
from epoc.documents.gazetteer import Gazetteer, Hit, NameForm, _generic
from epoc.documents.technology import find_technology, find_threshold_language
from epoc.documents.textmap import ORGANISATION_WORDS, FoldedText, Layout, fold_key
from epoc.documents.variants import NameVerifier
from epoc.model import CandidateLabel, Mention, MentionKind, NameKind
from epoc.names.frequency import common_word
from epoc.names.syllables import is_east_asian_family_name, reads_as_korean, reads_as_pinyin

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


def _short_acronym(form: NameForm) -> bool:
    return form.acronym and len(form.text.strip()) <= 3


_KIND_RANK = {NameKind.PRIMARY: 0, NameKind.ORIGINAL_SCRIPT: 1, NameKind.ALIAS: 2, NameKind.PREVIOUS: 3}


class GazetteerSpotter:
    name = "gazetteer"

    def __init__(self, gazetteer: Gazetteer, entity_of: EntityOf = records_are_entities) -> None:
        self.gazetteer = gazetteer
        self.entity_of = entity_of

    def spot(self, view: TextView, found: list[Mention]) -> list[Mention]:
        by_span: dict[tuple[int, int], list[Hit]] = {}
        hits = self.gazetteer.find(view.folded)
        # an acronym of three characters or fewer ("AIO", "3MG") is found only where the document also
        # names its record another way: alone it is as likely "MIT" the licence as "MIT" the listed firm
        named = {f.record_id for h in hits for f in h.forms if not _short_acronym(f)}
        for hit in hits:
            kept = hit
            if all(_short_acronym(f) for f in hit.forms):
                confirmed = tuple(f for f in hit.forms if f.record_id in named)
                if not confirmed:
                    continue
                kept = Hit(hit.start, hit.end, confirmed)
            by_span.setdefault((kept.start, kept.end), []).append(kept)
        out = []
        for (start, end), span_hits in by_span.items():
            forms = sorted(
                {f for h in span_hits for f in h.forms},
                key=lambda f: (_KIND_RANK.get(f.kind, 9), f.record_id),
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


_SCHEMA_OF = {"organisation": "Organization", "person": "Person", "relation": "LegalEntity"}


class VariantSpotter:
    """Candidate organisations, persons and aliases that are no known name but that the verifier matches to
    an entity become entity mentions."""

    name = "variant"
    _LABELS: ClassVar[frozenset[str]] = frozenset(
        {CandidateLabel.ORGANISATION.value, CandidateLabel.PERSON.value, CandidateLabel.RELATION.value}
    )

    def __init__(self, verifier: NameVerifier, entity_of: EntityOf = records_are_entities) -> None:
        self.verifier = verifier
        self.entity_of = entity_of

    def spot(self, view: TextView, found: list[Mention]) -> list[Mention]:
        entities = _Spans((m.start, m.end) for m in found if m.kind is MentionKind.ENTITY)
        proposals = [
            m
            for m in found
            if m.kind is MentionKind.CANDIDATE
            and m.label in self._LABELS
            and not entities.contains(m.start, m.end)
        ]
        if not proposals:
            return []
        out = []
        by_schema: dict[str, list[Mention]] = {}
        for proposal in proposals:  # verified per schema: a person's name is compared as a person's
            by_schema.setdefault(_SCHEMA_OF.get(proposal.label or "", "LegalEntity"), []).append(proposal)
        named = sorted({r for m in found if m.kind is MentionKind.ENTITY for r in m.record_ids})
        engine_only: set[int] = set()  # positions in ``out`` of mentions proposed for the engine only
        for schema, group in by_schema.items():
            results = self.verifier.verify([m.text for m in group], schema)
            unfound = [i for i, match in enumerate(results) if match is None]
            if unfound and named:
                # not found in the list at large: perhaps the document names one of its parties again, in
                # another script or spelling (محمد قويدر after *Muhammad Kweider*): compared with those
                among = self.verifier.verify_among([group[i].text for i in unfound], schema, named)
                for i, match in zip(unfound, among, strict=True):
                    results[i] = match
            for proposal, match in zip(group, results, strict=True):
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
                        detail={
                            "entity_ids": sorted(set(mapping.values())),
                            "explanation": match.explanation,
                            "schema": schema,
                        },
                    )
                )
                if proposal.detail.get(ENGINE_ONLY):
                    engine_only.add(len(out) - 1)
        return _best_of_each_end(out, engine_only)


def _best_of_each_end(found: list[Mention], engine_only: set[int]) -> list[Mention]:
    """Of the spans proposed for the engine only that end at one place (体朝鲜泰成贸易公司 and
    朝鲜泰成贸易公司 …), the one it scores best, the shortest of equals: a character more before a name still
    passes, and the longest span would otherwise win."""
    best: dict[int, int] = {}
    for i in sorted(engine_only):
        mention = found[i]
        held = best.get(mention.end)
        if held is None or ((mention.score or 0.0), -mention.length) > (
            (found[held].score or 0.0),
            -found[held].length,
        ):
            best[mention.end] = i
    return [m for i, m in enumerate(found) if i not in engine_only or best.get(m.end) == i]


# A short form the document defines in brackets right after a name: "(CERS)", "(제2자연과학원, hereafter
# SANS)", "(the “MID”)".
_DEFINED = re.compile(
    r"\s*\((?:[^()]{0,60}?[,;]\s*)?(?:(?:hereafter|hereinafter|henceforth)\s+(?:called\s+)?|the\s+)?"
    r"[\"“'‘]?([A-Z][A-Za-z0-9&-]{1,9})[\"”'’]?\)"
)
_DEFINED_INSIDE = re.compile(
    r"\s*[,;]\s*(?:(?:hereafter|hereinafter|henceforth)\s+(?:called\s+)?|the\s+)?"
    r"[\"“'‘]?([A-Z][A-Za-z0-9&-]{1,9})[\"”'’]?\)"
)
_CONNECTIVES = frozenset({"of", "for", "de", "du", "des", "d", "on", "in"})
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # "Sepah's" is "Sepah"
MIN_SHORT_FORM = 4  # letters: a shorter part of a name ("Ri", "Kim", "Li") names too many people
# a person's title, and initials after it, just before a word: the word is that person's name
_AFTER_TITLE = re.compile(rf"\b(?:{TITLES})\.?\s+(?:[A-Z]\.\s*)*$")


class ShortFormSpotter:
    """A document names a party in full once and by a short form after: the acronym it defines in brackets
    ("Centre d'Etudes … (CERS)"), the distinctive words of an organisation's name without its country and
    organisation words ("Korea Tangun Trading Corp" -> "Tangun", "Bank Sepah" -> "Sepah"), a person's
    family name ("Dastjerdi"). Each is found again anywhere in that document (capitalised, whole words,
    outside other names) as the same entity; a short form two entities of the document share is none."""

    name = "short_form"

    def spot(self, view: TextView, found: list[Mention]) -> list[Mention]:
        named = [m for m in found if m.kind is MentionKind.ENTITY]
        if not named:
            return []
        forms: dict[tuple[str, bool, bool], list[Mention]] = {}
        for mention in named:
            for form in self._short_forms(view.text, mention):
                forms.setdefault(form, []).append(mention)
        taken = _Spans((m.start, m.end) for m in named)
        out = []
        for (short, acronym, titled), claims in forms.items():
            owners = _outermost(claims)  # a name inside a longer one ("Defense Science") is not another claim
            full = owners[0]
            if not all(_same_party(full, other) for other in owners[1:]):
                continue  # "Shahid" of two Shahid … groups: neither
            pattern = r"\s+".join(re.escape(w) for w in short.split())
            # an acronym as written; a name in any case that starts with a capital ("DASTJERDI", "Dastjerdi")
            flags = 0 if acronym else re.IGNORECASE
            if titled:  # "Mr Li", "Dr KIM": a short family name names the person only after a title
                pattern = rf"(?:{TITLES})\.?\s+{pattern}"
            for match in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", view.text, flags):
                if taken.overlaps(match.start(), match.end()) or not match.group()[0].isupper():
                    continue
                if (
                    not titled
                    and full.detail.get("schema") != "Person"
                    and _AFTER_TITLE.search(view.text, max(0, match.start() - 40), match.start())
                ):
                    continue  # "Dr Khan", "Dr A.Q. Khan": a person, not Khan Research Laboratories
                out.append(
                    replace(
                        full,
                        text=match.group(),
                        start=match.start(),
                        end=match.end(),
                        spotter=self.name,
                        detail={**full.detail, "short_for": full.text},
                    )
                )
                taken = _insert(taken, (match.start(), match.end()))
        return out

    @staticmethod
    def _short_forms(text: str, mention: Mention) -> list[tuple[str, bool, bool]]:
        """(short form, whether it is an acronym: found only as written, whether a title must open it)."""
        out: list[tuple[str, bool, bool]] = []
        defined = _DEFINED.match(text, mention.end)
        if defined is None and text[: mention.start].rstrip().endswith("("):
            defined = _DEFINED_INSIDE.match(text, mention.end)  # "(제2자연과학원, hereafter SANS)"
        # ... but a legal form in brackets is the name's own ("Akhtar & Sons (Pvt) Ltd"), no short form
        acronym = defined.group(1) if defined else ""
        if acronym and acronym.upper() not in _NOT_SHORT_FORMS and not _generic_word(acronym):
            out.append((acronym, True, False))
        words = _WORD.findall(mention.text)
        if not words or not mention.text[:1].isalpha() or not mention.text.isascii():
            return out
        if mention.detail.get("schema") == "Person":
            if len(words) < 2:
                return out
            # a Chinese or Korean family name comes first (Shen Weisheng), unless written last in capitals
            first_family = (
                is_east_asian_family_name(words[0])
                and not words[-1].isupper()
                and all(reads_as_pinyin(w) or reads_as_korean((w.lower(),)) for w in words[1:])
            )
            family = words[0] if first_family else words[-1]
            if family[0].isupper() and len(family) >= MIN_SHORT_FORM + 1:
                out.append((family, False, False))
            elif family[0].isupper() and len(family) >= 2:
                out.append((family, False, True))  # "Mr Li", "Dr Kim": after a title only
            return out
        # the longest run of distinctive words (not the country, an organisation word or a particle)
        runs: list[list[str]] = [[]]
        for word in words:
            if word.lower() in _CONNECTIVES:
                break  # "Academy of Natural Sciences": what follows "of" is its subject, not its name
            if _generic_word(word):
                runs.append([])
            else:
                runs[-1].append(word)
        # the run a reader would call it by: its own words, not everyday ones ("Ryonha" of "Korea Ryonha
        # Machinery Joint Venture Corporation", not "Joint Venture")
        best = max(
            runs, key=lambda r: (sum(len(w) for w in r if not common_word(w.lower())), sum(map(len, r)))
        )
        if sum(map(len, best)) < MIN_SHORT_FORM or best == words or not all(w[0].isupper() for w in best):
            return out
        if (
            len(best) > 1
            and all(reads_as_pinyin(w) for w in best)
            and sum(map(len, best[1:])) >= MIN_SHORT_FORM
        ):
            # a Chinese firm's name opens with its place (Zhejiang Qingji): the rest is its own ("Qingji's")
            out.append((" ".join(best[1:]), False, False))
        if len(best) > 1 and best[0].isupper() and len(best[0]) >= MIN_SHORT_FORM:
            if mention.text.isupper():
                # a name typed in capitals: its first word is a word, the firm's own ("NAVID COMPOSITE
                # MATERIAL COMPANY" … "Navid's purchases"), found in any case; not a Chinese firm's,
                # which is the city it is in (TIANJIN …)
                first = best[0]
                own = fold_key(first) not in _COMMON and not reads_as_pinyin(first)
                if len(first) > MIN_SHORT_FORM and own:
                    out.append((first, False, False))
            else:
                out.append((best[0], True, False))  # "LIMMT Economic …": the brand in capitals alone
        short = " ".join(best)
        everyday = len(best) == 1 and common_word(short.lower())  # "Mining" of Korea Mining … Corporation
        if short.upper() not in _NOT_SHORT_FORMS and fold_key(short) not in _COMMON and not everyday:
            out.append((short, False, False))
        return out


# "Martyr", as Iranian firms are named after one (Shahid Hemmat, Shahid Sattari): the name is the martyr's
_HONORIFICS = frozenset({"shahid", "shaheed", "martyr"})


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """The mentions no longer one of them contains."""
    spans = _Spans((m.start, m.end) for m in mentions)
    return [
        m
        for m in mentions
        if not any(s <= m.start and m.end <= e and e - s > m.length for s, e in spans._near(m.start, m.end))
    ]


def _same_party(a: Mention, b: Mention) -> bool:
    """Two mentions of one party: one entity, or records in common (the gazetteer's mention names its
    records before they are grouped into entities, the variant spotter's its entity already)."""
    return a.entity_id == b.entity_id or bool(set(a.record_ids) & set(b.record_ids))


def _generic_word(word: str) -> bool:
    folded = fold_key(word)
    return (
        not folded
        or folded in _HONORIFICS
        or folded in ORGANISATION_WORDS
        or _generic(folded)
        or is_country_name(word)
        or (len(word) <= 2 and not word.isupper())
    )


_NOT_SHORT_FORMS = frozenset(
    {"MTCR", "DPRK", "PRC", "ROK", "UN", "EU", "US", "UK", "USA", "IE", "POC", "TEM"}
)
_COMMON = frozenset({"korea", "iran", "china", "syria", "russia", "north", "south", "east", "west"})


_ONLY_TAIL = re.compile(
    r"^\s*(?:\([^)]*\)|,?\s*(?:Co|Company|Corp|Corporation|Inc|Ltd|Limited|LLC|PLC|GmbH)\.?)+\s*$", re.I
)


class _Spans:
    """Non-overlapping-or-nested spans, sorted, for "does any span overlap / contain this one?" in log time
    (a ten-page paper has hundreds of mentions)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _e in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def _near(self, start: int, end: int) -> list[tuple[int, int]]:
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_right(self.starts, end)
        return self.spans[lo:hi]

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self._near(start, end))

    def contains(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self._near(start, end))


def settle(mentions: Iterable[Mention]) -> list[Mention]:
    """One reading per span (see the module's docstring), in text order."""
    items = list(mentions)
    entities = sorted(
        (m for m in items if m.kind is MentionKind.ENTITY),
        key=lambda m: (-m.length, m.start, m.spotter != "gazetteer"),
    )
    kept: dict[tuple[int, int], Mention] = {}
    index = _Spans([])
    for mention in entities:
        near = [
            k for k in index._near(mention.start, mention.end) if k[0] < mention.end and mention.start < k[1]
        ]
        if not near:
            kept[(mention.start, mention.end)] = mention
            index = _insert(index, (mention.start, mention.end))
            continue
        clash = kept[near[0]]
        if clash.start == mention.start and _ONLY_TAIL.match(clash.text[mention.length :]):
            # "Atomic Energy Organization of Iran (AEOI)": the same name with its acronym or legal form
            kept[near[0]] = replace(clash, record_ids=tuple(sorted({*clash.record_ids, *mention.record_ids})))
    kept_entities = list(kept.values())
    entity_spans = _Spans(kept)
    name_spans = _Spans(
        [*kept, *((m.start, m.end) for m in items if m.kind is MentionKind.CANDIDATE and m.label in _NAMES)]
    )
    out = list(kept_entities)
    for mention in items:
        if mention.kind is MentionKind.CANDIDATE:
            if mention.detail.get(ENGINE_ONLY):
                continue  # proposed to the engine only: it is the party the engine found, or nothing
            if mention.label in _NAMES and entity_spans.overlaps(mention.start, mention.end):
                continue  # a known entity, already an entity mention
            if mention.label == "country" and name_spans.contains(mention.start, mention.end):
                continue  # "… of Iran" inside a name
            out.append(mention)
        elif mention.kind is MentionKind.TECHNOLOGY:
            if mention.label != "threshold" and name_spans.contains(mention.start, mention.end):
                continue  # "Gyro" in a company's name
            out.append(mention)
    return sorted(out, key=lambda m: (m.start, m.end, m.kind.value))


_NAMES = ("organisation", "person")


def _insert(index: _Spans, span: tuple[int, int]) -> _Spans:
    at = bisect_left(index.spans, span)
    index.spans.insert(at, span)
    index.starts.insert(at, span[0])
    index.longest = max(index.longest, span[1] - span[0])
    return index


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
        spotters.append(ShortFormSpotter())
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
