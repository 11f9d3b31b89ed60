"""HTML: the visible text, one line per block element; scripts and styles dropped."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from epoc.documents.readers.base import Limits, ReadDocument, decode_text, first_line_title, normalise_text
from epoc.model import ImportFailure

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)""", re.IGNORECASE)
_BLOCKS = {
    "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "blockquote", "pre", "table", "ul", "ol", "dt", "dd", "hr", "title", "caption",
}  # fmt: skip


class HtmlReader:
    name: str = "html"
    media_types: tuple[str, ...] = ("text/html",)
    suffixes: tuple[str, ...] = (".html", ".htm", ".xhtml")

    def sniff(self, head: bytes) -> bool:
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        return start.startswith((b"<!doctype html", b"<html"))

    def read(self, data: bytes, name: str, limits: Limits, depth: int = 0) -> ReadDocument:
        declared = _META_CHARSET.search(data[:4096])
        text, note = decode_text(data, name, declared.group(1).decode("ascii") if declared else None)
        try:
            root = lxml.html.document_fromstring(text)
        except (etree.ParserError, ValueError) as exc:
            raise ImportFailure(name, f"not readable HTML: {exc}") from exc
        title_el = root.find(".//title")
        title = title_el.text_content().strip() if title_el is not None else None
        for bad in root.xpath("//script|//style|//noscript|//template|//head"):
            bad.drop_tree()
        parts: list[str] = []
        _walk(root, parts)
        body = "\n".join(line.strip() for line in "".join(parts).splitlines())
        body = normalise_text(re.sub(r"\n{3,}", "\n\n", body).strip())
        doc = ReadDocument(body, self.media_types[0], self.name, title=title or first_line_title(body))
        if note:
            doc.warnings.append(note)
        return doc


def _walk(element: etree._Element, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    block = tag.lower() in _BLOCKS
    if block:
        out.append("\n")
    if element.text and tag:
        out.append(re.sub(r"\s+", " ", element.text))
    for child in element:
        _walk(child, out)
        if child.tail:
            out.append(re.sub(r"\s+", " ", child.tail))
    if block:
        out.append("\n")
