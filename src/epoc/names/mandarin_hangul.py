"""A Chinese name written in Hangul as Korean writes Mandarin: 시진핑 *Xi Jinping*, 리커창 *Li Keqiang*,
장쩌민 *Jiang Zemin*, 차이위안페이 *Cai Yuanpei*.

Korean writes the names of Chinese people (since 1911) and places by their Mandarin sounds, under the
National Institute of Korean Language's rules for foreign words (외래어 표기법, the table for Chinese):
each pinyin initial is one Hangul consonant (zh ㅈ, z ㅉ, x ㅅ, q ㅊ …), each final one or two blocks (ao
아오, uan 완, üan 위안), with two adjustments (ㅑ ㅖ ㅛ ㅠ after ㅈ ㅉ ㅊ are written ㅏ ㅔ ㅗ ㅜ: jia 자, jiu
주; zhi, chi, shi, ri, zi, ci, si take ㅡ: 즈 츠 스 르 쯔 츠 쓰). Read as Korean, such a name is another (천쿤
*Cheon Kun* is not *Chen Kun*); so a Latin name that cuts into pinyin syllables is written in Hangul by
these rules, one way only, and compared with the Hangul as written.

``mandarin_spelt(hangul, words)``: True when some order of the Latin words (family name first or last)
written this way is the Hangul name, letter for letter (spaces and dots aside).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from epoc.names.hangul import compose, is_hangul_syllable
from epoc.names.pinyin_writing import Syllables, read_back, spelt, split
from epoc.names.pinyin_writing import inverse as writings_of

_ONSET = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWEL = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_CODA = {"": 0, "ㄴ": 4, "ㄹ": 8, "ㅇ": 21}

# pinyin initials -> the Hangul consonant the rules write
_INITIALS = {
    "b": "ㅂ", "p": "ㅍ", "m": "ㅁ", "f": "ㅍ", "d": "ㄷ", "t": "ㅌ", "n": "ㄴ", "l": "ㄹ", "g": "ㄱ",
    "k": "ㅋ", "h": "ㅎ", "j": "ㅈ", "q": "ㅊ", "x": "ㅅ", "zh": "ㅈ", "ch": "ㅊ", "sh": "ㅅ", "r": "ㄹ",
    "z": "ㅉ", "c": "ㅊ", "s": "ㅆ",
}  # fmt: skip
# pinyin finals (after an initial; y- and w- syllables are spelt with the medial) -> blocks as (vowel,
# coda); a second block opens with ㅇ
_FINALS: dict[str, tuple[tuple[str, str], ...]] = {
    "a": (("ㅏ", ""),), "o": (("ㅗ", ""),), "e": (("ㅓ", ""),), "er": (("ㅓ", "ㄹ"),),
    "ai": (("ㅏ", ""), ("ㅣ", "")), "ei": (("ㅔ", ""), ("ㅣ", "")), "ao": (("ㅏ", ""), ("ㅗ", "")),
    "ou": (("ㅓ", ""), ("ㅜ", "")), "an": (("ㅏ", "ㄴ"),), "en": (("ㅓ", "ㄴ"),), "ang": (("ㅏ", "ㅇ"),),
    "eng": (("ㅓ", "ㅇ"),), "ong": (("ㅜ", "ㅇ"),),
    "i": (("ㅣ", ""),), "ia": (("ㅑ", ""),), "ie": (("ㅖ", ""),), "iao": (("ㅑ", ""), ("ㅗ", "")),
    "iu": (("ㅠ", ""),), "ian": (("ㅖ", "ㄴ"),), "in": (("ㅣ", "ㄴ"),), "iang": (("ㅑ", "ㅇ"),),
    "ing": (("ㅣ", "ㅇ"),), "iong": (("ㅠ", "ㅇ"),),
    "u": (("ㅜ", ""),), "ua": (("ㅘ", ""),), "uo": (("ㅝ", ""),), "uai": (("ㅘ", ""), ("ㅣ", "")),
    "ui": (("ㅜ", ""), ("ㅣ", "")), "uan": (("ㅘ", "ㄴ"),), "un": (("ㅜ", "ㄴ"),), "uang": (("ㅘ", "ㅇ"),),
    "v": (("ㅟ", ""),), "ve": (("ㅞ", ""),), "van": (("ㅟ", ""), ("ㅏ", "ㄴ")), "vn": (("ㅟ", "ㄴ"),),
}  # fmt: skip
# syllables without an initial, as pinyin spells them
_ALONE = {
    "yi": "i", "ya": "ia", "ye": "ie", "yao": "iao", "you": "iu", "yan": "ian", "yin": "in", "yang": "iang",
    "ying": "ing", "yong": "iong", "wu": "u", "wa": "ua", "wo": "uo", "wai": "uai", "wei": "ui",
    "wan": "uan", "wen": "un", "wang": "uang", "weng": "ueng", "yu": "v", "yue": "ve", "yuan": "van",
    "yun": "vn",
}  # fmt: skip
# ... and where they are written otherwise than after an initial (wei 웨이 but gui 구이, wen 원 but kun 쿤)
_ALONE_WRITTEN = {"ui": (("ㅞ", ""), ("ㅣ", "")), "un": (("ㅝ", "ㄴ"),), "ueng": (("ㅝ", "ㅇ"),)}
_PLAIN_AFTER = {"ㅑ": "ㅏ", "ㅖ": "ㅔ", "ㅛ": "ㅗ", "ㅠ": "ㅜ"}  # after ㅈ ㅉ ㅊ
_BUZZED = frozenset(("zh", "ch", "sh", "r", "z", "c", "s"))  # their -i is ㅡ (zhi 즈, si 쓰)


def _block(onset: str, vowel: str, coda: str = "") -> str:
    return compose(_ONSET.index(onset), _VOWEL.index(vowel), _CODA[coda])


@lru_cache(maxsize=2_000)
def hangul_of(syllable: str) -> str | None:
    """One pinyin syllable (tone marks off, ü as v) in Hangul as the rules write it; None for a string no
    pinyin initial and final make (callers pass the syllables pypinyin knows)."""
    if syllable in _ALONE:
        final = _ALONE[syllable]
        blocks = _ALONE_WRITTEN.get(final) or _FINALS.get(final)
        onset = "ㅇ"
    elif syllable in _FINALS:  # a, ai, an, e, er, ou …
        final, blocks, onset = syllable, _FINALS[syllable], "ㅇ"
    else:
        parts = split(syllable)
        if parts is None:
            return None
        initial, final = parts
        blocks = (("ㅡ", ""),) if final == "i" and initial in _BUZZED else _FINALS.get(final)
        onset = _INITIALS[initial]
    if not blocks:
        return None
    vowel, coda = blocks[0]
    if onset in "ㅈㅉㅊ":
        vowel = _PLAIN_AFTER.get(vowel, vowel)
    out = [_block(onset, vowel, coda)]
    out += [_block("ㅇ", v, c) for v, c in blocks[1:]]
    return "".join(out)


def mandarin_spelt(hangul: str, words: tuple[str, ...], syllables: Syllables) -> bool:
    """Do the Latin ``words``, family name first or last, written in Hangul as Korean writes Mandarin, make
    the Hangul name (spaces and middle dots aside)? ``syllables``: Latin spellings -> pinyin syllables."""
    return spelt("".join(c for c in hangul if is_hangul_syllable(c)), words, syllables, hangul_of)


def inverse(syllables: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Hangul (one or two blocks) -> the pinyin syllables the rules write so, for ``syllables``."""
    return writings_of(syllables, hangul_of)


def read_as_mandarin(hangul: str, readings: dict[str, tuple[str, ...]], limit: int = 4) -> list[str]:
    """A person's name in Hangul read back into pinyin, as the rules would have written it from pinyin
    (리팡웨이 -> *li fangwei*): the first syllable apart (the family name), the rest run together; at most
    ``limit`` readings, none when the Hangul is not all such syllables."""
    letters = "".join(c for c in hangul if is_hangul_syllable(c))
    if not 2 <= len(letters) <= 8:
        return []
    cuts = read_back(letters, readings, (2, 1), limit)  # a two-block syllable first: 차이 is cai
    out: list[str] = []
    for cut in cuts:
        if len(cut) < 2:
            continue
        for choice in product(*cut):
            form = f"{choice[0]} {''.join(choice[1:])}"
            if form not in out:
                out.append(form)
            if len(out) >= limit:
                return out
    return out
