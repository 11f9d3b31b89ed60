"""Documents in the store (SQLite and PostgreSQL): the CLI contracts, markings, visibility, full-text
search, bad files in a batch, the review queue and denial notifications."""

import io
import json
import zipfile

import pytest
from sqlalchemy import func, select

from epoc.cli import main
from epoc.model import Marking
from epoc.model.access import Role, Viewer
from epoc.services.documents.views import document_mentions, list_documents, search_documents
from epoc.store import Store
from epoc.store.document_tables import document_mentions as mentions_table
from epoc.store.document_tables import documents, evidence_links, review_decisions
from epoc.store.entities import EntityRepository
from epoc.store.entity_tables import judgements
from epoc.store.tables import records, sources

from .conftest import FIXTURES
from .corpus import LIST, write_eml, write_pdf

PAPER = """CONFIDENTIAL // REL MTCR

IE paper: procurement by SHIG
Originating Partner: FR

(C/REL MTCR) Shahid Hemmat Industrial Group (SHIG) bought fibre-optic gyroscopes through Tiber Precision \
Trading FZE.

(C/REL MTCR) A new firm, Arvand Hydraulic Engineering Company of Iran, asked for flow-forming machines.
"""


@pytest.fixture
def cli(db_url, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("EPOC_DATA_DIR", str(tmp_path / "data"))

    def run(*argv, ok=True):
        code = main(["--db", db_url, *argv])
        out, err = capsys.readouterr()
        if ok:
            assert code == 0, err
        return code, out, err

    run("lists", "import", str(LIST), "--source", "corpus", "--format", "partner-csv")
    return run


def add(cli, *paths, extra=()):
    _code, out, _err = cli("documents", "add", *map(str, paths), "--json", *extra)
    return json.loads(out)


def test_add_mentions_show_and_search(cli, tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text(PAPER, encoding="utf-8")
    (result,) = add(cli, paper, extra=("--type", "ie_paper"))
    assert result["document_id"] and result["title"] == "IE paper: procurement by SHIG"
    assert (
        result["marking"]["classification"] == "CONFIDENTIAL"
        and result["marking"]["releasability"] == "REL MTCR"
    )
    assert result["partner"] == "FR" and result["type"] == "ie_paper" and result["status"] == "added"

    _code, out, _err = cli("documents", "mentions", str(result["document_id"]), "--json")
    mentions = json.loads(out)
    text = PAPER
    for m in mentions:
        assert text[m["start"] : m["end"]] == m["text"]
        assert m["kind"] in ("entity", "candidate", "technology")
    entities = {(m["text"], m["entity_id"]) for m in mentions if m["kind"] == "entity"}
    assert entities == {
        ("Shahid Hemmat Industrial Group", "corpus:C-001"),
        ("SHIG", "corpus:C-001"),
        ("Tiber Precision Trading FZE", "corpus:C-018"),
    }
    assert all(m["record_ids"] == ["corpus:C-001"] for m in mentions if m["text"] == "SHIG")
    technology = {m["text"]: m["annex_items"] for m in mentions if m["kind"] == "technology"}
    assert technology == {"fibre-optic gyroscopes": ["9.A.4"], "flow-forming machines": ["3.B.3"]}
    candidates = {(m["label"], m["text"]) for m in mentions if m["kind"] == "candidate"}
    assert ("organisation", "Arvand Hydraulic Engineering Company of Iran") in candidates
    gyro = next(m for m in mentions if m["text"] == "fibre-optic gyroscopes")
    assert gyro["paragraph"] == 3 and gyro["sentence"].startswith("(C/REL MTCR) Shahid Hemmat")

    _code, out, _err = cli("documents", "search", "gyroscopes Tiber", "--json")
    (hit,) = json.loads(out)
    assert hit["document_id"] == result["document_id"]
    words = {hit["snippet"][s:e].lower() for s, e in hit["highlights"]}
    assert {"gyroscopes", "tiber"} <= words

    _code, out, _err = cli("documents", "show", str(result["document_id"]), "--json")
    shown = json.loads(out)
    assert shown["text"] == PAPER and {m["kind"] for m in shown["markings_found"]} == {"banner", "portion"}


def test_mentions_name_the_entity_their_record_belongs_to_once_resolved(cli, tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text(PAPER, encoding="utf-8")
    (result,) = add(cli, paper)
    cli("resolve", "--json")
    _code, out, _err = cli("documents", "mentions", str(result["document_id"]), "--json")
    shig = next(m for m in json.loads(out) if m["text"] == "SHIG")
    assert shig["record_ids"] == ["corpus:C-001"] and shig["entity_id"] != "corpus:C-001"
    _code, out, _err = cli("entities", "show", shig["entity_id"], "--json")
    assert "corpus:C-001" in json.loads(out)["record_ids"]


def test_same_bytes_again_raise_the_marking_never_lower_it(cli, tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text("Plain paper about Rosoboronexport.\n", encoding="utf-8")
    (first,) = add(cli, paper, extra=("--marking", "RESTRICTED // REL MTCR"))
    (again,) = add(cli, paper, extra=("--marking", "UNCLASSIFIED"))
    assert again["document_id"] == first["document_id"] and again["status"] == "unchanged"
    assert again["marking"]["classification"] == "RESTRICTED"
    (raised,) = add(cli, paper, extra=("--marking", "SECRET // REL FR, DE"))
    assert (
        raised["marking"]["classification"] == "SECRET" and raised["marking"]["releasability"] == "REL DE, FR"
    )
    _code, out, _err = cli("documents", "mentions", str(first["document_id"]), "--json")
    assert {m["marking"]["banner"] for m in json.loads(out)} == {"SECRET // REL DE, FR"}


def test_pdf_and_email_with_attachment(cli, tmp_path):
    pdf = tmp_path / "ten.pdf"
    write_pdf(
        pdf, [f"Page {i}: nothing here." for i in range(1, 10)] + ["Page 10: KOMID sought maraging steel."]
    )
    attachment = tmp_path / "denial.pdf"
    write_pdf(
        attachment,
        ["SECRET // REL MTCR\n\nDenied: gyroscopes for Korea Mining Development Trading Corporation."],
    )
    mail = tmp_path / "note.eml"
    write_eml(mail, "Denial attached", "See the attached denial.", attachment)
    first, second = add(cli, pdf, mail)
    assert first["pages"] == 10 and second["attachments"] == ["denial.pdf"]
    assert second["marking"]["classification"] == "SECRET"  # the attachment's banner marks the whole e-mail
    _code, out, _err = cli("documents", "mentions", str(first["document_id"]), "--json", "--kind", "entity")
    (komid,) = json.loads(out)
    assert komid["text"] == "KOMID" and komid["page"] == 10


def test_a_bad_file_fails_alone_and_leaves_nothing(cli, tmp_path, db_url):
    good = tmp_path / "good.txt"
    good.write_text(PAPER, encoding="utf-8")
    bomb = tmp_path / "bomb.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (250 * 2**20))
    bomb.write_bytes(buffer.getvalue())
    broken_pdf = tmp_path / "broken.pdf"
    broken_pdf.write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage")
    bad_mail = tmp_path / "bad.eml"
    bad_mail.write_bytes(b"From: a@b\nSubject: x\nContent-Type: multipart/mixed\n\n--q\n\nhi\n--q--\n")
    bad_banner = tmp_path / "banner.txt"
    bad_banner.write_text("CONFIDENTIAL // REL NOWHERE LAND\n\nText.", encoding="utf-8")
    code, out, err = cli(
        "documents", "add", str(bomb), str(good), str(broken_pdf), str(bad_mail), str(bad_banner),
        str(tmp_path / "missing.txt"), ok=False,
    )  # fmt: skip
    assert code == 1
    assert "zip bomb" in err and "corrupt or unreadable PDF" in err and "malformed MIME" in err
    assert "marking line that cannot be read" in err and "No such file" in err and "Traceback" not in err
    assert out.count("(added;") == 1
    store = Store.open(db_url)
    with store.read() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar() == 1
        assert (
            conn.execute(
                select(func.count()).select_from(sources).where(sources.c.kind == "document")
            ).scalar()
            == 1
        )
    store.close()


def test_viewers_see_only_what_the_marking_allows(cli, tmp_path, db_url):
    open_paper = tmp_path / "open.txt"
    open_paper.write_text("CONFIDENTIAL // REL MTCR\n\nGyroscopes for SHIG.\n", encoding="utf-8")
    fr_only = tmp_path / "fr.txt"
    fr_only.write_text(
        "CONFIDENTIAL // FR ONLY\n\nGyroscopes for Tiber Precision Trading FZE.\n", encoding="utf-8"
    )
    public = tmp_path / "public.txt"
    public.write_text("UNCLASSIFIED\n\nGyroscopes in general.\n", encoding="utf-8")
    add(cli, open_paper, fr_only, public)
    store = Store.open(db_url)
    fr = Viewer("fr", Role.OFFICER, "FR")
    jp = Viewer("jp", Role.OFFICER, "JP")
    guest = Viewer("guest", Role.OUTREACH_GUEST, None)
    assert len(list_documents(store, fr)) == 3
    assert len(list_documents(store, jp)) == 2
    assert [d.title for d in list_documents(store, guest)] == ["Gyroscopes in general."]
    assert len(search_documents(store, "gyroscopes", fr)) == 3
    assert len(search_documents(store, "gyroscopes", jp)) == 2
    fr_id = next(d.document_id for d in list_documents(store, fr) if "Tiber" in d.title)
    with pytest.raises(Exception, match="no document"):
        document_mentions(store, fr_id, jp)
    assert document_mentions(store, fr_id, fr)
    store.close()


def test_review_accept_create_correct_reject(cli, tmp_path, db_url):
    paper = tmp_path / "paper.txt"
    paper.write_text(PAPER, encoding="utf-8")
    (doc,) = add(cli, paper)
    _code, out, _err = cli("documents", "review", "list", "--document", str(doc["document_id"]), "--json")
    queue = json.loads(out)
    shig = next(m for m in queue if m["text"] == "Shahid Hemmat Industrial Group")
    arvand = next(m for m in queue if m["text"] == "Arvand Hydraulic Engineering Company of Iran")
    tiber = next(m for m in queue if m["text"] == "Tiber Precision Trading FZE")

    _code, out, _err = cli("documents", "review", "accept", str(shig["id"]), "--by", "alice", "--json")
    accepted = json.loads(out)
    assert accepted["entity_id"] == "corpus:C-001" and accepted["by"] == "alice"
    evidence_id = accepted["evidence_record_id"]
    _code, out, _err = cli("records", "show", evidence_id, "--json")
    evidence = json.loads(out)
    assert evidence["names"][0]["text"] == "Shahid Hemmat Industrial Group"
    assert evidence["names"][0]["origin"] == "paper.txt ¶3"
    assert evidence["marking"]["banner"] == "CONFIDENTIAL // REL MTCR"
    assert evidence["source"]["partner"] == "FR"
    assert evidence["countries"] == []  # its sentence names no country

    code, _out, err = cli("documents", "review", "accept", str(shig["id"]), ok=False)
    assert code == 1 and "already accepted by alice" in err

    cli("documents", "review", "correct", str(arvand["id"]), "--end", str(arvand["end"] - len(" of Iran")))
    _code, out, _err = cli("documents", "review", "create", str(arvand["id"]), "--json")
    created = json.loads(out)
    _code, out, _err = cli("records", "show", created["evidence_record_id"], "--json")
    new_record = json.loads(out)
    assert new_record["names"][0]["text"] == "Arvand Hydraulic Engineering Company"
    assert new_record["schema"] == "Organization" and [c["value"] for c in new_record["countries"]] == ["IR"]

    cli("documents", "review", "reject", str(tiber["id"]), "--note", "not the party meant")
    store = Store.open(db_url)
    with store.read() as conn:
        decisions = conn.execute(select(review_decisions.c.decision, review_decisions.c.decided_by)).all()
        assert sorted(decisions, key=str) == sorted(
            [("accept", "alice"), ("correct", None), ("create", None), ("reject", None)], key=str
        )
        (link,) = conn.execute(select(evidence_links)).all()
        assert (link.evidence_record_id, link.entity_id) == (evidence_id, "corpus:C-001")
        # accepting is a *same* judgement by the reviewer: the evidence joins the record's entity
        (judged,) = conn.execute(select(judgements)).all()
        assert (judged.verdict, judged.who, judged.origin, set(judged.record_ids)) == (
            "same",
            "alice",
            "document",
            {evidence_id, "corpus:C-001"},
        )
        membership = EntityRepository(conn).membership([evidence_id, "corpus:C-001"])
        assert membership[evidence_id] == membership["corpus:C-001"]
        statuses = dict(conn.execute(select(mentions_table.c.id, mentions_table.c.status)).all())
        assert statuses[shig["id"]] == "accepted" and statuses[arvand["id"]] == "created"
        source_key = conn.execute(select(records.c.source_key).where(records.c.id == evidence_id)).scalar()
    shown = json.loads(cli("documents", "show", str(doc["document_id"]), "--json")[1])
    assert source_key == shown["source"] == f"doc-{shown['sha256'][:12]}"
    store.close()


def test_denials_import_list_and_check(cli, tmp_path, db_url):
    folder = FIXTURES / "denials"
    cli("denials", "import", str(folder / "denials.csv"))
    cli("denials", "import", str(folder / "denials.json"))
    _code, out, _err = cli("denials", "list", "--json")
    listed = {d["reference"]: d for d in json.loads(out)}
    assert set(listed) == {"FR-DN-2024-017", "DE-2023-0042", "UK/MTCR/2025/3"}
    fr = listed["FR-DN-2024-017"]
    assert (
        fr["annex_codes"] == ["9.A.4", "9.A.6"]
        and fr["consignee"][0]["name"] == "Tiber Precision Trading FZE"
    )
    assert [p["country"] for p in fr["intermediaries"]] == ["HK", "SG"] and fr["review_due"] == "2027-03-12"
    assert listed["DE-2023-0042"]["catch_all"] and not listed["DE-2023-0042"]["binding"]
    assert Marking.parse(listed["UK/MTCR/2025/3"]["marking"]["banner"]).classification.name == "SECRET"

    _code, out, _err = cli("records", "show", fr["consignee"][0]["record_id"], "--json")
    party = json.loads(out)
    assert party["source"]["partner"] == "FR" and party["addresses"][0]["country"] == "AE"

    code, out, _err = cli("denials", "check", "--party", "Shahid Hemat Industrial Group", "--item", "6.C.7",
                          "--on", "2026-01-01", "--json", ok=False)  # fmt: skip
    assert code == 3 and json.loads(out)[0]["undercut"]
    # the same party in Persian script: the screening engine says so, and explains why
    code, out, _err = cli("denials", "check", "--party", "گروه صنعتی شهید همت", "--item", "6.C.7",
                          "--on", "2026-01-01", "--json", ok=False)  # fmt: skip
    matched = json.loads(out)[0]
    assert code == 3 and matched["undercut"] and matched["matched_party"]["role"] == "end_user"
    assert matched["matched_party"]["explanation"] and matched["binding_why"].startswith("binds until")
    code, out, _err = cli("denials", "check", "--party", "Shahid Hemmat Industrial Group", "--item", "6.C.7",
                          "--on", "2028-07-01", "--json")  # fmt: skip
    assert code == 0 and "lapsed on 2028-06-02" in json.loads(out)[0]["why"]
    code, out, _err = cli("denials", "check", "--party", "Northgate Machinery Co Ltd", "--json")
    assert code == 0 and "catch-all" in json.loads(out)[0]["why"]

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "partner,reference,date,annex_codes,item_description,consignee_name\n"
        "FR,X-1,2024-01-01,9.A.4,Gyros,Good Co\n"
        "FR,X-2,2024-13-01,9.A.4,Gyros,Bad Date Co\n"
        "FR,X-3,2024-01-01,99.Z.1,Gyros,Bad Code Co\n",
        encoding="utf-8",
    )
    code, _out, err = cli("denials", "import", str(bad), ok=False)
    assert code == 1 and "2 bad denials" in err and "line 3: date" in err and "99.Z.1" in err
    _code, out, _err = cli("denials", "list", "--json")
    assert len(json.loads(out)) == 3  # nothing of the bad file


def test_extraction_again_after_new_names_keeps_decisions(cli, tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "CONFIDENTIAL // REL MTCR\n\nSHIG met Zarrin Sepehr Noavaran Company in 2024.\n", encoding="utf-8"
    )
    (doc,) = add(cli, paper)
    _code, out, _err = cli("documents", "mentions", str(doc["document_id"]), "--json")
    before = json.loads(out)
    shig = next(m for m in before if m["text"] == "SHIG")
    cli("documents", "review", "accept", str(shig["id"]))
    assert not any(m["kind"] == "entity" and m["text"].startswith("Zarrin") for m in before)
    new_list = tmp_path / "new.csv"
    new_list.write_text("id,name\nZ-1,Zarrin Sepehr Noavaran Company\n", encoding="utf-8")
    cli("lists", "import", str(new_list), "--source", "new-list")
    cli("documents", "extract", str(doc["document_id"]))
    _code, out, _err = cli("documents", "mentions", str(doc["document_id"]), "--json")
    after = json.loads(out)
    zarrin = [m for m in after if m["kind"] == "entity" and m["text"].startswith("Zarrin")]
    assert [m["entity_id"] for m in zarrin] == ["new-list:Z-1"]
    kept = [m for m in after if m["text"] == "SHIG"]
    assert [(m["id"], m["status"]) for m in kept] == [(shig["id"], "accepted")]  # decided, kept, not doubled


def test_a_press_release_opening_with_its_date_is_titled_and_dated_by_it(cli, tmp_path):
    release = tmp_path / "release.txt"
    release.write_text(
        "April 29, 2014\n\nBroker of gyroscopes charged\n\nA broker was charged today.\n", encoding="utf-8"
    )
    (added,) = add(cli, release)
    assert added["title"] == "Broker of gyroscopes charged" and added["date"] == "2014-04-29"


def test_a_page_keeps_the_strongest_mentions_the_database_ranks(cli, tmp_path, db_url, monkeypatch):
    """read_document's mentions, capped in the database, are those keep_strongest keeps of them all."""
    from epoc.services.documents import views

    paper = tmp_path / "paper.txt"
    paper.write_text(PAPER + "\n\n" + PAPER.split("\n\n", 1)[1] * 3, encoding="utf-8")
    (doc,) = add(cli, paper)
    monkeypatch.setattr(views, "MENTIONS_PER_TARGET", 2)
    monkeypatch.setattr(views, "MENTIONS_KEPT", 5)
    store = Store.open(db_url)
    for viewer in (None, Viewer("fr", Role.OFFICER, "FR"), Viewer("jp", Role.OFFICER, "JP")):
        every = views.show_document(store, doc["document_id"], viewer).mentions
        page = views.read_document(store, doc["document_id"], viewer)
        assert len(every) > len(page.mentions)  # the caps bind
        assert page.mentions == views.keep_strongest(every)
        assert page.mentions_total == len(every)
    store.close()
