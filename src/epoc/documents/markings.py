"""Markings found in a document's text: banner lines and paragraph portion marks.

The document's marking is the strictest of everything it says about itself and of what it was uploaded
with (``document_marking``); nothing found here can lower it. A banner-like line that cannot be parsed is an
error rather than something skipped: an unread restriction would leave the document under-marked.

- A banner is a line in capitals made only of a marking: ``CONFIDENTIAL // REL MTCR``, ``UNCLASSIFIED``,
  ``RESTRICTED // REL FR, DE``, ``SECRET//NOT FOR OUTREACH`` (French banners such as ``CONFIDENTIEL`` and
  ``DIFFUSION RESTREINTE`` are understood too).
- A portion mark opens a paragraph: ``(C/REL MTCR)``, ``(C//REL MTCR)``, ``(U)``. Bare one-letter marks
  such as ``(C)`` count unless the text enumerates paragraphs with letters (``(A)``, ``(B)``, ``(D)`` …),
  where they are
  list labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from epoc.model import ImportFailure, Marking, MarkingError

# Other words for the classifications, as Partners write them (mapped before ``Marking.parse``).
_SYNONYMS = (
    (re.compile(r"\bNON[ -]CLASSIFI[ÉE]E?\b"), "UNCLASSIFIED"),
    (re.compile(r"\bDIFFUSION RESTREINTE\b"), "RESTRICTED"),
    (re.compile(r"\bCONFIDENTIEL(?:LE)?\b"), "CONFIDENTIAL"),
    (re.compile(r"\bSECRET D[ÉE]FENSE\b"), "SECRET"),
    (re.compile(r"\bMTCR CONFIDENTIAL\b"), "CONFIDENTIAL // REL MTCR"),
    (re.compile(r"\bRELEASABLE TO\b"), "REL TO"),
)
# A banner: a classification alone, or followed by a separator or a releasability word ("CONFIDENTIAL
# SOURCES" is a heading, not a banner).
_CLASS_START = re.compile(
    r"^(?:UNCLASSIFIED|UNCLAS|RESTRICTED|CONFIDENTIAL|SECRET)"
    r"\s*(?:$|//?|;|REL\b|RELEASABLE\b|NOT FOR OUTREACH|NOFORN|NO OUTREACH|ORCON\b|[A-Z]{2,3} ONLY\b)"
)
_PORTION = re.compile(r"^[ \t]*\(([URCS](?:\s*/{1,2}\s*[A-Z][A-Z ,/-]*?)?)\)(?=\s)", re.MULTILINE)
_ENUMERATION = re.compile(r"^[ \t]*\(([ABD-QTV-Z])\)\s", re.MULTILINE)
_MAX_BANNER = 120


@dataclass(frozen=True, slots=True)
class FoundMarking:
    marking: Marking
    text: str
    start: int
    end: int
    kind: str  # banner | portion


def _canonical(line: str) -> str:
    for pattern, replacement in _SYNONYMS:
        line = pattern.sub(replacement, line)
    return line


def is_banner_line(line: str) -> bool:
    """A line in capitals that starts with a classification and is short: a banner (parsed or not)."""
    stripped = line.strip().strip("*_=-— ").strip()
    if not stripped or len(stripped) > _MAX_BANNER or stripped != stripped.upper():
        return False
    return bool(_CLASS_START.match(_canonical(stripped)))


def find_markings(text: str, name: str = "document") -> list[FoundMarking]:
    """Every banner and portion mark in ``text``; raises ``ImportFailure`` on a banner it cannot read."""
    found: list[FoundMarking] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        if is_banner_line(line):
            stripped = line.strip().strip("*_=-— ").strip()
            try:
                marking = Marking.parse(_canonical(stripped))
            except MarkingError as exc:
                raise ImportFailure(
                    name, f"a marking line that cannot be read: {exc.message}", str(number)
                ) from exc
            start = offset + line.index(stripped[0])
            found.append(FoundMarking(marking, stripped, start, start + len(stripped), "banner"))
        offset += len(line) + 1
    lettered = bool(_ENUMERATION.search(text))
    for match in _PORTION.finditer(text):
        body = match.group(1)
        if "/" not in body and lettered:
            continue  # (C) among (A), (B), (D): a list label, not CONFIDENTIAL
        try:
            marking = Marking.parse(body)
        except MarkingError as exc:
            line_no = text.count("\n", 0, match.start()) + 1
            raise ImportFailure(
                name, f"a portion mark that cannot be read: {exc.message}", str(line_no)
            ) from exc
        found.append(
            FoundMarking(marking, match.group(0).strip(), match.start(1) - 1, match.end(1) + 1, "portion")
        )
    return sorted(found, key=lambda f: f.start)


def document_marking(found: list[FoundMarking], uploaded: Marking | None, default: Marking) -> Marking:
    """The strictest of what the text says and what the uploader said; ``default`` only when neither says
    anything (the default itself is Partner-only: silence never makes a document public)."""
    markings = [f.marking for f in found]
    if uploaded is not None:
        markings.append(uploaded)
    if not markings:
        return default
    result = markings[0]
    for marking in markings[1:]:
        result = result.strictest(marking)
    return result


def portion_at(found: list[FoundMarking], text: str, offset: int) -> Marking | None:
    """The portion mark of the paragraph holding ``offset`` (the last portion mark before it in the same
    paragraph), or None."""
    paragraph_start = text.rfind("\n\n", 0, offset) + 1
    best = None
    for mark in found:
        if mark.kind == "portion" and paragraph_start <= mark.start <= offset:
            best = mark.marking
    return best
