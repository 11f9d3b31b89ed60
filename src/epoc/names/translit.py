"""Every name to Latin, in each romanisation lists are likely to have used.

- Latin: accents and special letters to ASCII (ICU ``Latin-ASCII``: ß -> ss, ø -> o, ł -> l).
- Hangul: Revised Romanization and McCune-Reischauer (``epoc.names.hangul``), syllables joined per word;
  a short unspaced name (a person's) as surname + given name.
- Han: pinyin (pypinyin; traditional characters read the same), syllables joined per word.
- Arabic script: ICU ``Arabic-Latin`` and, where the text has Persian letters or is said to be Persian,
  ``Persian-Latin/BGN``; the article *al-* is dropped (as it is on the Latin side), short vowels are not
  written, so these are consonant skeletons.
- Cyrillic: ICU ``Russian-Latin/BGN`` (Ukrainian BGN for Ukrainian letters) and ``Cyrillic-Latin`` (ISO 9).
- Anything else ICU knows: ``Any-Latin``.

ICU transliterators are built once per process; results are cached per string.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import icu

from epoc.names.hangul import is_hangul_syllable, romanise_syllables, surname_spellings
from epoc.names.language import JAPANESE, japanese_readings, name_language, spaced_as_korean_name
from epoc.names.script import ARABIC, BRAHMIC, CYRILLIC, HAN, HANGUL, KANA, LATIN, detect_script
from epoc.names.symbols import split_native_words

_PERSIAN_LETTERS = re.compile("[پچژگکیۀ]")
# letters that Persian, Urdu and Pashto say as z or s where Arabic says d, dh, th (فيض Faiz, ذاكر Zakir,
# ثاقب Saqib): a name written with them may be either language's, so it is read both ways
_SAID_AS_Z = re.compile("[ضذظث]")
_UKRAINIAN_LETTERS = re.compile("[іїєґІЇЄҐ]")
_SERBIAN_LETTERS = re.compile("[јљњћђџЈЉЊЋЂЏ]")
_BELARUSIAN_LETTERS = re.compile("[ўЎ]")
_NOT_UKRAINIAN = re.compile("[ыэЫЭ]")  # written in Belarusian (and Russian), never in Ukrainian
_ARABIC_ARTICLE = re.compile(r"(?<![\w\u0600-\u06FF])ال(?=[\u0621-\u064A\u067E-\u06D3]{2})")
_SPACES = re.compile(r"\s+")
# an apostrophe a list set a space after, inside a Latin word (CHANG, Myo' ng-ch'o' l: McCune-Reischauer's
# breve typed as an apostrophe): one word. (Not in a romanisation: Persian BGN ends a word with ' for ع.)
_SPACED_APOSTROPHE = re.compile(r"(?<=[a-z])['’`] (?=[a-z])")
_HAN_CHAR = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]")
# the dots that separate the words of a foreign name in Chinese and Japanese: 瓦伦蒂娜·科罗娃
_NAME_DOTS = re.compile("[\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65]")


@lru_cache(maxsize=16)
def _icu(spec: str) -> icu.Transliterator:
    return icu.Transliterator.createInstance(spec)


def to_ascii(text: str) -> str:
    """Latin text to lower-case ASCII (letters ICU cannot map are dropped)."""
    if text.isascii():
        return text.lower()
    out = _icu("Any-Latin; Latin-ASCII").transliterate(text)
    return "".join(c for c in out if c.isascii()).lower()


_INHERENT_A = re.compile(r"(?<=[bcdfghjklmnpqrstvwxyz])a\b")
_HANGUL_ORDINAL = re.compile(r"(\d+)\s*세(?![\uac00-\ud7a3])")  # 11세: the eleventh (Charles XI)


def _hangul(text: str) -> list[str]:
    words = split_native_words(_HANGUL_ORDINAL.sub(r" \1 ", text)).split()
    syllables = sum(1 for c in text if is_hangul_syllable(c))
    if _spaced_person(words, syllables):
        words = ["".join(words)]
    person_like = len(words) == 1 and 2 <= syllables <= 4 and syllables == len(words[0])
    out = []
    for system in ("mr", "rr"):
        if person_like:
            parts = romanise_syllables(words[0], system)
            out.append(parts[0] + " " + "".join(parts[1:]))
        else:
            out.append(" ".join("".join(romanise_syllables(w, system)) for w in words))
    if person_like:  # a family name and a given name: the family name as its bearers spell it too
        for system in ("mr", "rr"):  # Yoo-jung, Tae-yoon, Kwang-hee
            parts = romanise_syllables(words[0], system)
            out.append(parts[0] + " " + "".join(map(_popular_syllable, parts[1:])))
        given = {form.split(" ", 1)[1] for form in out}
        family_names = [
            *{form.split(" ", 1)[0] for form in out},
            *surname_spellings(words[0][0]),
            *_POPULAR_FAMILY.get(words[0][0], ()),
        ]
        out += [f"{family} {name}" for family in family_names for name in sorted(given)]
    return out


def _spaced_person(words: list[str], syllables: int) -> bool:
    """A Korean name of two to four syllables spaced as forms space one (``spaced_as_korean_name``): one
    family name and one given name, not two or three names."""
    return 2 <= syllables <= 4 and syllables == sum(map(len, words)) and spaced_as_korean_name(words)


# family names as their bearers usually spell them, beyond the systems and ``surname_spellings``
_POPULAR_FAMILY = {
    "박": ("park",), "신": ("shin",), "성": ("sung",), "문": ("moon",), "구": ("koo",), "주": ("joo",),
    "손": ("sohn",), "곽": ("kwak",), "허": ("huh",), "서": ("suh",), "심": ("shim",), "석": ("suk",),
}  # fmt: skip
_OPEN_U = re.compile(r"(?<![aeo])u(?=n?$)")  # su, yun, jun: soo, yoon, joon


def _popular_syllable(syllable: str) -> str:
    """A given name's syllable as Koreans often spell it in Latin letters: u as oo (Soo, Yoon), eo as u
    (Jung, Hyun), ui as ee (Hee)."""
    said = _OPEN_U.sub("oo", syllable)
    return said.replace("yeo", "yu").replace("eo", "u").replace("eu", "u").replace("ui", "ee")


_PINYIN_SOUNDS = re.compile(r"x|q|c(?!h)|zh")
_PINYIN_SOUND_MAP = {"x": "sh", "q": "ch", "c": "ts", "zh": "j"}
_PINYIN_HARD = re.compile(r"j|q|x|zh")
_PINYIN_HARD_MAP = {"j": "g", "q": "k", "x": "s", "zh": "z"}


_ER = frozenset("尔爾兒")


def _han(text: str) -> list[str]:
    """Pinyin, and pinyin spelt as an English reader would say it (x -> sh, q -> ch, c -> ts), the way
    foreign names written in Han characters come back to Latin."""
    from pypinyin import lazy_pinyin  # loads its phrase dictionary (0.5 s): only when Han text comes

    words = split_native_words(text).split()
    chars = sum(1 for c in text if _HAN_CHAR.match(c))
    if len(words) == 1 and 2 <= chars <= 4 and chars == len(words[0]):
        syllables = lazy_pinyin(words[0])
        forms = [syllables[0] + " " + "".join(syllables[1:]), "".join(syllables)]
    else:
        forms = [" ".join("".join(lazy_pinyin(w)) for w in words)]
    if any(c in _ER for c in text):
        # 尔 (er) writes a closing r or l where the name says it (Marlette 马尔特, Liddle 李德尔): spelt so
        # that it stays in the sound skeleton, which drops an r the Chinese rendering leaves unwritten
        spelt = ("".join("ere" if c in _ER else "".join(lazy_pinyin(c)) for c in w) for w in words)
        forms.append(" ".join(spelt))
    forms = [form.replace("v", "u") for form in forms]  # pypinyin writes ü as v (吕 lv): a vowel, Lü
    return [
        *forms,
        *(_PINYIN_SOUNDS.sub(lambda m: _PINYIN_SOUND_MAP[m.group(0)], f) for f in forms),
        *(_PINYIN_HARD.sub(lambda m: _PINYIN_HARD_MAP[m.group(0)], f) for f in forms),
    ]


# ta marbuta is said -a or -e (Hamza, Osama), never the -t ICU writes (nor an h that would make zh, sh of
# Hamzah, Aishah); alif maqsura is -a (Mustafa); Urdu's two forms of heh (ھ, ہ: الطاھر, الجہاد) are the h
# ICU's Arabic rules know only as ه
_ARABIC_LETTERS = str.maketrans({"ة": "ا", "ۃ": "ا", "ى": "ا", "ـ": None, "ھ": "ه", "ہ": "ه"})


# Abd al-, Abu al- written as one word (عبدالكريم): apart, as Latin lists write them; Allah stays joined
_ARABIC_ABD = re.compile(r"(?<![\u0600-\u06FF])(عبد|ابو|أبو)(?=ال(?!له(?![\u0600-\u06FF])))")


# a word that opens with ain is said with a vowel there (عمر Omar, علی Ali, عباس Abbas): written as alif, so
# that its romanisation opens with the vowel as Latin spellings do, and not with the next consonant
_OPENING_AIN = re.compile(r"(?<![\u0600-\u06FF])ع")


# Allah written apart after the name it completes (عبد الله, سيف الله, عتیق الله): one word, as Latin writes
# it (Abdallah, Seifallah, Atiqullah), and not the article al- before lah
_APART_ALLAH = re.compile(r"(?<=[\u0600-\u06FF]) (?=الله(?![\u0600-\u06FF]))")


def _arabic(text: str, lang: str | None) -> list[str]:
    text = _ARABIC_ABD.sub(r"\1 ", _APART_ALLAH.sub("", text))
    # alif maqsura is -a in Arabic (مصطفى) but the -i of Persian and Pashto names written with it (حقانى
    # Haqqani): both readings
    readings = [text, text.replace("ى", "ي")] if "ى" in text else [text]
    out = []
    for written in readings:
        reading = _OPENING_AIN.sub("ا", _ARABIC_ARTICLE.sub("", written.translate(_ARABIC_LETTERS)))
        out.append(_icu("Arabic-Latin; Latin-ASCII").transliterate(reading))
        if lang == "fa" or _PERSIAN_LETTERS.search(reading) or _SAID_AS_Z.search(reading):
            out.append(_persian_bgn(reading))
    return out


def _persian_bgn(text: str) -> str:
    """BGN/PCGN Persian, with what ICU's rules leave out: alif is a long a (کشاورز: kshاvrz), and a word
    that opens with alif opens with a vowel (احمد: hmd, آغا: gha)."""
    words = []
    for native in text.split():
        latin = _icu("Persian-Latin/BGN").transliterate(native).replace("ا", "a").replace("آ", "a")
        latin = _icu("Latin-ASCII").transliterate(latin)
        if native[:1] in "اآأإ" and latin[:1] not in ("a", "e", "i", "o", "u"):
            latin = "a" + latin
        words.append(latin)
    return " ".join(words)


# Russian passports' romanisation since 2013 (ICAO Doc 9303): what a visa, a bill of lading or a company
# register abroad carries (Evgeniia, Iurii, Aleksandr); ICU has BGN/PCGN and ISO 9 but not this one
_ICAO_RULES = """
ё > e; ж > zh; й > i; х > kh; ц > ts; ч > ch; ш > sh; щ > shch; ъ > ie; ы > y; ь > ; э > e; ю > iu; я > ia;
а > a; б > b; в > v; г > g; д > d; е > e; з > z; и > i; к > k; л > l; м > m; н > n; о > o; п > p; р > r;
с > s; т > t; у > u; ф > f;
"""


@lru_cache(maxsize=1)
def _icao() -> icu.Transliterator:
    forward = icu.UTransDirection.FORWARD
    return icu.Transliterator.createFromRules("epoc-Russian-Latin/ICAO", _ICAO_RULES, forward)


# ISO 9 (ICU's Cyrillic-Latin) writes one letter for each: folded to ASCII, ŝ, š, č, ž, û, â lose what
# they stand for (Щукина came out "sukina", Гречко "grecko", and met Sugon and Gerco). What the standard
# adds to BGN is the j, h and c of German and Slavic-Latin spellings (Sergej, Jurij, Hmara, Cvetkov):
# those are kept, the rest written out as such spellings do
_ISO9_WRITTEN_OUT = """
ŝ > shch; š > sh; č > ch; ž > zh; û > ju; â > ja; ê > je; ë > jo; ï > ji;
"""


@lru_cache(maxsize=1)
def _iso9() -> icu.Transliterator:
    forward = icu.UTransDirection.FORWARD
    return icu.Transliterator.createFromRules("epoc-ISO9-written-out", _ISO9_WRITTEN_OUT, forward)


def _bgn(text: str) -> str:
    """The BGN/PCGN romanisation of the Cyrillic language the letters say: Serbian (ј, љ, ћ …), Belarusian
    (ў; і beside ы or э), Ukrainian (і, ї, є, ґ), or Russian."""
    if _SERBIAN_LETTERS.search(text):
        return "Serbian-Latin/BGN"
    if _BELARUSIAN_LETTERS.search(text) or (_UKRAINIAN_LETTERS.search(text) and _NOT_UKRAINIAN.search(text)):
        return "Belarusian-Latin/BGN"
    return "Ukrainian-Latin/BGN" if _UKRAINIAN_LETTERS.search(text) else "Russian-Latin/BGN"


def _cyrillic(text: str) -> list[str]:
    bgn = _bgn(text)
    iso9 = _icu("Cyrillic-Latin").transliterate(text.lower())
    forms = [
        # BGN marks a letter pair read apart with a middle dot (Lukash·enka): not a word break
        _icu(f"{bgn}; Latin-ASCII").transliterate(text).replace("·", ""),
        _icu("Latin-ASCII").transliterate(_iso9().transliterate(iso9)),
    ]
    if bgn == "Russian-Latin/BGN":
        forms.append(_icu("Latin-ASCII").transliterate(_icao().transliterate(text.lower())))
    return forms


@lru_cache(maxsize=200_000)
def latin_forms(text: str, script: str | None = None, lang: str | None = None) -> tuple[str, ...]:
    """The name in Latin letters, one string per romanisation (lower-case ASCII, duplicates removed)."""
    text = _NAME_DOTS.sub(" ", unicodedata.normalize("NFKC", text))
    if text.isascii():
        return (_SPACED_APOSTROPHE.sub("'", text.lower()),)
    script = script if script and script != LATIN else detect_script(text)
    if script in (HAN, KANA) and name_language(text, script) == JAPANESE:
        forms = japanese_readings(text)  # a Japanese name is not read with Mandarin sounds
    elif script == HANGUL:
        forms = _hangul(text)
    elif script == HAN:
        forms = _han(text)
    elif script == ARABIC:
        forms = _arabic(text, lang)
    elif script == CYRILLIC:
        forms = _cyrillic(text)
    elif script in BRAHMIC:  # the inherent vowel ICU writes at a word's end is mostly not said: Amit(a)
        said = to_ascii(text)
        forms = [said, _INHERENT_A.sub("", said)]
    elif script == LATIN:
        forms = [_SPACED_APOSTROPHE.sub("'", to_ascii(text))]
    else:  # Greek, Hebrew … (kanji come out as pinyin: ICU has no readings)
        forms = [to_ascii(text)]
    seen: dict[str, None] = {}
    for form in forms:
        cleaned = _SPACES.sub(" ", "".join(c for c in form if c.isascii()).lower()).strip()
        if cleaned:
            seen.setdefault(cleaned, None)
    return tuple(seen) or (to_ascii(text),)


_SAMPLES = {HANGUL: "조선", HAN: "李方伟", ARABIC: "شرکت", CYRILLIC: "Рособоронэкспорт"}


def prepare(scripts: Iterable[str | None]) -> None:
    """Build the transliterators of these scripts (and load pypinyin's dictionary for Han) now: called
    before screening forks its workers, so that they share one copy rather than each loading its own on
    its first name."""
    for script in set(scripts):
        if script != LATIN and script is not None:
            latin_forms(_SAMPLES.get(script, "Ελλάδα"))  # any other script: ICU's Any-Latin
