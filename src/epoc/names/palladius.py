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
    initial = syllable[:2] if syllable[:2] in _INITIALS else syllable[:1]
    if initial not in _INITIALS:
        return None
    final = syllable[len(initial) :]
    if initial in "jqx" and final.startswith("u"):
        final = "v" + final[1:]  # ju, que, xuan: ü written u
    written = _FINALS.get(final)
    return None if written is None else _INITIALS[initial] + written


def _cuts(word: str, syllables: dict[str, frozenset[str]], limit: int = 16) -> list[list[str]]:
    """The ways ``word`` cuts into Latin spellings of Mandarin syllables, each as a pinyin syllable it may
    spell (at most ``limit`` ways)."""
    found: list[list[str]] = []

    def walk(start: int, taken: list[str]) -> None:
        if len(found) >= limit:
            return
        if start == len(word):
            found.append(taken)
            return
        for end in range(min(len(word), start + 6), start, -1):
            for syllable in syllables.get(word[start:end], ()):
                walk(end, [*taken, syllable])

    walk(0, [])
    return found


def _written(words: tuple[str, ...], syllables: dict[str, frozenset[str]]) -> set[str]:
    """Every Cyrillic writing of the Latin words read as pinyin, run together in the order given."""
    options: list[set[str]] = []
    for word in words:
        forms = set()
        for cut in _cuts(word, syllables):
            written = [cyrillic_of(s) for s in cut]
            if all(written):
                forms.add("".join(w for w in written if w))
        if not forms:
            return set()
        options.append(forms)
    return {"".join(parts) for parts in product(*options)}


def _letters(cyrillic: str) -> str:
    return "".join(c for c in cyrillic.lower().replace("ё", "е") if c.isalpha())


def palladius_spelt(cyrillic: str, words: tuple[str, ...], syllables: dict[str, frozenset[str]]) -> bool:
    """Do the Latin ``words``, family name first or last, written as Palladius writes them, make the
    Cyrillic name? ``syllables``: Latin spellings -> pinyin syllables."""
    letters = _letters(cyrillic)
    words = tuple(w for w in words if w.isalpha())
    if len(letters) < 2 or not words or len(words) > 4:
        return False
    orders = {words, words[1:] + words[:1], words[-1:] + words[:-1]}
    return any(letters in _written(order, syllables) for order in orders)


def inverse(syllables: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Cyrillic -> the pinyin syllables Palladius writes so, for ``syllables``."""
    found: dict[str, list[str]] = {}
    for syllable in sorted(syllables):
        written = cyrillic_of(syllable)
        if written:
            found.setdefault(written, []).append(syllable)
    return {written: tuple(options) for written, options in found.items()}


def read_as_palladius(cyrillic: str, readings: dict[str, tuple[str, ...]], limit: int = 4) -> list[str]:
    """A Chinese name in Cyrillic read back into pinyin, word by word (Си Цзиньпин -> *xi jinping*); at
    most ``limit`` readings, none when a word is not all such syllables."""
    words = [_letters(w) for w in cyrillic.replace("-", "").split()]
    words = [w for w in words if w]
    if not 1 <= len(words) <= 4 or sum(map(len, words)) > 16:
        return []
    options: list[list[str]] = []
    for word in words:
        cuts: list[str] = []

        def walk(start: int, taken: tuple[str, ...], word: str = word, cuts: list[str] = cuts) -> None:
            if len(cuts) >= limit:
                return
            if start == len(word):
                cuts.append("".join(taken))
                return
            for size in range(min(6, len(word) - start), 0, -1):  # the longest syllable first
                for syllable in readings.get(word[start : start + size], ())[:2]:
                    walk(start + size, (*taken, syllable))

        walk(0, ())
        if not cuts:
            return []
        options.append(cuts)
    out: list[str] = []
    for choice in product(*options):
        out.append(" ".join(choice))
        if len(out) >= limit:
            break
    return out
