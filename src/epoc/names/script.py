"""Which writing system a name is in, from Unicode code-point ranges (fast, no tables to load)."""

from __future__ import annotations

from collections import Counter

LATIN = "Latin"
CYRILLIC = "Cyrillic"
GREEK = "Greek"
ARABIC = "Arabic"
HEBREW = "Hebrew"
HAN = "Han"
HANGUL = "Hangul"
KANA = "Kana"
THAI = "Thai"
DEVANAGARI = "Devanagari"
GEORGIAN = "Georgian"
ARMENIAN = "Armenian"
BENGALI = "Bengali"
INDIC = "Indic"  # Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala
LAO = "Lao"
KHMER = "Khmer"
MYANMAR = "Myanmar"
ETHIOPIC = "Ethiopic"
# abugidas: ICU writes each consonant's inherent vowel, which is often not said at a word's end
BRAHMIC = frozenset((DEVANAGARI, BENGALI, INDIC))

# (first, last, script) in code-point order
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, LATIN),
    (0x0061, 0x007A, LATIN),
    (0x00C0, 0x024F, LATIN),
    (0x0370, 0x03FF, GREEK),
    (0x0400, 0x052F, CYRILLIC),
    (0x0530, 0x058F, ARMENIAN),
    (0x0590, 0x05FF, HEBREW),
    (0x0600, 0x06FF, ARABIC),
    (0x0750, 0x077F, ARABIC),
    (0x0900, 0x097F, DEVANAGARI),
    (0x0980, 0x09FF, BENGALI),
    (0x0A00, 0x0DFF, INDIC),
    (0x0E00, 0x0E7F, THAI),
    (0x0E80, 0x0EFF, LAO),
    (0x1000, 0x109F, MYANMAR),
    (0x10A0, 0x10FF, GEORGIAN),
    (0x1100, 0x11FF, HANGUL),
    (0x1200, 0x139F, ETHIOPIC),
    (0x1780, 0x17FF, KHMER),
    (0x1E00, 0x1EFF, LATIN),
    (0x3040, 0x30FF, KANA),
    (0x3130, 0x318F, HANGUL),
    (0x3400, 0x4DBF, HAN),
    (0x4E00, 0x9FFF, HAN),
    (0xA960, 0xA97F, HANGUL),
    (0xAC00, 0xD7AF, HANGUL),
    (0xF900, 0xFAFF, HAN),
    (0xFB50, 0xFDFF, ARABIC),
    (0xFE70, 0xFEFF, ARABIC),
    (0x20000, 0x2FA1F, HAN),
)


def char_script(char: str) -> str | None:
    code = ord(char)
    lo, hi = 0, len(_RANGES) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        first, last, script = _RANGES[mid]
        if code < first:
            hi = mid - 1
        elif code > last:
            lo = mid + 1
        else:
            return script
    return None


def detect_script(text: str) -> str | None:
    """The dominant script of the letters in ``text``; Japanese (kana with Han) counts as Kana."""
    counts = Counter(s for s in map(char_script, text) if s)
    if not counts:
        return None
    if counts.get(KANA) and counts.get(HAN):
        return KANA
    return counts.most_common(1)[0][0]


def is_latin(text: str) -> bool:
    return detect_script(text) in (LATIN, None)


_LANG_BY_SCRIPT = {HANGUL: "ko", HAN: "zh", KANA: "ja", CYRILLIC: "ru", ARABIC: "ar", HEBREW: "he"}


def guess_lang(script: str | None) -> str | None:
    """A language guess from the script alone, used only when a source gives none (Arabic script may be
    Persian; callers that know better pass the language)."""
    return _LANG_BY_SCRIPT.get(script or "")
