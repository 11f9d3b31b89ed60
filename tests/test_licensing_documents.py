"""Licence applications read from documents (a form-like letter as text and PDF, a DOCX of tables, a forwarded
e-mail, an incomplete note), and the files kept with an application, from the command line. The fixtures in
tests/fixtures/applications are fictional."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from epoc.cli import main
from epoc.documents.applications import read_application_text
from epoc.documents.readers.base import Limits
from epoc.documents.readers.registry import read_file
from epoc.model.access import Role, Viewer
from epoc.model.licensing import attachment_kind
from epoc.services.licensing.attachments import list_attachments, read_attachment
from epoc.store import Store

from .test_licensing import DENIALS, application

FIXTURES = Path(__file__).parent / "fixtures" / "applications"


def letter_pdf(path: Path) -> Path:
    """The form-like letter typeset as a PDF (the reader loses its blank lines and indents)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for line in (FIXTURES / "form_letter.txt").read_text(encoding="utf-8").splitlines():
        page.setFont("Helvetica", 10)
        page.drawString(50 + 6 * (len(line) - len(line.lstrip())), y, line.strip())
        y -= 14
    page.save()
    return path


def draft_of(path: Path) -> dict:
    return read_application_text(read_file(path, Limits()).text).to_json()


@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_a_form_like_letter(kind: str, tmp_path: Path) -> None:
    path = FIXTURES / "form_letter.txt" if kind == "txt" else letter_pdf(tmp_path / "letter.pdf")
    draft = draft_of(path)
    app = draft["application"]
    assert app["reference"] == "WPL-2026-118" and app["exporter"] == "Westbrook Propulsion Ltd"
    assert app["destination"] == "AE"
    assert app["end_use"] == (
        "Sounding rockets for upper-atmosphere research flights from the end user's coastal range."
    )
    assert app["parties"] == [
        {"role": "consignee", "name": "Halcyon Aerospace Supplies FZE", "country": "AE",
         "address": "Plot 17, Jebel Ali Free Zone, Dubai"},
        {"role": "end_user", "name": "Orison Space Research Organisation", "country": "OM",
         "address": "22 Al Noor Street, Muscat"},
        {"role": "intermediary", "name": "Kestrel Logistics Ltd", "country": "AE", "address": None},
    ]  # fmt: skip
    (item,) = app["items"]
    assert item == {
        "description": "Solid rocket motor cases, filament-wound carbon fibre, 0.5 m diameter",
        "annex": "2.A.1.b",  # as the letter states it
        "quantity": "6",
        "value": "GBP 240,000",
    }
    assert "2.A.1" in draft["suggested_annex"][0] and draft["missing"] == []


def test_a_docx_of_tables() -> None:
    draft = draft_of(FIXTURES / "table_layout.docx")
    app = draft["application"]
    assert (app["reference"], app["exporter"], app["destination"]) == (
        "TSK-0392", "Tessellate Kinetics Oy", "PK"
    )  # fmt: skip
    assert app["end_use"] == "Balancing of turbine rotors in a university workshop"
    assert [(p["role"], p["name"], p["country"]) for p in app["parties"]] == [
        ("consignee", "Indus Precision Engineering (Pvt) Ltd", "PK"),
        ("end_user", "Margalla Applied Research Establishment", "PK"),
    ]
    assert [(i["description"], i["quantity"], i["value"], i["annex"]) for i in app["items"]] == [
        ("Multiplane centrifugal balancing machine", "1", "EUR 185,000", None),
        ("Spare spindle assembly", "2", "EUR 12,400", None),
    ]
    # no entry stated: the tagger's suggestion is kept beside the item, never written into it
    assert any("item 1: no Annex entry stated" in m for m in draft["missing"])


def test_a_forwarded_email_in_american_spelling() -> None:
    draft = draft_of(FIXTURES / "forwarded_request.eml")
    app = draft["application"]
    assert (app["reference"], app["exporter"]) == ("LUM-4471", "Lumen Avionics GmbH")
    assert app["destination"] == "EG"
    roles = {p["role"]: (p["name"], p["country"]) for p in app["parties"]}
    assert roles == {
        "purchaser": ("Ardent Marine Systems S.A.E.", "EG"),
        "end_user": ("Nile Delta Unmanned Systems Company", "EG"),
        "intermediary": ("Meridian Cargo Services LLC", "AE"),
    }
    assert [i["quantity"] for i in app["items"]] == ["40", "40"]
    assert app["items"][0]["annex"] is None and draft["suggested_annex"][0]  # IMUs: the tagger has a view
    assert "consignee: not named in the document" in draft["missing"]


def test_what_a_document_does_not_say_stays_blank() -> None:
    draft = draft_of(FIXTURES / "incomplete_note.txt")
    app = draft["application"]
    assert app["reference"] == "" and app["destination"] == "" and app["end_use"] == ""
    assert app["parties"] == [
        {"role": "consignee", "name": "Brightwater Trading (Pvt) Ltd", "country": None, "address": None}
    ]
    assert app["items"][0]["value"] is None
    for said in (
        "destination: not found in the document",
        "end user: not named in the document",
        "consignee 'Brightwater Trading (Pvt) Ltd': no country found",
        "item 1: no value found",
    ):
        assert said in draft["missing"]


def test_labels_in_either_spelling_and_layout() -> None:
    text = (
        "License Application Number - US-77\n"
        "Name of exporter: Harbor Optics Inc.\n"
        "Final destination: Viet Nam\n"
        "Intended end use: fiber winding for pressure vessels\n"
        "Ultimate consignee: Song Lam Composites JSC (Vietnam)\n"
        "Buyer: Song Lam Composites JSC\n"
        "Item: Filament winding machine\n"
        "Qty: 1\n"
        "Total value: USD 90,000\n"
        "Control entry: 6.B.1.a\n"
        "Control list classification: not controlled\n"
    )
    draft = read_application_text(text).to_json()
    app = draft["application"]
    assert app["reference"] == "US-77" and app["exporter"] == "Harbor Optics Inc."
    assert app["destination"] == "VN"
    assert app["parties"][0] == {
        "role": "consignee", "name": "Song Lam Composites JSC", "country": "VN", "address": None
    }  # fmt: skip
    assert app["parties"][1]["role"] == "purchaser"
    assert app["items"] == [
        {"description": "Filament winding machine", "annex": "6.B.1.a", "quantity": "1",
         "value": "USD 90,000"}
    ]  # fmt: skip
    assert any("'not controlled' is not an Annex code" in n for n in draft["notes"])


# -- the command line --------------------------------------------------------------------------------
@pytest.fixture
def cli(db_url, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("EPOC_DATA_DIR", str(tmp_path / "data"))

    def run(*argv: str, ok: bool = True) -> tuple[int, object, str]:
        code = main(["--db", db_url, *argv])
        out, err = capsys.readouterr()
        if ok:
            assert code == 0, err
        return code, (json.loads(out) if out.strip() and "--json" in argv else out), err

    path = tmp_path / "denials.json"
    path.write_text(json.dumps(DENIALS), encoding="utf-8")
    run("denials", "import", str(path))
    return run


def test_add_from_a_document_keeps_the_contract(cli, tmp_path):
    _, draft, _ = cli("applications", "read", str(FIXTURES / "forwarded_request.eml"), "--json")
    assert draft["application"]["reference"] == "LUM-4471" and draft["missing"]

    _, result, err = cli(
        "applications", "add", str(letter_pdf(tmp_path / "letter.pdf")), "--partner", "DE", "--json"
    )
    assert set(result) >= {"application_id", "assessment", "consultations", "related_denials"}
    assert result["assessment"]["band"] == "presumption-of-denial"  # 2.A.1: Category I
    assert {r["kind"] for r in result["assessment"]["reasons"]} >= {"band", "annex"}
    _, shown, _ = cli("applications", "show", str(result["application_id"]), "--json")
    assert shown["reference"] == "WPL-2026-118" and len(shown["parties"]) == 3

    # the DOCX is entered; what it does not state (its items' Annex entries) is noted on standard error
    docx = str(FIXTURES / "table_layout.docx")
    _, table, err = cli("applications", "add", docx, "--partner", "DE", "--json")
    assert table["application_id"] and "no Annex entry stated" in err

    # a document without a destination or an end user is refused, saying what is missing, on one line
    code, _, err = cli(
        "applications", "add", str(FIXTURES / "incomplete_note.txt"), "--partner", "DE", "--json", ok=False
    )
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "destination: not found in the document" in err and "incomplete_note.txt" in err


def test_a_document_naming_a_denied_consignee_opens_the_consultation(cli, tmp_path):
    letter = tmp_path / "request.txt"
    letter.write_text(
        "Our reference: DE-DOC-9\nExporter: Westbrook Propulsion Ltd\nCountry of destination: Iran\n"
        "Consignee: Shahid Hemat Industrial Group, Tehran, Iran\n"
        "Description of goods: Solid rocket motor\nAnnex entry: 2.A.1\nQuantity: 2\nValue: EUR 400,000\n",
        encoding="utf-8",
    )
    _, result, _ = cli("applications", "add", str(letter), "--partner", "DE", "--json")
    (consultation,) = result["consultations"]
    assert consultation["partner"] == "FR" and consultation["status"] == "open"


def test_attachments_from_the_command_line(cli, tmp_path, db_url, monkeypatch):
    data = application("Orison Space Research Organisation", "2.A.1", "DE-ATT-1")
    path = tmp_path / "app.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    _, result, _ = cli("applications", "add", str(path), "--partner", "DE", "--json")
    app_id = str(result["application_id"])

    certificate = letter_pdf(tmp_path / "end-user certificate.pdf")
    _, attached, _ = cli("applications", "attach", app_id, str(certificate), "--note", "EUC", "--json")
    digest = hashlib.sha256(certificate.read_bytes()).hexdigest()
    assert attached["sha256"] == digest and attached["media_type"] == "application/pdf"
    assert attached["size"] == certificate.stat().st_size and attached["note"] == "EUC"

    # the same file twice, a kind the desk does not keep, a .pdf that is not one, an empty file: refused
    for name, content, said in (
        (certificate.name, certificate.read_bytes(), "already attached"),
        ("tool.exe", b"MZ\x90\x00", "attachments are documents or scans"),
        ("contract.pdf", b"<html>not a pdf</html>", "content is not PDF"),
        ("empty.txt", b"", "empty"),
    ):
        bad = tmp_path / "bad" / name
        bad.parent.mkdir(exist_ok=True)
        bad.write_bytes(content)
        code, _, err = cli("applications", "attach", app_id, str(bad), "--json", ok=False)
        assert code == 1 and said in err and len(err.strip().splitlines()) == 1, (name, err)

    # the document size limit is the project's own (EPOC_MAX_DOCUMENT_MB)
    monkeypatch.setenv("EPOC_MAX_DOCUMENT_MB", "1")
    big = tmp_path / "spec.txt"
    big.write_bytes(b"x" * (1024 * 1024 + 10))
    code, _, err = cli("applications", "attach", app_id, str(big), "--json", ok=False)
    assert code == 1 and "EPOC_MAX_DOCUMENT_MB" in err

    _, listed, _ = cli("applications", "attachments", app_id, "--json")
    assert [a["name"] for a in listed] == ["end-user certificate.pdf"]
    out = tmp_path / "copy.pdf"
    cli("applications", "attachment", app_id, str(listed[0]["attachment_id"]), "--out", str(out))
    assert hashlib.sha256(out.read_bytes()).hexdigest() == digest
    _, shown, _ = cli("applications", "show", app_id, "--json")
    assert [a["sha256"] for a in shown["attachments"]] == [digest]

    # read only by the owning Partner's licensing officers: not the consulted Partner, a third one, a guest
    store = Store.open(db_url)
    try:
        de = Viewer("de", Role.LICENSING_OFFICER, "DE")
        (kept,) = list_attachments(store, int(app_id), de)
        assert read_attachment(store, int(app_id), kept.attachment_id, de).content == out.read_bytes()
        for viewer in (
            Viewer("fr", Role.LICENSING_OFFICER, "FR"),
            Viewer("gb", Role.LICENSING_OFFICER, "GB"),
            Viewer("guest", Role.OUTREACH_GUEST, None),
        ):
            with pytest.raises(Exception, match="not found"):
                read_attachment(store, int(app_id), kept.attachment_id, viewer)
            with pytest.raises(Exception, match="not found"):
                list_attachments(store, int(app_id), viewer)
    finally:
        store.close()
    _, trail, _ = cli("audit", "search", "--action", "application", "--json")
    actions = [e["action"] for e in trail]
    assert "application.attach" in actions and "application.attachment-read" in actions


def test_attachment_kinds_are_the_models_rule() -> None:
    assert attachment_kind("scan.PNG", b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert attachment_kind("notes.txt", b"plain words") == "text/plain"
    for name, head in (("a.zip", b"PK\x03\x04"), ("b.jpg", b"GIF89a"), ("c.txt", b"a\x00b"), ("noext", b"x")):
        with pytest.raises(ValueError):
            attachment_kind(name, head)
