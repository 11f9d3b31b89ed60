"""The one table of document readers, and how a file finds its reader (suffix, media type, first bytes)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from epoc.documents.readers.base import DOCUMENT_LIMIT, DocumentReader, Limits, ReadDocument
from epoc.documents.readers.docx import DocxReader
from epoc.documents.readers.eml import EmailReader
from epoc.documents.readers.html import HtmlReader
from epoc.documents.readers.pdf import PdfReader
from epoc.documents.readers.text import MarkdownReader, TextReader
from epoc.model import ImportFailure
from epoc.sources.base import file_size

READERS: dict[str, DocumentReader] = {
    r.name: r
    for r in (PdfReader(), DocxReader(), EmailReader(), HtmlReader(), MarkdownReader(), TextReader())
}


def reader_for(name: str, head: bytes, media_type: str | None = None) -> DocumentReader:
    """The reader of a file: by its first bytes where they are unmistakable (a PDF named .txt is a PDF),
    else by suffix, else by media type, else by a looser sniff; plain text last."""
    suffix = Path(name.rsplit(" → ", maxsplit=1)[-1]).suffix.lower()
    for strong in ("pdf", "docx"):
        if READERS[strong].sniff(head):
            return READERS[strong]
    for reader in READERS.values():
        if suffix in reader.suffixes:
            return reader
    if media_type:
        for reader in READERS.values():
            if media_type.lower() in reader.media_types:
                return reader
    for reader in READERS.values():
        if reader.sniff(head):
            return reader
    if head.startswith(b"PK\x03\x04"):
        raise ImportFailure(
            name, "a zip archive that is not a DOCX; epoc reads DOCX, PDF, e-mail, HTML, text"
        )
    if media_type and not media_type.startswith("text/"):
        raise ImportFailure(name, f"cannot read {media_type} files")
    return READERS["text"]


def read_bytes(
    data: bytes,
    name: str,
    limits: Limits,
    depth: int = 0,
    media_type: str | None = None,
    reader: str | None = None,
) -> ReadDocument:
    if not data:
        raise ImportFailure(name, "the file is empty")
    chosen = READERS[reader] if reader else reader_for(name, data[:4096], media_type)
    document = chosen.read(data, name, limits, depth)
    document.sha256 = hashlib.sha256(data).hexdigest()
    document.size = len(data)
    return document


def read_file(path: Path, limits: Limits, reader: str | None = None) -> ReadDocument:
    """Read one file, refusing it before reading when it is empty or larger than the limit."""
    file_size(path, limits.max_bytes, DOCUMENT_LIMIT)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(str(path), f"cannot read: {exc.strerror or exc}") from exc
    return read_bytes(data, str(path), limits, reader=reader)
