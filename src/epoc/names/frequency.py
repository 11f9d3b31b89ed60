"""How common each name word is, learnt from the names the index holds (refreshed whenever the index is
rebuilt after a list changes): a match on a common word (*Mohammad*, *Kim*, *Trading*) is weak evidence,
one on a rare family name or a distinctive organisation word strong.

The table is the share of indexed names carrying each romanised word (every script's names romanised, so
*Ali* and علي count together). Without a table (``epoc pairs`` on two parties alone) the short fixed lists of
``epoc.names.common`` are all there is.

Beside it: the words people commonly write (wordfreq's tables of everyday writing), which a typed slip seldom
makes (``common_word``), and the elements firms compound their names from, read off the table's words
(``other_compound``).
"""

from __future__ import annotations

import math
import re
import weakref
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA, Levenshtein

from epoc.names.common import COMMON_PERSON_WORDS
from epoc.names.fold import fold, plural
from epoc.names.phonetic import skeleton

COMMON_SHARE = 0.004  # a word on this share of names (or more) is common: it weighs ``COMMON_WEIGHT``
RARE_SHARE = 0.0002  # a word on this share (or fewer) is rare: full weight
COMMON_WEIGHT = 0.4
MIN_NAMES = 2000  # fewer names than this say nothing about how common a word is: the fixed lists serve
# A word on this many listed names is a name in its own right: a slip seldom makes one, so two such names
# that are not spellings of one name are two names (Samir / Amir, Kyong / Myong), however few letters
# apart. A count, not a share: on a short list (the UN's alone) two names were too few, and typed slips
# made "names" (Salem, Ahmar, Hai: typo'd UN names found 0.966 -> 0.963)
ESTABLISHED = 5
# A word people commonly write (in the languages whose names meet the lists most often in Latin letters) is
# a real word or name, which a typed slip seldom makes: *Walker* is not a slip of a listed *Walter*. Zipf 3
# is once in a million words (wordfreq's "small" lists stop there); languages that inflect heavily
# (Finnish, Polish, Turkish) are left out, their forms cover too many strings; shorter words slip into
# other words too often (Abu / Au, Pak / Pa: typo'd UN names found 0.977 -> 0.969 with them)
GENERAL_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")
GENERAL_ZIPF = 3.0
GENERAL_LENGTH = 5
GENERAL_TABLE = f"{'.'.join(GENERAL_LANGUAGES)}-zipf{GENERAL_ZIPF:g}"  # names a kept table of these words
# A part that begins or ends this many other listed words is an element firms build names from
# (-avtomatika, -elektronika, -pribor, Inter-, Aero-): two compounds of one element that differ in the rest
# by more than a slip are two firms (Radioavtomatika / Gidroavtomatika), however long the part they share
ELEMENT_WORDS = 3
ELEMENT_LETTERS = 4

_counts: dict[str, int] = {}
_total = 0
_listeners: list[Callable[[], None]] = []
_taught_by: weakref.ref[Any] | None = None
_affixes: tuple[list[str], list[str]] | None = None  # the table's words, sorted as written and reversed


def learn(counts: dict[str, int], total: int, source: object | None = None) -> None:
    """Replace the table: ``counts`` of names carrying each word, out of ``total`` names (learnt from
    ``source``: ``taught_by`` says whether the table is still that one's)."""
    global _total, _taught_by, _affixes  # noqa: PLW0603  (the one table of the process, replaced whole)
    _affixes = None
    _counts.clear()
    _counts.update(counts)
    _total = total
    _taught_by = None if source is None else weakref.ref(source)
    other_compound.cache_clear()  # their answers depend on the table's words
    other_name_same_ending.cache_clear()
    general_words()  # loaded here, before screening forks its workers, so that they share one copy
    for listener in _listeners:
        listener()


def taught_by(source: object) -> bool:
    """Is the table the one ``source`` taught (and no other since)?"""
    return _taught_by is not None and _taught_by() is source


def on_change(listener: Callable[[], None]) -> None:
    """Call ``listener`` when the table changes (caches of weights clear themselves)."""
    _listeners.append(listener)


def rarity(word: str) -> float | None:
    """From ``COMMON_WEIGHT`` (common) to 1.0 (rare) by the word's share of names; None without a table."""
    if _total < MIN_NAMES:
        return None
    share = _counts.get(word, 0) / _total
    if share <= RARE_SHARE:
        return 1.0
    if share >= COMMON_SHARE:
        return COMMON_WEIGHT
    position = math.log(share / RARE_SHARE) / math.log(COMMON_SHARE / RARE_SHARE)
    return 1.0 - (1.0 - COMMON_WEIGHT) * position


def share(word: str) -> float:
    return _counts.get(word, 0) / _total if _total else 0.0


def known(word: str) -> bool:
    """Is the word on some indexed name? True without a table (every word may be a name)."""
    return _total < MIN_NAMES or word in _counts


_GENERAL: frozenset[str] | None = None  # the words of everyday writing, built or adopted once a process


def general_words() -> frozenset[str]:
    """The table of everyday words of this process: adopted (``adopt_general_words``) or built once."""
    global _GENERAL  # noqa: PLW0603  (one table a process, built once or adopted)
    if _GENERAL is None:
        _GENERAL = general_word_table()
    return _GENERAL


def general_word_table() -> frozenset[str]:
    """The words of everyday writing at ``GENERAL_ZIPF`` or more, folded as names are: built from
    wordfreq's lists (0.3 s with its import), to be kept by the caller (``adopt_general_words``)."""
    from wordfreq import get_frequency_dict  # imported here: a process that adopts a kept table needs none

    floor = 10 ** (GENERAL_ZIPF - 9)  # Zipf is log10 of occurrences per billion words
    words = set()
    for language in GENERAL_LANGUAGES:
        for word, share in get_frequency_dict(language, wordlist="small").items():
            if share < floor:
                continue
            folded = word if word.isascii() else fold(word)  # the lists are lower case already
            if folded.isascii() and folded.isalpha():
                words.add(folded)
    return frozenset(words)


def general_words_loaded() -> bool:
    """Has this process the table of everyday words already (built, or adopted)?"""
    return _GENERAL is not None


def adopt_general_words(words: frozenset[str]) -> None:
    """Use a table ``general_word_table`` gave earlier (of the same wordfreq version) instead of building
    it."""
    global _GENERAL  # noqa: PLW0603
    if _GENERAL is None:
        _GENERAL = frozenset(words)


def common_word(word: str) -> bool:
    """Is the word one people commonly write (a real word or name, not a slip of one)? Short words are
    left to the lists' own table: a slip of a short name makes another word as often as not."""
    return len(word) >= GENERAL_LENGTH and word in general_words()


def established(word: str) -> bool:
    """Is the word a name the lists know well (or, without a table, a very common name)?"""
    if _total < MIN_NAMES:
        return word in COMMON_PERSON_WORDS
    return _counts.get(word, 0) >= ESTABLISHED


_SOFT_C = re.compile("c(?=[eiy])")


def _sound_key(word: str) -> str:
    """What spellings of one name share however they are romanised (Pyong / Byong, Lee / Ri, Qasim /
    Kasim, Defence / Defense): the loose skeleton, a soft c as s, an opening h, w or y kept (Yong is not
    Jong or Ong)."""
    return (word[0] if word[0] in "hwy" else "") + skeleton(_SOFT_C.sub("s", word), "loose")


def _words_with(part: str, at_end: bool) -> int:
    """How many of the table's words (other than ``part``) begin, or end, with ``part``."""
    global _affixes  # noqa: PLW0603  (built once per table, on the first question)
    if _affixes is None:
        words = [w for w in _counts if w.isalpha()]
        _affixes = (sorted(words), sorted(w[::-1] for w in words))
    ordered = _affixes[1] if at_end else _affixes[0]
    key = part[::-1] if at_end else part
    found = bisect_left(ordered, key + "\uffff") - bisect_left(ordered, key)
    return found - (part in _counts)


@lru_cache(maxsize=100_000)
def other_compound(a: str, b: str) -> bool:
    """Two firm words that share an element firms compound with and differ in the rest by more than a
    slip, nor as one sound spelt two ways (Aero|kompozit / Aero|composit): another firm's compound
    (Gidro|avtomatika / Radio|avtomatika, Inter|khim / Inter|com is kept: kh and c sound alike)."""
    if _total < MIN_NAMES or min(len(a), len(b)) < 2 * ELEMENT_LETTERS - 1 or a == b:
        return False
    for at_end in (True, False):
        x, y = (a[::-1], b[::-1]) if at_end else (a, b)
        shared = next((i for i in range(min(len(x), len(y))) if x[i] != y[i]), min(len(x), len(y)))
        for size in range(shared, ELEMENT_LETTERS - 1, -1):
            part = a[len(a) - size :] if at_end else a[:size]
            if _words_with(part, at_end) >= ELEMENT_WORDS:
                rest_a, rest_b = (a[: len(a) - size], b[: len(b) - size]) if at_end else (a[size:], b[size:])
                return _rests_differ(rest_a, rest_b, at_end)
    return False


def _rests_differ(a: str, b: str, element_at_end: bool) -> bool:
    """The parts beside the shared element differ, each a part of some listed word in its place (a slip
    makes no such part: Machinery / Machenmry)."""
    if not a or not b:
        return True  # the element alone against a compound of it
    return (
        all(rest in _counts or _words_with(rest, not element_at_end) > 0 for rest in (a, b))
        and max(len(a), len(b)) >= 3
        and OSA.distance(a, b, score_cutoff=2) >= 2
        and _sound_key(a) != _sound_key(b)
    )


@lru_cache(maxsize=100_000)
def other_name_same_ending(a: str, b: str) -> bool:
    """Two names ending alike, in an ending many listed names share (-vchenko, -bani, -madi), that differ
    before it by more than a slip and not as one sound spelt two ways: two names (Kravchenko / Savchenko,
    Ghorbani / Janghorbani, Ahmadi / Mohammadi). The letters they share are the ending's, so the typo
    allowance of so long a word is not spent on the few that tell them apart. One slip never differs by two
    edits before the ending; an article or particle written solid (Alhashimi / Hashimi) is not a name."""
    if _total < MIN_NAMES or a == b:
        return False
    size = min(len(a), len(b))
    shared = next((i for i in range(size) if a[-1 - i] != b[-1 - i]), size)
    if shared < ELEMENT_LETTERS or _words_with(a[len(a) - ELEMENT_LETTERS :], True) < ELEMENT_WORDS:
        return False
    rest_a, rest_b = a[: len(a) - shared], b[: len(b) - shared]
    if not (rest_a and rest_b) and (len(rest_a + rest_b) < 3 or (rest_a + rest_b) in _SOLID_PREFIXES):
        return False
    if rest_a[:1] == rest_b[:1] and max(len(rest_a), len(rest_b)) > SHORT_STEM:
        return False  # two slips in a long stem (Muhssmmad / Muhammad): a name begins where it differs
    return OSA.distance(rest_a, rest_b, score_cutoff=2) >= 2 and _sound_key(a) != _sound_key(b)


# Two stems this short (Tka|chenko / Tim|chenko) that differ twice differ in most of their letters; longer
# ones that open alike are as often two typed slips in one name (Muh|ssmmad / Muh|ammad: typo'd UN names
# found 0.961 without this, 0.965 with it)
SHORT_STEM = 3
# what a name may be written with, solid, and still be the same name (Al-Hashimi as Alhashimi)
_SOLID_PREFIXES = frozenset(("al", "el", "ul", "ol", "il", "ad", "as", "ash", "ar", "an", "at", "az", "abd"))


def distinct_names(a: str, b: str) -> bool:
    """Two different names the lists know well or people commonly write: not two spellings of one name,
    nor a slip (two letters swapped, the commonest of typing: Hamed / Ahmed)."""
    return (
        (established(a) or common_word(a))
        and (established(b) or common_word(b))
        and _sound_key(a) != _sound_key(b)
        and not (OSA.distance(a, b) == 1 and Levenshtein.distance(a, b) == 2)
        and not _plural_of(a, b)
        and not _plural_of(b, a)
    )


def _plural_of(word: str, other: str) -> bool:
    """``other`` is ``word`` in the plural (*Chemicals*, *Laboratories*): one word, as firms write it
    either way, not two."""
    return other == plural(word)
