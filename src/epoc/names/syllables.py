"""Syllable by syllable: does a romanised name spell a Korean or Chinese name written natively?

A Korean or Chinese personal name is a short run of syllables, each written one way natively and a few
ways in Latin letters (정: *Jeong*, *Jong*, *Chong*, *Chung*, *Jung*; 陈: *Chen*, *Ch'en*). Two such names
differ when one syllable does, however alike the letters look: 김정수 is not *Kim Yong-su*, 王文 is not
*Wang Wei*, 박정순 is not *Pak Chun-san*. So the romanised name is cut into syllables that each spell the
native syllable in its place (Revised Romanization, McCune-Reischauer and the spellings people choose for
Korean; pinyin and Wade-Giles for Chinese, through pypinyin), family name first or last.

``same_given_names(left_words, right_words)`` asks the same of two Latin romanisations that share a
Korean or Chinese family name: Kim Seong-min is not KIM Sang-man (성 and 상 are two syllables), Li Hsiu-ying
is Li Xiuying (Wade-Giles and pinyin of 秀英). Two letters apart or fewer is left alone: slips, as
typing makes them (a listed party missed costs more than a hit dismissed).

``spells(native, language, latin_words)`` answers True (it spells the name), False (it is a romanisation
of the same kind that spells another name) or None (the Latin name does not read as that language's at
all — a foreign name in native script — and the question is left to the other comparisons).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from epoc.names import frequency
from epoc.names.hangul import FINALS, is_hangul_syllable, jamo, surname_spellings, syllable_mr, syllable_rr
from epoc.names.hanja import korean_readings, mandarin_of
from epoc.names.kontsevich import hangul_readings
from epoc.names.language import CHINESE, KOREAN
from epoc.names.mandarin_hangul import inverse, mandarin_spelt, read_as_mandarin
from epoc.names.palladius import inverse as palladius_inverse
from epoc.names.palladius import palladius_spelt, read_as_palladius

# how each Hangul jamo is spelt by the systems and by people (Young, Soo, Hee, Jung): onsets ㄱ..ㅎ
_ONSETS = (
    ("g", "k"), ("kk", "gg", "k", "g"), ("n",), ("d", "t"), ("tt", "dd", "t", "d"), ("r", "l", "n"), ("m",),
    ("b", "p"), ("pp", "bb", "p", "b"), ("s", "sh"), ("ss", "s", "sh"), ("",), ("j", "ch"),
    ("jj", "tch", "j", "ch"), ("ch", "j", "c"), ("k", "kh"), ("t", "th"), ("p", "ph", "f"), ("h",),
)  # fmt: skip
# vowels ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
_VOWELS = (
    ("a",), ("ae", "ai", "e"), ("ya",), ("yae", "ye"), ("eo", "o", "u", "ou"), ("e", "ae"),
    ("yeo", "yo", "you", "yu"), ("ye",), ("o", "oh"), ("wa",), ("wae", "we"), ("oe", "oi", "we"), ("yo",),
    ("u", "oo", "ou", "woo"), ("wo", "weo", "uo"), ("we",), ("wi", "ui"), ("yu", "yoo", "you"),
    ("eu", "u", "ue"), ("ui", "eui", "i", "ee", "ei"), ("i", "ee", "y"),
)  # fmt: skip
_CODAS = {"": ("",), "k": ("k", "g"), "n": ("n",), "t": ("t", "d", "s"), "l": ("l", "r"), "m": ("m",),
          "p": ("p", "b"), "ng": ("ng",)}  # fmt: skip


@lru_cache(maxsize=20_000)
def korean_spellings(char: str, first: bool = False) -> frozenset[str]:
    """The Latin spellings of one Hangul syllable; ``first``: it opens the name (a family name: Lee, Park)."""
    lead, vowel, tail = jamo(char)
    onsets = _ONSETS[lead]
    if onsets in (("j", "ch"), ("ch", "j", "c")):  # 쥬, 쵸: the glide is often not written after j, ch
        vowels: tuple[str, ...] = (*_VOWELS[vowel], *(v[1:] for v in _VOWELS[vowel] if v[0] == "y"))
    else:
        vowels = _VOWELS[vowel]
    found = {o + v + c for o in onsets for v in vowels for c in _CODAS[FINALS[tail]]}
    found |= {syllable_rr(char), syllable_mr(char)}
    if lead == 11 and vowel == 20 and not tail:  # 이 in a given name: Yi as often as I (Kwak Yi-kyong)
        found.add("yi")
    if first:  # a family name's own spellings, and the r that English spelling adds to a long a (Park)
        found |= set(surname_spellings(char))
        found |= {s[:-1] + "rk" for s in found if s.endswith("ak")}
    return frozenset(found)


@lru_cache(maxsize=20_000)
def chinese_spellings(char: str) -> frozenset[str]:
    """The Latin spellings of one Han character: its usual pinyin reading and its Wade-Giles form (not its
    rare readings: 王 is Wang, not Yu)."""
    from pypinyin import Style, pinyin  # its dictionary loads once, with the first Han name

    found: set[str] = set()
    for style in (Style.NORMAL, Style.WADEGILES):
        for reading in pinyin(char, style=style)[0]:
            found.add(reading.replace("'", "").replace("ü", "u").replace("v", "u"))
    return frozenset(found)


# a romanised syllable of either language, to tell a Korean or Chinese romanisation from a foreign name
_KOREAN_SYLLABLE = re.compile(
    r"(?:kk|gg|tt|dd|pp|bb|ss|jj|tch|ch|sh|kh|th|ph|[gkndtrlmbpsjhcfw])?"
    r"(?:y|w)?(?:eui|yeo|yae|wae|weo|eo|ae|oe|ui|eu|ee|oo|ou|ai|oi|ei|ue|uo|wa|wo|we|wi|[aeiouy])"
    r"(?:ng|rk|[nmlkgptdsrb])?"
)
_CHINESE_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|iao|ian|uai|uan|ueh|ai|ei|ao|ou|an|en|ang|eng|ong|ia|ie|iu|in|ing|ua|uo|ui|un|"
    r"ue|er|ih|[aeiouv])?(?:ng|n|h)?"
)


_VOWEL_LETTERS = frozenset("aeiouwy")


def _glide_cut(letters: str, end: int) -> bool:
    """A cut after a y that a vowel follows: that y is the glide of the next syllable (*Kyu*, *Hyon*), not
    a syllable's vowel written y (*Ky*), so *Kyu* is one syllable, not *Ky-u* (기우, *Gi-u*)."""
    return 0 < end < len(letters) and letters[end - 1] == "y" and letters[end] in _VOWEL_LETTERS


@lru_cache(maxsize=100_000)  # asked of the same words by every candidate of a query (0.6 s of 15 s)
def _segments(letters: str, is_syllable: Callable[[str], object]) -> bool:
    """Can ``letters`` be cut into syllables (any number, each one non-empty) that ``is_syllable`` takes?"""
    reachable = [True] + [False] * len(letters)
    for start in range(len(letters)):
        if not reachable[start]:
            continue
        for end in range(start + 1, min(len(letters), start + 7) + 1):
            if not reachable[end] and not _glide_cut(letters, end) and is_syllable(letters[start:end]):
                reachable[end] = True
    return reachable[-1]


def _spelt_by(letters: str, spellings: list[frozenset[str]]) -> bool:
    """Is ``letters`` the syllables' spellings run together, in order?"""
    ends = {0}
    for options in spellings:
        ends = {
            end + len(s)
            for end in ends
            for s in options
            if letters.startswith(s, end) and not _glide_cut(letters, end + len(s))
        }
        if not ends:
            return False
    return len(letters) in ends


def _orders(words: tuple[str, ...]) -> list[str]:
    """The words run together as written, and with the last (or first) word moved to the front (or end):
    family name first, as the native name writes it."""
    orders = ["".join(words)]
    if len(words) > 1:
        orders += ["".join((words[-1], *words[:-1])), "".join((*words[1:], words[0]))]
    return orders


def spells(native: str, language: str | None, words: tuple[str, ...]) -> bool | None:
    """Does the romanised name (its ``words``, lower-case ASCII) spell the native Korean or Chinese personal
    name syllable by syllable? None when the question does not apply (see the module docstring)."""
    letters = [c for c in native if not c.isspace()]
    words = tuple(w for w in words if w.isalpha())
    if not words or len(words) > 4 or not 2 <= len(letters) <= 4:
        return None
    if language == KOREAN and all(is_hangul_syllable(c) for c in letters):
        pattern = _KOREAN_SYLLABLE
        spellings = [korean_spellings(c, i == 0) for i, c in enumerate(letters)]
    elif language == CHINESE:
        pattern = _CHINESE_SYLLABLE
        spellings = [chinese_spellings(c) for c in letters]
    else:
        return None
    if not all(_segments(w, pattern.fullmatch) for w in words):
        return None  # not a romanisation of that language: a foreign name written natively
    return any(_spelt_by(order, spellings) for order in _orders(words))


@lru_cache(maxsize=1)
def _spellings_of_pinyin() -> dict[str, frozenset[str]]:
    """Each pinyin syllable -> its Latin spellings (itself, Wade-Giles …): ``PINYIN_OF`` turned round."""
    found: dict[str, set[str]] = {}
    for spelt, options in _pinyin_of().items():
        for syllable in options:
            found.setdefault(syllable, set()).add(spelt)
    return {syllable: frozenset(spelt) for syllable, spelt in found.items()}


@lru_cache(maxsize=50_000)
def spelt_as_hanja(hangul: str, words: tuple[str, ...]) -> tuple[tuple[str, str], ...] | None:
    """Are the Latin words, read as pinyin (or Wade-Giles), the Mandarin readings of characters Korean
    reads as the Hangul name's syllables, one each, family name first or last (손흠 *Sun Xin*: 孫欽;
    ``hanja``)? The pairs of Hangul syllable and Latin spelling when they are, else None. Only for a name
    of two to four syllables all of whose words read as pinyin."""
    blocks = [c for c in hangul if not c.isspace()]
    words = tuple(w for w in words if w.isalpha())
    if not 2 <= len(blocks) <= 4 or not words or len(words) > len(blocks):
        return None
    if not all(is_hangul_syllable(c) for c in blocks) or not all(reads_as_pinyin(w) for w in words):
        return None
    spellings_of = _spellings_of_pinyin()
    spellings = [frozenset(s for m in mandarin_of(b) for s in spellings_of.get(m, ())) for b in blocks]

    def cut(letters: str, start: int, block: int) -> list[str] | None:
        if block == len(blocks):
            return [] if start == len(letters) else None
        for spelt in sorted(spellings[block], key=len, reverse=True):
            end = start + len(spelt)
            if letters.startswith(spelt, start) and not _glide_cut(letters, end):
                rest = cut(letters, end, block + 1)
                if rest is not None:
                    return [spelt, *rest]
        return None

    for order in _orders(words):
        found = cut(order, 0, 0)
        if found is not None:
            return tuple(zip(blocks, found, strict=True))
    return None


@lru_cache(maxsize=50_000)  # asked by the quick estimate of every Latin candidate of a name in characters
def hanja_read_in_korean(han: str, words: tuple[str, ...]) -> str | None:
    """The Korean reading of a name in Chinese characters that the Latin words spell syllable by syllable
    as a Korean name (金正恩 -> 김정은, *Kim Jong Un*; ``hanja``), or None."""
    words = tuple(w for w in words if w.isalpha())
    if not words or not reads_as_korean(words):
        return None
    return next((k for k in korean_readings(han) if spells(k, KOREAN, words)), None)


# Two romanisations of Korean or Chinese names, both in Latin letters (Kim Seong-min, KIM Sang-man): the
# family name they share says nothing more, and each syllable of the given names must be a spelling of one
# syllable the other's may spell too (Seong and Sung may both be 성; Seong and Sang never are)

_KOREAN_ONSET_OF = {s: {i for i, spelt in enumerate(_ONSETS) if s in spelt} for o in _ONSETS for s in o}
_KOREAN_VOWEL_OF = {s: {i for i, spelt in enumerate(_VOWELS) if s in spelt} for v in _VOWELS for s in v}
_KOREAN_CODA_OF = {s: {c for c, spelt in _CODAS.items() if s in spelt} for v in _CODAS.values() for s in v}


@lru_cache(maxsize=20_000)
def _korean_readings(syllable: str) -> frozenset[tuple[int, int, str]]:
    """The Hangul syllables (as onset, vowel, coda class) a Latin syllable may spell."""
    found = set()
    for i in range(0, min(3, len(syllable)) + 1):
        for onset in _KOREAN_ONSET_OF.get(syllable[:i], ()):
            for j in range(i + 1, len(syllable) + 1):
                for vowel in _KOREAN_VOWEL_OF.get(syllable[i:j], ()):
                    for coda in _KOREAN_CODA_OF.get(syllable[j:], ()):
                        found.add((onset, vowel, coda))
    return frozenset(found)


def _pinyin_of() -> dict[str, frozenset[str]]:
    """Each Latin spelling of a Mandarin syllable (pinyin, and Wade-Giles without its marks) -> the pinyin
    syllables it may spell: ``pinyin_tables.PINYIN_OF``, as ``pinyin_tables`` says it was made."""
    return _tables()[0]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    from epoc.names.pinyin_tables import CHINESE_FAMILY_SPELLINGS, PINYIN_OF

    return (
        {spelt: frozenset(found.split()) for spelt, found in PINYIN_OF.items()},
        {spelt: frozenset(found) for spelt, found in CHINESE_FAMILY_SPELLINGS.items()},
    )


def build_pinyin_tables() -> tuple[dict[str, str], dict[str, str]]:
    """``pinyin_tables``' two tables as pypinyin's dictionary gives them today: each Latin spelling of a
    Mandarin syllable -> the pinyin syllables it may spell (space-separated), and each Latin spelling of
    a Chinese family name -> the family names it may spell. Written out once (``python -m
    epoc.names.syllables``) because loading pypinyin takes half a second, and every comparison of two
    Latin names that share a family name asks these (a test holds the file to this function)."""
    from pypinyin import Style
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    from epoc.names.language import CHINESE_FAMILY_NAMES

    marked = {reading for readings in pinyin_dict.values() for reading in readings.split(",")}  # ~1,500
    syllables = {convert(reading, Style.NORMAL, strict=False).replace("ü", "v") for reading in marked}
    found: dict[str, set[str]] = {}
    for syllable in syllables:
        if not syllable.isascii() or not syllable.isalpha():
            continue
        wade = convert(syllable.replace("v", "ü"), Style.WADEGILES, strict=False)
        for spelt in (syllable, syllable.replace("v", "u"), wade.replace("'", "").replace("ü", "u")):
            found.setdefault(spelt, set()).add(syllable)
    families: dict[str, set[str]] = {}
    for char in CHINESE_FAMILY_NAMES:
        for spelt in chinese_spellings(char):
            families.setdefault(spelt, set()).add(char)
    return (
        {spelt: " ".join(sorted(options)) for spelt, options in sorted(found.items())},
        {spelt: "".join(sorted(chars)) for spelt, chars in sorted(families.items())},
    )


_TABLES_HEADER = """Made by ``python -m epoc.names.syllables`` from pypinyin's dictionary
(``syllables.build_pinyin_tables``); do not edit: a test holds it to what pypinyin gives. Loading pypinyin
takes half a second, and comparing two Latin names that share a Chinese family name asks these tables."""


def write_pinyin_tables(path: str) -> None:
    pinyin_of, families = build_pinyin_tables()
    lines = [
        f'"""{_TABLES_HEADER}"""',
        "",
        "PINYIN_OF = {",
        *(f"    {json.dumps(spelt)}: {json.dumps(options)}," for spelt, options in pinyin_of.items()),
        "}",
        "CHINESE_FAMILY_SPELLINGS = {",
        *(
            f"    {json.dumps(spelt)}: {json.dumps(chars, ensure_ascii=False)},"
            for spelt, chars in families.items()
        ),
        "}",
        "",
    ]
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))


def _chinese_readings(syllable: str) -> frozenset[str]:
    return _pinyin_of().get(syllable, frozenset())


@lru_cache(maxsize=50_000)
def spelt_as_mandarin(hangul: str, words: tuple[str, ...]) -> bool:
    """Do the Latin words, read as pinyin (or Wade-Giles), make the Hangul name as Korean writes Mandarin
    (시진핑 *Xi Jinping*; ``epoc.names.mandarin_hangul``)?"""
    return mandarin_spelt(hangul, words, _pinyin_of())


@lru_cache(maxsize=50_000)
def mandarin_verdict(hangul: str, words: tuple[str, ...]) -> bool | None:
    """True: the Latin name spells the Hangul one as Korean writes Mandarin. False: the Latin name is a
    Chinese one in pinyin (a family name and a given name) that Korean would write otherwise, and the
    Hangul is all syllables the rules write (타오웨이밍 is not *Tao Weiping*). None: the question does not
    apply (*Maria* and 마리아: no Chinese name; a foreign name's Hangul is left to its transcription)."""
    if spelt_as_mandarin(hangul, words):
        return True
    words = tuple(w for w in words if w.isalpha())
    chinese = (
        2 <= len(words) <= 4
        and all(reads_as_pinyin(w) for w in words)
        and (is_east_asian_family_name(words[0]) or is_east_asian_family_name(words[-1]))
    )
    return False if chinese and mandarin_readings(hangul) else None


@lru_cache(maxsize=50_000)
def spelt_as_palladius(cyrillic: str, words: tuple[str, ...]) -> bool:
    """Do the Latin words, read as pinyin (or Wade-Giles), make the Cyrillic name as Russian writes Mandarin
    (Си Цзиньпин *Xi Jinping*; ``epoc.names.palladius``)?"""
    return palladius_spelt(cyrillic, words, _pinyin_of())


def spelt_as_kontsevich(cyrillic: str, words: tuple[str, ...]) -> bool:
    """Do the Latin words, read as a Korean romanisation, spell a Hangul name the Cyrillic one may write as
    Russian writes Korean (Ли Бён Чхоль *Ri Pyong Chol*; ``epoc.names.kontsevich``)?"""
    return kontsevich_verdict(cyrillic, words) is True


@lru_cache(maxsize=50_000)
def kontsevich_verdict(cyrillic: str, words: tuple[str, ...]) -> bool | None:
    """True: the Latin name, a Korean romanisation, spells a Hangul name the Cyrillic one writes as Russian
    writes Korean. False: it is a Korean name of a family and a given name that spells none of them (Ким Ё
    Чжон is not *KIM, Jong Un*). None: the question does not apply (the Latin is no Korean romanisation,
    or the Cyrillic is not written so)."""
    words = tuple(w for w in words if w.isalpha())
    if not reads_as_korean(words):
        return None
    readings = hangul_readings(cyrillic)
    if not readings:
        return None
    if any(spells(hangul, KOREAN, words) is True for hangul in readings):
        return True
    # another name only where the Cyrillic writes a syllable a word, as the press writes Korean names (Ким
    # Чен Ын): a Korean's Russian given name (Ким Ирина) is one word of several, and Irena is Irina
    spaced = len(readings[0]) == len(cyrillic.replace("-", " ").split())
    chinese_or_korean = len(words) >= 2 and is_east_asian_family_name(words[0])
    return False if spaced and chinese_or_korean else None


def kontsevich_readings(cyrillic: str, count: int = 2) -> list[str]:
    """The Hangul a name in Cyrillic writes most likely as Russian writes Korean (Чхве Рён Хэ: 최련해 …): for
    the index, which romanises it to find *CHOE, Ryong Hae*."""
    return hangul_readings(cyrillic)[:count]


@lru_cache(maxsize=1)
def _palladius() -> dict[str, tuple[str, ...]]:
    return palladius_inverse(_pinyin_syllables())


def palladius_readings(cyrillic: str) -> list[str]:
    """A name in Cyrillic read as Russian writes Mandarin, back into pinyin (Си Цзиньпин *xi jinping*): for
    the index, which must find *XI, Jinping* from it."""
    return read_as_palladius(cyrillic, _palladius())


@lru_cache(maxsize=1)
def _mandarin_hangul() -> dict[str, tuple[str, ...]]:
    return inverse(_pinyin_syllables())


def _pinyin_syllables() -> frozenset[str]:
    """The pinyin syllables themselves (the spellings that spell themselves)."""
    return frozenset(spelt for spelt, options in _pinyin_of().items() if spelt in options)


def mandarin_readings(hangul: str) -> list[str]:
    """A person's name in Hangul read as Korean writes Mandarin, back into pinyin (리팡웨이 *li fangwei*): for
    the index, which must find *LI, Fangwei* from it."""
    return read_as_mandarin(hangul, _mandarin_hangul())


def reads_as_korean(words: tuple[str, ...]) -> bool:
    """Every word cuts into Korean syllables as the romanisations spell them (*Ri Song Hyok*, *Kwang-su*):
    a foreign name (*Smith*, *Luigi Cremona*) seldom does."""
    return bool(words) and all(_segments(w, _KOREAN_SYLLABLE.fullmatch) for w in words)


def reads_as_pinyin(word: str) -> bool:
    """The word cuts into Mandarin syllables as pinyin or Wade-Giles spell them (*Tianjin*, *Luoyang*)."""
    return bool(word) and _segments(word.lower(), _chinese_readings)


def _same_syllables(a: str, b: str, readings: Callable[[str], frozenset[Any]]) -> bool:
    """Can ``a`` and ``b`` be cut into as many syllables each, pair by pair spellings of one syllable?"""
    reached = {(0, 0)}
    frontier = [(0, 0)]
    while frontier:
        i, j = frontier.pop()
        if i == len(a) and j == len(b):
            return True
        for i2 in range(i + 1, min(len(a), i + 7) + 1):
            left = None if _glide_cut(a, i2) else readings(a[i:i2])
            if not left:
                continue
            for j2 in range(j + 1, min(len(b), j + 7) + 1):
                if (i2, j2) not in reached and not _glide_cut(b, j2) and left & readings(b[j:j2]):
                    reached.add((i2, j2))
                    frontier.append((i2, j2))
    return False


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    return frozenset(_family_name_of())


@lru_cache(maxsize=1)
def _family_name_of() -> dict[str, frozenset[str]]:
    """Each Latin spelling of a Korean or Chinese family name -> the native family names it may spell
    (*Choi* and *Choe* both 최; *Gao* 高 and *Guo* 郭 none in common)."""
    from epoc.names.language import KOREAN_FAMILY_NAMES

    found: dict[str, set[str]] = {}
    for char in KOREAN_FAMILY_NAMES:
        for spelt in korean_spellings(char, first=True):
            found.setdefault(spelt, set()).add(char)
    for spelt, chars in _tables()[1].items():
        found.setdefault(spelt, set()).update(chars)
    return {spelt: frozenset(chars) for spelt, chars in found.items()}


def is_east_asian_family_name(word: str) -> bool:
    """A Latin spelling of a Chinese or Korean family name (*Shen*, *Li*, *Pak*, *Choe*)."""
    return word.lower() in _family_name_of()


def one_family_name(a: str, b: str) -> bool:
    """Two Latin spellings of one Korean or Chinese family name (*Lee* and *Li* 李 / 이, *Park* and *Pak*)."""
    spellings = _family_name_of()
    return a in spellings and b in spellings and bool(spellings[a] & spellings[b])


@lru_cache(maxsize=50_000)
def other_family_names(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Two Latin names alike but for their Korean or Chinese family names, which are two family names,
    not two spellings of one (*Guo Yan* / *GAO, Yan*, *Yun Ho Kwang* / *YU, Kwang Ho*, *Pak Won Chol* /
    *Won Chol PAE*): another person however few letters differ. The family name stands first or last."""
    if not 2 <= len(left) <= 4 or len(left) != len(right):
        return False
    spellings = _family_name_of()
    for a in {left[0], left[-1]}:
        for b in {right[0], right[-1]}:
            if a == b or a not in spellings or b not in spellings or spellings[a] & spellings[b]:
                continue
            rest_left, rest_right = list(left), list(right)
            rest_left.remove(a)
            rest_right.remove(b)
            if sorted(rest_left) == sorted(rest_right):
                return True
    return False


@lru_cache(maxsize=50_000)
def other_korean_families(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Two Latin names that read as Korean, whose family names (first or last) are two family names, not two
    spellings of one, and whose given names are not the same syllables either: two people, however the
    words pair up (*O Pyong Hak* / *PYON, Hak*, *Choi Yong Dok* / *CHO, Dok Ryong*). A Korean name is
    a family name and a given name; a hit that pairs a family name with a given name rests on coincidence.
    A family name alone apart, the given names the same, is ``other_family_names``' question."""
    if not (2 <= len(left) <= 4 and 2 <= len(right) <= 4):
        return False
    if not (reads_as_korean(left) and reads_as_korean(right)):
        return False
    spellings = _family_name_of()
    families_left = _korean_family_ends(left, spellings)
    families_right = _korean_family_ends(right, spellings)
    if not families_left or not families_right:
        return False
    for a in families_left:
        for b in families_right:
            if a == b or one_family_name(a, b):
                return False  # one family name (in two spellings, perhaps)
            if _same_syllables(_without(left, a), _without(right, b), _korean_readings):
                return False  # the same given name: the family name may be a slip
    return True


def _korean_family_ends(words: tuple[str, ...], spellings: dict[str, frozenset[str]]) -> set[str]:
    """The words at either end of a name that spell a Korean family name."""
    return {
        word
        for word in (words[0], words[-1])
        if any(is_hangul_syllable(char) for char in spellings.get(word, ()))
    }


@lru_cache(maxsize=50_000)
def same_given_names(
    left: tuple[str, ...], right: tuple[str, ...], family_first: tuple[bool, bool] = (False, False)
) -> bool | None:
    """Two Latin names that share a Korean or Chinese family name (one word, in either place, or first
    where ``family_first`` says a name marks it so: *LI, Tian*): are their given names the same syllable
    by syllable? None when they share no such family name or a given name does not read as Korean or
    Chinese syllables (the question is then left to the other comparisons)."""
    if not 2 <= len(left) <= 4 or not 2 <= len(right) <= 4:
        return None
    # the family name written first or last in each (Kim Yong-su, Yong-su KIM), in one spelling or two of
    # one family name (Choi Song-nam, CHOE Song Nam)
    ends = [
        (a, b)
        for a in ((left[0],) if family_first[0] else (left[0], left[-1]))
        for b in ((right[0],) if family_first[1] else (right[0], right[-1]))
        if (a == b and a in _family_names()) or one_family_name(a, b)
    ]
    if not ends:
        return None
    family_left, family_right = ends[0]
    given_left = _without(left, family_left)
    given_right = _without(right, family_right)
    if not given_left or not given_right:
        return None
    if given_left == given_right:  # the same given names under two spellings of one family name: Lee / LI
        return True if family_left != family_right else None
    verdict = None
    words_left, words_right = _given_words(left, family_left), _given_words(right, family_right)
    for readings in (_korean_readings, _chinese_readings):
        if _segments(given_left, readings) and _segments(given_right, readings):
            if _same_syllables(given_left, given_right, readings) and not _other_syllable_as_written(
                words_left, words_right, readings
            ):
                return True
            verdict = False
    if (
        verdict is False
        and OSA.distance(given_left, given_right) <= 2
        and not _another_syllable(given_left, given_right)
    ):
        return None  # a letter or two apart may be slips (Choe Hwi / Choe Swi), as in any name
    return verdict


@lru_cache(maxsize=100_000)
def other_syllables(a: str, b: str) -> bool:
    """Two words of Korean syllables (a firm's *Kangsong*, *Bongsong*) that differ by a syllable the lists
    know well as a name's, under any spelling: another word, not a slip in this one. Korean only: words of
    other languages cut into pinyin syllables too often (*Taiba* / *Taia*, a slip)."""
    if not (reads_as_korean((a,)) and reads_as_korean((b,))):
        return False
    if _same_syllables(a, b, _korean_readings):
        return False
    return _another_syllable(a, b, (_korean_readings,))


frequency.on_change(other_syllables.cache_clear)  # which syllables are names depends on the table


def _another_syllable(a: str, b: str, tables: tuple[Callable[[str], frozenset[Any]], ...] = ()) -> bool:
    """The two given names are the same syllables but one, and the two that differ are names the lists
    know well (Bong-chol / Yong-chol): another name, not a slip, which seldom makes a known name."""
    size = min(len(a), len(b))
    prefix = next((i for i in range(size) if a[i] != b[i]), size)
    suffix = next((i for i in range(size - prefix) if a[-1 - i] != b[-1 - i]), size - prefix)
    for readings in tables or (_korean_readings, _chinese_readings):
        for start in range(prefix + 1):
            if start and not _segments(a[:start], readings):
                continue
            for tail in range(suffix + 1):
                x, y = a[start : len(a) - tail], b[start : len(b) - tail]
                if (
                    x
                    and y
                    and readings(x)
                    and readings(y)
                    and (not tail or _segments(a[len(a) - tail :], readings))
                    and frequency.established(x)
                    and frequency.established(y)
                ):
                    return True
    return False


def _given_words(words: tuple[str, ...], family: str) -> tuple[str, ...]:
    """The words but the family name, at whichever end it is."""
    return words[1:] if words[0] == family else words[:-1]


def _without(words: tuple[str, ...], family: str) -> str:
    """The given names run together."""
    return "".join(_given_words(words, family))


def _other_syllable_as_written(
    left: tuple[str, ...], right: tuple[str, ...], readings: Callable[[str], frozenset[Any]]
) -> bool:
    """Both write the given name a syllable a word (*Kyong Gil*, *Kyong Il*): two words that spell no
    syllable in common are two syllables, however else the letters run together would cut (kyon-ggil)."""
    if len(left) != len(right) or len(left) < 2:
        return False
    if not all(readings(w) for w in (*left, *right)):
        return False  # a word of more than one syllable: the writer's spaces say nothing
    return any(not readings(a) & readings(b) for a, b in zip(left, right, strict=True))


if __name__ == "__main__":  # python -m epoc.names.syllables: write pinyin_tables.py anew
    import pathlib

    write_pinyin_tables(str(pathlib.Path(__file__).with_name("pinyin_tables.py")))
