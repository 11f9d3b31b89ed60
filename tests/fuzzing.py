"""Fuzzing the readers: small valid seeds of every list and document format, mutations of them, and one
attempt that sorts the outcome into a correct read, a clear error (an ``EpocError`` naming the file), or a
crash (anything else, or an error that does not say which file). Used by ``tests/test_fuzz_readers.py``
(hypothesis, a few hundred inputs) and ``bench/fuzz.py`` (100,000 per reader).
"""

from __future__ import annotations

import gzip
import io
import random
import zipfile
from dataclasses import dataclass
from email.message import EmailMessage
from functools import cache
from pathlib import Path

from epoc.documents.readers.base import Limits
from epoc.documents.readers.registry import read_bytes
from epoc.model import EpocError
from epoc.sources.base import ImportOptions
from epoc.sources.registry import READERS, plan

FIXTURES = Path(__file__).parent / "fixtures"
LISTS = FIXTURES / "lists"

# list reader -> (file name it is read under, seed file)
LIST_SEEDS: dict[str, tuple[str, Path]] = {
    "partner-csv": ("partner.csv", LISTS / "partner" / "fr_national_list.csv"),
    "ofac-sdn": ("sdn.csv", LISTS / "ofac" / "sdn.csv"),
    "un-sc": ("consolidated.xml", LISTS / "un" / "consolidated.xml"),
    "uk-hmt": ("sanctionsconlist.csv", LISTS / "uk" / "sanctionsconlist.csv"),
    "bis-dpl": ("dpl.txt", LISTS / "dpl" / "dpl.txt"),
    "restricted-parties": ("restricted_parties.json", LISTS / "rpl" / "restricted_parties.json"),
    "ftm": ("entities.ftm.json", LISTS / "ftm" / "entities.ftm.json"),
}
SMALL_LIMITS = Limits(max_bytes=2 * 1024 * 1024, max_unpacked_bytes=4 * 1024 * 1024, max_pages=50)


@dataclass(frozen=True, slots=True)
class Outcome:
    kind: str  # read | refused | crash
    detail: str = ""


@cache
def list_seed(reader: str) -> bytes:
    return LIST_SEEDS[reader][1].read_bytes()


@cache
def document_seeds() -> dict[str, tuple[str, bytes]]:
    """reader -> (file name, a small valid file of that format), made here in the project's own words."""
    text = (FIXTURES / "corpus" / "docs" / "01-ie-shig-procurement.txt").read_text(encoding="utf-8")[:3000]
    seeds: dict[str, tuple[str, bytes]] = {"text": ("paper.txt", text.encode("utf-8"))}
    seeds["html"] = (
        "paper.html",
        f"<html><head><title>IE paper</title></head><body><h1>Paper</h1><p>{text[:1500]}</p></body></html>"
        "".encode(),
    )
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 5, text[:1500].encode("latin-1", "replace").decode("latin-1"))
    seeds["pdf"] = ("paper.pdf", bytes(pdf.output()))
    import docx

    document = docx.Document()
    document.add_heading("IE paper", 1)
    for paragraph in text[:2000].split("\n\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    seeds["docx"] = ("paper.docx", buffer.getvalue())
    mail = EmailMessage()
    mail["From"] = "poc@example.org"
    mail["To"] = "ie@example.org"
    mail["Subject"] = "IE paper"
    mail.set_content(text[:1000])
    mail.add_attachment(text[:500].encode(), maintype="text", subtype="plain", filename="note.txt")
    seeds["email"] = ("paper.eml", mail.as_bytes())
    return seeds


def mutate(data: bytes, rng: random.Random, rounds: int | None = None) -> bytes:
    """A few random edits: flip, insert, delete, duplicate a slice, truncate, splice in a known token."""
    out = bytearray(data)
    tokens = [
        b"\x00",
        b"\xff\xfe",
        b'"',
        b"<",
        b"</",
        b"{",
        b"]",
        b",",
        b"\n",
        b"\r",
        b"obj",
        b"stream",
        b"%%EOF",
    ]
    for _ in range(rounds or rng.randint(1, 6)):
        if not out:
            out += rng.choice(tokens)
            continue
        at = rng.randrange(len(out))
        kind = rng.randrange(7)
        if kind == 0:
            out[at] ^= 1 << rng.randrange(8)
        elif kind == 1:
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif kind == 2:
            del out[at : at + rng.randint(1, 32)]
        elif kind == 3:
            piece = out[at : at + rng.randint(1, 64)]
            out[at:at] = piece * rng.randint(1, 4)
        elif kind == 4:
            del out[at:]
        elif kind == 5:
            out[at:at] = rng.choice(tokens)
        else:
            out[at] = rng.choice(b"\"',;|<>{}[]\n\t 0")
    return bytes(out)


def read_list(reader: str, data: bytes, folder: Path) -> Outcome:
    name = LIST_SEEDS[reader][0]
    path = folder / name
    path.write_bytes(data)
    try:
        units = plan([path], reader).units
        for unit in units:
            source = "fuzz" if reader == "partner-csv" else None  # a Partner's list is named by its uploader
            READERS[unit.reader].read(unit, ImportOptions(source=source, skip_bad_rows=True))
    except EpocError as exc:
        if name not in exc.message:
            return Outcome("crash", f"an error that does not name the file: {exc.message[:200]}")
        return Outcome("refused", exc.message[:200])
    except RecursionError as exc:
        return Outcome("crash", f"RecursionError: {exc}")
    except Exception as exc:
        return Outcome("crash", f"{exc.__class__.__name__}: {str(exc)[:200]}")
    return Outcome("read")


def read_document(reader: str, data: bytes) -> Outcome:
    name = document_seeds()[reader][0]
    try:
        read_bytes(data, name, SMALL_LIMITS)
    except EpocError as exc:
        if name not in exc.message:
            return Outcome("crash", f"an error that does not name the file: {exc.message[:200]}")
        return Outcome("refused", exc.message[:200])
    except Exception as exc:
        return Outcome("crash", f"{exc.__class__.__name__}: {str(exc)[:200]}")
    return Outcome("read")


def zip_bomb() -> bytes:
    """A DOCX-looking zip whose document.xml unpacks to far more than the limits allow."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", b"<w:t>" + b"A" * (64 * 1024 * 1024) + b"</w:t>")
    return buffer.getvalue()


def gzip_bomb() -> bytes:
    return gzip.compress(b"\x00" * (64 * 1024 * 1024))


def pdf_stream_bomb() -> bytes:
    """A PDF whose one content stream inflates to 64 MiB."""
    import zlib

    body = zlib.compress(b"0 0 m " * (11 * 1024 * 1024), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
