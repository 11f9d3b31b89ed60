"""The proposal splitter on messages in cable and note style (bench/data/proposals: every expected field),
and the same message read from a PDF (a page break inside the quotation) and a DOCX."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from epoc.documents.proposals import is_furniture, message_originator, split_proposals
from epoc.documents.readers.base import Limits
from epoc.documents.readers.registry import read_file
from epoc.model import Marking
from epoc.services.plenary.proposals import heading_marking

MESSAGES = Path(__file__).resolve().parents[1] / "bench" / "data" / "proposals"


def _normal(text: str | None) -> str | None:
    return None if text is None else re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("name", sorted(p.name for p in MESSAGES.glob("*.txt")))
def test_labelled_messages(name: str) -> None:
    text = (MESSAGES / name).read_text(encoding="utf-8")
    expected = json.loads((MESSAGES / name.replace(".txt", ".expected.json")).read_text(encoding="utf-8"))
    found = split_proposals(text)
    assert [(p.sponsor, p.subject) for p in found] == [(e["sponsor"], e["subject"]) for e in expected]
    assert [_normal(p.consensus_language) for p in found] == [
        _normal(e["consensus_language"]) for e in expected
    ]
    fallback = Marking.parse("UNCLASSIFIED // REL MTCR")
    originator = message_originator(text)
    classes = [heading_marking(p.mark, fallback, originator).classification.label for p in found]
    assert classes == [e["marking"]["classification"] for e in expected]
    for p in found:  # each proposal's place: its heading opens its span
        assert p.subject.split()[0] in text[p.start : p.end]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("C O N F I D E N T I A L SECTION 02 OF 02 STATE 094567", True),
        ("STATE 00012345 002 OF 004", True),
        ("PAGE 02        STATE  094567  121530Z", True),
        ("Page 2 of 3", True),
        ("CONFIDENTIAL", True),
        ("- 3 -", True),
        ("PARTNERS AGREED TO EXCHANGE, ON A VOLUNTARY BASIS,", False),
        ("Page two of the annex lists the items.", False),
    ],
)
def test_page_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_prose_mentioning_a_proposal_is_not_a_heading() -> None:
    text = (
        "FM SECSTATE WASHDC\n\n1. (C) The United States welcomes comments on the French proposal on\n"
        "brokering controls and will reply in due course.\n\n"
        "2. (C) U.S. PROPOSAL ON TELEMETRY:\nRationale.\n\n"
        'Proposed consensus language:\n"Partners agreed to review telemetry controls."\n'
    )
    [found] = split_proposals(text)
    assert (found.sponsor, found.subject, found.paragraphs) == ("US", "TELEMETRY", (2,))


def _pdf(path: Path) -> None:
    from fpdf import FPDF

    from epoc.services.list.pdf import find_fonts

    fonts = find_fonts()
    pdf = FPDF()
    pdf.add_font("sans", "", str(fonts["sans"]))
    pdf.set_font("sans", size=10)
    pages = [
        "CONFIDENTIAL\n\nFM SECSTATE WASHDC\nSUBJECT: MTCR PROPOSAL\n\n1. (C) U.S. PROPOSAL ON TELEMETRY:\n"
        'Rationale in one line.\n\nProposed consensus language:\n\n"Partners agreed to review controls on',
        'CONFIDENTIAL\nSTATE 00012345 002 OF 002\n\ntelemetry equipment at the next TEM."\n\nCONFIDENTIAL',
    ]
    for body in pages:
        pdf.add_page()
        pdf.multi_cell(0, 5, body)
    pdf.output(str(path))


def test_a_pdf_message_with_the_quotation_over_a_page_break(tmp_path: Path) -> None:
    path = tmp_path / "message.pdf"
    _pdf(path)
    read = read_file(path, Limits())
    [found] = split_proposals(read.text)
    assert found.sponsor == "US" and found.subject == "TELEMETRY"
    assert found.consensus_language == (
        "Partners agreed to review controls on telemetry equipment at the next TEM."
    )


def test_a_docx_message(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for paragraph in (MESSAGES / "msg-3.txt").read_text(encoding="utf-8").replace("\f", "").split("\n\n"):
        document.add_paragraph(paragraph.strip())
    path = tmp_path / "note.docx"
    document.save(str(path))
    read = read_file(path, Limits())
    found = split_proposals(read.text)
    assert [p.sponsor for p in found] == ["FR", "FR"]
    assert found[0].consensus_language == (
        "Partners agreed to consider [establishing] [exchanging information on] national registers of "
        "brokers of missile-related items."
    )


def test_one_proposal_named_by_the_subject_line_amid_prose_about_others() -> None:
    text = (
        "R 121530Z SEP 09\nFM SECSTATE WASHDC\nTO MTCR COLLECTIVE\n"
        "SUBJECT: MTCR: U.S. PROPOSAL ON TELEMETRY CONTROLS\n\n1. (U) This is an action request.\n\n"
        "2. (C) THE U.S. PROPOSAL ON TELEMETRY, CIRCULATED LAST YEAR, RECEIVED\nBROAD SUPPORT. THE FRENCH "
        "PROPOSAL ON BROKERS WAS DISCUSSED; PARTNERS NOTED THE FOLLOWING:\n\n"
        '3. (C/REL MTCR) PROPOSED CONSENSUS LANGUAGE: "PARTNERS AGREED TO REVIEW TELEMETRY."\n'
    )
    [found] = split_proposals(text)
    assert (found.sponsor, found.subject, found.mark) == ("US", "TELEMETRY CONTROLS", "(C/REL MTCR)")
    assert found.consensus_language == "PARTNERS AGREED TO REVIEW TELEMETRY."


def test_an_e_mail_message_takes_its_sponsor_from_the_sender(tmp_path: Path) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Delegation of Japan <mtcr@example.jp>"
    message["To"] = "MTCR Point of Contact <poc@example.org>"
    message["Subject"] = "Proposal for the Plenary"
    message.set_content(
        "(C//REL MTCR) PROPOSAL ON RISK TECHNOLOGIES:\nJapan proposes a review.\n\n"
        "Proposed consensus language: \u201cPartners agreed to review risk technologies.\u201d\n"
    )
    path = tmp_path / "message.eml"
    path.write_bytes(bytes(message))
    [found] = split_proposals(read_file(path, Limits()).text)
    assert (found.sponsor, found.subject) == ("JP", "RISK TECHNOLOGIES")
    assert found.consensus_language == "Partners agreed to review risk technologies."


def test_headless_proposals_titled_by_their_own_lines() -> None:
    text = (
        "UNCLAS SECTION 01 OF 02 STATE 012345\n\nFM SECSTATE WASHDC\n"
        "SUBJECT: MTCR: PROPOSALS FOR THE FICTIONAL PLENARY\n\n1. (U) This is an action request.\n\n"
        "2. (SBU) Begin text of proposals:\n\n--Begin Text--\n\nCatch-All Controls\n\n"
        "Background: several Partners use catch-all controls.\n\nProposed consensus language:\n\n"
        '"Partners agreed to share catch-all\nUNCLAS SECTION 02 OF 02 STATE 012345\npractices."\n\n'
        "Brokering\n\nProposed consensus language:\n"
        "--BEGIN TEXT-- Partners agreed to discuss brokering. --END TEXT--\n\n--End Text--\n"
    )
    found = split_proposals(text)
    assert [(p.sponsor, p.subject, p.mark) for p in found] == [
        ("US", "Catch-All Controls", "(SBU)"),
        ("US", "Brokering", "(SBU)"),
    ]
    assert [p.consensus_language for p in found] == [
        "Partners agreed to share catch-all practices.",
        "Partners agreed to discuss brokering.",
    ]


def test_a_heading_right_after_begin_text() -> None:
    text = (
        "FM SECSTATE WASHDC\nSUBJECT: TEST\n\n4. (C) BEGIN TEXT:\nU.S. PROPOSAL ON TELEMETRY:\n"
        'The United States proposes.\n\nProposed consensus language: "Partners agreed X."\n\nEND TEXT.\n'
    )
    [found] = split_proposals(text)
    assert (found.sponsor, found.subject, found.mark) == ("US", "TELEMETRY", "(C)")
    assert (
        found.rationale == "The United States proposes." and found.consensus_language == "Partners agreed X."
    )
