"""Proposals in a diplomatic message: split a message holding several proposals into them.

A message (a cable, a note verbale, an e-mail, as any document reader gives its text) has a header — a
date-time group (``R 121530Z SEP 09``), ``FM``/``FROM``, ``TO``, a classification line (perhaps spaced out:
``C O N F I D E N T I A L``), ``SUBJECT:``/``SUBJ:``, ``REF:``, ``CLASSIFIED BY … REASON 1.4 (B), (D)``,
``DECL:`` — then numbered paragraphs, each opening with a paragraph marking: ``1. (C) …``, ``(C/REL MTCR)``.

Each proposal opens with a heading: ``(C) FRENCH PROPOSAL ON <SUBJECT>:``, ``U.S. PROPOSAL TO <…>``,
``PROPOSAL BY FRANCE ON <…>``; its background and rationale follow, then the line "Proposed consensus
language:" (any case) and a quoted paragraph (straight or curly quotes, or ``BEGIN TEXT`` … ``END TEXT``) that
may run over a page break. Page furniture — form feeds, a repeated classification line, ``STATE 00012345 002
OF 004``, ``PAGE 02``, ``Page 2 of 4`` — is left out of the joined text.

Pure: text in, ``FoundProposal`` out, with the character offsets and paragraph numbers of each proposal in
the text so that it keeps its exact place in the source. The sponsor is a country code: from the heading,
else from the ``FM`` line, else the one given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from epoc.model.marking import ALPHA3
from epoc.model.partners import PARTNERS, partner_by_capital, partner_by_ministry
from epoc.names.countries import to_country_code

# -- page furniture --------------------------------------------------------------------------------------

_SPACED = re.compile(r"^\s*((?:[A-Z] ){3,}[A-Z])\b")
_CLASS_WORDS = (
    r"UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|RESTRICTED|LIMITED OFFICIAL USE|SENSITIVE BUT UNCLASSIFIED"
)
_CLASS_ALONE = {"UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET", "UNCLAS"}
_CLASS_LINE = re.compile(rf"^(?:{_CLASS_WORDS})\b[^a-z]*$")
_FURNITURE = (
    re.compile(r"^(?i:PAGE)\s+\d+\b[^a-z]*$"),  # PAGE 02   STATE 123456 121530Z (no prose after it)
    re.compile(r"^Page\s+\d+(?:\s+of\s+\d+)?(?:\s*[-–—|/]\s*.{0,40})?$", re.I),  # Page 2 of 4 — Confidential
    re.compile(r"^[A-Z][A-Z ]{1,30}\s+\d{5,8}\s+\d{3}\s+OF\s+\d{3}\b[^a-z]*$"),  # STATE 00012345 002 OF 004
    re.compile(r"^(?:SECTION\s+)?\d{1,3}\s+OF\s+\d{1,3}\b[^a-z]*$"),
    re.compile(r"^[-–—]\s*\d{1,3}\s*[-–—]$"),  # - 2 -
    re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$"),  # 2/4
    re.compile(r"^(?:NNNN|BT|SIPDIS|END\s+SUMMARY\.?)$"),
)


def despace(line: str) -> str:
    """``C O N F I D E N T I A L STATE 123`` -> ``CONFIDENTIAL STATE 123``."""
    match = _SPACED.match(line)
    if not match:
        return line
    return match.group(1).replace(" ", "") + line[match.end() :]


# Words a page's marking line is made of, in the languages Partners mark in ("CONFIDENTIEL DIFFUSION
# RESTREINTE MTCR / CONFIDENTIAL REL MTCR", "VS-NUR FUER DEN DIENSTGEBRAUCH", "CONFIDENTIAL // REL TO USA").
_MARKING_CLASSES = {
    "UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET", "RESTRICTED", "SBU", "FOUO", "CONFIDENTIEL",
    "RESTREINT", "RESTREINTE", "DIFFUSION", "VERTRAULICH", "GEHEIM", "VS", "CONFIDENCIAL", "RESERVADO",
    "RISERVATO", "RISERVATISSIMO", "SEGRETO", "SENSITIVE", "OFFICIAL", "PROTEGE",
}  # fmt: skip
_MARKING_WORDS = _MARKING_CLASSES | {
    "REL", "TO", "MTCR", "NOFORN", "NF", "ORCON", "ONLY", "ALL", "PARTNERS", "NOT", "FOR", "OUTREACH", "BUT",
    "USE", "LIMITED", "TOP", "NON", "NUR", "FUER", "FÜR", "DEN", "DIENSTGEBRAUCH", "DEFENSE", "SPECIAL",
    "AND", "PARTENAIRES", "LIMITADA", "DIFUSION", "DIFUSIÓN", "PROTÉGÉ", "DÉFENSE", *ALPHA3, *PARTNERS,
}  # fmt: skip
# Page numbering that may sit beside a marking or a sender's name: "Page 2 of 3", "- 2 -", "02/02", "PAGE 02".
_PAGE_NUMBER = re.compile(
    r"(?i)\bPage\s+\d{1,3}(?:\s+of\s+\d{1,3})?\b|(?:^|\s)[-–—]\s*\d{1,3}\s*[-–—](?:\s|$)"
    r"|\b\d{1,3}\s*/\s*\d{1,3}\b|\b\d{1,3}\s+OF\s+\d{1,3}\b"
)
_NEAR_BREAK = 3  # lines either side of a form feed where a page's header or footer sits


def is_furniture(line: str, near_break: bool = False) -> bool:
    """A page header or footer line, or a classification line repeated at a page break. ``near_break``: the
    line sits next to a page break, where a header naming the sender with a page number ("DFAT CANBERRA
    02/02") is furniture too."""
    stripped = despace(line.strip().strip("\f").strip())
    if not stripped:
        return False
    if stripped.upper() in _CLASS_ALONE:  # "Confidential" as a page's header or footer
        return True
    if _CLASS_LINE.match(stripped) and len(stripped) <= 90:
        return True
    if any(p.match(stripped) for p in _FURNITURE):
        return True
    unnumbered = _PAGE_NUMBER.sub(" ", stripped)
    if _marking_words_only(unnumbered):  # "CONFIDENTIAL   Page 2 of 3", the bilingual marking line
        return True
    numbered = unnumbered != stripped
    # a page number beside a short upper-case line (a sender, a reference) at a page break
    return near_break and numbered and len(unnumbered.strip()) <= 60 and not re.search(r"[a-z]", unnumbered)


def _marking_words_only(text: str) -> bool:
    """Upper case and made only of marking words, one of them a classification."""
    if re.search(r"[a-z]", text):
        return False
    words = [w for w in re.split(r"[\s/,;:()\-–—|]+", text.upper()) if w]
    known = all(w in _MARKING_WORDS for w in words)
    return bool(words) and known and any(w in _MARKING_CLASSES for w in words)


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # without its line end
    start: int  # offset of its first character in the document's text
    near_break: bool = False  # within a few lines of a page break (a form feed)

    @property
    def furniture(self) -> bool:
        return is_furniture(self.text, self.near_break)


def lines_of(text: str) -> list[Line]:
    """The text's lines with their offsets; a form feed starts a new line (a page break). The empty piece a
    form feed on its own line leaves is no blank line (a paragraph runs on over a page break)."""
    pieces: list[tuple[str, int]] = []
    breaks: list[int] = []  # indexes into pieces where a page break falls
    offset = 0
    parts = re.split(r"(\n|\f)", text)
    for n, raw in enumerate(parts):
        if raw in ("\n", "\f"):
            offset += 1
            if raw == "\f":
                breaks.append(len(pieces))
            continue
        beside_feed = (n > 0 and parts[n - 1] == "\f") or (n + 1 < len(parts) and parts[n + 1] == "\f")
        if not (raw == "" and beside_feed):
            pieces.append((raw, offset))
        offset += len(raw)
    out: list[Line] = []
    for i, (raw, start) in enumerate(pieces):
        near = any(-_NEAR_BREAK <= i - b < _NEAR_BREAK for b in breaks)
        out.append(Line(raw, start, near))
    return out


# -- the header ------------------------------------------------------------------------------------------

_FM = re.compile(r"^\s*(?:FM|FROM)\s*[:.]?\s+(?P<who>.+?)\s*$", re.I)
_SUBJECT = re.compile(r"^\s*(?:SUBJECT|SUBJ)\s*[:.]\s*(?P<subject>.+?)\s*$", re.I)
_US_SENDERS = re.compile(
    r"\b(?:SECSTATE|WASHDC|AMEMBASSY|AMCONSUL|USMISSION|USDEL|USUN|USNATO|USEU)\b|@state\.gov\b", re.I
)


@dataclass(frozen=True, slots=True)
class Header:
    sender: str | None  # the FM line as written
    sender_country: str | None
    subject: str | None


def read_header(lines: list[Line]) -> Header:
    sender = subject = None
    for line in lines[:80]:
        if sender is None and (m := _FM.match(line.text)):
            sender = m.group("who")
        if subject is None and (m := _SUBJECT.match(line.text)):
            subject = m.group("subject")
            # a subject that runs onto the next line is rare in the header; one line is enough for a title
        if _PARAGRAPH.match(line.text):
            break
    return Header(sender, sender_country(sender), normalise(subject) if subject else None)


def message_originator(text: str, default: str | None = None) -> str | None:
    """The Partner whose message it is: its ``FM`` line's country, else ``default``."""
    return read_header(lines_of(text[:20000])).sender_country or default


def sender_country(sender: str | None) -> str | None:
    """``SECSTATE WASHDC`` (the State Department) -> US; ``MINISTRY OF FOREIGN AFFAIRS, PARIS`` -> None
    unless a country is named: ``EMBASSY OF FRANCE`` -> FR."""
    if not sender:
        return None
    if _US_SENDERS.search(sender):
        return "US"
    # a foreign ministry ("FCO"), else a country named ("EMBASSY OF JAPAN, PARIS"), else a capital
    # ("DFAT CANBERRA": DFAT is the ministry, but "MINISTRY OF FOREIGN AFFAIRS, OSLO" names only the city)
    return partner_by_ministry(sender) or country_in(sender) or partner_by_capital(sender)


def country_in(text: str) -> str | None:
    """The first country named in a short phrase (longest names first: "United Kingdom" before "Kingdom")."""
    words = re.findall(r"[A-Za-z][A-Za-z.'’-]*", text)
    for size in (4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            code = _country_words(" ".join(words[i : i + size]))
            if code:
                return code
    return None


_NOT_COUNTRIES = {"THE", "OF", "AND", "ON", "TO", "FOR", "BY", "IN", "AT", "A", "AN", "IS", "IT", "AS", "NO"}


def _country_words(phrase: str) -> str | None:
    cleaned = phrase.strip(" .,;:'’-")
    if not cleaned or cleaned.upper() in _NOT_COUNTRIES:
        return None
    undotted = cleaned.replace(".", "")
    if len(undotted) <= 3:
        # short forms only as the regime writes them (U.S., UK, ROK), never a chance two-letter word
        return _SHORT_FORMS.get(undotted.upper())
    code = to_country_code(cleaned) or to_country_code(undotted)
    return None if code == "ZZ" else code  # "unknown" is no country ("GLOBAL" reads as ZZ)


_SHORT_FORMS = {"US": "US", "USA": "US", "UK": "GB", "ROK": "KR", "RF": "RU", "UAE": "AE", "PRC": "CN"}


# -- paragraphs ------------------------------------------------------------------------------------------

_PARAGRAPH = re.compile(r"^\s*(?P<number>\d{1,3})\s*[.)]\s+(?=\S)")
_LETTERED = re.compile(r"^\s*(?:[A-H]|[a-h])[.)]\s+(?=\S)")
_MARK = re.compile(r"^\s*(?P<mark>\((?:[A-Z]{1,4})(?:\s*/{1,2}\s*[A-Z][A-Za-z0-9 ,/-]*?)?\))\s*")


@dataclass(frozen=True, slots=True)
class Paragraph:
    number: int | None  # the message's paragraph number, when numbered
    mark: str | None  # its paragraph (portion) marking as written: "(C)", "(C/REL MTCR)"
    start: int  # offsets in the document's text
    end: int
    lines: tuple[Line, ...]

    @property
    def body_start(self) -> int:
        """Where the paragraph's words begin (after its number and marking)."""
        first = self.lines[0]
        rest = first.text
        offset = 0
        if m := _PARAGRAPH.match(rest):
            offset = m.end()
        if m := _MARK.match(rest[offset:]):
            offset += m.end()
        if m := _LETTERED.match(rest[offset:]):  # "A. U.S. PROPOSAL ON …" inside a quoted text
            offset += m.end()
        return first.start + offset


def paragraphs_of(lines: list[Line]) -> list[Paragraph]:
    """Paragraphs separated by blank lines, or opened by a number or a marking at a line's start; page
    furniture belongs to none (a paragraph runs on over a page break)."""
    out: list[Paragraph] = []
    current: list[Line] = []

    def close() -> None:
        if current:
            out.append(_paragraph(current))
            current.clear()

    gap: list[Line] = []  # the blank and furniture lines since the last line of text
    for line in lines:
        if line.furniture or not line.text.strip():
            gap.append(line)
            continue
        if gap and breaks_paragraph(gap):
            close()
        gap = []
        if current and (_PARAGRAPH.match(line.text) or _MARK.match(line.text)):
            close()
        current.append(line)
    close()
    return out


def breaks_paragraph(gap: list[Line]) -> bool:
    """Whether the blank and furniture lines between two lines of text end a paragraph: a blank line next to
    the text on either side does; blank lines only between a page's footer and the next page's header
    (``U.S. PROPOSAL TO`` / footer / blank / header / ``ADDRESS …:``) do not."""
    return not gap[0].text.strip() or not gap[-1].text.strip()


def _paragraph(lines: list[Line]) -> Paragraph:
    first = lines[0].text
    number = None
    rest = first
    if m := _PARAGRAPH.match(first):
        number = int(m.group("number"))
        rest = first[m.end() :]
    mark = m2.group("mark") if (m2 := _MARK.match(rest)) else None
    last = lines[-1]
    return Paragraph(number, mark, lines[0].start, last.start + len(last.text), tuple(lines))


# -- proposals -------------------------------------------------------------------------------------------

_PREPOSITION = r"(?:ON|TO|FOR|REGARDING|CONCERNING|ABOUT|ON THE SUBJECT OF)"
# What a heading may call an item a Partner tables, and the words that may qualify it ("FALLBACK U.S.
# PROPOSAL ON …", "DISCUSSION PAPER: …", "REVISED NON-PAPER ON …").
_KIND = r"(?:PROPOSAL|(?:NON-?)?PAPER|CONTRIBUTION|INITIATIVE)"
_QUALIFIER = (
    r"(?:JOINT|NEW|REVISED|AMENDED|UPDATED|DRAFT|FURTHER|FALLBACK|ALTERNATIVE|COMPROMISE|ADDITIONAL|"
    r"DISCUSSION|WORKING|BACKGROUND|FINAL)"
)
# "FRENCH PROPOSAL ON …", "THE U.S. PROPOSAL TO …", "JOINT GERMAN-FRENCH PROPOSAL FOR …"
_SPONSOR_FIRST = re.compile(
    rf"^(?:THE\s+)?(?:{_QUALIFIER}\s+)*"
    rf"(?P<sponsor>[A-Z][\w.'’ -]{{0,60}}?)(?:'S|’S)?\s+(?:{_QUALIFIER}\s+)*"
    rf"{_KIND}\s+(?P<prep>{_PREPOSITION})\s+(?P<subject>.+)$",
    re.I,
)
# "PROPOSAL BY FRANCE ON …", "PROPOSAL FROM THE UNITED KINGDOM TO …", "PROPOSAL OF JAPAN: …"
_SPONSOR_AFTER = re.compile(
    rf"^(?:{_QUALIFIER}\s+)*{_KIND}\s+(?:BY|FROM|OF)\s+(?:THE\s+)?(?P<sponsor>[A-Z][\w.'’ -]{{0,60}}?)"
    rf"\s*(?:(?P<prep>{_PREPOSITION})\s+|[:,–—-]\s*)(?P<subject>.+)$",
    re.I,
)
# "PROPOSAL ON …", "PROPOSAL 2: …", "PROPOSAL TO …"
_NO_SPONSOR = re.compile(
    rf"^(?:{_QUALIFIER}\s+)*{_KIND}(?:\s+(?:NO\.?\s*)?\d+|\s+[A-Z])?\s*(?:(?P<prep>{_PREPOSITION})\s+|[:.–—-]\s*)"
    rf"(?P<subject>.+)$",
    re.I,
)
# "Proposed consensus language:", "PROPOSED CONSENSUS LANGUAGE FOR THE PLENARY REPORT:", "Draft consensus
# text" alone on its line — never prose that mentions it ("the proposed consensus language below reflects").
_CONSENSUS = re.compile(
    r"(?:proposed|draft|suggested)\s+(?:consensus|plenary)\s+(?:language|text)"
    r"(?:[^:\n\"“]{0,80}?:|[ \t]*(?=\n|$))[ \t]*",
    re.I,
)
_BEGIN_TEXT = re.compile(r"[-–—]*\s*BEGIN\s+TEXT\s*[-–—]*\s*[:.]?", re.I)
_END_TEXT = re.compile(r"[-–—]*\s*\bEND\s+TEXT\b\s*[-–—]*\.?", re.I)
_OPEN_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "''": "''", "``": "''"}
_HEADING_MAX = 300  # a heading is a line, not a paragraph of rationale


@dataclass(frozen=True, slots=True)
class FoundProposal:
    sponsor: str | None  # ISO code, or None when nothing names it
    sponsor_text: str | None  # as written in the heading
    subject: str
    heading: str
    mark: str | None  # the heading paragraph's marking as written, e.g. "(C)"
    marks: tuple[str, ...]  # every paragraph marking within the proposal
    rationale: str
    consensus_language: str | None
    start: int  # offsets of the proposal in the document's text
    end: int
    paragraphs: tuple[int, ...]  # the message's paragraph numbers it spans


@dataclass(frozen=True, slots=True)
class _Heading:
    sponsor_text: str | None
    subject: str
    text: str


def heading_of(paragraph: Paragraph, text: str) -> _Heading | None:
    """A proposal's heading: the start of the paragraph, up to a colon (the heading may wrap onto a second
    line) or the end of its first line, naming a proposal."""
    body = _clean(text, paragraph.body_start, paragraph.end)
    first = paragraph.lines[0]
    first_line = normalise(text[paragraph.body_start : first.start + len(first.text)])
    if lead := _BEGIN_TEXT.match(body):  # "4. (C) BEGIN TEXT: U.S. PROPOSAL ON …:" — the heading follows
        body = body[lead.end() :].strip()
        rest = first_line[len(lead.group(0)) :].strip() if _BEGIN_TEXT.match(first_line) else ""
        first_line = rest or normalise(paragraph.lines[1].text) if len(paragraph.lines) > 1 else rest
    colon = body.find(":")
    if 0 < colon <= _HEADING_MAX:
        candidate, closed = body[:colon], True
    else:
        candidate, closed = _first_sentence(first_line), len(paragraph.lines) == 1
    candidate = candidate.strip(" .-–—*_")
    if not candidate or len(candidate) > _HEADING_MAX:
        return None
    if _NUMBERED.match(candidate) and colon > 0:
        # "PROPOSAL 2: CATCH-ALL CONTROLS" — the subject follows the colon
        after = _first_sentence(body[colon + 1 :].split("\n", 1)[0]).strip(" .-–—*_")
        rest = first_line.split(":", 1)[1] if ":" in first_line else after
        subject = normalise(_first_sentence(rest)).strip(" .:-–—*_")[:_HEADING_MAX]
        if subject:
            return _Heading(None, subject, f"{candidate}: {subject}")
    # prose that mentions a proposal is not a heading: a heading is in capitals, or stands alone
    if not (candidate.upper() == candidate or closed or _title_like(candidate)):
        return None
    if not closed and re.match(r"(?i)(?:THE|A|AN|THIS|THAT|ITS)\s", candidate):
        return None  # "THE U.S. PROPOSAL ON X, CIRCULATED LAST YEAR, …" runs on as a sentence
    return match_heading(candidate)


def match_heading(candidate: str) -> _Heading | None:
    """A heading's words (``U.S. PROPOSAL ON TELEMETRY``) as sponsor and subject, or None."""
    for pattern in (_SPONSOR_AFTER, _SPONSOR_FIRST):
        if (m := pattern.match(candidate)) and is_sponsor(m.group("sponsor")):
            subject = _subject(m.group("subject"), m.groupdict().get("prep"))
            if subject:
                return _Heading(m.group("sponsor").strip(), subject, candidate)
    if m := _NO_SPONSOR.match(candidate):
        subject = _subject(m.group("subject"), m.groupdict().get("prep"))
        if subject:
            return _Heading(None, subject, candidate)
    return None


def _title_like(text: str) -> bool:
    """``U.S. Proposal on Catch-All Controls``: most of its longer words capitalised, as a heading is."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


_NUMBERED = re.compile(rf"^(?:{_QUALIFIER}\s+)*{_KIND}(?:\s+(?:NO\.?\s*)?\d+|\s+[A-Z])?$", re.I)
_SPONSOR_WORDS = 5  # "THE RUSSIAN FEDERATION", "REPUBLIC OF KOREA", "IE CO-CHAIRS'": never a sentence
# Who else sponsors proposals: the regime's office-holders (their proposals take the message's sender).
_OFFICES = re.compile(
    r"^(?:THE\s+)?(?:PLENARY\s+|TEM\s+|IE\s+|LEM\s+|RPOC\s+)?(?:CHAIR|CO-?CHAIRS?|CHAIRMAN|PRESIDENCY|POC|"
    r"POINT OF CONTACT|SECRETARIAT)(?:'S|’S|S'|S’)?$",
    re.I,
)


def is_sponsor(text: str) -> bool:
    """A heading's sponsor: a country (``U.S.``, ``FRENCH``, ``GERMAN-FRENCH``) or a regime office;
    "THE NETHERLANDS PRESENTS THE FOLLOWING" is prose, not a sponsor."""
    words = text.strip()
    if not words or len(words.split()) > _SPONSOR_WORDS:
        return False
    return bool(_OFFICES.match(words)) or (sponsor_code(words) is not None and _all_named(words))


def _all_named(text: str) -> bool:
    """Every part of a joint sponsor names a country (``GERMAN-FRENCH``, ``FRANCE AND GERMANY``)."""
    parts = [p for p in re.split(r"\s*(?:-|–|/|\bAND\b|,)\s*", text, flags=re.I) if p.strip()]
    return all(_country_words(re.sub(r"^(?:THE|JOINT)\s+", "", p.strip(), flags=re.I)) for p in parts)


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])\.\s+(?=[A-Z])")


def _first_sentence(line: str) -> str:
    """A heading that ends with a full stop and runs on into its text: the heading only (``U.S.`` kept)."""
    at = line.upper().find("PROPOSAL")
    if at < 0:
        return line
    m = _SENTENCE_END.search(line, at)
    return line[: m.start()] if m else line


# A heading's subject is a noun phrase; a verb or a semicolon says it is a sentence mentioning a proposal.
_PROSE = re.compile(r"(?i);|\b(?:WAS|WERE|IS|ARE|HAS|HAVE|HAD|WILL|WOULD|SHOULD|COULD|MAY|MIGHT|DID)\b")
_SUBJECT_WORDS = 25
_REMARK = re.compile(r"\s*\([^()]*\)\s*$")


def _subject(text: str, preposition: str | None) -> str:
    subject = normalise(text).strip(" .:;-–—")
    if _PROSE.search(subject) and (bare := _REMARK.sub("", subject)) != subject:
        subject = bare  # "TRANSIT (FOR POST'S BACKGROUND ONLY; NOT FOR DELIVERY)": a remark, not the subject
    if _PROSE.search(subject) or len(subject.split()) > _SUBJECT_WORDS:
        return ""
    if preposition and preposition.upper() == "TO":
        subject = f"{preposition} {subject}"  # "to establish a working group" reads as a subject
    return subject


def sponsor_code(sponsor_text: str | None) -> str | None:
    """``U.S.`` -> US, ``FRENCH`` -> FR, ``GERMAN-FRENCH`` -> DE (the first named), ``CHAIR'S`` -> None."""
    if not sponsor_text:
        return None
    for part in re.split(r"\s*(?:-|–|/|\bAND\b|,)\s*", sponsor_text, flags=re.I):
        code = _country_words(part) or country_in(part)
        if code:
            return code
    return None


def normalise(text: str) -> str:
    return " ".join(text.split())


def split_proposals(text: str, default_sponsor: str | None = None) -> list[FoundProposal]:
    """Every proposal in a message, in document order.

    Proposals are opened by their headings and end with their consensus text (or at the next heading); a
    message without headings but with consensus language is one proposal per consensus text, named by the
    message's subject."""
    lines = lines_of(text)
    header = read_header(lines)
    paragraphs = paragraphs_of(lines)
    fallback_sponsor = header.sender_country or default_sponsor
    starts: list[tuple[int, _Heading | None]] = [
        (i, h) for i, p in enumerate(paragraphs) if (h := heading_of(p, text)) is not None
    ]
    if not starts:
        starts = [(i, None) for i in _headless_starts(text, paragraphs)]
        if not starts:
            return []
    found: list[FoundProposal] = []
    for n, (index, heading) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(paragraphs)
        span = paragraphs[index:stop]
        if span:
            # an unmarked heading inside a marked paragraph ("4. (C) BEGIN TEXT:") is under that marking
            enclosing = next((p.mark for p in reversed(paragraphs[:index]) if p.mark), None)
            found.append(_proposal(text, span, heading, header, fallback_sponsor, enclosing))
    return found


def _headless_starts(text: str, paragraphs: list[Paragraph]) -> list[int]:
    """Without headings: one proposal per consensus text, each from the paragraph after the one before's
    quotation ends (a quotation may run over several paragraphs and a page break)."""
    if not paragraphs:
        return []
    index = next((i for i, p in enumerate(paragraphs) if p.number is not None or p.mark), 0)
    starts: list[int] = []
    while index < len(paragraphs):
        consensus = consensus_in(text, paragraphs[index].start, paragraphs[-1].end)
        if consensus is None:
            break
        starts.append(index)
        index = next((j for j, p in enumerate(paragraphs) if p.start >= consensus.end), len(paragraphs))
    return starts


_TITLE_MAX = 120  # a title is a line, not a sentence of rationale
_BEGIN_OR_END = re.compile(r"(?i)(?:begin|end)\s+text\b")


def _title_in(text: str, span: list[Paragraph], before: int) -> str | None:
    """A headless proposal's own title: a short line standing alone before its consensus text
    (``Catch-All Controls``, ``A. Brokering``)."""
    for p in span:
        if p.start >= before:
            break
        if len(p.lines) != 1:
            continue
        line = normalise(text[p.body_start : p.end]).strip(" -–—*_:")
        standalone = 3 <= len(line) <= _TITLE_MAX and not line.endswith(".")
        if standalone and not _CONSENSUS.search(line) and not _BEGIN_OR_END.match(line):
            return line
    return None


def _proposal(
    text: str,
    span: list[Paragraph],
    heading: _Heading | None,
    header: Header,
    fallback: str | None,
    enclosing: str | None = None,
) -> FoundProposal:
    consensus = consensus_in(text, span[0].start, span[-1].end)
    if consensus is not None:
        # what follows the consensus text (the message's closing, an action request) is not the proposal's
        span = [p for p in span if p.start < consensus.end] or span[:1]
    start, end = span[0].start, span[-1].end
    headed = heading is not None
    if heading is None and header.subject:
        # a message of one proposal may name it in its subject: "MTCR: U.S. PROPOSAL ON TELEMETRY"
        titled = match_heading(re.sub(r"^(?:[A-Z/&-]{2,10}\s*:\s*)+", "", header.subject).strip(" .-–—"))
        heading = titled
    sponsor = sponsor_code(heading.sponsor_text) if heading else None
    subject = heading.subject if heading else None
    if subject is None and consensus is not None:
        subject = _title_in(text, span, consensus.marker)
    subject = subject or header.subject or "Proposal"
    rationale_end = consensus.marker if consensus is not None else end
    rationale_parts = []
    for p in span:
        if p.start >= rationale_end:
            break
        body_from = p.body_start
        if headed and p is span[0]:
            body = text[body_from : p.end]
            colon = body.find(":")
            body_from += colon + 1 if 0 <= colon <= _HEADING_MAX + 50 else len(p.lines[0].text)
        piece = _clean(text, body_from, min(p.end, rationale_end))
        if headed and heading is not None and piece.upper().startswith(heading.text.upper()):
            piece = piece[len(heading.text) :].lstrip(" :.-–—")  # the heading after a BEGIN TEXT
        if piece:
            rationale_parts.append(piece)
    return FoundProposal(
        sponsor=sponsor or fallback,
        sponsor_text=heading.sponsor_text if heading else None,
        subject=subject,
        heading=heading.text if heading else subject,
        mark=(span[0].mark if headed else _mark_near(span, consensus)) or enclosing,
        marks=tuple(p.mark for p in span if p.mark),
        rationale="\n\n".join(rationale_parts),
        consensus_language=consensus.text if consensus else None,
        start=start,
        end=max(end, consensus.end if consensus else end),
        paragraphs=tuple(p.number for p in span if p.number is not None),
    )


def _mark_near(span: list[Paragraph], consensus: Consensus | None) -> str | None:
    """A proposal without a heading: the marking of the paragraph holding its consensus language (or the
    nearest marked one before it), else the first marked paragraph's."""
    if consensus is not None:
        before = [p.mark for p in span if p.start <= consensus.marker and p.mark]
        if before:
            return before[-1]
    return next((p.mark for p in span if p.mark), None)


def _clean(text: str, start: int, end: int) -> str:
    """The text between two offsets without page furniture, whitespace normalised."""
    kept = [line.text for line in lines_of(text[start:end]) if not line.furniture]
    return normalise(" ".join(kept))


@dataclass(frozen=True, slots=True)
class Consensus:
    text: str | None
    marker: int  # where "Proposed consensus language" starts
    end: int  # where the quoted text ends


def consensus_in(text: str, region_start: int, region_end: int) -> Consensus | None:
    """The consensus language in a region (the quoted text after its "Proposed consensus language:"),
    joined across page breaks, quotes removed, whitespace normalised."""
    marker = _CONSENSUS.search(text, region_start, region_end)
    if marker is None:
        return None
    pos = marker.end() + _skip_to_words(text[marker.end() : region_end])
    if m := _BEGIN_TEXT.match(text, pos, region_end):
        stop = _END_TEXT.search(text, m.end(), region_end)
        body_end = stop.start() if stop else region_end
        return Consensus(_unquote(_clean(text, m.end(), body_end)) or None, marker.start(), body_end)
    if text.startswith(("'", "‘"), pos) and not text.startswith("''", pos):
        # single quotes: an apostrophe ("Partners' views") looks like a closing quote, so the quotation
        # closes at the last one in its paragraph
        paragraph_end = _paragraph_end(text, pos, region_end)
        close_at = max(text.rfind("'", pos + 1, paragraph_end), text.rfind("’", pos + 1, paragraph_end))
        if close_at > pos:
            body = _clean(text, pos + 1, close_at)
            return Consensus(_unquote(body) or None, marker.start(), close_at + 1)
    for opening in sorted(_OPEN_QUOTES, key=len, reverse=True):
        if text.startswith(opening, pos):
            closing = _OPEN_QUOTES[opening]
            close_at = _closing_quote(text, pos + len(opening), region_end, closing)
            raw = text[pos + len(opening) : close_at]
            if closing == '"':
                # a quotation of several paragraphs opens each with a quote mark: typography, not text
                raw = re.sub(r'(\n[ \t]*\n[ \t]*)"(?=\S)', r"\1", raw)
            body = _clean(raw, 0, len(raw))
            return Consensus(_unquote(body) or None, marker.start(), min(close_at + len(closing), region_end))
    # no quotation marks: the paragraph that follows (or the rest of the marker's own paragraph)
    paragraph_end = _paragraph_end(text, pos, region_end)
    return Consensus(_unquote(_clean(text, pos, paragraph_end)) or None, marker.start(), paragraph_end)


_LEADING = re.compile(
    r"[ \t]*(?:\d{1,3}\s*[.)]\s+)?(?:\([A-Z]{1,4}(?:\s*/{1,2}\s*[A-Z][A-Za-z0-9 ,/-]*?)?\)\s*)?"
)


def _skip_to_words(rest: str) -> int:
    """How far to the quoted text: past blank lines, furniture, and a paragraph number or marking."""
    for line in lines_of(rest):
        if line.text.strip() and not line.furniture:
            lead = _LEADING.match(line.text)
            return line.start + (lead.end() if lead else 0)
    return len(rest)


def _closing_quote(text: str, pos: int, end: int, closing: str) -> int:
    """Where the quotation closes. With straight quotes, a quote opening a later paragraph (the typographic
    convention for a quotation of several paragraphs) continues it rather than closing it."""
    while True:
        at = text.find(closing, pos, end)
        if at < 0:
            if closing != '"':
                # opened curly, closed straight (a converted document): the straight quote closes it
                straight = text.find('"', pos, end)
                return straight if straight >= 0 else _paragraph_end(text, pos, end)
            return end
        line_start = text.rfind("\n", 0, at) + 1
        opens_line = text[line_start:at].strip() == "" and at + 1 < end and not text[at + 1].isspace()
        if closing == '"' and opens_line and _quote_continues(text, at + 1, end):
            pos = at + 1
            continue
        return at


def _quote_continues(text: str, pos: int, end: int) -> bool:
    """A straight quote opening a line continues the quotation if another straight quote closes later."""
    return text.find('"', pos, end) >= 0


def _paragraph_end(text: str, pos: int, end: int) -> int:
    """The end of the paragraph starting at ``pos``: a blank line (not inside a page break), or ``end``."""
    gap: list[Line] = []
    for line in lines_of(text[pos:end]):
        if line.furniture or not line.text.strip():
            gap.append(line)
            continue
        if gap and line.start > 0 and breaks_paragraph(gap):
            return pos + gap[0].start
        gap = []
    return end


def _unquote(text: str) -> str:
    return normalise(text).strip().strip('"“”„«»').strip()
