"""Acronyms: is a short word the initials (or first syllables) of a name's words? One rule for the
screening engine (*KOMID* meets Korea Mining Development Trading Corporation) and for the gazetteer (a
listed name that writes its own acronym in brackets, *Air Weapons Complex (AWC)*)."""

from __future__ import annotations

FILLER = frozenset(("and", "of", "the", "for", "de", "und", "et"))


def acronym_of(acronym: str, words: tuple[str, ...], reach: int = 0) -> bool:
    """Is ``acronym`` built from the initials (or first syllables) of at least three of ``words``, in
    order, up to the word at ``reach`` at least? Filler words may be skipped, and so may words after the
    last one used (*Corporation*)."""
    if not 3 <= len(acronym) <= 8 or len(words) < 3:
        return False

    def fits(a: int, w: int, used: int) -> bool:
        if a == len(acronym):
            return used >= 3 and w > reach
        if w == len(words):
            return False
        word = words[w]
        if word in FILLER and fits(a, w + 1, used):
            return True
        for take in range(1, min(3, len(word)) + 1):
            if acronym[a : a + take] == word[:take] and fits(a + take, w + 1, used + 1):
                return True
        # a compound run together (import-export -> importexport): its first letter and one inside
        if len(word) >= 8 and a + 1 < len(acronym) and acronym[a] == word[0]:
            inner = word.find(acronym[a + 1], 3)
            if inner > 0 and fits(a + 2, w + 1, used + 2):
                return True
        return False

    return fits(0, 0, 0)


def written_as_acronym(text: str) -> bool:
    """A name written as an acronym is: one word of two to eight capitals (*SAI*, *KOMID*)."""
    word = text.strip()
    return word.isalpha() and word.isupper() and 2 <= len(word) <= 8
