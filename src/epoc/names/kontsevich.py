"""A Korean name written in Cyrillic as Russian writes Korean (the Kontsevich system and its common
variants): Ли Бён Чхоль *Ri Pyong Chol*, Чхве Рён Хэ *Choe Ryong Hae*, Ким Чен Ын *Kim Jong Un*.

Russian writes Korean names syllable by syllable from the Hangul: each onset one or two letters (ㅊ чх,
ㅈ ч or чж or дж, ㅂ п or б), each vowel one (ㅓ о, ㅕ ё, ㅡ ы), each coda one (ㄴ and ㅇ both н, ㄹ ль).
Read back letter by letter (*Li Byon Chkhol*) such a name meets its Latin romanisation only by chance; so
the Cyrillic is read back into the Hangul syllables it may write (``hangul_readings``), and each is asked
whether the Latin name spells it (``epoc.names.syllables``).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from epoc.names.hangul import compose
from epoc.names.pinyin_writing import read_back

_ONSETS = (
    ("к", "г"), ("кк",), ("н",), ("т", "д"), ("тт",), ("р", "л"), ("м",), ("п", "б"), ("пп",), ("с", "ш"),
    ("сс",), ("",), ("ч", "чж", "дж"), ("чч",), ("чх",), ("кх",), ("тх",), ("пх",), ("х",),
)  # fmt: skip
# vowels ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ (ㅓ as е too: the older Чен, Сен)
_VOWELS = (
    ("а",), ("э",), ("я",), ("е", "йе"), ("о", "е"), ("е", "э"), ("ё", "е"), ("е", "йе"), ("о",),
    ("ва", "уа"), ("вэ",), ("ве", "вэ"), ("ё", "йо"), ("у",), ("во", "уо"), ("ве",), ("ви", "уи"), ("ю",),
    ("ы",), ("ый", "ы", "и"), ("и",),
)  # fmt: skip
# codas by the sound a syllable ends in (the 27 final letters fold to seven): none, k, n, t, l, m, p, ng
# (ㄹ as the press writes it too: Ким Чен Ир, Ким Ир Сен)
_CODAS = ("", "к", "н", "т", "ль", "л", "р", "м", "п")
_CODA_INDEX = {"": 0, "к": 1, "н": 4, "т": 7, "ль": 8, "л": 8, "р": 8, "м": 16, "п": 17}
_NG = 21  # ㅇ as a coda: written н too
_RARE_VOWELS = frozenset((3, 7, 10, 15, 19))  # ㅒ ㅖ ㅙ ㅞ ㅢ: seldom in names, read last


@lru_cache(maxsize=1)
def _inverse() -> dict[str, tuple[str, ...]]:
    """Cyrillic syllable -> the Hangul syllables (onset, vowel and a coda of each sound) it may write, the
    ones it writes by the system's first choices first (Ён: 연, 영 before 욘, 용)."""
    found: dict[str, dict[str, int]] = {}
    for onset, writings in enumerate(_ONSETS):
        for vowel, sounds in enumerate(_VOWELS):
            for coda in _CODAS:
                indices = [_CODA_INDEX[coda]] + ([_NG] if coda == "н" else [])
                for (i, start), (j, middle) in product(enumerate(writings), enumerate(sounds)):
                    for index in indices:
                        block = compose(onset, vowel, index)
                        options = found.setdefault(start + middle + coda, {})
                        rank = (i > 0) + (j > 0) + (vowel in _RARE_VOWELS)
                        options[block] = min(options.get(block, 9), rank)
    return {written: tuple(sorted(ranks, key=lambda b: (ranks[b], b))) for written, ranks in found.items()}


def hangul_readings(cyrillic: str, limit: int = 64) -> list[str]:
    """The Hangul names a Cyrillic name of two to four syllables may write as Russian writes Korean (each
    word one or more syllables; ``limit`` at most); none when it is not written so. Russian writes a
    Korean name's family name apart (Ким Чен Ын): one word alone (ТОО, a Kazakh firm's form) is none."""
    words = [w for w in cyrillic.lower().replace("-", " ").split() if w]
    if not 2 <= len(words) <= 4:
        return []
    table = _inverse()
    per_word: list[list[str]] = []
    for word in words:
        if not word.isalpha():
            return []
        sizes = tuple(range(min(6, len(word)), 0, -1))  # the longest syllable first
        cuts = ["".join(c) for cut in read_back(word, table, sizes, limit) for c in product(*cut)]
        if not cuts:
            return []
        per_word.append(cuts[:limit])
    out: list[str] = []
    for choice in product(*per_word):
        name = "".join(choice)
        if 2 <= len(name) <= 4:
            out.append(name)
        if len(out) >= limit:
            break
    return out
