"""The gazetteer: every name form of every record in the store, found in a text in one pass.

An Aho-Corasick automaton holds each name's folded form (``textmap.fold_key``); a text is folded the same
way and scanned once, whatever the number of names. Guards keep the list's noise out of the results:

- weak aliases never match alone (they confirm; they do not find);
- a name made only of generic words (``Trading Company``, ``Industrial Group``), a country's name, or one
  too short to tell apart is not a pattern;
- in Latin, Cyrillic and Greek text a match must look like a name where it stands: capitalised (or in
  capitals), not a common word in lower case; an acronym (``SHIG``, ``KOMID``) matches only in capitals;
- words are whole words (a space or the text's edge on each side), except in Han and Kana, which write no
  spaces, and on the right of Hangul, where particles follow the name (``조선광업개발무역회사는``);
- a name that ends in a legal form (``Co., Ltd.``, ``Company``, ``GmbH``) is also found without it, and the
  span then takes in whatever legal form the text writes.

``Gazetteer.find`` returns raw hits (every record behind every matching name form); ``extract`` picks the
longest non-overlapping ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from epoc.documents.countries import is_country_name
from epoc.documents.textmap import FoldedText, fold_key, is_abbreviation
from epoc.model import NameKind
from epoc.names.acronyms import acronym_of
from epoc.names.frequency import general_words
from epoc.names.legal_forms import says_some_organisation
from epoc.names.script import HAN, HANGUL, KANA, LATIN, detect_script
from epoc.names.syllables import reads_as_pinyin

LEGAL_FORMS = frozenset(
    ["co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "llp",
     "plc", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "fze", "fzco", "fzc", "fz",
     "jsc", "ojsc", "cjsc", "pjsc", "pte", "pty", "sdn", "bhd", "est", "establishment", "ooo", "oao",
     "zao", "pao", "the"]
)  # fmt: skip
# Words too common in running text to be a name on their own, whatever a list says.
_STOP = frozenset(
    ["a", "an", "and", "of", "for", "in", "on", "at", "to", "by", "with", "from", "as", "or", "the",
     "de", "del", "la", "le", "des", "du", "di", "da", "al", "el", "bin", "ibn", "von", "van", "new",
     "general", "national", "international", "state", "central", "islamic", "republic", "people",
     "peoples", "s"]
)  # fmt: skip
_PARTICLES = _STOP | LEGAL_FORMS | {"al", "el", "ul", "ud", "bint", "abu", "abd", "und", "y", "e"}
_CASELESS = {HAN, HANGUL, KANA}
_ACRONYM = re.compile(r"^(?=(?:[0-9&-]*[A-Z]){2})[A-Z0-9][A-Z0-9&-]{1,9}$")  # SHIG, KOMID, 3MG
# Acronyms of the regime's own vocabulary and of the Annex: a list alias spelled like one is not found.
_DOMAIN_ACRONYMS = frozenset(
    ["TEM", "POC", "MTCR", "NSG", "AG", "WA", "IE", "RT", "TOM", "UN", "EU", "US", "UK", "USA", "UAE",
     "PRC", "DPRK", "ROK", "WMD", "CEO", "CFO", "OFAC", "BIS", "FBI", "DOJ", "IAEA", "GPS", "GNSS",
     "CNC", "UAV", "UAVS", "IMU", "INS", "ADC", "HTPB", "CTPB", "UDMH", "MMH", "ADN", "FOG", "RLG",
     "TVC", "SLV", "ICBM", "IRBM", "MRBM", "SRBM", "TEL", "RCS", "CFD", "EO", "IEEPA", "UNSC", "UNSCR",
     "TFI", "AEO", "FAQ", "EAR", "ITAR", "CIF", "FOB", "LC", "HS", "PDF", "DOCX", "ID", "NO"]
)  # fmt: skip
# Everyday words some lists use as a one-word alias ("Global", "Equality"): not found on their own.
_COMMON_WORDS = frozenset(
    ["global", "golden", "royal", "eagle", "phoenix", "alpha", "delta", "omega", "united", "pacific",
     "atlantic", "orient", "oriental", "union", "victory", "future", "unity", "liberty", "freedom",
     "justice", "mercury", "fortune", "premier", "capital", "network", "express", "ocean", "energy",
     "summit", "vision", "galaxy", "crystal", "diamond", "silver", "platinum", "equality", "mushroom",
     "millionaire", "dragon", "falcon", "tiger", "horizon", "genesis", "matrix", "element", "impact",
     "legacy", "quantum", "nexus", "apex", "vertex", "zenith", "infinity"]
)  # fmt: skip
MIN_KEY = 4  # folded characters, Latin-like scripts
MIN_KEY_CJK = 2  # Han, Kana and Hangul characters (a name of two syllables is still a name)
MIN_SINGLE_WORD = 6  # a one-word name must be at least this long (Rosoboronexport yes, "Sun" no)


@dataclass(frozen=True, slots=True)
class NameForm:
    record_id: str
    text: str  # as the list writes it
    kind: NameKind
    schema: str
    acronym: bool  # matched only where the text writes it in capitals


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # original offsets
    end: int
    forms: tuple[NameForm, ...]


_FIELD, _RECORD = "\x1f", "\x1e"


def encode_forms(forms: Iterable[NameForm]) -> str:
    """Name forms as one string: a cache of the full lists unpickles in a fraction of a second, where
    hundreds of thousands of small objects take seconds."""
    return _RECORD.join(
        _FIELD.join((f.record_id, f.text, f.kind.value, f.schema, "1" if f.acronym else "")) for f in forms
    )


def decode_forms(blob: str) -> tuple[NameForm, ...]:
    if not blob:
        return ()  # a key whose every form was dropped at build
    out = []
    for item in blob.split(_RECORD):
        record_id, text, kind, schema, acronym = item.split(_FIELD)
        out.append(NameForm(record_id, text, NameKind(kind), schema, bool(acronym)))
    return tuple(out)


class Gazetteer:
    def __init__(self) -> None:
        self._automaton = ahocorasick.Automaton()
        self._pending: list[dict[NameForm, None]] = []  # while adding: the forms behind each slot
        self._forms: list[str] = []  # once built: each slot's forms, encoded
        self._index: dict[str, int] = {}
        self.names = 0
        self.skipped = 0
        self._built = False
        self._lengths: list[int] = []
        self._decoded: dict[int, tuple[NameForm, ...]] = {}
        # while adding: the words some organisation name carries beside a distinctive word of its own, and the
        # one-word keys made by leaving out a legal form ("Pishro" of PISHRO COMPANY), checked at build
        self._accompanied: set[str] = set()
        self._bare: list[tuple[int, NameForm, str]] = []

    def add(self, record_id: str, text: str, kind: NameKind, schema: str, script: str | None = None) -> None:
        """Add one name form (ignored when a guard says it would find more noise than names)."""
        if self._built:
            raise RuntimeError("the gazetteer is built; make a new one to add names")
        self.names += 1
        keys = pattern_keys(text, kind, script, schema == "Person")
        if not keys:
            self.skipped += 1
            return
        form = NameForm(record_id, text, kind, schema, bool(_ACRONYM.match(text.strip())))
        distinctive = {w for w in keys[0].split() if not _generic(w)} if schema != "Person" else set()
        if len(distinctive) > 1:
            self._accompanied.update(distinctive)
        for number, key in enumerate(keys):
            slot = self._index.get(key)
            if slot is None:
                slot = self._index[key] = len(self._pending)
                self._pending.append({})
                self._automaton.add_word(key, slot)
            self._pending[slot].setdefault(form, None)
            if number and len(key.split()) == 1 and schema != "Person":
                self._bare.append((slot, form, key.strip()))
        acronym = own_acronym(text) if schema != "Person" else None
        if acronym is not None:
            self.add(record_id, acronym, NameKind.ALIAS, schema)

    def build(self) -> None:
        for slot, form, word in self._bare:
            if word in self._accompanied:
                # other listed firms' names carry the word with words of their own (GHADIR PISHRO …,
                # HAMRAHAN PISHRO TEJARAT): alone it names none of them surely, so the legal form must be
                # written
                self._pending[slot].pop(form, None)
        self._accompanied, self._bare = set(), []
        if len(self._index):
            self._automaton.make_automaton()
        self._lengths = [0] * len(self._pending)
        for key, slot in self._index.items():
            self._lengths[slot] = len(key)
        self._forms = [encode_forms(forms) for forms in self._pending]
        self._pending = []
        self._index = {}  # the automaton and the lengths are all a search needs
        self._built = True

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_decoded"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._decoded = {}

    def _slot(self, slot: int) -> tuple[NameForm, ...]:
        forms = self._decoded.get(slot)
        if forms is None:
            forms = self._decoded[slot] = decode_forms(self._forms[slot])
        return forms

    def forms(self) -> list[NameForm]:
        """Every name form that became a pattern, once each."""
        seen: dict[NameForm, None] = {}
        for slot in range(len(self._forms)):
            for form in decode_forms(self._forms[slot]):
                seen.setdefault(form, None)
        return list(seen)

    @property
    def patterns(self) -> int:
        return len(self._forms)

    def find(self, folded: FoldedText) -> list[Hit]:
        """Every place a name form is found, with the records behind it (overlapping hits included)."""
        if not self._forms:
            return []
        hits = []
        text = folded.original
        for end_index, slot in self._automaton.iter(folded.folded):
            key_length = self._lengths[slot]
            start = end_index - key_length + 1
            inner_start = start + (folded.folded[start] == " ")
            inner_end = end_index + (folded.folded[end_index] != " ")
            if inner_end <= inner_start:
                continue
            o_start, o_end = folded.span(inner_start, inner_end)
            span = text[o_start:o_end]
            forms = tuple(f for f in self._slot(slot) if _fits(f, span))
            if not forms:
                continue
            if span.count("(") > span.count(")") and text[o_end : o_end + 1] == ")":
                o_end += 1  # "… of Iran (AEOI)": take in the bracket the name opened
            last = re.search(r"\w+$", text[o_start:o_end])
            if text[o_end : o_end + 1] == "." and last and is_abbreviation(last.group()):
                o_end += 1  # "… Industries Org.": the abbreviation's full stop
            o_end = _extend_legal_form(text, o_end)
            hits.append(Hit(o_start, o_end, forms))
        return hits


_OWN_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&-]{2,9})\)\s*$")


def own_acronym(text: str) -> str | None:
    """The acronym a listed name writes of itself in brackets at its end, when the words before spell it
    out (*Air Weapons Complex (AWC)*; not *(PAEC)* in the middle of another body's name, nor *(Pvt)*)."""
    found = _OWN_ACRONYM.search(text)
    if found is None:
        return None
    words = tuple(fold_key(text[: found.start()]).split())
    return found.group(1) if acronym_of(found.group(1).lower(), words) else None


# The most generic organisation words: a name of three words or more made only of these says nothing.
_BLAND = frozenset(
    ["company", "companies", "group", "trading", "trade", "industrial", "industries", "industry",
     "enterprise", "enterprises", "general", "import", "export", "imports", "exports", "commercial",
     "services", "service", "holding", "holdings", "organization", "organisation", "center", "centre",
     "institute", "bank", "office", "department", "ministry", "agency", "factory", "works", "plant",
     "unit", "branch", "station", "international", "intl", "development"]
)  # fmt: skip


@lru_cache(maxsize=65536)
def _generic(token: str) -> bool:
    """A word that says only "some organisation" (a legal form, a kind of organisation, a particle)."""
    return token in _STOP or token in LEGAL_FORMS or says_some_organisation(token)


def _bland(token: str) -> bool:
    return token in _STOP or token in LEGAL_FORMS or token in _BLAND


def pattern_keys(text: str, kind: NameKind, script: str | None = None, person: bool = False) -> list[str]:
    """The automaton keys of a name form (padded with spaces where words have edges), or none."""
    if kind is NameKind.WEAK_ALIAS:
        return []
    key = fold_key(text)
    if not key:
        return []
    if text.isascii():
        script = LATIN
    elif script is None:
        script = detect_script(text)
    if script in _CASELESS:
        compact = key.replace(" ", "")
        if len(compact) < MIN_KEY_CJK:
            return []
        if script == HANGUL:
            return [" " + key]  # a left edge; particles may follow on the right
        return [key] if key == compact else [key, compact]
    acronym = bool(_ACRONYM.match(text.strip()))
    if acronym and (
        text.strip() in _DOMAIN_ACRONYMS
        or len(key) < 3
        or key.replace(" ", "") != re.sub(r"[^a-z0-9]", "", text.lower())
    ):
        return []  # (an alias CHEM or TECH folds to the word it abbreviates: any Chemical would be it)
    if not _keyable(key.split(), acronym, person) or is_country_name(text):
        return []
    keys = [f" {key} "]
    if person:
        # "LI, Fangwei" and "Li Fangwei" are also written "Fangwei Li" (given name first, or family first)
        surname, comma, given = text.partition(",")
        words = key.split()
        rotated = " ".join(words[-1:] + words[:-1])  # "Volkov Aleksandr Ivanovich", "Fangwei Li"
        reordered = fold_key(f"{given} {surname}") if comma and given.strip() else rotated
        if len(key.split()) in (2, 3) and reordered != key:
            keys.append(f" {reordered} ")
    # the same name without its bracketed part and without its legal form: "Rosoboronexport OJSC (ROE)" is
    # also found as "Rosoboronexport" (the span then takes in whatever legal form the text writes)
    unbracketed = fold_key(_BRACKETS.sub(" ", text)) if "(" in text else key
    bare = unbracketed
    tokens = bare.split()
    while tokens and (tokens[-1] in LEGAL_FORMS or bare != key):
        if tokens[-1] in LEGAL_FORMS:
            tokens = tokens[:-1]
        bare = key  # brackets are removed once
        if not tokens or not _keyable(tokens, False, person):
            break
        if len(tokens) == 1 and not person and reads_as_pinyin(tokens[0]):
            # "Dandong Co.": one pinyin word is a Chinese firm's city as often as the firm (Rosoboronexport
            # stays: no place is spelt so), so the legal form must be written
            break
        variant = f" {' '.join(tokens)} "
        if variant not in keys:
            keys.append(variant)
    if not person and not acronym and script == LATIN:
        core = _without_kind(unbracketed.split())
        if core is not None and f" {' '.join(core)} " not in keys:
            keys.append(f" {' '.join(core)} ")
        local = _without_country(unbracketed.split())
        if local is not None and f" {' '.join(local)} " not in keys:
            keys.append(f" {' '.join(local)} ")
    return keys


def _without_country(tokens: list[str]) -> list[str] | None:
    """A firm's name without the country that opens it, where a word of its own and its organisation words
    stay: documents write *Hyoksin Trading Corp.* for *Korea Hyoksin Trading Corporation*. Not where the word
    of its own is an everyday one of any length (*Aircraft Industries* of Iran Aircraft Industries is any
    maker's, *News Agency* of Iraqi News Agency any newsroom's)."""
    if len(tokens) < 3 or not is_country_name(tokens[0]):
        return None
    rest = tokens[1:]
    own = [t for t in rest if not (_generic(t) or is_country_name(t) or t in _REGION_WORDS or t in _STOP)]
    if not own or len(own) == len(rest) or any(t in general_words() or t in _COMMON_WORDS for t in own):
        return None
    return rest if _keyable(rest, False, False) else None


def _without_kind(tokens: list[str]) -> list[str] | None:
    """A firm's name without the organisation words that end it, when two distinctive words or more stay:
    documents write *Shahid Hemmat* for *Shahid Hemmat Industrial Group* and *Tianjin Creative Source* for
    *Tianjin Creative Source International Trade Co., Ltd.* (one word alone, *Fajr*, *Tanchon*, is as often
    a place or a word as the firm)."""
    core = list(tokens)
    while core and _generic(core[-1]):
        core.pop()
    if len(core) < 2 or len(core) == len(tokens) or not _keyable(core, False, False):
        return None
    if core[0] in _PERSON_TITLES:
        return None  # Dr. A.Q. Khan Research Laboratories without its kind is the man, not the laboratories
    own = [t for t in core if not (_generic(t) or is_country_name(t) or t in _REGION_WORDS)]
    if is_country_name(" ".join(core)) or len(own) < 2:
        return None  # Korea Mining, East Asia, Hong Kong: a place and a word say too little
    return core


# what opens a person's name in a firm's (Dr. A.Q. Khan Research Laboratories), folded
_PERSON_TITLES = frozenset(["dr", "mr", "mrs", "ms", "prof", "professor", "sheikh"])
# words of a region's name, which leave no name of its own when a firm's organisation words are taken away
_REGION_WORDS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "middle",
     "far", "near", "asia", "asian", "europe", "european", "africa", "african", "america", "american",
     "pacific", "atlantic", "gulf", "persian", "arabian", "caspian", "euro", "eurasia", "eurasian",
     "orient", "oriental", "levant", "sea", "ocean", "global", "world", "united"]
)  # fmt: skip


_BRACKETS = re.compile(r"\([^)]*\)")


def _keyable(tokens: list[str], acronym: bool, person: bool) -> bool:
    """Whether these folded words are distinctive enough to be looked for in running text."""
    key = " ".join(tokens)
    if not acronym and len(key) < MIN_KEY:
        return False
    if all(_generic(t) for t in tokens) and (len(tokens) <= 2 or all(_bland(t) for t in tokens)):
        return False  # "Trading Company", "General Trading Company": generic words only
    if len(tokens) == 1 and not acronym:
        # one short or everyday word, or a person's single name, finds more noise than people
        return len(key) >= MIN_SINGLE_WORD and key not in _COMMON_WORDS and not person
    return True


_CONJUNCTION = re.compile(r"\b(?:and|or|und|et)\b|&", re.IGNORECASE)  # between two people's names
_SENTENCE_END = re.compile(r"[^\W\d_]{2}\.\s")  # a stop after a word, not after an initial (A. Khan)
_SOFT = frozenset(" -'’.&/\n\t\u00a0\u200c")  # what may stand between the words of a name in running text


def _fits(form: NameForm, span: str) -> bool:
    """Does the text's span look like this name where it stands (capitals, not a common word, no
    punctuation the name does not have: "Kim Jong Un ≠ Kim" is not "KIM, Jong Un")?"""
    for char in span:
        if not char.isalnum() and char not in _SOFT and char not in form.text:
            return False
    if form.schema == "Person" and "." not in form.text and _SENTENCE_END.search(span):
        return False  # "signed by Mr Li. Velmoran Li is …": a sentence ends inside, not an initial's stop
    if form.schema == "Person" and _CONJUNCTION.search(span) and not _CONJUNCTION.search(form.text):
        return False  # "Ri Pyong-chol and Kim Jong-sik": two people, not a Pyong Chol Kim
    if form.acronym:
        letters = [c for c in span if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)
    first = next((c for c in span if c.isalpha()), "")
    if not first or not first.isalpha() or first.lower() == first.upper():
        return True  # a script without case (Arabic, Han …): nothing to check
    words = [w for w in re.split(r"[^\w]+", span) if w and w[0].isalpha()]
    significant = [w for w in words if w.lower() not in _PARTICLES]
    if not significant:
        return False
    capitalised = sum(1 for w in significant if w[0].isupper())
    return significant[0][0].isupper() and capitalised * 2 >= len(significant)


_LEGAL_TAIL = re.compile(
    r"(?:[ ,]*(?:(?:Co|Corp|Inc|Ltd|Pte|Pty|Bhd|Est)\b\.?|(?:Company|Corporation|Incorporated|Limited|LLC|"
    r"L\.L\.C\.|PLC|GmbH|AG|SA|FZE|FZCO|JSC|Sdn)\b))+",  # a full stop only after an abbreviation
    re.IGNORECASE,
)


def _extend_legal_form(text: str, end: int) -> int:
    """The end of a name together with the legal form the text writes after it (``, Co., Ltd.``)."""
    tail = _LEGAL_TAIL.match(text, end, min(len(text), end + 40))
    if not tail:
        return end
    return end + len(tail.group().rstrip(" ,"))
