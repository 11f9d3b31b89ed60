"""The proposal splitter on what a blind set of messages showed it missing: page furniture made of marking
words or a sender's name with a page number, a heading split by a page break, a sender named by its
capital or foreign ministry, headings that do not name the sponsor or call the item a paper, single-quoted
consensus language, and an (SBU) paragraph read as the marking model reads it. The fixture is our own
message, in wording of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from epoc.documents.proposals import is_furniture, lines_of, sender_country, split_proposals
from epoc.model import Marking
from epoc.model.partners import partner_by_capital, partner_by_ministry
from epoc.services.plenary.proposals import heading_marking

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "plenary" / "page_breaks_and_capitals.txt"


def test_a_message_with_page_breaks_everywhere() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    found = split_proposals(text)
    assert [p.sponsor for p in found] == ["NZ", "NZ", "NZ", "NZ"]  # MFAT WELLINGTON; no heading names it
    assert [p.subject for p in found] == [
        "SPACE LAUNCH VEHICLE TECHNOLOGY TRANSFERS",
        "AN INFORMATION-SHARING CALENDAR FOR LICENSING OFFICERS",  # the heading ran over a page break
        "SPACE LAUNCH SERVICES",  # the remark in brackets after it is not the subject
        "END-USE CHECKS",  # a non-paper: an item without consensus language
    ]
    assert [p.consensus_language for p in found] == [
        "Partners agreed to [examine] [consider examining] at the next Technical Experts Meeting whether"
        " integration support for commercial launches may transfer technology controlled under Item 2 of"
        " the Annex.",
        "Partners' licensing authorities agreed to notify the Point of Contact of amendments to their"
        " national control lists within [thirty] [sixty] days.",
        "Partners agreed to exchange views on commercial launch services.",
        None,
    ]
    fallback = Marking.parse("RESTRICTED")
    markings = [heading_marking(p.mark, fallback, "NZ") for p in found]
    assert [(m.classification.label, m.releasability) for m in markings] == [
        ("RESTRICTED", "REL MTCR"),
        ("UNCLASSIFIED", "REL MTCR"),  # (SBU): unclassified, every Partner's, as the marking model reads it
        ("CONFIDENTIAL", "REL NZ"),
        ("RESTRICTED", "REL MTCR"),
    ]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("RESERVADO / RESTRICTED REL MTCR", True),  # a bilingual marking line
        ("SECRET        Page 4 of 9", True),
        ("VS-NUR FUER DEN DIENSTGEBRAUCH", True),
        ("CONFIDENTIAL // REL TO USA, GBR   - 3 -", True),
        ("NOT FOR OUTREACH", False),  # no classification: could be a heading's words
        ("Restricted to Partners only, the text reads", False),
        ("MFAT WELLINGTON   2/3", False),  # only at a page break
    ],
)
def test_marking_lines_are_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_a_sender_with_a_page_number_beside_a_page_break_is_furniture() -> None:
    lines = lines_of("text\nHEADER TEXT\n\f\nEMBASSY OF NORWAY   02/05\nmore text\n\n\n\n\nITEMS 3/4\n")
    near = {line.text: line.furniture for line in lines if line.text.strip()}
    assert near["EMBASSY OF NORWAY   02/05"] is True
    assert near["ITEMS 3/4"] is False  # far from the page break


@pytest.mark.parametrize(
    ("sender", "code"),
    [
        ("MFAT WELLINGTON", "NZ"),
        ("Ministry of Foreign Affairs, Oslo", "NO"),  # the capital
        ("EMBASSY OF JAPAN, PARIS", "JP"),  # a country named beats the city it sits in
        ("GLOBAL AFFAIRS CANADA, OTTAWA", "CA"),
        ("Auswärtiges Amt, Berlin", "DE"),
        ("Ministry of Foreign Affairs", None),  # names nobody: the importer asks for --partner
    ],
)
def test_sender_named_by_ministry_or_capital(sender: str, code: str | None) -> None:
    assert sender_country(sender) == code


def test_the_tables_read_words_not_parts_of_words() -> None:
    assert partner_by_capital("ROMANIA DESK") is None  # ROMA is Rome only as a word
    assert partner_by_ministry("FCDO KING CHARLES STREET") == "GB"
