"""A Latin name read as pinyin, written in another script by a fixed system, and such a writing read back:
what Korean's rules for Mandarin in Hangul (``mandarin_hangul``) and Russian's Palladius system in Cyrillic
(``palladius``) share, and reading a writing back (``read_back``, Russian's Korean too: ``kontsevich``).
A system is a ``write`` function: one pinyin syllable -> its writing, or None.

``syllables`` maps each Latin spelling of a Mandarin syllable (pinyin, Wade-Giles) to the pinyin syllables
it may spell (``epoc.names.syllables``); a Latin word is cut into such spellings every way it may be.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import product

Write = Callable[[str], "str | None"]
Syllables = dict[str, frozenset[str]]
LONGEST = 6  # letters of the longest Latin spelling of a syllable (zhuang, chuang)


_INITIALS = frozenset(
    [
        "b",
        "p",
        "m",
        "f",
        "d",
        "t",
        "n",
        "l",
        "g",
        "k",
        "h",
        "j",
        "q",
        "x",
        "zh",
        "ch",
        "sh",
        "r",
        "z",
        "c",
        "s",
    ]
)


def split(syllable: str) -> tuple[str, str] | None:
    """A pinyin syllable's initial and final (ü written v: ju, que, xuan are jv, qve, xvan); None for one
    without an initial (a, yi, wu) or a string that opens with none."""
    initial = syllable[:2] if syllable[:2] in _INITIALS else syllable[:1]
    if initial not in _INITIALS:
        return None
    final = syllable[len(initial) :]
    if initial in "jqx" and final.startswith("u"):
        final = "v" + final[1:]
    return initial, final


def cuts(word: str, syllables: Syllables, limit: int = 16) -> list[list[str]]:
    """The ways ``word`` cuts into Latin spellings of Mandarin syllables, each as a pinyin syllable it may
    spell (at most ``limit`` ways)."""
    found: list[list[str]] = []

    def walk(start: int, taken: list[str]) -> None:
        if len(found) >= limit:
            return
        if start == len(word):
            found.append(taken)
            return
        for end in range(min(len(word), start + LONGEST), start, -1):
            for syllable in syllables.get(word[start:end], ()):
                walk(end, [*taken, syllable])

    walk(0, [])
    return found


def writings(words: tuple[str, ...], syllables: Syllables, write: Write) -> set[str]:
    """Every writing of the Latin words (lower-case) read as pinyin, run together in the order given."""
    options: list[set[str]] = []
    for word in words:
        forms = set()
        for cut in cuts(word, syllables):
            written = [write(s) for s in cut]
            if all(written):
                forms.add("".join(w for w in written if w))
        if not forms:
            return set()
        options.append(forms)
    return {"".join(parts) for parts in product(*options)}


def spelt(letters: str, words: tuple[str, ...], syllables: Syllables, write: Write) -> bool:
    """Do the Latin ``words``, family name first or last, written by ``write``, make ``letters`` (the
    native name's letters run together)?"""
    words = tuple(w for w in words if w.isalpha())
    if len(letters) < 2 or not words or len(words) > 4:
        return False
    orders = {words, words[1:] + words[:1], words[-1:] + words[:-1]}
    return any(letters in writings(order, syllables, write) for order in orders)


def inverse(syllables: frozenset[str], write: Write) -> dict[str, tuple[str, ...]]:
    """A writing -> the pinyin syllables ``write`` writes so."""
    found: dict[str, list[str]] = {}
    for syllable in sorted(syllables):
        written = write(syllable)
        if written:
            found.setdefault(written, []).append(syllable)
    return {written: tuple(options) for written, options in found.items()}


def read_back(
    letters: str, readings: dict[str, tuple[str, ...]], sizes: tuple[int, ...], limit: int = 4
) -> list[list[tuple[str, ...]]]:
    """The ways ``letters`` cut into writings ``readings`` knows, each writing as the pinyin syllables it
    may be; cuts of the first of ``sizes`` first (at most ``limit`` cuts)."""
    found: list[list[tuple[str, ...]]] = []

    def walk(start: int, taken: list[tuple[str, ...]]) -> None:
        if len(found) >= limit:
            return
        if start == len(letters):
            found.append(taken)
            return
        for size in sizes:
            options = readings.get(letters[start : start + size])
            if options and start + size <= len(letters):
                walk(start + size, [*taken, options])

    walk(0, [])
    return found
