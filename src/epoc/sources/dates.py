"""Dates as lists write them, to ISO 8601 (possibly partial: "1970", "1970-10"; intervals "1960/1965")."""

from __future__ import annotations

import re
from datetime import date, datetime

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DMY_WORDS = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?\s+(\d{4})$")
_MDY_WORDS = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$")  # "April 29, 2014"
_DMY_NUM = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_RANGE = re.compile(r"^(.+?)\s+(?:to|-|–|and)\s+(.+)$", re.IGNORECASE)
_CIRCA = re.compile(r"^(?:circa|approximately|approx\.?|about|c\.|ca\.?)\s+", re.IGNORECASE)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1800 <= year <= 2100:
        return None
    if month is None or month == 0:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None or day == 0:
        return f"{year:04d}-{month:02d}"
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str | None, *, day_first: bool = True) -> str | None:
    """``"03 Oct 1970"`` and ``"October 3, 1970"`` -> ``"1970-10-03"``; ``"circa 1960"`` -> ``"1960"``;
    ``"1960 to 1965"`` -> ``"1960/1965"``; ``"00/00/1980"`` -> ``"1980"``; anything else -> None."""
    if not text:
        return None
    value = _CIRCA.sub("", text.strip().rstrip(".")).strip()
    between = re.match(r"^between\s+(.+)$", value, re.IGNORECASE)
    if between:
        value = between.group(1)
    ranged = _RANGE.match(value)
    if ranged and not _ISO.match(value):
        start, end = parse_date(ranged.group(1), day_first=day_first), parse_date(ranged.group(2))
        if start and end:
            return f"{start}/{end}"
    if m := _ISO.match(value):
        return _iso(int(m.group(1)), _int(m.group(2)), _int(m.group(3)))
    if m := _DMY_WORDS.match(value):
        month = _MONTHS.get(m.group(2).lower())
        return _iso(int(m.group(3)), month, _int(m.group(1))) if month else None
    if m := _MDY_WORDS.match(value):
        month = _MONTHS.get(m.group(1).lower())
        return _iso(int(m.group(3)), month, int(m.group(2))) if month else None
    if m := _DMY_NUM.match(value):
        first, second = int(m.group(1)), int(m.group(2))
        day, month = (first, second) if day_first else (second, first)
        return _iso(int(m.group(3)), month, day)
    return None


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def to_date(text: str | None, *formats: str) -> date | None:
    """A full calendar date from one of ``formats`` (``strptime`` style), or None."""
    if not text:
        return None
    for fmt in formats:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None
