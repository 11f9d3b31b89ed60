"""A name analysed once for comparison: its Latin forms as tokens, symbols, phonetic keys.

``analyse(text, script, lang, organisation)`` is pure and cached; the candidate index analyses every name of
every record once at build time and keeps the result, so that screening analyses only the query.

Tokenisation of a romanised name:

- case and accents folded; punctuation separates tokens, but a hyphen or apostrophe inside a word joins it
  (*Kwang-op* = *Kwangop*, *Jong-un* = *Jongun*, *O'Brien* = *OBrien*); the pieces are compared again when
  the other name spaces them (see ``epoc.matching.compare``);
- Arabic articles (*al-*, *el-*, *ul-*) and the Persian ezafe (*-e*, *-ye*) are dropped; (*Abdullah* meets
  Arabic script's two words when the comparison runs words together);
- for organisations, legal forms and organisation types become symbols (``epoc.names.symbols``);
- numbers are kept as written without leading zeros (*Factory No. 025* -> ``25``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from epoc.names.language import name_language
from epoc.names.phonetic import skeleton
from epoc.names.script import ARABIC, CYRILLIC, HAN, HANGUL, KANA, LATIN, detect_script
from epoc.names.symbols import is_symbol, symbolise
from epoc.names.translit import latin_forms

_WORD = re.compile(r"[a-z0-9]+(?:['’`-][a-z0-9]+)*")
_INNER = re.compile(r"['’`-]")
_APOSTROPHE = re.compile(r"['’`]")
_HYPHEN = re.compile("-")
_NOT_LETTERS = re.compile("[^a-z0-9]+")
# a hyphen between two words of four letters or more: no article (al-, el-) nor Korean syllable (Kwang-op)
_DOUBLE_BARRELLED = re.compile(r"(?<=[^\W\d_]{4})-(?=[^\W\d_]{4})")
_PLAIN = re.compile("[a-z ]*")
_ARTICLES = frozenset(("al", "el", "ul", "ol", "il", "ad", "ud", "as", "ash", "ar", "an", "at", "az", "adh"))
_STANDALONE_ARTICLES = frozenset(("al", "el", "ul"))
# an article's spelling that opens a Korean given name far more often than an Arabic one (Il-yong, Il-sung
# 일: dropped as an article, Kang Il-yong was read Kang Yong and met KANG, Ryong): kept at a word's start
_NAME_OPENINGS = frozenset(("il",))
ABD_ARTICLE = frozenset(
    ("abdul", "abdel", "abdal", "abdol", "abdoul", "abdil", "abdur", "abdus", "abder", "abdes")
)
# Abd and its article written as one word with the name (Abdelkader, Abdurrahman, Abdulhai): Arabic script
# writes عبد apart as often as not; a double l is Allah (Abdullah, Abdellatif) and stays one word
_ABD_JOINED = re.compile(r"abd(?:[aeu]|ou?)(?:l(?!l)|([rsztdn])(?=\1))(?=[a-z]{3})")
# al-Din (Nur al-Din, Salah al-Din) written as one word: the article is dropped, as Arabic script's is
_AL_DIN = frozenset(("aldin", "eldin", "uddin", "uldin", "eddin", "eddine", "addin", "oddin"))
_EZAFE = frozenset(("e", "ye", "i", "yi"))
_NUMBER_WORDS = frozenset(("no", "nr", "num", "number"))
# Roman numerals of more than one letter as numbers, as Hangul writes them (Constans II = 콘스탄스 2세);
# one-letter ones (I, V, X) and those that are names too (Xi, Vi) stay words
_ROMAN = {
    "ii": "2", "iii": "3", "iv": "4", "vii": "7", "viii": "8", "ix": "9", "xii": "12", "xiii": "13",
    "xiv": "14", "xv": "15", "xvi": "16", "xvii": "17", "xviii": "18", "xix": "19", "xx": "20",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Variant:
    """One romanisation of a name, ready for comparison."""

    tokens: tuple[str, ...]  # words and ``#symbols``
    skeletons: tuple[str, ...]  # phonetic skeleton of each token (symbols as they are)
    joined: str  # the words (not symbols) run together: "kimjongun"
    plain: tuple[str, ...]  # the words before legal forms became symbols (for acronyms)
    sorted_words: str  # the words in alphabetical order, spaced (for quick string similarity)
    sorted_sounds: str  # their skeletons likewise
    letters: str  # the romanisation's letters and digits as written, articles and legal forms included
    words: tuple[str, ...]  # the tokens that are not symbols


_VARIANT_FIELDS = tuple(Variant.__dataclass_fields__)  # in the constructor's order


@dataclass(frozen=True, slots=True)
class NameForm:
    text: str
    script: str | None  # the script it is written in (None: no letters)
    organisation: bool
    variants: tuple[Variant, ...]
    native: str | None = None  # a personal name in its own language's script: "zh", "ja", "ko", "sla"

    def pack(self) -> tuple[Any, ...]:
        """Plain tuples and strings, quick to pickle and load (frozen dataclasses are slow to unpickle)."""
        return (
            self.text,
            self.script,
            self.organisation,
            tuple(tuple(getattr(v, f) for f in _VARIANT_FIELDS) for v in self.variants),
            self.native,
        )

    @classmethod
    def unpack(cls, data: tuple[Any, ...]) -> NameForm:
        text, script, organisation, variants, native = data
        return cls(text, script, organisation, tuple(Variant(*v) for v in variants), native)

    @property
    def is_latin(self) -> bool:
        return self.script in (LATIN, None)

    @property
    def first(self) -> Variant:
        return self.variants[0]


def _split_word(word: str) -> list[str]:
    """A hyphenated or apostrophised word: articles and ezafe dropped, the rest joined."""
    if not _INNER.search(word):
        return [word]
    parts = [p for p in _HYPHEN.split(_APOSTROPHE.sub("", word)) if p]  # As'ad is one word, Al-Asad two
    # articles inside a compound too: Saif-al-Din -> saifdin, Abd-al-Tawwab -> abdtawwab
    kept = [
        p
        for i, p in enumerate(parts)
        if not (p in _ARTICLES and i + 1 < len(parts) and not (i == 0 and p in _NAME_OPENINGS))
    ]
    kept = [p for i, p in enumerate(kept) if not (i > 0 and p in _EZAFE)]
    return ["".join(kept)] if kept else parts[:1]


@lru_cache(maxsize=200_000)
def tokenise(latin: str) -> tuple[str, ...]:
    """Words of a lower-case ASCII romanisation (see the module docstring); legal forms not yet symbols."""
    if _PLAIN.fullmatch(latin):  # the common case: letters and spaces only
        words = latin.split()
    else:
        words = []
        # an ampersand is the word it stands for (Akhtar & Sons is Akhtar and Sons)
        for match in _WORD.finditer(latin.replace("&", " and ")):
            words.extend(_split_word(match.group(0)))
    out: list[str] = []
    for i, word in enumerate(words):
        if word in _STANDALONE_ARTICLES and i + 1 < len(words):
            continue  # "al Asali" -> "asali"
        if word in _EZAFE and 0 < i < len(words) - 1 and len(words) > 2:
            continue  # Persian ezafe written apart: "Sherkat e Sanaye"
        if word in _AL_DIN and i > 0:
            out.append("din")
            continue
        if word in _ROMAN:
            out.append(_ROMAN[word])
            continue
        if word.isdigit():
            out.append(word.lstrip("0") or "0")
            continue
        if word in _NUMBER_WORDS and i + 1 < len(words) and words[i + 1].isdigit():
            continue
        if word in ABD_ARTICLE:
            # Abdul Rahman: Arabic script writes the article with the next word; a list that puts the
            # family name first leaves Abdul at the end (RAHMAN, Abdul) and it is the same Abd
            out.append("abd")
            continue
        joined = _ABD_JOINED.match(word)
        if joined:
            out += ["abd", word[joined.end() :]]
            continue
        out.append(american_spelling(word))
    return tuple(out)


# British spellings written the American way in every name, so that either finds and meets the other
# (*Aerospace Industries Organisation* / *Organization*, *Defence* / *Defense*, *Centre* / *Center*): the
# index fetched a listed *Organization* for a typed *Organisation* only when some other word led to it.
# Words only; no name a person bears is among them (Grey and Gray are two family names: left alone)
_AMERICAN = {
    "centre": "center", "centres": "centers", "defence": "defense", "offence": "offense",
    "programme": "program", "programmes": "programs", "aluminium": "aluminum", "armour": "armor",
    "armoured": "armored", "fibre": "fiber", "fibres": "fibers", "metre": "meter", "calibre": "caliber",
    "harbour": "harbor", "labour": "labor", "licence": "license", "jewellery": "jewelry", "tyre": "tire",
    "tyres": "tires", "catalogue": "catalog", "theatre": "theater", "honour": "honor",
}  # fmt: skip


def american_spelling(word: str) -> str:
    """A word in its American spelling: the table above, and -isation as -ization (organisation,
    mechanisation); other words as they are."""
    found = _AMERICAN.get(word)
    if found is not None:
        return found
    if word.endswith(("isation", "isations")) and len(word) > 9:
        return word.replace("isation", "ization")
    return word


def make_variant(
    tokens: tuple[str, ...], plain: tuple[str, ...] | None = None, letters: str | None = None
) -> Variant:
    skeletons = tuple(map(skeleton, tokens))
    symbols = [is_symbol(t) for t in tokens]
    if any(symbols):
        words = tuple(t for t, symbol in zip(tokens, symbols, strict=True) if not symbol)
        sounds = [s for s, symbol in zip(skeletons, symbols, strict=True) if not symbol]
    else:  # the common case: words only
        words, sounds = tokens, list(skeletons)
    joined = "".join(words)
    return Variant(
        tokens=tokens,
        skeletons=skeletons,
        joined=joined,
        plain=tokens if plain is None else plain,
        sorted_words=" ".join(sorted(words)),
        sorted_sounds=" ".join(sorted(sounds)),
        letters=joined if letters is None else letters,
        words=words,
    )


# A name that gives its own acronym in brackets at its end ("SHAHID HEMMAT INDUSTRIAL GROUP (SHIG)", as the
# UN writes names) is the same name without it: unmatched, the acronym counted against the match (0.79
# against OFAC's SHAHID HEMMAT INDUSTRIAL GROUP, so the two were never merged)
_OWN_ACRONYM = re.compile(r"^(?P<name>.*\S)\s*\((?P<acronym>[A-Za-z&.-]{2,12})\)\s*$")


def own_acronym_dropped(text: str) -> str | None:
    """``text`` without the bracketed acronym at its end when the acronym is made of the name's own words:
    the first gives its first one to three letters, the others, in order, as many or none (KOMID: Korea
    Mining Development Trading Corporation)."""
    match = _OWN_ACRONYM.match(text)
    if match is None:
        return None
    letters = "".join(c for c in match.group("acronym").lower() if c.isalpha())
    words = re.findall(r"[a-z0-9]+", match.group("name").lower())
    if len(letters) < 2 or len(words) < 2:
        return None

    @cache
    def fits(a: int, w: int) -> bool:
        if a == len(letters):
            return True
        if w == len(words):
            return False
        if w > 0 and fits(a, w + 1):
            return True  # a word the acronym leaves out
        return any(
            words[w][:n] == letters[a : a + n] and fits(a + n, w + 1)
            for n in range(1, min(3, len(words[w]), len(letters) - a) + 1)
        )

    return match.group("name") if fits(0, 0) else None


def double_barrelled_split(text: str) -> str | None:
    """A personal name with a double family name (or given name) joined by a hyphen, its parts spaced:
    either may be written alone (Garza for Garza-Sanchez, Fakhrizadeh for FAKHRIZADEH-MAHABADI, Gholi for
    Reza-Gholi), which the joined word never meets. None when the name has no such hyphen."""
    return _DOUBLE_BARRELLED.sub(" ", text) if _DOUBLE_BARRELLED.search(text) else None


FormKey = tuple[str, str | None, str | None, bool]  # analyse's arguments
_KNOWN: dict[FormKey, NameForm] = {}


def remember(forms: Iterable[tuple[FormKey, tuple[Any, ...]]]) -> None:
    """Forms analysed before (``NameForm.pack()``, kept in a saved index): ``analyse`` returns them without
    analysing again."""
    for key, packed in forms:
        _KNOWN[key] = NameForm.unpack(packed)


def analyse(
    text: str, script: str | None = None, lang: str | None = None, organisation: bool = False
) -> NameForm:
    """The comparable form of a name. Never fails: text without letters gives a form with no tokens."""
    found = _KNOWN.get((text, script, lang, organisation))
    return found if found is not None else _analyse(text, script, lang, organisation)


_AROUND = frozenset(("Pi", "Pf", "Po", "Zs"))  # quotes, stops, commas, colons, spaces


def native_core(text: str, script: str | None) -> str:
    """A native-script name without the quotes and stops around it, and without brackets that hold all of
    it (a bracket that opens a legal form, (주)한국, is the name's): left on (“张伟”, 王建国。, «Иван
    Петров»), they hid the name's language and it was read as a foreign name, loosely. Latin text is left
    as it is (a stop ends *Co.*); a name said to be Latin, or of no script, is asked its script."""
    if text.isascii():
        return text
    if script in (LATIN, None):
        script = detect_script(text)
    if script in (LATIN, None):
        return text
    start, end = 0, len(text)
    while True:
        while start < end and unicodedata.category(text[start]) in _AROUND:
            start += 1
        while end > start and unicodedata.category(text[end - 1]) in _AROUND:
            end -= 1
        inner = text[start + 1 : end - 1]
        if (
            end - start > 2
            and unicodedata.category(text[start]) == "Ps"
            and unicodedata.category(text[end - 1]) == "Pe"
            and not any(unicodedata.category(c) in ("Ps", "Pe") for c in inner)
        ):
            start, end = start + 1, end - 1
            continue
        return text[start:end] or text


# How a person is addressed in the script of the name, not a part of it: after the name in Chinese, Japanese
# and Korean (王建国先生, 田中様, 김미유 귀하), before it in Arabic script and Cyrillic (آقای رضایی, السيد
# محمد, г-н Иванов). Left on, 귀하 read kwiha met a listed Kyu, السيد a listed Sayed. Latin titles weigh
# nothing as particles, but they are words of the name all the same: *Mrs Fengwei Li* did not read as a
# Chinese name, syllable by syllable, with its Mrs on.
_TITLE_AFTER = {
    HAN: ("先生", "女士", "小姐", "博士", "教授", "様", "さん", "氏", "殿"),
    KANA: ("様", "さん", "氏", "殿"),
    HANGUL: ("선생님", "귀하", "님", "씨", "선생", "박사", "교수", "여사"),
}
_TITLE_BEFORE = {
    ARABIC: ("آقای", "آقا", "خانم", "جناب", "دکتر", "مهندس", "السيد", "السيدة", "الدكتور", "الأستاذ",
             "الاستاذ", "استاد"),
    # (not Ukrainian пан, пані: Пан is a family name too, and a list writes the family name first)
    CYRILLIC: ("г-н", "г-жа", "господин", "госпожа", "гражданин", "гражданка", "д-р", "проф."),
    LATIN: ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "messrs",
            "messrs."),
}  # fmt: skip
# a label before the name, as forms and documents write it: Consignee:, Получатель:, End user:
_LABEL = re.compile(r"^\s*[^\W\d_][^\W\d_ .]*(?: [^\W\d_]+){0,2}:\s+(?=\S)")


def without_title(text: str, script: str | None) -> str:
    """A person's name without the label before it and the title its own script addresses it by (a title
    alone, or one that would leave less than two letters, is the name)."""
    text = _LABEL.sub("", text, count=1)
    for title in _TITLE_AFTER.get(script or "", ()):
        rest = text[: -len(title)].rstrip() if text.endswith(title) else ""
        if len(rest.replace(" ", "")) >= 2:
            return rest
    words = text.split()
    if len(words) >= 2 and words[0].lower() in _TITLE_BEFORE.get(script or "", ()):
        return " ".join(words[1:])
    return text


@lru_cache(maxsize=200_000)
def _analyse(text: str, script: str | None, lang: str | None, organisation: bool) -> NameForm:
    if text.isascii():
        detected: str | None = LATIN if any(c.isalpha() for c in text) else None
    else:
        detected = detect_script(text) if script is None or script == LATIN else script
    text = native_core(text, detected)
    if not organisation:
        text = without_title(text, detected)
    variants: dict[tuple[str, ...], tuple[tuple[str, ...], str]] = {}
    forms = latin_forms(text, detected, lang)
    without = own_acronym_dropped(text) if detected == LATIN else None
    if without is not None:  # the name without the acronym it gives itself, after the name as it is
        forms = (*forms, *latin_forms(without, detected, lang))
    split = double_barrelled_split(text) if detected == LATIN and not organisation else None
    if split is not None:
        forms = (*forms, *latin_forms(split, detected, lang))
    for form in forms:
        plain = tokenise(form)
        tokens = symbolise(plain) if organisation else plain
        if tokens:
            variants.setdefault(tokens, (plain, _NOT_LETTERS.sub("", form)))
    personal = detected in (HAN, HANGUL, KANA, CYRILLIC) and not organisation
    native = name_language(text, detected) if personal else None
    return NameForm(
        text=text,
        script=detected,
        organisation=organisation,
        variants=tuple(make_variant(t, p, letters) for t, (p, letters) in variants.items())
        or (make_variant(()),),
        native=native,
    )
