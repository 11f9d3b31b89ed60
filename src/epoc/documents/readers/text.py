"""Plain text and Markdown: decoded carefully; Markdown is kept as written (its marks do not hide names)."""

from __future__ import annotations

import re

from epoc.documents.readers.base import Limits, ReadDocument, decode_text, first_line_title, normalise_text

_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)


class TextReader:
    name: str = "text"
    media_types: tuple[str, ...] = ("text/plain",)
    suffixes: tuple[str, ...] = (".txt", ".text")

    def sniff(self, head: bytes) -> bool:
        return False  # the fallback for text; chosen by suffix or media type only

    def read(self, data: bytes, name: str, limits: Limits, depth: int = 0) -> ReadDocument:
        text, note = decode_text(data, name)
        text = normalise_text(text)
        doc = ReadDocument(text, self.media_types[0], self.name, title=first_line_title(text))
        if note:
            doc.warnings.append(note)
        return doc


class MarkdownReader(TextReader):
    name: str = "markdown"
    media_types: tuple[str, ...] = ("text/markdown",)
    suffixes: tuple[str, ...] = (".md", ".markdown")

    def read(self, data: bytes, name: str, limits: Limits, depth: int = 0) -> ReadDocument:
        doc = super().read(data, name, limits, depth)
        doc.media_type, doc.reader = self.media_types[0], self.name
        heading = _HEADING.search(doc.text)
        if heading:
            doc.title = heading.group(1)[:200]
        return doc
