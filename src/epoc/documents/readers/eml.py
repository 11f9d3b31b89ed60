"""E-mail (``.eml``): headers, the body, and each attachment read by the reader for its format.

The text is the headers that matter (subject, from, to, date), the body, then each attachment's text after
a ``--- Attachment: NAME ---`` line; ``ReadDocument.attachments`` says where each one sits. An attachment
that cannot be read fails the whole message: a marking inside it would otherwise be lost.
"""

from __future__ import annotations

import email
import hashlib
from email import errors as email_errors
from email import policy
from email.message import EmailMessage
from typing import Any

from epoc.documents.readers.base import Attachment, Limits, ReadDocument, normalise_text
from epoc.model import ImportFailure

# Defects that mean the MIME structure itself cannot be trusted (a message with only cosmetic defects is
# read; its defects become warnings).
_FATAL = (
    email_errors.NoBoundaryInMultipartDefect,
    email_errors.StartBoundaryNotFoundDefect,
    email_errors.MultipartInvariantViolationDefect,
    email_errors.MissingHeaderBodySeparatorDefect,
)
_NO_TEXT = ("image/", "audio/", "video/", "font/")


class EmailReader:
    name: str = "eml"
    media_types: tuple[str, ...] = ("message/rfc822",)
    suffixes: tuple[str, ...] = (".eml",)

    def sniff(self, head: bytes) -> bool:
        first = head.lstrip()[:2000].lower()
        return any(
            first.startswith(h) for h in (b"from:", b"received:", b"return-path:", b"message-id:")
        ) or (b"\nsubject:" in first and b"\nfrom:" in first)

    def read(self, data: bytes, name: str, limits: Limits, depth: int = 0) -> ReadDocument:
        from epoc.documents.readers.registry import read_bytes

        if depth > limits.max_depth:
            raise ImportFailure(name, f"messages nested more than {limits.max_depth} deep")
        try:
            message = email.message_from_bytes(data, policy=policy.default)
        except Exception as exc:
            raise ImportFailure(name, f"malformed e-mail: {exc}") from exc
        if not isinstance(message, EmailMessage) or not (
            _header(message, "From") or _header(message, "Subject")
        ):
            raise ImportFailure(name, "not an e-mail: no From or Subject header")
        defects = _all_defects(message)
        fatal = [d for d in defects if isinstance(d, _FATAL)]
        if fatal:
            raise ImportFailure(name, f"malformed MIME: {fatal[0].__class__.__name__}: {fatal[0]}")
        headers = {k: v for k in ("Subject", "From", "To", "Cc", "Date") if (v := _header(message, k))}
        lines = [f"{k}: {v}" for k, v in headers.items()]
        try:
            body_part = message.get_body(preferencelist=("plain", "html"))
            body = ""
            if body_part is not None:
                content = _content_text(body_part, name)
                if body_part.get_content_type() == "text/html":
                    body = read_bytes(
                        content.encode("utf-8"), f"{name} (body)", limits, depth + 1, "html"
                    ).text
                else:
                    body = content
            text = normalise_text("\n".join(lines) + "\n\n" + body.strip())
            doc = ReadDocument(text, self.media_types[0], self.name, title=headers.get("Subject"))
            doc.metadata = {k.lower(): v for k, v in headers.items()}
            for index, part in enumerate(message.iter_attachments(), 1):
                self._attach(doc, part, index, name, limits, depth)
        except ImportFailure:
            raise
        except (LookupError, ValueError, AttributeError, TypeError, UnicodeError) as exc:
            raise ImportFailure(name, f"malformed MIME: {exc.__class__.__name__}: {exc}") from exc
        doc.warnings.extend(f"e-mail defect: {d.__class__.__name__}" for d in defects[:5])
        return doc

    def _attach(
        self, doc: ReadDocument, part: EmailMessage, index: int, name: str, limits: Limits, depth: int
    ) -> None:
        from epoc.documents.readers.registry import read_bytes

        filename = part.get_filename() or f"attachment-{index}"
        media_type = part.get_content_type()
        where = f"{name} → {filename}"
        if media_type == "message/rfc822":
            inner = part.get_payload()
            payload = (
                inner[0].as_bytes()
                if isinstance(inner, list) and inner and hasattr(inner[0], "as_bytes")
                else b""
            )
        else:
            decoded = part.get_payload(decode=True)
            payload = decoded if isinstance(decoded, bytes) else b""
        if len(payload) > limits.max_bytes:
            raise ImportFailure(where, "attachment larger than the limit (EPOC_MAX_DOCUMENT_MB)")
        digest = hashlib.sha256(payload).hexdigest()
        header = f"\n\n--- Attachment: {filename} ---\n"
        if media_type.startswith(_NO_TEXT):
            doc.attachments.append(Attachment(filename, media_type, len(payload), digest, 0, 0, read=False))
            doc.warnings.append(f"attachment {filename} ({media_type}) carries no text epoc reads")
            return
        inner_doc = read_bytes(payload, where, limits, depth + 1, media_type=media_type)
        start = len(doc.text) + len(header)
        doc.text = doc.text + header + inner_doc.text
        doc.attachments.append(
            Attachment(filename, inner_doc.media_type, len(payload), digest, start, len(doc.text), read=True)
        )
        doc.warnings.extend(f"{filename}: {w}" for w in inner_doc.warnings)
        if inner_doc.pages:
            doc.pages = (doc.pages or 0) + inner_doc.pages


def _content_text(part: Any, name: str) -> str:
    try:
        content = part.get_content()
    except LookupError:  # an unknown charset: decode the bytes ourselves
        from epoc.documents.readers.base import decode_text

        raw = part.get_payload(decode=True)
        return decode_text(raw if isinstance(raw, bytes) else b"", name)[0]
    return content if isinstance(content, str) else content.decode("utf-8", "replace")


def _all_defects(message: EmailMessage) -> list[email_errors.MessageDefect]:
    found: list[email_errors.MessageDefect] = []
    for part in message.walk():
        found.extend(getattr(part, "defects", []))
    return found


def _header(message: EmailMessage, key: str) -> str:
    """A header's value; as written in the file when the standard library's parser fails on it (a mangled
    address makes it raise IndexError, found by fuzzing)."""
    try:
        value = message[key]
        return str(value) if value else ""
    except Exception:
        raw = next((v for k, v in message.raw_items() if k.lower() == key.lower()), "")
        return " ".join(str(raw).split())
