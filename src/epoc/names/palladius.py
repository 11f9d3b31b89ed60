"""A Chinese name written in Cyrillic as Russian writes Mandarin (the Palladius system): Си Цзиньпин
*Xi Jinping*, Ли Кэцян *Li Keqiang*, Ван И *Wang Yi*, Жэнь Чжэнфэй *Ren Zhengfei*.

Russian writes Chinese names and places by the Palladius system, from the syllable's sounds: each pinyin
initial is one or a few Cyrillic letters (j and z цз, q and c ц, x and s с, zh чж, r ж, h х), each final a
few more (-n нь, -ng н, e э, ü юй). Read back letter by letter (Xi Jinping as *Si Tszinpin*), such a name
meets the pinyin only by chance; so a Latin name that cuts into pinyin syllables is written in Cyrillic
by the system, one way only, and compared with the Cyrillic as written.

``palladius_spelt(cyrillic, words, syllables)``: True when some order of the Latin words (family name first
or last) written this way is the Cyrillic name (case, spaces and hyphens aside). ``read_as_palladius``: a
Cyrillic name read back into pinyin, for the index.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from epoc.names.pinyin_writing import LONGEST, Syllables, read_back, spelt, split
from epoc.names.pinyin_writing import inverse as writings_of

_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к",
    "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз",
    "c": "ц", "s": "с",
}  # fmt: skip
# finals after an initial
_FINALS = {
    "a": "а", "o": "о", "e": "э", "er": "эр", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
    "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун",
    "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян",
    "ing": "ин", "iong": "юн",
    "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан",
    "v": "юй", "ve": "юэ", "van": "юань", "vn": "юнь",
}  # fmt: skip
# syllables without an initial
_ALONE = {
    "a": "а", "o": "о", "e": "э", "er": "эр", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
    "en": "энь", "ang": "ан", "eng": "эн",
    "yi": "и", "ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян",
    "ying": "ин", "yong": "юн",
    "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь",
    "wang": "ван", "weng": "вэн",
    "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь",
}  # fmt: skip
# the -i of zhi, chi, shi, ri is и, of zi, ci, si ы; hui is written хуэй
_SPECIAL = {"zi": "цзы", "ci": "цы", "si": "сы", "hui": "хуэй"}


@lru_cache(maxsize=2_000)
def cyrillic_of(syllable: str) -> str | None:
    """One pinyin syllable (tone marks off, ü as v) in Cyrillic as Palladius writes it; None for a string
    no pinyin initial and final make (callers pass the syllables pypinyin knows)."""
    if syllable in _SPECIAL:
        return _SPECIAL[syllable]
    if syllable in _ALONE:
        return _ALONE[syllable]
    parts = split(syllable)
    if parts is None:
        return None
    initial, final = parts
    written = _FINALS.get(final)
    return None if written is None else _INITIALS[initial] + written


def _letters(cyrillic: str) -> str:
    return "".join(c for c in cyrillic.lower().replace("ё", "е") if c.isalpha())


def palladius_spelt(cyrillic: str, words: tuple[str, ...], syllables: Syllables) -> bool:
    """Do the Latin ``words``, family name first or last, written as Palladius writes them, make the
    Cyrillic name? ``syllables``: Latin spellings -> pinyin syllables."""
    return spelt(_letters(cyrillic), words, syllables, cyrillic_of)


def inverse(syllables: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Cyrillic -> the pinyin syllables Palladius writes so, for ``syllables``."""
    return writings_of(syllables, cyrillic_of)


def read_as_palladius(cyrillic: str, readings: dict[str, tuple[str, ...]], limit: int = 4) -> list[str]:
    """A Chinese name in Cyrillic read back into pinyin, word by word (Си Цзиньпин -> *xi jinping*); at
    most ``limit`` readings, none when a word is not all such syllables. Russian writes a Chinese name's
    family name apart: one word alone (ТОО, a Kazakh firm's form, *tuo o*) is none."""
    words = [_letters(w) for w in cyrillic.replace("-", "").split()]
    words = [w for w in words if w]
    if not 2 <= len(words) <= 4 or sum(map(len, words)) > 16:
        return []
    options: list[list[str]] = []
    for word in words:
        sizes = tuple(range(min(LONGEST, len(word)), 0, -1))  # the longest syllable first
        found = read_back(word, readings, sizes, limit)
        if not found:
            return []
        spelt_out = ["".join(c) for cut in found for c in product(*(syllables[:2] for syllables in cut))]
        options.append(spelt_out[:limit])
    out: list[str] = []
    for choice in product(*options):
        out.append(" ".join(choice))
        if len(out) >= limit:
            break
    return out
