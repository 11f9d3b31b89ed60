"""Hangul to Latin in the two systems lists use: Revised Romanization (South Korea, 2000) and
McCune-Reischauer (North Korea's official names, most older lists), both in plain ASCII.

ICU has no McCune-Reischauer, and its BGN/PCGN Korean rules (McCune-Reischauer based) lose vowels on this
machine's ICU 72 (measured: 조선 -> "chsŏn"), so both systems are done here from the Unicode jamo
decomposition of each syllable block: an arithmetic split, and the two systems' published letter tables.
Romanisation is per syllable: callers decide whether syllables are joined (``Joseon``) or split
(``Jo Seon``), since lists do both (*Kwangop* / *Kwang-op*).
"""

from __future__ import annotations

_SBASE, _LCOUNT, _VCOUNT, _TCOUNT = 0xAC00, 19, 21, 28
_NCOUNT = _VCOUNT * _TCOUNT

# initial consonants ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
_RR_INITIAL = "g kk n d tt r m b pp s ss - j jj ch k t p h".replace("-", "").split(" ")
_MR_INITIAL = "k kk n t tt r m p pp s ss - ch tch ch k t p h".replace("-", "").split(" ")
# vowels ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ (MR's ŏ, ŭ as o, u)
_RR_VOWEL = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()  # noqa: SIM905
_MR_VOWEL = "a ae ya yae o e yo ye o wa wae oe yo u wo we wi yu u ui i".split()  # noqa: SIM905
# finals as pronounced at the end of a syllable (both systems agree in plain ASCII)
FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
          "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip


def is_hangul_syllable(char: str) -> bool:
    return _SBASE <= ord(char) < _SBASE + _LCOUNT * _NCOUNT


def jamo(char: str) -> tuple[int, int, int]:
    """A Hangul syllable's lead consonant, vowel and final consonant, as indexes of the Unicode tables."""
    index = ord(char) - _SBASE
    return index // _NCOUNT, (index % _NCOUNT) // _TCOUNT, index % _TCOUNT


def compose(lead: int, vowel: int, tail: int = 0) -> str:
    """The Hangul syllable of these jamo indexes (``jamo``'s inverse)."""
    return chr(_SBASE + (lead * _VCOUNT + vowel) * _TCOUNT + tail)


def syllable_rr(char: str) -> str:
    """One syllable block in Revised Romanization: 광 -> ``gwang``."""
    lead, vowel, tail = jamo(char)
    return _RR_INITIAL[lead] + _RR_VOWEL[vowel] + FINALS[tail]


def syllable_mr(char: str) -> str:
    """One syllable block in McCune-Reischauer, ASCII (ŏ, ŭ as o, u; no apostrophes): 광 -> ``kwang``."""
    lead, vowel, tail = jamo(char)
    initial = _MR_INITIAL[lead]
    if initial == "s" and _RR_VOWEL[vowel] in ("i", "wi"):
        initial = "sh"  # 시 -> shi, 쉬 -> shwi
    return initial + _MR_VOWEL[vowel] + FINALS[tail]


_MR_VOICED = {"k": "g", "t": "d", "p": "b", "ch": "j"}
_PLAIN_STOPS = frozenset((0, 3, 7, 12))  # ㄱ ㄷ ㅂ ㅈ; the aspirated ㅋ ㅌ ㅍ ㅊ never voice


def _mr_voice(previous: str, syllable: str) -> str:
    """McCune-Reischauer voices k, t, p, ch between voiced sounds: 개발 -> kaebal, 단군 -> tangun (the plain
    stops only: 철 stays *ch'ol*, ASCII *chol*, in 유철우 *Yu Chol U*)."""
    if not previous or previous[-1] not in "aeioulmn g":
        return syllable
    for plain, voiced in _MR_VOICED.items():
        if syllable.startswith(plain) and not syllable.startswith(plain * 2):
            if plain == "ch" and syllable.startswith("chh"):
                return syllable
            return voiced + syllable[len(plain) :]
    return syllable


def romanise_syllables(word: str, system: str) -> list[str]:
    """The syllables of a Hangul word in ``system`` ("rr" or "mr"); other characters pass through as they are
    (so mixed text keeps its digits and Latin letters)."""
    convert = syllable_rr if system == "rr" else syllable_mr
    out: list[str] = []
    passing = False  # the last chunk is non-Hangul text being carried through
    for char in word:
        if is_hangul_syllable(char):
            syllable = convert(char)
            if system == "mr" and out and not passing and jamo(char)[0] in _PLAIN_STOPS:
                syllable = _mr_voice(out[-1], syllable)
            out.append(syllable)
            passing = False
        elif passing:
            out[-1] += char
        else:
            out.append(char)
            passing = True
    return out


_NULL_INITIAL, _N_INITIAL = 11, 2  # ㅇ, ㄴ
_LOST_R_VOWELS = frozenset(("i", "ya", "yeo", "yo", "yu", "ye"))  # 이 李, 유 柳, 양 梁, 여 呂, 임 林
_LOST_N_VOWELS = frozenset(("a", "o", "u", "ae"))  # 노 盧, 나 羅
# the vowels people choose for their family names, beside the systems': Chung, Choi, Yoon, Woo
_POPULAR_VOWELS = {"eo": ("u",), "yeo": ("yu",), "u": ("oo",), "yu": ("yoo",), "oe": ("oi",)}


def surname_spellings(char: str) -> list[str]:
    """The spellings a family name written as this syllable is known by, beyond its RR and MR forms: the
    r (or l) that South Korean spelling drops at the start of a word and North Korean keeps (이 -> Ri, Li,
    Lee, Rhee, Yi; 유 -> Ryu; 노 -> Roh), the popular vowel spellings (Chung, Choi, Yoon), and an h after
    a closing vowel (Oh, Suh, Huh)."""
    if not is_hangul_syllable(char):
        return []
    lead, vowel, tail = jamo(char)
    said = _RR_VOWEL[vowel]
    initials = {_RR_INITIAL[lead], _MR_INITIAL[lead]}
    if lead == _NULL_INITIAL:
        if said in _LOST_R_VOWELS:
            initials |= {"r", "l"} if said == "i" else {"r"}
        if said == "u" and not tail:
            initials.add("w")  # 우 -> Woo
    elif lead == _N_INITIAL and said in _LOST_N_VOWELS:
        initials.add("r")
    vowels = {said, _MR_VOWEL[vowel], *_POPULAR_VOWELS.get(said, ())}
    final = FINALS[tail]
    found = {i + v + final for i in initials for v in vowels}
    if not final and said in ("o", "eo"):  # Oh, Roh; Suh, Huh
        found |= {i + ("oh" if said == "o" else "uh") for i in initials}
    if said == "i" and not tail and lead == _NULL_INITIAL:
        found |= {"yi", "lee", "rhee"}
    return sorted(found - {syllable_rr(char), syllable_mr(char)})


_EU = 18  # the vowel ㅡ among the 21 of a Hangul syllable


def writes_cluster(char: str) -> bool:
    """A syllable of ㅡ with nothing after it (스, 트, 르, 크): how Hangul writes a foreign consonant
    cluster (존스 Jones, 탄트 Thant), never a syllable of a Korean name."""
    return is_hangul_syllable(char) and jamo(char)[1:] == (_EU, 0)
