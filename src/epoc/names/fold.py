"""Folding for plain (non-fuzzy) lookup: compatibility form, case, accents and punctuation."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """``"Shahid  Hemmat-Industrial, Group."`` -> ``"shahid hemmat industrial group"``; keeps non-Latin
    letters (Hangul, Han, Arabic …) as they are, without marks."""
    if text.isascii():
        return _NON_WORD.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = unicodedata.normalize("NFC", text).casefold()
    return _NON_WORD.sub(" ", text).strip()


IDENTIFIER_MIN_LENGTH = 5  # a shorter identifier ("12", "A-1") recurs across lists: it says nothing alone


def fold_identifier(value: str) -> str:
    """Identifiers compare without spaces, dashes and case: ``"A12-345 6"`` == ``"a123456"``."""
    return "".join(c for c in value.casefold() if c.isalnum())


def plural(word: str) -> str:
    """An English word's plural, as names and the Annex write it (*Chemicals*, *Boxes*, *Laboratories*)."""
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
