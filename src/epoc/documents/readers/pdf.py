"""PDF with pypdf: the text of each page, then NFKC (Persian presentation forms become letters).

Encrypted PDFs open only when they need no password to read (owner-password-only files); corrupt files,
and files with more pages than the limit, are refused with the reason.
"""

from __future__ import annotations

import io
import logging

from epoc.documents.readers.base import Limits, ReadDocument, first_line_title, normalise_text
from epoc.model import ImportFailure

logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf logs every odd object it repairs


class PdfReader:
    name = "pdf"
    media_types = ("application/pdf",)
    suffixes = (".pdf",)

    def sniff(self, head: bytes) -> bool:
        return head.lstrip()[:5] == b"%PDF-"

    def read(self, data: bytes, name: str, limits: Limits, depth: int = 0) -> ReadDocument:
        from pypdf import PdfReader as Pdf
        from pypdf.errors import FileNotDecryptedError, PdfReadError

        if not self.sniff(data[:1024]):
            raise ImportFailure(name, "not a PDF (no %PDF- header)")
        try:
            pdf = Pdf(io.BytesIO(data), strict=False)
            if pdf.is_encrypted:
                try:
                    opened = pdf.decrypt("")
                except (FileNotDecryptedError, NotImplementedError, PdfReadError) as exc:
                    raise ImportFailure(name, f"encrypted PDF that cannot be opened: {exc}") from exc
                if not opened:
                    raise ImportFailure(
                        name, "encrypted PDF: a password is needed to read it; upload it decrypted"
                    )
            count = len(pdf.pages)
            if count > limits.max_pages:
                raise ImportFailure(name, f"{count} pages, more than the {limits.max_pages} accepted")
            pages = [normalise_text(page.extract_text() or "").strip() for page in pdf.pages]
            info = pdf.metadata
            meta_title = str(info.title).strip() if info is not None and info.title else None
        except ImportFailure:
            raise
        except FileNotDecryptedError as exc:
            raise ImportFailure(name, f"encrypted PDF: {exc}") from exc
        except Exception as exc:  # pypdf raises many kinds on damaged files
            raise ImportFailure(name, f"corrupt or unreadable PDF: {exc.__class__.__name__}: {exc}") from exc
        starts: list[int] = []
        text_parts: list[str] = []
        offset = 0
        for page in pages:
            starts.append(offset)
            text_parts.append(page)
            offset += len(page) + 2  # the "\n\n" between pages
        text = "\n\n".join(text_parts)
        doc = ReadDocument(text, self.media_types[0], self.name, pages=count, page_starts=starts)
        doc.title = meta_title or first_line_title(text)
        if count and not text.strip():
            doc.warnings.append("the PDF has no text layer (scanned?): nothing to extract")
        return doc
