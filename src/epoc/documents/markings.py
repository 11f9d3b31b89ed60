"""Markings found in a document's text: banner lines, paragraph portion marks, the declassification line;
and the document cut into portions, each with the marking its originator gave it.

The document's marking is the strictest of everything it says about itself and of what it was uploaded
with (``document_marking``); nothing found here can lower it. A banner-like line that cannot be parsed is an
error rather than something skipped: an unread restriction would leave the document under-marked.

Portions (``portions``) decide who reads what: a portion mark covers its paragraph and the unmarked
paragraphs after it (sub-paragraphs, lists) up to the next portion mark; a banner line is a portion of its
own, marked as it says (a page's header or footer does not end the paragraph it falls in). Unmarked text
(a message's header before the first portion mark, the declassification and classification-authority
lines, a document with no portion marks at all) takes the *document default*: the strictest of the banners
and the upload's marking, else ``UNCLASSIFIED // REL MTCR``. A banner is the roll-up of the portions; one
that says more than all of them together restricts the whole document (``banner_floor``). Portion marks
are read as an originator means them (``Marking.parse_portion``: ``(C)`` without a release line is the
originator's only, ``NOFORN`` too); a banner is read as a banner (``Marking.parse``: a bare
``CONFIDENTIAL`` is every Partner's). The marking a document was uploaded with is a floor under every
portion.

- A banner is a line in capitals made only of a marking: ``CONFIDENTIAL // REL MTCR``, ``UNCLASSIFIED``,
  ``RESTRICTED // REL FR, DE``, ``SECRET//NOT FOR OUTREACH``; national banners too (``VS-VERTRAULICH``,
  ``CONFIDENTIEL – DIFFUSION RESTREINTE``, ``UK RESTRICTED - RELEASABLE TO MTCR PARTNERS``, ``極秘``,
  ``RESTREINT UE/EU RESTRICTED``: read by ``epoc.model.marking.canonical``, the line kept as written), and a
  Partner's own words in any case (``Diffusion Restreinte``, ``Секретно``; not the ones that are everyday
  English, ``Official``). A banner above SECRET is refused, saying so.
- A portion mark opens a paragraph: ``(C/REL MTCR)``, ``(C//REL MTCR)``, ``(U)``. Bare one-letter marks
  such as ``(C)`` count unless the text enumerates paragraphs with letters (``(A)``, ``(B)``, ``(D)`` …),
  where they are
  list labels. A paragraph number may come first (``1. (C//NOFORN) …``), as in cables; ``(SBU)``,
  ``(U//FOUO)``, ``(S/NF)`` are portion marks too.
- The declassification line: ``DECL: 10/31/2035`` (US order), ``Declassify on: 2035-10-31``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from epoc.model import ImportFailure, Marking, MarkingError, Portion
from epoc.model.marking import canonical, national_words_in
from epoc.sources.dates import parse_date

# A banner: a classification alone, or followed by a separator or a releasability word ("CONFIDENTIAL
# SOURCES" is a heading, not a banner), once national words are read as the regime's (``canonical``).
_CLASS_START = re.compile(
    r"^(?:UNCLASSIFIED|UNCLAS|RESTRICTED|CONFIDENTIAL|SECRET|TOP SECRET|SBU|SENSITIVE BUT UNCLASSIFIED"
    r"|FOUO|FOR OFFICIAL USE ONLY|LIMITED OFFICIAL USE)"
    r"\s*(?:$|//?|;|REL\b|RELEASABLE\b|NOT FOR OUTREACH|NOFORN|NO OUTREACH|ORCON\b|[A-Z]{2,3} ONLY\b)"
)
_PORTION = re.compile(
    r"^[ \t]*(?:(?:\d{1,3}|[A-Z])\.[ \t]+)?"  # a paragraph number or letter, as cables number them
    r"\(((?:SBU|FOUO|U|R|C|S)(?:\s*[/-]{1,2}\s*[A-Z][A-Z ,/-]*?)?)\)(?=\s)",
    re.MULTILINE,
)
# A subject line's own portion mark marks that line only ("SUBJECT: (U) …").
_SUBJECT_MARK = re.compile(
    r"^[ \t]*SUBJ(?:ECT)?[ \t]*:[ \t]*\(((?:SBU|FOUO|U|R|C|S)(?:\s*[/-]{1,2}\s*[A-Z][A-Z ,/-]*?)?)\)",
    re.MULTILINE | re.IGNORECASE,
)
# Lines that say how the document is classified, not what it says: they take the document default.
_AUTHORITY = re.compile(
    r"^[ \t]*(?:(?:DECL(?:ASSIFY)?(?:[ \t]+ON)?|CLASSIFIED[ \t]+BY|DERIVED[ \t]+FROM)[ \t]*:"
    r"|REASONS?[ \t]*:?[ \t]*1\.4)[^\n]*",
    re.MULTILINE | re.IGNORECASE,
)
_DECL = re.compile(r"^[ \t]*DECL(?:ASSIFY)?(?:[ \t]+ON)?[ \t]*:[ \t]*([^\n]*?)[ \t]*$", re.MULTILINE | re.I)
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
    return canonical(line)


def is_banner_line(line: str) -> bool:
    """A short line that starts with a classification, in capitals or in a Partner's own words in any
    case: a banner (parsed or not); a message's ``CLASSIFICATION:`` line too."""
    stripped = _banner_text(line)
    if not stripped or len(stripped) > _MAX_BANNER:
        return False
    if stripped != stripped.upper():
        # the regime's words are written in capitals; a Partner's own often are not (VS-NfD, Diffusion
        # Restreinte, Для служебного пользования): left unread, the document would be under-marked
        if not national_words_in(stripped):
            return False
        stripped = stripped.upper()
    # a bloc or regime prefix ("NATO/MTCR CONFIDENTIAL") reads as release parts before the classification
    return bool(_CLASS_START.match(re.sub(r"^(?:REL [^/]*// )+", "", _canonical(stripped))))


def find_markings(text: str, name: str = "document", originator: str | None = None) -> list[FoundMarking]:
    """Every banner and portion mark in ``text``, read as the ``originator`` (the circulating Partner's
    code) means them; raises ``ImportFailure`` on a banner it cannot read."""
    found: list[FoundMarking] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        if is_banner_line(line):
            stripped = _banner_text(line)
            try:
                marking = Marking.parse(stripped, originator)  # national words read there
            except MarkingError as exc:
                raise ImportFailure(
                    name, f"a marking line that cannot be read: {exc.message}", str(number)
                ) from exc
            start = offset + line.index(stripped[0])
            found.append(FoundMarking(marking, stripped, start, start + len(stripped), "banner"))
        offset += len(line) + 1
    lettered = bool(_ENUMERATION.search(text))
    subjects = list(_SUBJECT_MARK.finditer(text))
    for match in [*_PORTION.finditer(text), *subjects]:
        body = match.group(1)
        if "/" not in body and "-" not in body and len(body) == 1 and lettered:
            continue  # (C) among (A), (B), (D): a list label, not CONFIDENTIAL
        try:
            marking = Marking.parse_portion(body, originator)
        except MarkingError as exc:
            if "/" not in body:
                continue  # "(S-BAND)", "(U-BOAT)": words in brackets, not a mark left unread
            line_no = text.count("\n", 0, match.start()) + 1
            raise ImportFailure(
                name, f"a portion mark that cannot be read: {exc.message}", str(line_no)
            ) from exc
        kind = "subject" if match.re is _SUBJECT_MARK else "portion"
        mark = text[match.start(1) - 1 : match.end(1) + 1]
        found.append(FoundMarking(marking, mark, match.start(1) - 1, match.end(1) + 1, kind))
    return sorted(found, key=lambda f: f.start)


_CLASSIFICATION_LINE = re.compile(r"^CLASSIFICATION\s*:\s*", re.IGNORECASE)


def _banner_text(line: str) -> str:
    stripped = line.strip().strip("*_=-— ").strip()
    # "Classification: CONFIDENTIAL//NOFORN", a message's classification line, is a banner in any case
    labelled = _CLASSIFICATION_LINE.match(stripped)
    return stripped[labelled.end() :].upper() if labelled else stripped


def document_marking(found: list[FoundMarking], uploaded: Marking | None, default: Marking) -> Marking:
    """The strictest of what the text says and what the uploader said; ``default`` only when neither says
    anything (the default itself is Partner-only: silence never makes a document public)."""
    markings = [f.marking for f in found]
    if uploaded is not None:
        markings.append(uploaded)
    return Marking.strictest_of(markings) if markings else default


def banner_floor(found: list[FoundMarking]) -> Marking | None:
    """A banner that says more than every portion mark together (``CONFIDENTIAL // DE ONLY`` over
    ``(C/REL MTCR)`` paragraphs, ``SECRET`` over ``(C)`` ones) restricts the whole document: it is a floor
    under every portion. A banner that is the roll-up of its portions (``CONFIDENTIAL//NOFORN`` over a
    ``(C//NOFORN)`` paragraph) is not: the portions decide."""
    marks = [f.marking for f in found if f.kind != "banner"]
    banners = [f.marking for f in found if f.kind == "banner"]
    if not marks or not banners:
        return None
    rolled = Marking.strictest_of(marks)
    strictest_banner = Marking.strictest_of(banners)
    return None if rolled.strictest(strictest_banner) == rolled else strictest_banner


def default_marking(found: list[FoundMarking], uploaded: Marking | None, default: Marking) -> Marking:
    """What unmarked text of the document is: the strictest of its banners and the upload's marking; the
    ``default`` when neither says anything."""
    banners = [f for f in found if f.kind == "banner"]
    return document_marking(banners, uploaded, default)


def portions(
    text: str, found: list[FoundMarking], uploaded: Marking | None, default: Marking
) -> list[Portion]:
    """The text cut into portions that cover it end to end, in order (see the module's rule)."""
    floor = uploaded
    unmarked = default_marking(found, uploaded, default)
    banner = banner_floor(found)
    if banner is not None:
        floor = banner if floor is None else floor.strictest(banner)

    def floored(marking: Marking) -> Marking:
        return marking.strictest(floor) if floor is not None else marking

    # lines that are portions of their own: banners, marked subject lines, authority lines
    lines: list[tuple[int, int, Marking, str, str | None]] = []
    opens: list[tuple[int, Marking, str]] = []
    for f in found:
        if f.kind in ("banner", "subject"):
            start, end = _line_of(text, f.start)
            lines.append((start, end, floored(f.marking), f.kind, f.text if f.kind == "subject" else None))
        else:
            opens.append((_line_of(text, f.start)[0], floored(f.marking), f.text))
    taken = {start for start, *_ in lines}
    for match in _AUTHORITY.finditer(text):
        start, end = _line_of(text, match.start())
        if start not in taken and not any(start == o[0] for o in opens):
            lines.append((start, end, unmarked, "unmarked", None))
    lines.sort()
    out: list[Portion] = []
    current: tuple[Marking, str, str | None] = (unmarked, "unmarked", None)
    position = 0
    events = sorted(
        [(s, 1, e, m, k, mk) for s, e, m, k, mk in lines]
        + [(s, 0, s, m, "portion", mk) for s, m, mk in opens],
        key=lambda e: (e[0], e[1]),
    )
    for start, is_line, end, marking, kind, mark in events:
        if start < position:
            continue  # a portion mark on a line already taken (a marked subject line)
        if start > position:
            out.append(Portion(position, start, *current))
        if is_line:
            out.append(Portion(start, end, marking, kind, mark))
            position = end
        else:
            current = (marking, "portion", mark)
            position = start
    if position < len(text) or not out:
        out.append(Portion(position, len(text), *current))
    return _absorb_blank(text, out)


def _line_of(text: str, offset: int) -> tuple[int, int]:
    """The line holding ``offset``, with its newline: ``[start, end)``."""
    start = text.rfind("\n", 0, offset) + 1
    newline = text.find("\n", offset)
    return start, len(text) if newline < 0 else newline + 1


def _absorb_blank(text: str, parts: list[Portion]) -> list[Portion]:
    """Spans of white space only join the portion before them (or, first, the one after): nothing to read,
    and the portions still cover the text end to end."""
    out: list[Portion] = []
    for part in parts:
        if text[part.start : part.end].strip() or not out:
            out.append(part)
        else:
            last = out[-1]
            out[-1] = Portion(last.start, part.end, last.marking, last.kind, last.mark)
    if len(out) > 1 and not text[out[0].start : out[0].end].strip():
        second = out[1]
        out[:2] = [Portion(out[0].start, second.end, second.marking, second.kind, second.mark)]
    return out


@dataclass(frozen=True, slots=True)
class Declassification:
    text: str  # as written: "10/31/2035", "25X1", "OADR"
    on: date | None  # the date, where it is one


def declassification(text: str) -> Declassification | None:
    """The declassification line (``DECL: 10/31/2035``, ``Declassify on: 2035-10-31``), or None. Numeric
    dates with slashes are read in US order (month first) where that makes a date: DECL lines are US
    practice."""
    match = _DECL.search(text)
    if match is None or not match.group(1).strip():
        return None
    raw = match.group(1).strip().rstrip(".")
    return Declassification(raw[:100], _decl_date(raw))


def _decl_date(raw: str) -> date | None:
    numeric = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", raw)
    if numeric:
        month, day, year = (int(g) for g in numeric.groups())
        for m, d in ((month, day), (day, month)):
            try:
                return date(year, m, d)
            except ValueError:
                continue
        return None
    compact = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", raw)
    if compact:
        try:
            return date(*(int(g) for g in compact.groups()))
        except ValueError:
            return None
    found = parse_date(raw) if len(raw) <= 30 else None
    return date.fromisoformat(found) if found and len(found) == 10 else None
