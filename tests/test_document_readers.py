"""Document readers: every format to text, and bad input refused clearly, file by file."""

import io
import zipfile
from email.message import EmailMessage

import pytest

from epoc.documents.readers.base import Limits
from epoc.documents.readers.registry import read_bytes, read_file
from epoc.model import ImportFailure

from .corpus import write_docx, write_eml, write_pdf

LIMITS = Limits()


def test_plain_text_markdown_and_html(tmp_path):
    text = read_bytes(b"CONFIDENTIAL // REL MTCR\n\nProcurement by Fajr Industries Group\n", "a.txt", LIMITS)
    assert text.reader == "text" and text.title == "Procurement by Fajr Industries Group"
    md = read_bytes(b"# A paper\n\nBody with **KOMID**.\n", "b.md", LIMITS)
    assert md.reader == "markdown" and md.title == "A paper" and "KOMID" in md.text
    html = read_bytes(
        b"<html><head><title>T</title><style>p{}</style></head><body><p>One <b>Bank Sepah</b></p>"
        b"<script>var x='hidden';</script><div>Two</div></body></html>",
        "c.html",
        LIMITS,
    )
    assert (
        html.title == "T"
        and "One Bank Sepah" in html.text
        and "Two" in html.text
        and "hidden" not in html.text
    )


def test_encodings_bom_detection_and_refusal():
    assert read_bytes("Café Sepah".encode("utf-16"), "u16.txt", LIMITS).text == "Café Sepah"
    latin1 = read_bytes("Société Générale d'Armement à Paris, été 2024".encode("cp1252"), "fr.txt", LIMITS)
    assert "Société Générale" in latin1.text and latin1.warnings and "detected" in latin1.warnings[0]
    with pytest.raises(ImportFailure, match="without a byte-order mark"):
        read_bytes("Bank Sepah".encode("utf-16-le"), "u16le.txt", LIMITS)


def test_pdf_pages_and_persian_presentation_forms(tmp_path):
    path = tmp_path / "p.pdf"
    # page 2 holds Persian written in presentation forms (as some PDFs store it): NFKC gives the letters back
    write_pdf(
        path,
        [
            "CONFIDENTIAL // REL MTCR\n\nFirst page: gyroscopes.",
            "Second page: \ufe91\ufe8e\ufee7\ufb8e \ufeb3\ufe92\ufeea",
        ],
    )
    doc = read_file(path, LIMITS)
    assert doc.pages == 2 and len(doc.page_starts) == 2
    assert doc.text[doc.page_starts[1] :].startswith("Second page")
    assert "بانک" in doc.text and "\ufe91" not in doc.text


def test_encrypted_and_corrupt_pdfs_are_refused(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "plain.pdf"
    write_pdf(plain, ["Secret paper"])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="pw", owner_password="owner")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(ImportFailure, match="encrypted PDF"):
        read_file(locked, LIMITS)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(plain.read_bytes()[:400])
    with pytest.raises(ImportFailure, match="corrupt or unreadable PDF"):
        read_file(broken, LIMITS)


def test_docx_headers_and_zip_bomb(tmp_path):
    path = tmp_path / "paper.docx"
    write_docx(path, "CONFIDENTIAL // REL MTCR\n\nKOMID bought gyros.\n\nCONFIDENTIAL // REL MTCR")
    doc = read_file(path, LIMITS)
    assert doc.text.startswith("CONFIDENTIAL // REL MTCR") and "KOMID bought gyros." in doc.text
    bomb = tmp_path / "bomb.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (3 * 2**20))
    bomb.write_bytes(buffer.getvalue())
    with pytest.raises(ImportFailure, match="zip bomb"):
        read_file(bomb, Limits(max_unpacked_bytes=2**20))


def test_email_with_pdf_attachment(tmp_path):
    attachment = tmp_path / "denial.pdf"
    write_pdf(attachment, ["SECRET // REL MTCR\n\nDenial: maraging steel for SHIG."])
    path = tmp_path / "m.eml"
    write_eml(path, "Denial", "Dear colleagues, see the attached denial.", attachment)
    doc = read_file(path, LIMITS)
    assert doc.title == "Denial" and doc.metadata["subject"] == "Denial"
    (attached,) = doc.attachments
    assert attached.name == "denial.pdf" and attached.read
    assert doc.text[attached.start : attached.end].startswith("SECRET // REL MTCR")
    assert "Dear colleagues" in doc.text


def test_malformed_mime_and_unreadable_attachment(tmp_path):
    bad = (
        b"From: a@b\nSubject: x\nContent-Type: multipart/mixed\n\n"
        b"--zzz\nContent-Type: text/plain\n\nhi\n--zzz--\n"
    )
    with pytest.raises(ImportFailure, match="malformed MIME"):
        read_bytes(bad, "bad.eml", LIMITS)
    message = EmailMessage()
    message["From"], message["Subject"] = "a@b", "broken attachment"
    message.set_content("see attachment")
    message.add_attachment(b"%PDF-1.7 garbage", maintype="application", subtype="pdf", filename="x.pdf")
    with pytest.raises(ImportFailure, match=r"x\.pdf"):
        read_bytes(bytes(message), "m.eml", LIMITS)


def test_empty_and_oversized_files(tmp_path):
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    with pytest.raises(ImportFailure, match="empty"):
        read_file(empty, LIMITS)
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:  # sparse, instantly written
        handle.seek(3 * 2**20)
        handle.write(b"\n")
    with pytest.raises(ImportFailure, match="larger than the 2 MiB limit"):
        read_file(big, Limits(max_bytes=2 * 2**20))


def test_docx_line_breaks_and_tables(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("IE paper: trade records\nOriginating Partner: GB")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Consignee"
    table.cell(0, 1).text = "Kestrel Logistics Ltd"
    path = tmp_path / "t.docx"
    document.save(str(path))
    doc = read_file(path, LIMITS)
    assert doc.title == "IE paper: trade records"
    assert "records\nOriginating Partner: GB" in doc.text and "Consignee | Kestrel Logistics Ltd" in doc.text
