"""The candidate index: sub-linear retrieval over every name form of every record.

Each name is analysed once (every romanisation of it) and posted under three kinds of key: its words, the
phonetic skeletons of its words (so *Hemmat* finds *Himmat* and the consonant skeleton of Persian script),
and the character trigrams of its words (so a typo, or words run together, still shares most keys). A
query adds up, per name, the IDF-weighted keys it shares; the best names give the candidate records, which
the scorer then compares in full. Keys carried by a large share of the list (*Mohammad*, *Trading*) are
skipped when rarer keys are there to decide.

The index is made of **segments**, one per source and version: a changed list rebuilds its own segment only
and a removed one drops it (``CandidateIndex.update``). Segments are saved one file each, named by source,
version and index format, so that a restart loads rather than rebuilds (``save`` / ``load``).
"""

from __future__ import annotations

import os
import pickle
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from epoc.matching.party import Party
from epoc.model import Classification, Identifier, IdentifierKind, Marking, Name, NameKind, Schema, Scope
from epoc.names.analysis import analyse
from epoc.names.symbols import is_symbol

FORMAT = 2  # bump when analysis or keys change: older segment files are then rebuilt
WORD, SOUND, GRAM = 1.0, 0.7, 0.22  # key weights
COMMON_SHARE = 0.02  # keys on more than this share of names are skipped when rarer ones exist
COMMON_FLOOR = 2000


@dataclass(frozen=True, slots=True)
class Entry:
    """A record as the index holds it: what screening needs without going back to the store."""

    record_id: str
    party: Party
    marking: Marking
    caption: str

    def pack(self) -> tuple[Any, ...]:
        """Plain tuples and strings: what a segment file stores (fast to save and load)."""
        p, m = self.party, self.marking
        return (
            self.record_id,
            self.caption,
            (int(m.classification), int(m.scope), tuple(sorted(m.partners)), m.not_for_outreach),
            p.schema.value,
            tuple((n.text, n.kind.value, n.script, n.lang) for n in p.names),
            p.countries,
            p.birth_dates,
            tuple((i.kind.value, i.value) for i in p.identifiers),
            p.addresses,
        )

    @classmethod
    def unpack(cls, data: tuple[Any, ...]) -> Entry:
        record_id, caption, mark, schema, names, countries, birth_dates, identifiers, addresses = data
        party = Party(
            schema=Schema(schema),
            names=tuple(Name(t, NameKind(k), s, lang) for t, k, s, lang in names),
            countries=countries,
            birth_dates=birth_dates,
            identifiers=tuple(Identifier(IdentifierKind(k), v) for k, v in identifiers),
            addresses=addresses,
        )
        marking = Marking(Classification(mark[0]), Scope(mark[1]), frozenset(mark[2]), mark[3])
        return cls(record_id, party, marking, caption)


def _token_keys(token: str, skeleton: str) -> list[tuple[str, float]]:
    keys = [("w" + token, WORD)]
    if len(skeleton) >= 2:
        keys.append(("s" + skeleton, SOUND))
    padded = f"^{token}$"
    keys.extend(("g" + padded[i : i + 3], GRAM) for i in range(len(padded) - 2))
    return keys


def name_keys(text: str, script: str | None, lang: str | None, organisation: bool) -> dict[str, float]:
    """The index keys of a name, with their weights (the best weight where romanisations share a key)."""
    keys: dict[str, float] = {}
    for variant in analyse(text, script, lang, organisation).variants:
        for token, skel in zip(variant.tokens, variant.skeletons, strict=True):
            if is_symbol(token):
                continue
            for key, weight in _token_keys(token, skel):
                if weight > keys.get(key, 0.0):
                    keys[key] = weight
    return keys


@dataclass
class Segment:
    """The index of one source at one version."""

    key: str
    version: int
    packed: list[tuple[Any, ...]]  # ``Entry.pack()`` of each entry, unpacked when a query needs it
    name_entry: npt.NDArray[np.int32]  # name number -> entry number
    vocab: dict[str, int]
    offsets: npt.NDArray[np.int64]  # key number -> start of its postings
    postings: npt.NDArray[np.int32]  # name numbers, grouped by key
    idf: npt.NDArray[np.float32]
    common: int = field(default=COMMON_FLOOR)
    _unpacked: dict[int, Entry] = field(default_factory=dict, repr=False)

    def __getstate__(self) -> dict[str, Any]:
        state = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "_unpacked"}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._unpacked = {}

    def entry(self, number: int) -> Entry:
        found = self._unpacked.get(number)
        if found is None:
            found = self._unpacked[number] = Entry.unpack(self.packed[number])
        return found

    def __len__(self) -> int:
        return len(self.packed)

    @classmethod
    def build(cls, key: str, version: int, entries: Sequence[Entry]) -> Segment:
        vocab: dict[str, int] = {}
        key_ids = array("i")
        name_ids = array("i")
        name_entry = array("i")
        cache: dict[tuple[str, str | None, str | None, bool], list[int]] = {}
        for number, entry in enumerate(entries):
            organisation = entry.party.is_organisation
            for name in entry.party.names:
                signature = (name.text, name.script, name.lang, organisation)
                ids = cache.get(signature)
                if ids is None:
                    ids = [
                        vocab.setdefault(k, len(vocab))
                        for k in name_keys(name.text, name.script, name.lang, organisation)
                    ]
                    if len(cache) < 500_000:
                        cache[signature] = ids
                name_number = len(name_entry)
                name_entry.append(number)
                key_ids.extend(ids)
                name_ids.extend([name_number] * len(ids))
        keys_np = np.frombuffer(key_ids, dtype=np.int32)
        names_np = np.frombuffer(name_ids, dtype=np.int32)
        order = np.argsort(keys_np, kind="stable")
        counts = np.bincount(keys_np, minlength=len(vocab)) if vocab else np.zeros(0, np.int64)
        offsets = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        total = max(1, len(name_entry))
        idf = np.log1p(total / np.maximum(counts, 1)).astype(np.float32)
        return cls(
            key=key,
            version=version,
            packed=[e.pack() for e in entries],
            name_entry=np.frombuffer(name_entry, dtype=np.int32).copy(),
            vocab=vocab,
            offsets=offsets,
            postings=names_np[order].copy(),
            idf=idf,
            common=max(COMMON_FLOOR, int(total * COMMON_SHARE)),
        )

    @property
    def names(self) -> int:
        return len(self.name_entry)

    def search(self, keys: dict[str, float], top: int) -> list[tuple[float, int]]:
        """The best ``top`` entries for these keys: ``(retrieval score, entry number)``, best first."""
        found: list[tuple[int, float, int]] = []  # (document frequency, weight, key number)
        for key, weight in keys.items():
            number = self.vocab.get(key)
            if number is not None:
                df = int(self.offsets[number + 1] - self.offsets[number])
                found.append((df, weight * float(self.idf[number]), number))
        if not found:
            return []
        rare = [f for f in found if f[0] <= self.common]
        chosen = rare if rare else sorted(found)[:3]
        slices = [self.postings[self.offsets[n] : self.offsets[n + 1]] for _, _, n in chosen]
        hits = np.concatenate(slices)
        weights = np.repeat(np.array([w for _, w, _ in chosen], dtype=np.float32), [len(s) for s in slices])
        names, inverse = np.unique(hits, return_inverse=True)
        scores = np.bincount(inverse, weights=weights)
        entries = self.name_entry[names]
        # the best name of each entry
        order = np.lexsort((-scores, entries))
        entries, scores = entries[order], scores[order]
        first = np.ones(len(entries), dtype=bool)
        first[1:] = entries[1:] != entries[:-1]
        entries, scores = entries[first], scores[first]
        if len(scores) > top:
            keep = np.argpartition(-scores, top)[:top]
            entries, scores = entries[keep], scores[keep]
        ranked = np.argsort(-scores, kind="stable")
        return [(float(scores[i]), int(entries[i])) for i in ranked]


def query_keys(party: Party) -> dict[str, float]:
    organisation = party.is_organisation
    keys: dict[str, float] = {}
    for name in party.names:
        if name.kind is NameKind.WEAK_ALIAS:
            continue
        for key, weight in name_keys(name.text, name.script, name.lang, organisation).items():
            if weight > keys.get(key, 0.0):
                keys[key] = weight
    return keys


class CandidateIndex:
    """Segments by source key; ``candidates`` searches them all."""

    def __init__(self, segments: Iterable[Segment] = ()) -> None:
        self.segments: dict[str, Segment] = {s.key: s for s in segments}

    @classmethod
    def build(cls, key: str, entries: Sequence[Entry], version: int = 0) -> CandidateIndex:
        return cls([Segment.build(key, version, entries)])

    @property
    def versions(self) -> dict[str, int]:
        return {key: segment.version for key, segment in self.segments.items()}

    def __len__(self) -> int:
        return sum(len(s) for s in self.segments.values())

    def update(self, key: str, version: int, entries: Sequence[Entry] | None) -> None:
        """Replace one source's segment (``entries=None`` drops it: the source is gone)."""
        if entries is None:
            self.segments.pop(key, None)
        else:
            self.segments[key] = Segment.build(key, version, entries)

    def search(self, party: Party, limit: int) -> list[tuple[float, Entry]]:
        """The best ``limit`` entries for a party, with their retrieval scores, best first."""
        keys = query_keys(party)
        found: list[tuple[float, Entry]] = []
        for segment in self.segments.values():
            found.extend((score, segment.entry(n)) for score, n in segment.search(keys, limit))
        found.sort(key=lambda pair: -pair[0])
        return found[:limit]

    def candidates(self, party: Party, limit: int) -> list[str]:
        """Record ids of the best ``limit`` candidates for a party, best first."""
        return [entry.record_id for _, entry in self.search(party, limit)]

    # -- persistence ------------------------------------------------------------------------------
    @staticmethod
    def segment_file(folder: Path, key: str, version: int) -> Path:
        return folder / f"{key}.v{version}.f{FORMAT}.segment"

    def save(self, folder: Path) -> None:
        """Write each segment not yet on disk; remove files of segments no longer here."""
        folder.mkdir(parents=True, exist_ok=True)
        wanted = {self.segment_file(folder, k, s.version) for k, s in self.segments.items()}
        for key, segment in self.segments.items():
            path = self.segment_file(folder, key, segment.version)
            if not path.exists():
                partial = path.with_suffix(f".tmp{os.getpid()}")
                with partial.open("wb") as out:
                    pickle.dump(segment, out, protocol=pickle.HIGHEST_PROTOCOL)
                partial.replace(path)
        for stale in folder.glob("*.segment"):
            if stale not in wanted:
                stale.unlink(missing_ok=True)

    @classmethod
    def load(cls, folder: Path, versions: dict[str, int]) -> tuple[CandidateIndex, list[str]]:
        """The saved segments of these source versions, and the keys that have none on disk."""
        segments: list[Segment] = []
        missing: list[str] = []
        for key, version in versions.items():
            path = cls.segment_file(folder, key, version)
            try:
                with path.open("rb") as source:
                    segment = pickle.load(source)
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
                missing.append(key)
                continue
            segments.append(segment)
        return cls(segments), missing
