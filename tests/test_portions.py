"""Markings read the way originators mean them (issue 12, item 5): a message's portions decide who reads
what, from the markings parser up to the CLI, the JSON API and the page.

The rule the tests pin down: a *banner* (a list's or a document's marking, the marking an upload is given)
with a bare classification is Partner-only (``CONFIDENTIAL`` = ``CONFIDENTIAL // REL MTCR``, as lists have
always been read); a *portion mark* in an originator's message without a release line (``(C)``) is the
originator's only; ``NOFORN`` is the originator's only wherever it is written.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator

import pytest

from epoc.cli import main
from epoc.documents.candidates import find_candidates
from epoc.documents.markings import declassification, find_markings, portions
from epoc.documents.message import read_header
from epoc.model import Classification, Marking, MarkingError, Scope
from epoc.model.access import Role
from epoc.services import accounts
from epoc.services.accounts import viewer_of
from epoc.services.documents.views import search_documents, show_document

from . import webapp
from .webapp import PASSWORD, WebEnv

DEFAULT = Marking.parse("UNCLASSIFIED // REL MTCR")

# A fictional US message to the Partners: each paragraph marked as its originator means it.
MESSAGE = """\
R 311405Z OCT 25
FM SECSTATE WASHDC
TO MTCR PARTNERS
SUBJECT: (U) MTCR: PROCUREMENT OF GYROSCOPES BY TIBER PRECISION TRADING

1. (U) This message informs MTCR Partners of procurement attempts seen at the 2009 Plenary.

2. (C/REL MTCR) Tiber Precision Trading Co., Ltd. of Dalian sought fibre-optic gyroscopes in Europe.

3. (C//NOFORN) A sensitive source reports that Orvan Aerospace Holdings pays for the gyroscopes.

4. (C) Washington will raise the matter with Dalnoria Machine Works directly.

DECL: 10/31/2035
SMITH
"""
US_ONLY = ["Orvan", "sensitive source", "Dalnoria", "Washington will raise"]
PARTNERS_TEXT = ["Tiber Precision Trading", "This message informs"]


# -- the markings parser, both ways ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("mark", "originator", "banner"),
    [
        ("(U)", "US", "UNCLASSIFIED"),
        ("(C)", "US", "CONFIDENTIAL // REL US"),  # no release line: the originator's only
        ("(S)", "FR", "SECRET // REL FR"),
        ("(R)", "DE", "RESTRICTED // REL DE"),
        ("(C)", None, "CONFIDENTIAL // POC ONLY"),  # no originator known: the POC's only
        ("(C//NOFORN)", "US", "CONFIDENTIAL // REL US"),
        ("(S/NF)", "US", "SECRET // REL US"),
        ("(C/REL MTCR)", "US", "CONFIDENTIAL // REL MTCR"),
        ("(C//REL MTCR)", "US", "CONFIDENTIAL // REL MTCR"),
        ("(C//REL TO USA, GBR)", "US", "CONFIDENTIAL // REL GB, US"),  # alpha-3, as originators write
        ("(C//REL FR)", "US", "CONFIDENTIAL // REL FR, US"),  # an originator never withholds from itself
        ("(SBU)", "US", "UNCLASSIFIED // REL MTCR"),  # sensitive: not public, every Partner's
        ("(U//FOUO)", "US", "UNCLASSIFIED // REL MTCR"),
        ("(SBU//NOFORN)", "US", "UNCLASSIFIED // REL US"),
        ("(U//NOT FOR OUTREACH)", "US", "UNCLASSIFIED // NOT FOR OUTREACH"),
    ],
)
def test_portion_marks_as_originators_mean_them(mark, originator, banner):
    marking = Marking.parse_portion(mark, originator)
    assert marking.banner == banner
    # and back: the banner written out reads as the same marking (as a banner)
    assert Marking.parse(marking.banner) == marking or marking.partners == frozenset()


@pytest.mark.parametrize(
    ("banner", "originator", "expected"),
    [
        # a banner keeps today's reading: a bare classification is every Partner's
        ("CONFIDENTIAL", None, "CONFIDENTIAL // REL MTCR"),
        ("CONFIDENTIAL", "US", "CONFIDENTIAL // REL MTCR"),
        ("RESTRICTED // REL FR, DE", None, "RESTRICTED // REL DE, FR"),
        # NOFORN is never another country's, in a banner too
        ("CONFIDENTIAL//NOFORN", "US", "CONFIDENTIAL // REL US"),
        ("SECRET//NF", None, "SECRET // POC ONLY"),
        ("UNCLASSIFIED", "US", "UNCLASSIFIED"),
    ],
)
def test_banners_keep_their_reading(banner, originator, expected):
    assert Marking.parse(banner, originator).banner == expected


def test_a_bare_classification_differs_between_a_banner_and_a_portion():
    assert Marking.parse("(C)", "US").scope is Scope.PARTNERS
    portion = Marking.parse_portion("(C)", "US")
    assert portion.scope is Scope.NAMED and portion.partners == {"US"}
    assert portion.classification is Classification.CONFIDENTIAL


@pytest.mark.parametrize("text", ["(X)", "(C//REL France)", "(C//ORCON X1)", "()"])
def test_portion_marks_that_cannot_be_read_are_refused(text):
    with pytest.raises(MarkingError):
        Marking.parse_portion(text, "US")


def test_a_message_cut_into_portions():
    found = find_markings(MESSAGE, "message.txt", "US")
    cut = portions(MESSAGE, found, None, DEFAULT)
    assert cut[0].start == 0 and cut[-1].end == len(MESSAGE)
    assert all(a.end == b.start for a, b in itertools.pairwise(cut))  # end to end
    by_text = {p.mark: p for p in cut if p.kind == "portion"}
    assert by_text["(U)"].marking.banner == "UNCLASSIFIED"
    assert by_text["(C/REL MTCR)"].marking.banner == "CONFIDENTIAL // REL MTCR"
    assert by_text["(C//NOFORN)"].marking.banner == "CONFIDENTIAL // REL US"
    assert by_text["(C)"].marking.banner == "CONFIDENTIAL // REL US"
    header = cut[0]  # unmarked: the document default (no banner, no upload marking)
    assert header.kind == "unmarked" and header.marking == DEFAULT and "FM SECSTATE" in MESSAGE[: header.end]
    # an upload's marking is a floor under every portion
    floored = portions(MESSAGE, found, Marking.parse("CONFIDENTIAL // REL MTCR"), DEFAULT)
    assert {p.marking.classification for p in floored} == {Classification.CONFIDENTIAL}
    assert max(p.marking.scope for p in floored) is Scope.NAMED


@pytest.mark.parametrize(
    ("text", "fr_reads"),
    [
        # the banner is the roll-up of the portions: the portions decide
        ("CONFIDENTIAL//NOFORN\n\n1. (C/REL MTCR) Shared.\n\n2. (C//NOFORN) Ours.\n", ["Shared."]),
        ("CONFIDENTIAL // REL MTCR\n\n(U) Public.\n\n(C/REL MTCR) Shared.\n", ["Public.", "Shared."]),
        # a banner saying more than every portion restricts the whole document
        ("CONFIDENTIAL // DE ONLY\n\n(C/REL MTCR) Shared?\n", []),
        ("SECRET // REL MTCR\n\n(C/REL MTCR) Shared?\n", []),  # FR's officers are cleared to CONFIDENTIAL
    ],
)
def test_a_banner_is_a_roll_up_or_a_floor(text, fr_reads):
    from epoc.model.access import Viewer

    france = Viewer("fr", Role.OFFICER, "FR")
    cut = portions(text, find_markings(text, originator="US"), None, DEFAULT)
    read = [text[p.start : p.end].split(") ", 1)[-1].strip() for p in cut if france.may_read(p.marking)]
    assert [r for r in read if r.endswith((".", "?"))] == fr_reads


def test_lettered_lists_are_not_portion_marks_and_numbered_paragraphs_are():
    lettered = "(A) first\n(B) second\n(C) third\n"
    assert find_markings(lettered, originator="US") == []
    numbered = "1. (C) First.\n\nA. (U) Second.\n\n(SBU-NF) Third.\n\n(S-BAND) radar, not a mark.\n"
    assert [f.text for f in find_markings(numbered, originator="US")] == ["(C)", "(U)", "(SBU-NF)"]


@pytest.mark.parametrize(
    ("line", "text", "on"),
    [
        ("DECL: 10/31/2035", "10/31/2035", "2035-10-31"),
        ("Declassify on: 2035-10-31", "2035-10-31", "2035-10-31"),
        ("DECL: 20351031", "20351031", "2035-10-31"),
        ("DECL: 25X1", "25X1", None),
    ],
)
def test_the_declassification_line(line, text, on):
    found = declassification(f"Body.\n\n{line}\nSMITH\n")
    assert found is not None and found.text == text
    assert (found.on.isoformat() if found.on else None) == on


def test_message_headers_give_originator_date_and_title():
    header = read_header(MESSAGE)
    assert header.is_message and header.partner == "US"
    assert header.sent is not None and header.sent.isoformat() == "2025-10-31"
    assert header.subject == "MTCR: PROCUREMENT OF GYROSCOPES BY TIBER PRECISION TRADING"
    assert header.recipients == "MTCR PARTNERS"
    colon = read_header("From: Federal Foreign Office, Berlin\nTo: MTCR Partners\nSubject: Brokers\n")
    assert colon.partner == "DE" and colon.subject == "Brokers"
    assert not read_header("To date, nothing.\nFrom France, the goods came.\n").is_message


def test_the_regimes_vocabulary_is_not_a_party():
    text = (
        "MTCR Partners met at the 2009 Plenary and the RPOC. The Missile Technology Control Regime Annex "
        "covers it. Tiber Precision Trading Co., Ltd. of Dalian asked the Department of State.\n\n"
        "Sincerely,\nDirector John Smith\nOffice of Missile Threat Reduction\n"
    )
    names = {text[c.start : c.end] for c in find_candidates(text, [])}
    assert names == {"Tiber Precision Trading Co., Ltd."}


# -- the CLI contract: documents show ID --as USER --json -----------------------------------------------
READERS = {"us-officer": "US", "fr-officer": "FR", "gb-officer": "GB"}


@pytest.fixture
def cli(db_url, capsys, monkeypatch, tmp_path) -> Iterator:
    monkeypatch.setenv("EPOC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EPOC_PASSWORD", PASSWORD)

    def run(*argv, ok=True):
        code = main(["--db", db_url, *argv])
        out, err = capsys.readouterr()
        if ok:
            assert code == 0, err
        return code, out, err

    for name, partner in READERS.items():
        run("users", "add", name, "--role", "officer", "--partner", partner)
    run("users", "add", "guest", "--role", "outreach_guest", "--partner", "TH")
    message = tmp_path / "message.txt"
    message.write_text(MESSAGE, encoding="utf-8")
    _code, out, _err = run("documents", "add", str(message), "--json")
    (added,) = json.loads(out)
    assert added["partner"] == "US" and added["date"] == "2025-10-31"
    assert added["title"].startswith("MTCR: PROCUREMENT OF GYROSCOPES")
    return run


def show(cli, user: str | None) -> dict:
    _code, out, _err = cli("documents", "show", "1", "--json", *(("--as", user) if user else ()))
    return json.loads(out)


def test_each_reader_gets_the_portions_released_to_them(cli):
    us, fr, gb, guest = (show(cli, u) for u in ("us-officer", "fr-officer", "gb-officer", "guest"))
    for word in [*US_ONLY, *PARTNERS_TEXT]:
        assert word in us["text"]
    for doc in (fr, gb):
        assert not [w for w in US_ONLY if w in json.dumps(doc)]  # absent: text, portions, mentions, marks
        assert all(w in doc["text"] for w in PARTNERS_TEXT)
        assert doc["banner"] == "CONFIDENTIAL // REL MTCR" == doc["marking"]["banner"]
        assert "(C//NOFORN)" not in [f["text"] for f in doc["markings_found"]]
    assert us["banner"] == "CONFIDENTIAL // REL US"
    assert guest["banner"] == "UNCLASSIFIED"
    assert "This message informs" in guest["text"] and "Tiber" not in guest["text"].split("SUBJECT")[-1]
    assert {p["marking"]["portion"] for p in guest["portions"]} == {"(U)"}
    for doc in (us, fr, gb, guest):
        assert doc["declassify_on"] == "2035-10-31" and doc["declassification"] == "10/31/2035"
        # withheld portions are absent, not blanked: the portions are the text, end to end
        assert "".join(p["text"] for p in doc["portions"]) == doc["text"]
        for p in doc["portions"]:
            assert doc["text"][p["start"] : p["end"]] == p["text"]
        for m in doc["mentions"]:  # mentions carry their portion's marking, offsets in the reader's text
            assert doc["text"][m["start"] : m["end"]] == m["text"]
            portion = next(p for p in doc["portions"] if p["start"] <= m["start"] < p["end"])
            assert Marking.parse(m["marking"]["banner"]).strictest(
                Marking.parse(portion["marking"]["banner"])
            ) == Marking.parse(m["marking"]["banner"])
    orvan = [m for m in us["mentions"] if m["text"].startswith("Orvan")]
    assert orvan and orvan[0]["marking"]["banner"] == "CONFIDENTIAL // REL US"
    # the operator reads everything, as the stored text
    assert show(cli, None)["text"] == MESSAGE


def test_a_reader_with_no_portion_finds_nothing(cli, tmp_path):
    secret = tmp_path / "us-only.txt"
    secret.write_text("CONFIDENTIAL//NOFORN\n\n1. (C) Only for us.\n", encoding="utf-8")
    _code, out, _err = cli("documents", "add", str(secret), "--partner", "US", "--json")
    document_id = str(json.loads(out)[0]["document_id"])
    code, out, err = cli("documents", "show", document_id, "--as", "fr-officer", "--json", ok=False)
    assert (
        code == 1
        and out == ""
        and err.strip() == f"error: no document {document_id}; `epoc documents list` shows them"
    )
    _code, out, _err = cli("documents", "show", document_id, "--as", "us-officer", "--json")
    assert "Only for us." in json.loads(out)["text"]
    code, _out, err = cli("documents", "show", "1", "--as", "nobody", "--json", ok=False)
    assert code == 1 and "no user 'nobody'" in err


def test_search_finds_and_quotes_only_readable_portions(store):
    from epoc.documents.extract import Extractor
    from epoc.documents.readers.base import Limits
    from epoc.services.documents.ingest import DocumentOptions, add_documents

    for name, partner in READERS.items():
        accounts.create_user(store, name, Role.OFFICER, PASSWORD, partner)
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "message.txt"
        path.write_text(MESSAGE, encoding="utf-8")
        (added,) = add_documents(store, [path], DocumentOptions(), Limits(), lambda: Extractor([]))
    assert added.error is None
    us, fr = viewer_of(store, "us-officer"), viewer_of(store, "fr-officer")
    assert [h.document_id for h in search_documents(store, "Orvan", us)] == [added.document_id]
    assert search_documents(store, "Orvan", fr) == []  # not ranked, not counted, not quoted
    (hit,) = search_documents(store, "gyroscopes", fr)
    assert not [w for w in US_ONLY if w in hit.snippet]
    assert hit.marking.banner == "CONFIDENTIAL // REL MTCR"
    assert show_document(store, added.document_id, fr).marking.banner == "CONFIDENTIAL // REL MTCR"


# -- the JSON API and the page -------------------------------------------------------------------------------
@pytest.fixture(scope="module", params=webapp.BACKENDS)
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with webapp.open_web(request.param, tmp_path_factory.mktemp("portions-web")) as env:
        for name, partner in READERS.items():
            accounts.create_user(env.store, name, Role.OFFICER, PASSWORD, partner)
        admin = env.client(Role.POC_ADMIN)
        response = admin.post(
            "/api/v1/documents",
            files=[("files", ("message.txt", MESSAGE.encode(), "text/plain"))],
            data={"partner": "US"},
        )
        assert response.status_code == 200, response.text
        env.document_id = response.json()[0]["document_id"]  # type: ignore[attr-defined]
        yield env


def client_as(web: WebEnv, username: str):
    from fastapi.testclient import TestClient

    from epoc.web.security import CSRF_HEADER, SESSION_COOKIE

    cookie, csrf = accounts.start_session(web.store, web.settings, viewer_of(web.store, username), "t", "t")
    client = TestClient(web.app, base_url="http://testserver")
    client.cookies.set(SESSION_COOKIE, cookie)
    client.headers[CSRF_HEADER] = csrf
    return client


def test_the_json_api_and_the_page_per_reader(web: WebEnv):
    document = web.document_id  # type: ignore[attr-defined]
    us = client_as(web, "us-officer").get(f"/api/v1/documents/{document}")
    assert us.status_code == 200 and "Orvan" in us.json()["text"]
    assert us.headers["x-epoc-marking"] == "CONFIDENTIAL // REL US"
    for name in ("fr-officer", "gb-officer"):
        client = client_as(web, name)
        doc = client.get(f"/api/v1/documents/{document}")
        assert doc.status_code == 200 and doc.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR"
        assert not webapp.leaks(doc.text, US_ONLY) and "Tiber Precision Trading" in doc.json()["text"]
        page = client.get(f"/documents/{document}")
        assert page.status_code == 200 and not webapp.leaks(page.text, US_ONLY)
        assert "Tiber Precision Trading" in page.text and "2035-10-31" in page.text
        hits = client.get("/api/v1/documents", params={"q": "Orvan"}).json()
        assert hits["total"] == 0 and hits["documents"] == []
        listed = client.get("/api/v1/documents").json()["documents"]
        assert [d["marking"]["banner"] for d in listed if d["document_id"] == document] == [
            "CONFIDENTIAL // REL MTCR"
        ]
    guest = web.client(Role.OUTREACH_GUEST)
    assert guest.get(f"/api/v1/documents/{document}").status_code == 403  # guests do not read documents


def test_a_subject_line_the_reader_may_not_read_is_not_their_title(store, tmp_path):
    from epoc.documents.extract import Extractor
    from epoc.documents.readers.base import Limits
    from epoc.services.documents.ingest import DocumentOptions, add_documents
    from epoc.services.documents.views import list_documents

    for name, partner in READERS.items():
        accounts.create_user(store, name, Role.OFFICER, PASSWORD, partner)
    path = tmp_path / "subject.txt"
    path.write_text(
        "FM: SECSTATE WASHDC\nTO: MTCR PARTNERS\nSUBJECT: (C//NOFORN) QUARLENTON BROKERS INQUIRY\n\n"
        "1. (C/REL MTCR) Partners are asked about valves.\n",
        encoding="utf-8",
    )
    (added,) = add_documents(store, [path], DocumentOptions(), Limits(), lambda: Extractor([]))
    document = added.document_id
    us, fr = viewer_of(store, "us-officer"), viewer_of(store, "fr-officer")
    assert show_document(store, document, us).title == "QUARLENTON BROKERS INQUIRY"
    shown = show_document(store, document, fr).to_json()
    assert shown["title"] == f"Document {document}" and "QUARLENTON" not in json.dumps(shown)
    assert [d.title for d in list_documents(store, fr)] == [f"Document {document}"]
    assert search_documents(store, "Quarlenton", fr) == []
    assert [h.title for h in search_documents(store, "valves", fr)] == [f"Document {document}"]
    assert [h.document_id for h in search_documents(store, "Quarlenton", us)] == [document]
