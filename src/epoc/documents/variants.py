"""Finding list entities under spellings the gazetteer does not hold (*Shahid Hemat Industries Group* for
*Shahid Hemmat Industrial Group*): candidate spans, verified by a ``NameVerifier``.

The verifier is the seam for the screening engine: ``ScreenerVerifier`` adapts any object with the engine's
``screen(parties, threshold, limit, viewer)``; until the engine is in the store's process, ``FuzzyVerifier``
compares the span with the gazetteer's own name forms (token blocking, then rapidfuzz on names whose
organisation words are reduced to symbols, so that *Industries* and *Industrial* are one word).
"""

from __future__ import annotations

import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from rapidfuzz import fuzz

from epoc.documents.gazetteer import NameForm, decode_forms, encode_forms
from epoc.documents.textmap import fold_key

_SYMBOLS = {
    "industries": "ind", "industrial": "ind", "industry": "ind", "company": "co", "co": "co",
    "corporation": "corp", "corp": "corp", "group": "grp", "organization": "org", "organisation": "org",
    "limited": "ltd", "ltd": "ltd", "trading": "trd", "trade": "trd", "international": "intl", "intl": "intl",
    "incorporated": "inc", "inc": "inc", "technologies": "tech", "technology": "tech", "tech": "tech",
    "engineering": "eng", "enterprises": "ent", "enterprise": "ent", "manufacturing": "mfg", "mfg": "mfg",
    "laboratories": "lab", "laboratory": "lab", "lab": "lab", "centre": "ctr", "center": "ctr",
    "factories": "fac", "factory": "fac", "establishment": "est", "est": "est", "holdings": "hld",
    "holding": "hld", "electronics": "elec", "electronic": "elec", "the": "", "and": "", "of": "",
}  # fmt: skip
_GENERIC = set(_SYMBOLS.values()) | {"bank", "institute", "university", "academy", "ministry", "agency"}


@dataclass(frozen=True, slots=True)
class VerifiedMatch:
    record_ids: tuple[str, ...]
    matched_name: str
    score: float  # 0..1
    entity_id: str | None = None
    explanation: str = ""


class NameVerifier(Protocol):
    def verify(self, names: Sequence[str], schema: str | None) -> list[VerifiedMatch | None]:
        """For each proposed name, the list entity it names (or None)."""
        ...

    def verify_among(
        self, names: Sequence[str], schema: str | None, record_ids: Sequence[str]
    ) -> list[VerifiedMatch | None]:
        """For each proposed name, which of these records (the parties the document names) it names, if
        any: compared with each, not looked up in the whole list."""
        ...


def symbolic(text: str) -> str:
    return " ".join(s for s in (_SYMBOLS.get(t, t) for t in fold_key(text).split()) if s)


class FuzzyVerifier:
    """Token blocking over the gazetteer's name forms, then ``token_sort_ratio`` on symbolic keys."""

    def __init__(self, forms: Iterable[NameForm], threshold: float = 0.9) -> None:
        self.threshold = threshold
        self._cache: dict[str, VerifiedMatch | None] = {}  # names met before (papers repeat them)
        self._keys: list[str] = []
        forms_of: list[list[NameForm]] = []
        by_key: dict[str, int] = {}
        blocks: dict[str, list[int]] = defaultdict(list)
        for form in forms:
            if form.acronym:
                continue
            key = symbolic(form.text)
            if not key.isascii() or len(key.split()) < 2:
                continue  # fuzzy matching is for Latin names of two words or more
            slot = by_key.get(key)
            if slot is None:
                slot = by_key[key] = len(self._keys)
                self._keys.append(key)
                forms_of.append([])
                for block in {
                    b for t in key.split() if t not in _GENERIC and len(t) >= 3 for b in _block_keys(t)
                }:
                    blocks[block].append(slot)
            forms_of[slot].append(form)
        # compact for the on-disk cache: strings and arrays unpickle fast, small objects do not
        self._forms = [encode_forms(forms) for forms in forms_of]
        self._blocks = {block: array("l", slots) for block, slots in blocks.items()}

    def verify(self, names: Sequence[str], schema: str | None = None) -> list[VerifiedMatch | None]:
        out = []
        for name in names:
            if name not in self._cache:
                if len(self._cache) > 20000:
                    self._cache.clear()
                self._cache[name] = self._one(name)
            out.append(self._cache[name])
        return out

    def verify_among(
        self, names: Sequence[str], schema: str | None, record_ids: Sequence[str]
    ) -> list[VerifiedMatch | None]:
        return [None] * len(names)  # the interim verifier knows spellings, not the engine's readings

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_cache"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._cache = {}

    def _one(self, name: str) -> VerifiedMatch | None:
        key = symbolic(name)
        tokens = [t for t in key.split() if t not in _GENERIC and len(t) >= 3]
        if len(key.split()) < 2 or not tokens:
            return None
        shared: Counter[int] = Counter()
        for token in set(tokens):
            slots: set[int] = set()
            for block_key in _block_keys(token):
                block = self._blocks.get(block_key, ())
                if len(block) <= 5000:  # a key shared by half the list tells nothing
                    slots.update(block)
            shared.update(slots)
        scored: list[tuple[float, int]] = []
        for slot, count in shared.most_common(300):
            if count * 2 < len(tokens):
                break
            score = fuzz.token_sort_ratio(key, self._keys[slot]) / 100
            if score >= self.threshold and _same_shape(key, self._keys[slot]):
                scored.append((score, slot))
        if not scored:
            return None
        scored.sort(key=lambda s: (-s[0], s[1]))
        score, slot = scored[0]
        best = decode_forms(self._forms[slot])[0]
        # every stored spelling the span is a variant of: until resolution groups them, their records are
        # the candidates an officer sees
        ids = tuple(
            dict.fromkeys(f.record_id for _s, other in scored for f in decode_forms(self._forms[other]))
        )
        return VerifiedMatch(ids, best.text, round(score, 3), None, f"spelling variant of {best.text!r}")


_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLES = re.compile(r"(.)\1+")


def _block_keys(token: str) -> tuple[str, str]:
    """A word's prefix and its consonant skeleton (``hemmat`` and ``hemat`` share ``hmt``)."""
    skeleton = _DOUBLES.sub(r"\1", token[0] + _VOWELS.sub("", token[1:]))
    return token[:4], "~" + skeleton


def _same_shape(a: str, b: str) -> bool:
    """The distinctive words agree in number and each pair is close: a variant, not another party."""
    wa = [t for t in a.split() if t not in _GENERIC]
    wb = [t for t in b.split() if t not in _GENERIC]
    if len(wa) != len(wb) or not wa:
        return False
    return all(fuzz.ratio(x, y) >= 75 for x, y in zip(sorted(wa), sorted(wb), strict=True))


class ScreenerVerifier:
    """The screening engine as a verifier: a span names an entity when the engine says ``match``.

    ``screener`` has the engine's ``screen(parties, threshold, limit, viewer)`` returning, per party, hits
    with ``entity_id``, ``score``, ``match``, ``matched_name``, ``record_ids`` and ``explanation``;
    ``make_party`` turns the contract's query object (``{"schema", "names"}``) into the engine's party
    (``epoc.matching.party.Party.from_query``)."""

    def __init__(
        self,
        screener: Any,
        make_party: Callable[[dict[str, Any]], Any],
        threshold: float | None = None,
        viewer: Any = None,
    ) -> None:
        self.screener = screener
        self.make_party = make_party
        self.threshold = threshold
        self.viewer = viewer

    def _party(self, name: str, schema: str | None) -> Any:
        return self.make_party({"schema": schema or "LegalEntity", "names": [name]})

    def verify(self, names: Sequence[str], schema: str | None = None) -> list[VerifiedMatch | None]:
        parties = [self._party(name, schema) for name in names]
        options: dict[str, Any] = {"limit": 1, "viewer": self.viewer}
        if self.threshold is not None:
            options["threshold"] = self.threshold
        out: list[VerifiedMatch | None] = []
        for hits in self.screener.screen(parties, **options):
            matches = [h for h in hits if _get(h, "match")]
            if not matches:
                out.append(None)
                continue
            best = matches[0]
            out.append(
                VerifiedMatch(
                    tuple(_get(best, "record_ids")),
                    str(_get(best, "matched_name")),
                    float(_get(best, "score")),
                    str(_get(best, "entity_id")),
                    "; ".join(str(_get(e, "detail")) for e in _get(best, "explanation") or ()),
                )
            )
        return out

    def verify_among(
        self, names: Sequence[str], schema: str | None, record_ids: Sequence[str]
    ) -> list[VerifiedMatch | None]:
        """The engine's full comparison of each name with these records, no retrieval: a document that
        names a party in Latin letters and again in its own script (*Muhammad Kweider* … محمد قويدر) is
        read as naming it twice, though the index fetches other names for the native one first.
        ``screener.compare_with(party, record_ids, threshold, viewer)`` returns the best record's hit."""
        out: list[VerifiedMatch | None] = []
        for name in names:
            party = self._party(name, schema)
            hit = self.screener.compare_with(party, record_ids, self.threshold, self.viewer)
            if hit is None or not hit.comparison.match:
                out.append(None)
                continue
            comparison = hit.comparison
            out.append(
                VerifiedMatch(
                    (hit.record_id,),
                    comparison.matched_name,
                    comparison.score,
                    None,
                    "; ".join(f.detail for f in comparison.explanation),
                )
            )
        return out


def _get(obj: Any, key: str) -> Any:
    return obj[key] if isinstance(obj, dict) else getattr(obj, key)
