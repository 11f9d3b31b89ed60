"""What every document reader shares: the interface, the result, limits, and text decoding.

A reader turns the bytes of one file into text. It does no database work and never guesses a marking:
markings are found in the text afterwards (``epoc.documents.markings``), so that every format is marked by
the same rules. Offsets of everything extracted later refer to ``ReadDocument.text``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from epoc.model import ImportFailure
from epoc.sources.base import refuse_larger
from epoc.sources.dates import parse_date

DOCUMENT_LIMIT = " for documents (EPOC_MAX_DOCUMENT_MB)"  # what a refusal names as the limit


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 100 * 1024 * 1024  # one file (EPOC_MAX_DOCUMENT_MB)
    max_unpacked_bytes: int = 200 * 1024 * 1024  # what a DOCX may unpack to (zip bombs)
    max_ratio: int = 200  # unpacked/packed beyond which a large DOCX is treated as a zip bomb
    max_depth: int = 3  # e-mail inside e-mail inside …
    max_pages: int = 2000

    def check_size(self, size: int, name: str) -> None:
        """Refuse a file larger than the limit (before reading it, where its size is known first)."""
        refuse_larger(size, self.max_bytes, name, DOCUMENT_LIMIT)


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file carried inside another (an e-mail's attachment) and where its text sits in the parent's."""

    name: str
    media_type: str
    size: int
    sha256: str
    start: int
    end: int
    read: bool  # False: a kind of file that carries no text epoc reads (an image); listed, not read


@dataclass
class ReadDocument:
    text: str
    media_type: str
    reader: str
    title: str | None = None
    pages: int | None = None
    page_starts: list[int] = field(default_factory=list)  # offset of each page's first character
    attachments: list[Attachment] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)  # e-mail headers, PDF info …
    warnings: list[str] = field(default_factory=list)
    sha256: str = ""  # of the file's bytes (set by ``registry.read_bytes``)
    size: int = 0


class DocumentReader(Protocol):
    name: str
    media_types: tuple[str, ...]
    suffixes: tuple[str, ...]

    def sniff(self, head: bytes) -> bool:
        """Whether the first bytes of a file look like this format (used when the suffix says nothing)."""
        ...

    def read(self, data: bytes, name: str, limits: Limits, depth: int = 0) -> ReadDocument: ...


def normalise_text(text: str) -> str:
    """NFKC (Persian and Arabic presentation forms, ligatures and full-width letters become the letters
    themselves), one kind of line end, no NULs or other control characters but tab, newline and form feed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return _CONTROL.sub("", text)


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # control characters but tab, newline, form feed


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, name: str, declared: str | None = None) -> tuple[str, str | None]:
    """Bytes to text: a BOM, then the declared charset, then UTF-8, then a detected single-byte encoding
    when the detection is confident. Returns the text and a note when it had to guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding, name), None
    if declared:
        try:
            codecs.lookup(declared)
        except LookupError:
            declared = None
        else:
            try:
                return data.decode(declared), None
            except UnicodeDecodeError:
                pass  # the declaration is wrong; try what the bytes say
    if b"\x00" in data[:4096]:  # no text format writes NULs: binary, or UTF-16/32 without a BOM
        raise ImportFailure(
            name, "binary data or UTF-16/32 text without a byte-order mark; save the text as UTF-8"
        )
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        first_error = exc
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1 << 20]).best()
    if best is not None and best.encoding and best.percent_chaos <= 10.0:
        try:
            return data.decode(best.encoding), f"not UTF-8: read as {best.encoding} (detected)"
        except (UnicodeDecodeError, LookupError):
            pass
    raise ImportFailure(
        name,
        f"not UTF-8 text (byte 0x{data[first_error.start]:02x} at offset {first_error.start}) and the "
        "encoding cannot be told reliably; save the file as UTF-8",
    )


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportFailure(
            name, f"not valid {encoding} text despite its byte-order mark (offset {exc.start})"
        ) from exc


def first_line_title(text: str, skip: set[str] | None = None, limit: int = 200) -> str | None:
    """The first non-empty line that is not a marking banner nor only a date (press releases open with
    one): a title for a document that gives none."""
    from epoc.documents.markings import is_banner_line

    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        if not stripped or is_banner_line(stripped) or (skip and stripped in skip):
            continue
        if date_line(stripped) is not None:
            continue
        return stripped[:limit]
    return None


def date_line(line: str) -> date | None:
    """The calendar date a line consists of ("April 29, 2014", "29 June 2005", "2024-03-12"), or None."""
    found = parse_date(line) if len(line) <= 30 else None
    return date.fromisoformat(found) if found and len(found) == 10 else None
