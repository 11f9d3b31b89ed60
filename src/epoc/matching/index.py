"""The candidate index: sub-linear retrieval over every name form of every record.

Each name is analysed once (every romanisation of it) and posted under three kinds of key: its words, the
phonetic skeletons of its words (so *Hemmat* finds *Himmat* and the consonant skeleton of Persian script),
and the character trigrams of its words (so a typo, or words run together, still shares most keys). A
query adds up, per name, the IDF-weighted keys it shares; the best names give the candidate records, which
the scorer then compares in full. Keys carried by a large share of the list (*Mohammad*, *Trading*) are
skipped when rarer keys are there to decide.

Identifiers (passport, registration, IMO …) are keys too, so that a query giving one finds its record
whatever the names say.

The index is made of **segments**, one per source and version: a changed list rebuilds its own segment only
and a removed one drops it (``CandidateIndex.update``). Segments are saved one file each, named by source,
version and index format, so that a restart loads rather than rebuilds (``save`` / ``load``).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import pickle
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import OSA

from epoc.matching.party import Party, is_organisation
from epoc.model import Classification, Identifier, IdentifierKind, Marking, Name, NameKind, Schema, Scope
from epoc.names import frequency
from epoc.names.analysis import (
    analyse,
    double_barrelled_split,
    native_core,
    remember,
    tokenise,
    without_title,
)
from epoc.names.fold import IDENTIFIER_MIN_LENGTH, fold_identifier
from epoc.names.hangul import romanise_syllables
from epoc.names.hanja import korean_readings
from epoc.names.language import JAPANESE, KOREAN, KOREAN_FAMILY_NAMES, name_language
from epoc.names.phonetic import skeleton
from epoc.names.script import ARABIC, CYRILLIC, HAN, HANGUL, LATIN, detect_script
from epoc.names.syllables import kontsevich_readings, mandarin_readings, palladius_readings
from epoc.names.symbols import is_symbol, symbolise
from epoc.names.transcription import sound_classes, transcribes, transcription_classes
from epoc.names.translit import latin_forms

NEAR_FROM = 4  # query words of this many letters or more that the list does not hold look for near ones
TWO_EDITS_FROM = 9  # words of this many letters may be two edits from a listed one
NEAR_WORDS = 8  # at most this many near words per query word
NEAR = 0.9  # a near word's key weighs this much of the word's own
NEAR_KEPT = 100_000  # words whose near words a segment keeps (then it forgets them all)
FORMAT = 64  # bump when analysis or keys change: older segment files are then rebuilt
WORD, SOUND, GRAM, IDENTIFIER = 1.0, 0.7, 0.22, 3.0  # key weights
# a foreign person's name in characters, Hangul or Cyrillic shares few letters with its Latin spelling: its
# consonant classes fetch it (``transcription.sound_classes``, ``read_by_sound``), weighed as a word. Dev Han
# pairs, 5,000 listed names, the listed name among 15 candidates: 0.62 -> 0.72 (0.5: 0.71, 2.0: 0.70)
CLASSES = 1.0
COVER = 0.25  # a name most of whose keys the query shares ranks up to this share higher
COMMON_SHARE = 0.08  # words on more than this share of names are skipped when rarer keys exist
COMMON_FLOOR = 2000
COMMON_GRAM_SHARE = 0.004  # trigrams are many: only the rarer ones are worth their postings
COMMON_GRAM_FLOOR = 400
PARALLEL_BUILD_FROM = 200_000  # entries from which the keys are computed on every core
NAMES_PER_ENTRY = 4  # names of a candidate passed to the scorer: the ones that retrieved it best
# Segments of up to this many names keep each entry's names analysed (``Segment.forms``), so that screening
# does not analyse a candidate's names again in every process; bigger ones analyse on demand (analysing a
# million names would double their build).
FORMS_UP_TO = 300_000


_MASS_WEIGHTS = {"w": WORD, "s": SOUND, "g": GRAM}  # what a listed name's keys weigh (identifiers aside)

# enum lookups by value, without the cost of calling the enum class (unpacking is on the query path)
_SCHEMAS = {s.value: s for s in Schema}
_NAME_KINDS = {k.value: k for k in NameKind}
_ID_KINDS = {k.value: k for k in IdentifierKind}
_CLASSIFICATIONS = {int(c): c for c in Classification}
_SCOPES = {int(s): s for s in Scope}


class PackedEntry(NamedTuple):
    """An entry as plain tuples and strings (``Entry.pack()``, ``epoc.store.screening.index_rows``): what a
    segment keeps and saves, fast to pickle and load; unpacked into an ``Entry`` when a query needs it."""

    record_id: str
    caption: str
    marking: tuple[int, int, tuple[str, ...], bool]  # classification, scope, partners, not for outreach
    schema: str
    names: tuple[tuple[str, str, str | None, str | None], ...]  # text, kind, script, lang
    countries: tuple[str, ...]
    birth_dates: tuple[str, ...]
    identifiers: tuple[tuple[str, str], ...]  # kind, value
    addresses: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entry:
    """A record as the index holds it: what screening needs without going back to the store."""

    record_id: str
    party: Party
    marking: Marking
    caption: str

    def pack(self) -> PackedEntry:
        """Plain tuples and strings: what a segment file stores (fast to save and load)."""
        p, m = self.party, self.marking
        return PackedEntry(
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
    def unpack(cls, data: PackedEntry) -> Entry:
        record_id, caption, mark, schema, names, countries, birth_dates, identifiers, addresses = data
        party = Party(
            schema=_SCHEMAS[schema],
            names=tuple(Name(t, _NAME_KINDS[k], s, lang) for t, k, s, lang in names),
            countries=countries,
            birth_dates=birth_dates,
            identifiers=tuple(Identifier(_ID_KINDS[k], v) for k, v in identifiers),
            addresses=addresses,
        )
        marking = Marking(_CLASSIFICATIONS[mark[0]], _SCOPES[mark[1]], frozenset(mark[2]), mark[3])
        return cls(record_id, party, marking, caption)


@lru_cache(maxsize=500_000)
def token_keys(token: str) -> tuple[tuple[str, float], ...]:
    """The keys of one word: itself, its phonetic skeleton, its character trigrams (with the word's ends)."""
    keys = [("w" + token, WORD)]
    skel = skeleton(token)
    if len(skel) >= 2:
        keys.append(("s" + skel, SOUND))
    padded = f"^{token}$"
    keys.extend(("g" + padded[i : i + 3], GRAM) for i in range(len(padded) - 2))
    return tuple(keys)  # a trigram twice in a word is posted once: the name's keys are a set


def name_tokens(text: str, script: str | None, lang: str | None, organisation: bool) -> set[str]:
    """The words (not symbols) of every romanisation of a name, as the index keys them. Uncached: the
    index build sees each name once."""
    text = native_core(text, script)
    if not organisation:
        text = without_title(text, script if script not in (LATIN, None) else detect_script(text))
    forms = (text.lower(),) if text.isascii() else latin_forms(text, script, lang)
    split = None if organisation else double_barrelled_split(text)
    if split is not None and (text.isascii() or detect_script(text) == LATIN):
        # the parts of a double name, as analysis reads them too
        forms = (*forms, *((split.lower(),) if split.isascii() else latin_forms(split, script, lang)))
    written = None if organisation or text.isascii() else (script or detect_script(text))
    if written == HANGUL:
        # a Chinese person's name as Korean writes Mandarin (리팡웨이), read back into pinyin: its Korean
        # romanisation (ri pangwei) shares too few keys with LI, Fangwei to fetch it
        forms = (*forms, *mandarin_readings(text))
        if name_language(text, HANGUL) == KOREAN:
            # ... and a Korean name a syllable a word, as the lists write the given name (김여정: KIM, Yo
            # Jong), which the joined romanisation (yojong) does not key
            forms = (*forms, *_syllable_words(text))
    elif written == CYRILLIC:  # ... and as Russian writes it (Ли Фанвэй: li fanvey), a Korean name too
        korean = [form for hangul in kontsevich_readings(text) for form in _syllable_words(hangul)]
        forms = (*forms, *palladius_readings(text), *korean)
    elif written == HAN and _may_be_korean(text):
        # ... and a Korean name in Chinese characters as Korean reads them (金正恩: kim jong un), which
        # shares no key with its Mandarin reading (jin zhengen)
        korean_read = [
            form
            for hangul in korean_readings(text, 2)
            # the given name run together (CHO, Yongwon) and a syllable a word (KIM, Yo Jong)
            for form in (*latin_forms(hangul, HANGUL), *_syllable_words(hangul))
        ]
        forms = (*forms, *korean_read)
    if organisation and not text.isascii() and (script or detect_script(text)) == HAN:
        # a body's name in characters as Korean reads them (端川商业银行: tanchon sangop unhaeng), which
        # the lists write in Hangul for North Korea's bodies
        forms = (
            *forms,
            *(f for k in korean_readings("".join(text.split()), 2) for f in latin_forms(k, HANGUL)),
        )
    out: set[str] = set()
    for form in forms:
        plain = tokenise.__wrapped__(form)
        out.update(t for t in (symbolise(plain) if organisation else plain) if not is_symbol(t))
    return out


def _syllable_words(hangul: str) -> tuple[str, ...]:
    """A Korean name in Hangul a syllable a word, as the lists write it (KIM, Yo Jong), in McCune-Reischauer
    and Revised Romanization."""
    return tuple(" ".join(romanise_syllables(hangul, system)) for system in ("mr", "rr"))


def _may_be_korean(han: str) -> bool:
    """A personal name in characters shaped as Korean names are: three characters, the first read as a
    Korean family name (金 김, 崔 최), not read as Japanese. Only such names are keyed by their Korean
    reading too: the keys of every Chinese name's Korean reading crowded out the Latin spellings of
    Chinese names (dev Han pairs: 18 of 1,773 fewer among the candidates)."""
    core = han.replace(" ", "")
    if len(core) != 3 or name_language(han, HAN) == JAPANESE:
        return False
    return any(reading[0] in KOREAN_FAMILY_NAMES for reading in korean_readings(core[0]))


def name_keys(text: str, script: str | None, lang: str | None, organisation: bool) -> dict[str, float]:
    """The index keys of a name, with their weights (the best weight where romanisations share a key)."""
    keys: dict[str, float] = {}
    for token in name_tokens(text, script, lang, organisation):
        for key, weight in token_keys(token):
            if weight > keys.get(key, 0.0):
                keys[key] = weight
    # in one order whatever the process: a name's tokens come from a set, whose order follows the string
    # hash seed, and the retrieval scores are float sums over the keys in this order (ties must not move)
    return dict(sorted(keys.items()))


@dataclass
class Segment:
    """The index of one source at one version."""

    key: str
    version: int
    packed: list[PackedEntry]  # each entry packed, unpacked when a query needs it
    name_entry: npt.NDArray[np.int32]  # name number -> entry number
    name_pos: npt.NDArray[np.int16]  # name number -> its position among the entry's names
    vocab: dict[str, int]
    offsets: npt.NDArray[np.int64]  # key number -> start of its postings
    postings: npt.NDArray[np.int32]  # name numbers, grouped by key
    idf: npt.NDArray[np.float32]
    mass: npt.NDArray[np.float32]  # name number -> the weighted IDF of all its keys (identifiers aside)
    common: int = field(default=COMMON_FLOOR)
    common_gram: int = field(default=COMMON_GRAM_FLOOR)
    forms: list[bytes] = field(default_factory=list)  # per entry: its names analysed, pickled (or b"")
    _unpacked: dict[int, Entry] = field(default_factory=dict, repr=False)
    _offsets: list[int] | None = field(default=None, repr=False)
    _idf: list[float] | None = field(default=None, repr=False)
    _by_length: dict[tuple[str, int], list[str]] | None = field(default=None, repr=False)
    _near: dict[str, list[str]] = field(default_factory=dict, repr=False)  # near_words by word
    _numbers: dict[str, int] | None = field(default=None, repr=False)

    def __getstate__(self) -> dict[str, Any]:
        state = {k: getattr(self, k) for k in self.__dataclass_fields__ if not k.startswith("_")}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._unpacked = {}
        self._offsets = self._idf = None
        self._by_length = None
        self._near = {}
        self._numbers = None

    def _lists(self) -> tuple[list[int], list[float]]:
        """Offsets and IDF as Python lists: a query reads a few dozen of each, and indexing a list is
        several times cheaper than indexing an array one element at a time."""
        if self._offsets is None or self._idf is None:
            self._offsets, self._idf = self.offsets.tolist(), self.idf.astype(np.float64).tolist()
        return self._offsets, self._idf

    def entry(self, number: int) -> Entry:
        found = self._unpacked.get(number)
        if found is None:
            found = self._unpacked[number] = Entry.unpack(self.packed[number])
            if self.forms and self.forms[number]:
                remember(pickle.loads(self.forms[number]))  # our own segment file
        return found

    def entry_of(self, record_id: str) -> Entry:
        """The entry of this record (``KeyError`` if the segment has none)."""
        if self._numbers is None:
            self._numbers = {item.record_id: number for number, item in enumerate(self.packed)}
        return self.entry(self._numbers[record_id])

    def __len__(self) -> int:
        return len(self.packed)

    @classmethod
    def build(cls, key: str, version: int, packed: Sequence[tuple[Any, ...]], workers: int = 0) -> Segment:
        """A segment over entries given packed (``Entry.pack()``, or ``epoc.store.screening.index_rows``;
        plain tuples in that order are taken too). Big lists are keyed on every core (``workers``: 0 = as
        many as there are, up to 4)."""
        entries = [p if isinstance(p, PackedEntry) else PackedEntry._make(p) for p in packed]
        workers = workers or min(4, os.cpu_count() or 1)
        if workers > 1 and len(entries) >= PARALLEL_BUILD_FROM and "fork" in mp.get_all_start_methods():
            parts = _keyed_in_parallel(entries, workers)
        else:
            parts = [_keyed(entries, 0, len(entries))]
        vocab: dict[str, int] = {}
        keys_all, names_all, entries_all, positions_all = [], [], [], []
        name_base = 0
        for part in parts:
            remap = np.fromiter(
                (vocab.setdefault(k, len(vocab)) for k in part.keys), np.int32, len(part.keys)
            )
            keys_all.append(remap[part.key_ids] if len(part.keys) else part.key_ids)
            names_all.append(part.name_ids + name_base)
            entries_all.append(part.name_entry)
            positions_all.append(part.name_pos)
            name_base += len(part.name_entry)
        segment = cls._assemble(
            key,
            version,
            entries,
            vocab,
            np.concatenate(keys_all).astype(np.int32),
            np.concatenate(names_all).astype(np.int32),
            np.concatenate(entries_all).astype(np.int32),
            np.concatenate(positions_all).astype(np.int16),
        )
        if name_base <= FORMS_UP_TO:
            segment.forms = [analysed(item) for item in entries]
        return segment

    @property
    def names(self) -> int:
        return len(self.name_entry)

    def learn_frequencies(self) -> None:
        """Tell the scorer how common each word is among these names (``epoc.names.frequency``)."""
        offsets = self.offsets
        counts = {
            key[1:]: int(offsets[number + 1] - offsets[number])
            for key, number in self.vocab.items()
            if key[0] == "w"
        }
        frequency.learn(counts, self.names, self)

    def pairs(self) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int32]]:
        """Every (key number, name number) posting, the inverse of the compressed layout."""
        counts = np.diff(self.offsets)
        return np.repeat(np.arange(len(counts), dtype=np.int32), counts), self.postings

    @classmethod
    def merge(cls, segments: Sequence[Segment]) -> Segment:
        """One searchable segment over several (one vocabulary, one set of postings, global IDF), so that
        a query costs one lookup however many lists there are."""
        vocab: dict[str, int] = {}
        all_keys, all_names = [], []
        name_base = 0
        for segment in segments:
            remap = np.fromiter(
                (vocab.setdefault(k, len(vocab)) for k in segment.vocab),
                dtype=np.int32,
                count=len(segment.vocab),
            )
            order = np.empty(len(segment.vocab), dtype=np.int32)
            order[np.fromiter(segment.vocab.values(), dtype=np.int64, count=len(segment.vocab))] = remap
            keys, names = segment.pairs()
            all_keys.append(order[keys])
            all_names.append(names + name_base)
            name_base += segment.names
        keys_np = np.concatenate(all_keys) if all_keys else np.zeros(0, np.int32)
        names_np = np.concatenate(all_names) if all_names else np.zeros(0, np.int32)
        entry_bases = np.cumsum([0] + [len(s) for s in segments[:-1]]).tolist()
        name_entry = np.concatenate(
            [s.name_entry + base for s, base in zip(segments, entry_bases, strict=True)]
            or [np.zeros(0, np.int32)]
        ).astype(np.int32)
        name_pos = np.concatenate([s.name_pos for s in segments] or [np.zeros(0, np.int16)])
        packed = [p for s in segments for p in s.packed]
        merged = cls._assemble("*", 0, packed, vocab, keys_np, names_np, name_entry, name_pos)
        if any(s.forms for s in segments):
            merged.forms = [f for s in segments for f in (s.forms or [b""] * len(s))]
        return merged

    @classmethod
    def _assemble(
        cls,
        key: str,
        version: int,
        packed: list[PackedEntry],
        vocab: dict[str, int],
        keys_np: npt.NDArray[np.int32],
        names_np: npt.NDArray[np.int32],
        name_entry: npt.NDArray[np.int32],
        name_pos: npt.NDArray[np.int16],
    ) -> Segment:
        order = np.argsort(keys_np, kind="stable")
        counts = np.bincount(keys_np, minlength=len(vocab)) if len(vocab) else np.zeros(0, np.int64)
        offsets = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        total = max(1, len(name_entry))
        idf = np.log1p(total / np.maximum(counts, 1)).astype(np.float32)
        kind = np.fromiter((_MASS_WEIGHTS.get(k[0], 0.0) for k in vocab), np.float32, len(vocab))
        key_mass = (kind * idf) if len(vocab) else np.zeros(0, np.float32)
        mass = np.bincount(names_np, weights=key_mass[keys_np], minlength=len(name_entry)).astype(np.float32)
        return cls(
            key=key,
            version=version,
            packed=packed,
            name_entry=name_entry,
            name_pos=name_pos,
            vocab=vocab,
            offsets=offsets,
            postings=names_np[order].copy(),
            idf=idf,
            mass=mass,
            common=max(COMMON_FLOOR, int(total * COMMON_SHARE)),
            common_gram=max(COMMON_GRAM_FLOOR, int(total * COMMON_GRAM_SHARE)),
        )

    def near_words(self, word: str) -> list[str]:
        """Listed words within one edit of ``word`` (two from ``TWO_EDITS_FROM`` letters) that begin with
        its letter: a long word typed with a slip still finds the names that carry it (a slip in the first
        letter is rarer, and the trigram keys are still there for it). Kept by word: a batch meets the
        same misspelt or unlisted word again."""
        known = self._near.get(word)
        if known is not None:
            return known
        if self._by_length is None:
            by_length: dict[tuple[str, int], list[str]] = {}
            for key in self.vocab:
                if key[0] == "w" and len(key) > NEAR_FROM and key[1:].isalpha():
                    by_length.setdefault((key[1], len(key) - 1), []).append(key[1:])
            self._by_length = by_length
        allowed = 2 if len(word) >= TWO_EDITS_FROM else 1
        found: list[tuple[int, str]] = []
        for size in range(len(word) - allowed, len(word) + allowed + 1):
            pool = self._by_length.get((word[0], size))
            if pool:
                for near, distance, _ in process.extract(
                    word, pool, scorer=OSA.distance, score_cutoff=allowed, limit=NEAR_WORDS
                ):
                    found.append((int(distance), near))
        if len(self._near) >= NEAR_KEPT:
            self._near.clear()
        known = self._near[word] = [near for _, near in sorted(found)[:NEAR_WORDS]]
        return known

    def search(self, keys: dict[str, float], top: int) -> list[tuple[float, int, tuple[int, ...]]]:
        """The best ``top`` entries for these keys: ``(retrieval score, entry number, positions of its
        names that scored best)``, best first. A long word the list does not hold brings in the listed
        words a typo or two away from it (``near_words``)."""
        found: list[tuple[int, float, int, bool]] = []  # (document frequency, weight, key number, rare)
        offsets, idf = self._lists()
        near: dict[str, float] = {}
        for key, weight in keys.items():
            if key[0] == "w" and len(key) > NEAR_FROM and key not in self.vocab and key[1:].isalpha():
                for word in self.near_words(key[1:]):
                    near["w" + word] = max(near.get("w" + word, 0.0), weight * NEAR)
        if near:
            keys = {**near, **keys}
        for key, weight in keys.items():
            number = self.vocab.get(key)
            if number is not None:
                start = offsets[number]
                df = offsets[number + 1] - start
                limit = self.common_gram if key[0] == "g" else self.common
                found.append((df, weight * idf[number], number, df <= limit))
        if not found:
            return []
        rare = [f for f in found if f[3]]
        chosen = rare if rare else sorted(found)[:3]
        slices = [self.postings[offsets[n] : offsets[n + 1]] for _, _, n, _ in chosen]
        hits = np.concatenate(slices)
        weights = np.repeat(
            np.array([w for _, w, _, _ in chosen], dtype=np.float64), [len(x) for x in slices]
        )
        names: npt.NDArray[np.int64]
        scores: npt.NDArray[np.float64]
        if len(hits) * 10 < self.names:  # few hits: sort them rather than count into every name (measured:
            # sorting 8,000 of 81,000 costs as much as the count). Each key's postings are in name order, so
            # a stable sort merges runs (half the time of np.unique's), and keeps each name's weights in the
            # order the count would add them
            order = np.argsort(hits, kind="stable")
            hits, weights = hits[order], weights[order]
            starts = np.concatenate(([True], hits[1:] != hits[:-1]))
            names = hits[starts].astype(np.int64)
            scores = np.asarray(np.bincount(np.cumsum(starts) - 1, weights=weights), dtype=np.float64)
        else:
            per_name = np.bincount(hits, weights=weights, minlength=self.names)
            names = np.flatnonzero(per_name)
            scores = np.asarray(per_name[names], dtype=np.float64)
        # of names sharing as much with the query, the one the query covers best first: a typo'd *Abdul
        # Rahman* is the listed *Abdul Rahman* before *Abdul Rahman Yasin Al-Jabouri*
        scores = scores * (1.0 + COVER * np.minimum(1.0, scores / np.maximum(self.mass[names], 1e-6)))
        if len(names) > top * 8:  # keep the best names, enough to fill ``top`` entries
            keep = np.argpartition(-scores, top * 8)[: top * 8]
            names, scores = names[keep], scores[keep]
        # each entry's names best first (ties: the primary name), so an entry's score is its first name's
        entries = self.name_entry[names]
        positions = self.name_pos[names]
        order = np.lexsort((positions, -scores, entries))
        entries, scores, positions = entries[order], scores[order], positions[order]
        starts = np.flatnonzero(np.concatenate(([True], entries[1:] != entries[:-1])))
        ends = np.append(starts[1:], len(entries))
        ranked = np.lexsort((entries[starts], -scores[starts]))[:top]  # ties: list order
        # read as Python numbers once: a few hundred at most, and an array read one element at a time is
        # several times dearer than a list
        score_at, position_at, entry_at = scores.tolist(), positions.tolist(), entries.tolist()
        start_at, end_at = starts.tolist(), ends.tolist()
        out = []
        for group in ranked.tolist():
            start = start_at[group]
            stop = min(end_at[group], start + NAMES_PER_ENTRY)
            score = score_at[start]
            picked = tuple(
                pos
                for s, pos in zip(score_at[start:stop], position_at[start:stop], strict=True)
                if s >= score * 0.5
            )
            out.append((score, entry_at[start], picked))
        return out


@dataclass
class _Keyed:
    """The postings of a slice of entries, with key numbers local to the slice."""

    keys: list[str]
    key_ids: npt.NDArray[np.int32]
    name_ids: npt.NDArray[np.int32]  # local name numbers
    name_entry: npt.NDArray[np.int32]  # global entry numbers
    name_pos: npt.NDArray[np.int16]


def _keyed(packed: Sequence[PackedEntry], start: int, stop: int) -> _Keyed:
    vocab: dict[str, int] = {}
    key_ids = array("i")
    name_ids = array("i")
    name_entry = array("i")
    name_pos = array("h")
    token_ids: dict[str, list[int]] = {}
    for number in range(start, stop):
        item = packed[number]
        names = item.names
        organisation = is_organisation(_SCHEMAS[item.schema], [n[0] for n in names])
        identifiers = [identifier_key(value) for _kind, value in item.identifiers]
        for position, (text, _kind, script, lang) in enumerate(names[:32000]):
            found: set[int] = set()
            if position == 0:  # identifiers are the record's: posted once, with its first name
                found.update(vocab.setdefault(k, len(vocab)) for k in identifiers if k)
            tokens = name_tokens(text, script, lang, organisation)
            for token in tokens:
                known = token_ids.get(token)
                if known is None:
                    known = token_ids[token] = [vocab.setdefault(k, len(vocab)) for k, _ in token_keys(token)]
                found.update(known)
            if not organisation and (text.isascii() or (script or detect_script(text)) == LATIN):
                found.update(vocab.setdefault(k, len(vocab)) for k in sound_keys(tokens))
            name_number = len(name_entry)
            name_entry.append(number)
            name_pos.append(position)
            key_ids.extend(found)
            name_ids.extend([name_number] * len(found))
    return _Keyed(
        list(vocab),
        np.frombuffer(key_ids, dtype=np.int32).copy(),
        np.frombuffer(name_ids, dtype=np.int32).copy(),
        np.frombuffer(name_entry, dtype=np.int32).copy(),
        np.frombuffer(name_pos, dtype=np.int16).copy(),
    )


_PACKED: Sequence[PackedEntry] = ()  # handed to forked workers


def _keyed_slice(bounds: tuple[int, int]) -> _Keyed:
    return _keyed(_PACKED, *bounds)


def _keyed_in_parallel(packed: Sequence[PackedEntry], workers: int) -> list[_Keyed]:
    global _PACKED  # noqa: PLW0603  (read by the forked workers; set and cleared here only)
    size = -(-len(packed) // workers)
    bounds = [(i, min(len(packed), i + size)) for i in range(0, len(packed), size)]
    _PACKED = packed
    try:
        with mp.get_context("fork").Pool(workers) as pool:
            return pool.map(_keyed_slice, bounds)
    finally:
        _PACKED = ()


def analysed(item: PackedEntry) -> bytes:
    """A packed entry's names analysed as the scorer will meet them (an organisation's if the entry is
    one), pickled with the arguments that give them."""
    names = item.names
    organisation = is_organisation(_SCHEMAS[item.schema], [n[0] for n in names])
    forms = tuple(
        ((text, script, lang, organisation), analyse(text, script, lang, organisation).pack())
        for text, _kind, script, lang in names
    )
    return pickle.dumps(forms, protocol=pickle.HIGHEST_PROTOCOL)


def identifier_key(value: str) -> str | None:
    """The index key of an identifier: folded, and none for one too short to say anything alone."""
    folded = fold_identifier(value)
    return "i" + folded if len(folded) >= IDENTIFIER_MIN_LENGTH else None


# A name in Arabic script romanises without its short vowels (mhmd, qwydr): as no Latin list spells it, so
# its words are rare in the index and weigh most, and fetch the lists' other Arabic-script names first.
# A second search weighs its words' sounds (skeletons) over their letters, and adds the Latin-only records
# it finds: of the Latin-only records of a party whose Arabic-script name the scorer matches with them,
# the index fetched 47 % by the first search alone, 84 % with the second (bench/native_retrieval.py)
ARABIC_LETTERS = 0.1


def _read_from_arabic(name: Name) -> bool:
    return name.kind is not NameKind.WEAK_ALIAS and (name.script or detect_script(name.text)) == ARABIC


def sound_keys(words: Iterable[str]) -> set[str]:
    """The consonant-class keys of a listed person's Latin words, as their languages say them: a name a
    transcription writes by sound is fetched by them (``read_by_sound``)."""
    return {"t" + c for word in words if len(word) >= 3 for c in sound_classes(word)}


_BY_SOUND = frozenset((HAN, HANGUL, CYRILLIC))


def read_by_sound(name: Name) -> bool:
    """A name in characters, Hangul or Cyrillic not read as a Chinese, Japanese, Korean or Slavic
    personal name, in characters only those transcriptions use: it may be a foreign one written by its
    sounds (沃謝羅, Соссье). (A Chinese name of characters the language reader does not know, 簡碧雲, fetched
    more candidates only for their skeletons to meet it by chance.)"""
    return _sounded(name) is not None


def _sounded(name: Name) -> str | None:
    """The name as ``read_by_sound`` reads it (without its quotes and brackets), or None."""
    script = name.script or detect_script(name.text)
    if script not in _BY_SOUND:
        return None
    core = native_core(name.text, script)
    return core if name_language(core, script) is None and (script != HAN or transcribes(core)) else None


def fetched_by_sound(party: Party) -> bool:
    """A person with a name ``read_by_sound``: its consonant classes fetch its foreign names."""
    return not party.is_organisation and any(read_by_sound(n) for n in party.names)


def query_keys(party: Party, arabic_letters: float = 1.0) -> dict[str, float]:
    """The keys of a party's names and identifiers; ``arabic_letters`` weighs the word and letter keys of
    its names in Arabic script (their sound keys keep their weight)."""
    organisation = party.is_organisation
    keys: dict[str, float] = {}
    for identifier in party.identifiers:
        key = identifier_key(identifier.value)
        if key:
            keys[key] = IDENTIFIER
    for name in party.names:
        if name.kind is NameKind.WEAK_ALIAS:
            continue
        letters = arabic_letters if arabic_letters != 1.0 and _read_from_arabic(name) else 1.0
        sounded = None if organisation else _sounded(name)
        if sounded is not None:
            keys.update(dict.fromkeys(("t" + c for c in transcription_classes(sounded)), CLASSES))
        for key, weight in name_keys(name.text, name.script, name.lang, organisation).items():
            weighed = weight if key[0] == "s" else weight * letters
            if weighed > keys.get(key, 0.0):
                keys[key] = weighed
    # in one order whatever the process: a name's tokens come from a set, whose order follows the string
    # hash seed, and the retrieval scores are float sums over the keys in this order (ties must not move)
    return dict(sorted(keys.items()))


class CandidateIndex:
    """Segments by source key; ``candidates`` searches them all."""

    def __init__(self, segments: Iterable[Segment] = ()) -> None:
        self.segments: dict[str, Segment] = {s.key: s for s in segments}
        self._merged: Segment | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"segments": self.segments}  # merged again where it lands (and teaches that process)

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.segments = state["segments"]
        self._merged = None

    @property
    def searchable(self) -> Segment | None:
        """The one segment queries run on: the only one, or all of them merged (rebuilt after a change).
        The process's table of how common words are is this segment's whenever it is searched: a worker
        that holds a copy of an index (Dask, forked processes) scores as the process that made it does."""
        merged = self._merged
        if merged is None and self.segments:
            parts = [self.segments[k] for k in sorted(self.segments)]
            merged = self._merged = parts[0] if len(parts) == 1 else Segment.merge(parts)
        if merged is not None and not frequency.taught_by(merged):
            merged.learn_frequencies()
        return merged

    @classmethod
    def build(cls, key: str, entries: Sequence[Entry], version: int = 0) -> CandidateIndex:
        return cls([Segment.build(key, version, [e.pack() for e in entries])])

    @property
    def versions(self) -> dict[str, int]:
        return {key: segment.version for key, segment in self.segments.items()}

    def __len__(self) -> int:
        return sum(len(s) for s in self.segments.values())

    def update(self, key: str, version: int, entries: Sequence[Entry | tuple[Any, ...]] | None) -> None:
        """Replace one source's segment (``entries=None`` drops it: the source is gone); entries may come
        packed."""
        if entries is None:
            self.segments.pop(key, None)
        else:
            packed = [e.pack() if isinstance(e, Entry) else e for e in entries]
            self.segments[key] = Segment.build(key, version, packed)
        self._merged = None

    def put(self, segment: Segment) -> None:
        """Add or replace a segment (one loaded from disk)."""
        self.segments[segment.key] = segment
        self._merged = None

    def search(self, party: Party, limit: int) -> list[tuple[float, Entry, tuple[int, ...]]]:
        """The best ``limit`` entries for a party, best first: retrieval score, the entry, and the
        positions of the entry's names that retrieved it best."""
        segment = self.searchable
        if segment is None:
            return []
        found = segment.search(query_keys(party), limit)
        if any(_read_from_arabic(name) for name in party.names):
            seen = {number for _, number, _ in found}
            by_sound = segment.search(query_keys(party, ARABIC_LETTERS), limit)
            found += [hit for hit in by_sound if hit[1] not in seen]
        return [(score, segment.entry(n), names) for score, n, names in found]

    def candidates(self, party: Party, limit: int) -> list[str]:
        """Record ids of the best ``limit`` candidates for a party, best first."""
        return [entry.record_id for _, entry, _ in self.search(party, limit)]

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
