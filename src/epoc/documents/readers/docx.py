"""DOCX with python-docx: headers (where banners are), paragraphs and tables in order, footers.

A DOCX is a zip: its entries are sized up before anything is unpacked, so a zip bomb is refused, not run.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from epoc.documents.readers.base import Limits, ReadDocument, first_line_title, normalise_text
from epoc.model import ImportFailure


class DocxReader:
    name: str = "docx"
    media_types: tuple[str, ...] = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    suffixes: tuple[str, ...] = (".docx",)

    def sniff(self, head: bytes) -> bool:
        return head.startswith(b"PK\x03\x04") and b"word/" in head

    def read(self, data: bytes, name: str, limits: Limits, depth: int = 0) -> ReadDocument:
        check_zip(data, name, limits)
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        try:
            document = docx.Document(io.BytesIO(data))
        except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise ImportFailure(name, f"not a readable DOCX: {exc}") from exc
        except Exception as exc:  # damaged XML inside the package
            raise ImportFailure(name, f"corrupt DOCX: {exc.__class__.__name__}: {exc}") from exc
        lines: list[str] = []
        headers: list[str] = []
        footers: list[str] = []
        for section in document.sections:
            for part, out in ((section.header, headers), (section.footer, footers)):
                for paragraph in part.paragraphs:
                    if paragraph.text.strip() and paragraph.text.strip() not in out:
                        out.append(paragraph.text.strip())
        lines.extend(headers)
        body = document.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(_runs_text(child))
            elif tag == "tbl":
                for row in child.iter():
                    if row.tag.endswith("}tr"):
                        cells = []
                        for cell in row.iterchildren():
                            if cell.tag.endswith("}tc"):
                                cells.append(_runs_text(cell).strip())
                        lines.append(" | ".join(cells))
        lines.extend(footers)
        text = normalise_text("\n\n".join(line.strip() for line in lines if line.strip()))
        title = (document.core_properties.title or "").strip() or first_line_title(text)
        return ReadDocument(text, self.media_types[0], self.name, title=title)


def _runs_text(element: Any) -> str:
    """The text of a paragraph or cell: its runs' text, line breaks as new lines, tabs as tabs."""
    parts = []
    for node in element.iter():
        tag = node.tag.rsplit("}", 1)[-1] if isinstance(node.tag, str) else ""
        if tag == "t":
            parts.append(node.text or "")
        elif tag in ("br", "cr"):
            parts.append("\n")
        elif tag == "tab":
            parts.append("\t")
        elif tag == "p" and parts and node is not element:
            parts.append("\n")  # a paragraph inside a table cell
    return "".join(parts)


def check_zip(data: bytes, name: str, limits: Limits) -> None:
    """Refuse a zip whose entries would unpack beyond the limits (declared sizes, read before unpacking)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise ImportFailure(name, f"not a readable DOCX (bad zip: {exc})") from exc
    unpacked = sum(e.file_size for e in entries)
    packed = max(1, sum(e.compress_size for e in entries))
    if unpacked > limits.max_unpacked_bytes or (
        unpacked > 10 * 2**20 and unpacked / packed > limits.max_ratio
    ):
        raise ImportFailure(
            name,
            f"refused: the DOCX would unpack to {unpacked / 2**20:,.0f} MiB from {packed / 2**20:,.1f} MiB "
            "(a zip bomb, or far larger than any paper)",
        )
    if len(entries) > 10000:
        raise ImportFailure(name, f"refused: the DOCX holds {len(entries)} files")
