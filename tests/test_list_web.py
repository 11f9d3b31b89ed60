"""The list's pages and their JSON twins in process: filters, the entity page, releasability of an entity
whose records are marked for other Partners, the review queue, splits and undo, editions, exports, audit."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from epoc.cli import main
from epoc.model.access import Role
from epoc.services import audit
from epoc.services.audit import AuditQuery
from epoc.store import Store
from epoc.web import create_app

from . import webapp
from .list_data import DE_ONLY_DETAILS, HANSEONG, KORVAN, NADIA, fill_list
from .webapp import PARTNER_WORDS, WebEnv, csrf_of, leaks

CAVEAT = "not a black list but a tool"


@pytest.fixture(scope="module", params=webapp.BACKENDS)
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    """The web tests' app and store, with the list of ``list_data`` resolved into it."""
    with webapp.open_web(request.param, tmp_path_factory.mktemp("list-web")) as env:
        fill_list(env.store)
        yield env


def entity_with(client, record_id: str) -> dict:
    found = client.get("/api/v1/entities", params={"q": record_id}).json()["entities"]
    assert len(found) == 1, found
    return client.get(f"/api/v1/entities/{found[0]['entity_id']}").json()


def ids(page: dict) -> set[str]:
    return {e["caption"] for e in page["entities"]}


# -- the list ------------------------------------------------------------------------------------------------
def test_the_list_filters_pages_and_carries_the_caveat(web: WebEnv) -> None:
    officer = web.client(Role.OFFICER)
    page = officer.get("/entities")
    assert page.status_code == 200 and CAVEAT in page.text
    assert "Korvan Aerospace Trading FZE" in page.text and 'href="/entities/ent-' in page.text
    assert page.headers["x-epoc-marking"] == "CONFIDENTIAL // REL DE"  # the filters name the DE-only list
    everything = officer.get("/api/v1/entities", params={"per_page": 200}).json()
    assert everything["total"] == len(everything["entities"]) > 10
    assert f"{everything['total']} entities" in page.text

    def captions(**filters: str) -> set[str]:
        return ids(officer.get("/api/v1/entities", params=filters).json())

    assert "Choson Pyoljin Trading Corporation" in captions(country="KP")
    assert "Korvan Aerospace Trading FZE" not in captions(country="kp")
    assert captions(programme="dprk missile programme") >= {"Silver Orchid", "Park Chol Jin"}
    assert captions(source="pub-b") == {"Silver Orchid", "Korvan Aerospace Trading FZE"}
    assert "Orvalis Propulsion Components SARL" in captions(partner="DE")
    assert "Orvalis Propulsion Components SARL" not in captions(partner="FR")
    assert captions(schema="Vessel") == {"Silver Orchid"}
    assert captions(q="korvan aero") == {"Korvan Aerospace Trading FZE"}
    assert captions(q="JAFZA-DEMO-1203") == {"Korvan Aerospace Trading FZE"}  # an identifier
    assert captions(schema="Person", country="IR") >= {"Reza Tabandeh-Kooshki"}
    assert captions(status="removed") == set()
    first, second = (
        officer.get("/api/v1/entities", params={"per_page": 5, "page": n}).json() for n in (1, 2)
    )
    assert first["pages"] == second["pages"] > 1 and not ids(first) & ids(second)
    assert officer.get("/api/v1/entities", params={"schema": "Spaceship"}).status_code == 422
    assert officer.get("/api/v1/entities", params={"status": "gone"}).json()["error"].startswith("status")


def test_the_list_filters_as_you_type_and_works_without_javascript(web: WebEnv) -> None:
    officer = web.client(Role.OFFICER)
    fragment = officer.get("/entities?q=silver", headers={"HX-Request": "true"})
    assert fragment.status_code == 200 and "<html" not in fragment.text
    assert 'hx-swap-oob="true"' in fragment.text and "Silver Orchid" in fragment.text
    full = officer.get("/entities?q=silver&schema=Vessel")
    assert "<html" in full.text and 'value="silver"' in full.text and "<option selected>Vessel" in full.text


# -- an entity -----------------------------------------------------------------------------------------------
def test_an_entity_says_why_it_is_listed_with_names_by_script_and_their_sources(web: WebEnv) -> None:
    officer = web.client(Role.OFFICER)
    entity = entity_with(officer, KORVAN)
    assert set(entity["record_ids"]) == {KORVAN, "pub-b:B2", "demo-fr:D-002"}
    assert {r["source"] for r in entity["reasons"]} == {"pub-a", "pub-b", "demo-fr"}
    assert {r["year"] for r in entity["reasons"]} >= {"2003", "2007"}
    assert entity["history"][0]["kind"] == "created"
    page = officer.get(f"/entities/{entity['entity_id']}")
    assert page.status_code == 200 and CAVEAT in page.text
    assert page.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR"
    for record_id in entity["record_ids"]:
        assert f'href="/records/{quote(record_id)}"' in page.text  # each reason links to the record's page
    assert "Why it is on the list" in page.text and "France" in page.text  # the circulating Partner
    assert "Split them off" not in page.text  # an officer does not judge
    choson = entity_with(officer, "demo-fr:D-003")
    scripts = {n["script"] for n in choson["names_detail"]}
    assert {"Latin", "Hangul"} <= scripts
    shown = officer.get(f"/entities/{choson['entity_id']}").text
    assert shown.index("<h3>Latin</h3>") < shown.index("<h3>Hangul</h3>") and "조선별진무역회사" in shown


def test_an_entity_with_records_for_other_partners_shows_only_what_the_viewer_may_read(
    web: WebEnv,
) -> None:
    german = entity_with(web.client(Role.OFFICER), NADIA)
    assert set(german["record_ids"]) == {NADIA, "de-only:FR-002"}
    assert german["marking"]["banner"] == "CONFIDENTIAL // REL DE"
    french = web.client(Role.LICENSING_OFFICER)
    seen = entity_with(french, NADIA)
    assert seen["entity_id"] == german["entity_id"] and seen["record_ids"] == [NADIA]
    assert seen["marking"]["banner"] == "UNCLASSIFIED" and seen["sources"] == ["pub-a"]
    for text in (
        json.dumps(seen, ensure_ascii=False),
        french.get(f"/entities/{seen['entity_id']}").text,
        french.get("/entities", params={"q": "nadia"}).text,
        french.get("/entities/export", params={"format": "jsonl"}).text,
    ):
        assert leaks(text, DE_ONLY_DETAILS) == []
    # filters never answer for a record the viewer may not read
    assert ids(french.get("/api/v1/entities", params={"q": "P0000777"}).json()) == set()
    assert "Nadia Keshavarz-Rahimi" not in ids(
        french.get("/api/v1/entities", params={"country": "IR", "per_page": 200}).json()
    )
    assert "Nadia Keshavarz-Rahimi" in ids(
        web.client(Role.OFFICER).get("/api/v1/entities", params={"country": "IR", "per_page": 200}).json()
    )
    # an entity of German-only records is "not found" for France, in the words of one that does not exist
    orvalis = entity_with(web.client(Role.OFFICER), "de-only:FR-001")["entity_id"]
    hidden, missing = french.get(f"/api/v1/entities/{orvalis}"), french.get("/api/v1/entities/ent-nothing")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json()["error"].replace(orvalis, "X") == missing.json()["error"].replace("ent-nothing", "X")


def test_refusals(web: WebEnv) -> None:
    guest, officer = web.client(Role.OUTREACH_GUEST), web.client(Role.OFFICER)
    for url in ("/api/v1/entities", "/api/v1/editions", "/api/v1/entities/export"):
        response = guest.get(url)
        assert response.status_code == 403 and not leaks(response.text, PARTNER_WORDS)
    assert web.client().get("/api/v1/entities").status_code == 401
    assert web.client().get("/entities", follow_redirects=False).headers["location"].startswith("/login")
    for method, url in [
        ("GET", "/review"),
        ("GET", "/api/v1/review/next"),
        ("POST", "/api/v1/review/pairs/1/decision"),
        ("POST", "/api/v1/editions"),
        ("POST", "/api/v1/judgements/1/undo"),
    ]:
        assert officer.request(method, url, json={}).status_code == 403


# -- the review queue ----------------------------------------------------------------------------------------
def test_decide_a_queued_pair_on_the_page_then_undo_it(web: WebEnv) -> None:
    editor = web.client(Role.LIST_EDITOR)
    pair = editor.get("/api/v1/review/next").json()
    assert {pair["left"]["id"], pair["right"]["id"]} == {HANSEONG, "demo-fr:D-010"}
    assert 0.7 <= pair["score"] < 0.9 and pair["open"] == 1
    assert pair["left"]["names"][0]["origin"] is not None or pair["right"]["names"][0]["origin"]
    page = editor.get("/review")
    assert page.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR"
    assert "Hanseong Machine Tool Export Corporation" in page.text and "partner_list.csv:" in page.text
    assert 'data-key="s"' in page.text and "/static/review.js" in page.text
    csrf = csrf_of(page.text)
    url = f"/review/pairs/{pair['pair_id']}"
    refused = editor.post(url, data={"csrf_token": csrf, "verdict": "same", "why": " "})
    assert refused.status_code == 422 and "reason" in refused.text
    done = editor.post(
        url,
        data={"csrf_token": csrf, "verdict": "same", "why": "same registry and address"},
        follow_redirects=False,
    )
    assert done.status_code == 303 and done.headers["location"].startswith("/review?judgement=")
    judgement = int(done.headers["location"].split("=")[1])
    assert "The queue is empty" in editor.get(done.headers["location"]).text
    merged = entity_with(editor, HANSEONG)
    assert set(merged["record_ids"]) == {HANSEONG, "demo-fr:D-010"}
    assert merged["judgements"][0]["judgement_id"] == judgement
    assert merged["judgements"][0]["who"] == "t-editor"
    assert editor.post(url, data={"csrf_token": csrf, "verdict": "not-same", "why": "x"}).status_code == 409
    trail = audit.search(web.store, AuditQuery(actor="t-editor", action="judgement"))
    assert trail[0].details["judgement"] == judgement and trail[0].details["verdict"] == "same"
    history = editor.get("/review/history")
    assert f"/review/judgements/{judgement}/undo" in history.text
    undone = editor.post(
        f"/review/judgements/{judgement}/undo",
        data={"csrf_token": csrf, "why": "decided too fast"},
        follow_redirects=False,
    )
    assert undone.status_code == 303
    assert set(entity_with(editor, HANSEONG)["record_ids"]) == {HANSEONG}
    again = editor.get("/api/v1/review/next").json()
    assert again["pair_id"] == pair["pair_id"]  # the question is open again
    assert "undone by t-editor" in editor.get("/review/history").text


def test_decide_over_the_api_skip_and_the_dashboard_panel(web: WebEnv) -> None:
    editor = web.client(Role.LIST_EDITOR, bearer=True)
    pair = editor.get("/api/v1/review/next").json()
    assert editor.get("/api/v1/review/next", params={"skip": str(pair["pair_id"])}).json() is None
    queue = editor.get("/api/v1/review/pairs").json()
    assert queue["open"] == 1 and queue["pairs"][0]["pair_id"] == pair["pair_id"]
    dashboard = web.client(Role.LIST_EDITOR).get("/")
    assert "Review queue" in dashboard.text and "1</strong> pair waiting" in dashboard.text
    assert "Review queue" in web.client(Role.OFFICER).get("/").text
    bad = editor.post(
        f"/api/v1/review/pairs/{pair['pair_id']}/decision", json={"verdict": "maybe", "why": "x"}
    )
    assert bad.status_code == 422 and "verdict" in bad.json()["error"]
    decided = editor.post(
        f"/api/v1/review/pairs/{pair['pair_id']}/decision", json={"verdict": "not_same", "why": "other firm"}
    ).json()
    assert decided["verdict"] == "not_same" and len(set(decided["entities"].values())) == 2
    assert editor.get("/api/v1/review/next").json() is None
    undo = editor.post(f"/api/v1/judgements/{decided['judgement_id']}/undo", json={"why": "reopen"})
    assert undo.status_code == 200
    assert editor.get("/api/v1/review/next").json()["pair_id"] == pair["pair_id"]


def test_split_an_entity_and_undo_the_split(web: WebEnv) -> None:
    editor = web.client(Role.LIST_EDITOR)
    korvan = entity_with(editor, KORVAN)
    page = editor.get(f"/entities/{korvan['entity_id']}")
    assert "Split them off" in page.text
    csrf = csrf_of(page.text)
    url = f"/entities/{korvan['entity_id']}/split"
    assert editor.post(url, data={"csrf_token": csrf, "record_id": [KORVAN], "why": ""}).status_code == 422
    done = editor.post(url, data={"csrf_token": csrf, "record_id": [KORVAN], "why": "another Korvan"})
    assert done.status_code == 200 and "Split recorded as judgement" in done.text
    assert KORVAN not in entity_with(editor, "demo-fr:D-002")["record_ids"]
    split = entity_with(editor, "demo-fr:D-002")["judgements"][0]
    assert split["verdict"] == "split"
    api = web.client(Role.LIST_EDITOR, bearer=True)
    assert (
        api.post(f"/api/v1/judgements/{split['judgement_id']}/undo", json={"why": "it was"}).status_code
        == 200
    )
    assert KORVAN in entity_with(editor, "demo-fr:D-002")["record_ids"]


# -- editions ------------------------------------------------------------------------------------------------
def test_editions_created_compared_and_downloaded(web: WebEnv) -> None:
    editor = web.client(Role.LIST_EDITOR)
    page = editor.get("/editions")
    assert "Freeze the edition" in page.text
    csrf = csrf_of(page.text)
    made = editor.post(
        "/editions",
        data={
            "csrf_token": csrf,
            "name": "2000-2004",
            "start": "2000-01-01",
            "end": "2004-12-31",
            "include_public": "on",
        },
        follow_redirects=False,
    )
    assert made.status_code == 303 and made.headers["location"] == "/editions/2000-2004"
    assert editor.post("/editions", data={"csrf_token": csrf, "name": "2000-2004"}).status_code == 409
    assert (
        editor.post("/editions", data={"csrf_token": csrf, "name": "x", "start": "soon"}).status_code == 422
    )
    api = web.client(Role.LIST_EDITOR, bearer=True)
    second = api.post(
        "/api/v1/editions",
        json={"name": "2005-2009", "from": "2005-01-01", "to": "2009-12-31", "include_public": True},
    )
    assert second.status_code == 201 and second.json()["created_by"] == "t-editor"
    officer = web.client(Role.OFFICER)
    shown = officer.get("/editions/2000-2004")
    assert shown.status_code == 200 and "Hanseong Machine Tool Export" in shown.text and CAVEAT in shown.text
    assert "Silver Orchid" not in shown.text  # listed only by a 2007 source
    diff = officer.get("/api/v1/editions/2000-2004/diff/2005-2009").json()
    added = {a["caption"]: a["why"] for a in diff["added"]}
    assert any(w.startswith("new source: pub-b") for w in added["Silver Orchid"])
    assert any("source withdrawn: pub-a" in w for r in diff["removed"] for w in r["why"])
    assert diff["counts"]["changed"] == 1  # Korvan: listed by pub-b now, no longer by pub-a
    diff_page = officer.get("/editions/2000-2004/diff", params={"to": "2005-2009"})
    assert diff_page.status_code == 200 and "new source: pub-b" in diff_page.text
    download = officer.get("/editions/2005-2009/export", params={"format": "csv"})
    assert download.status_code == 200 and download.headers["content-type"].startswith("text/csv")
    assert 'filename="epoc-edition-2005-2009.csv"' in download.headers["content-disposition"]
    assert download.headers["x-epoc-marking"] == "UNCLASSIFIED"
    rows = list(csv.DictReader(io.StringIO(download.text)))
    assert {r["caption"] for r in rows} == {"Silver Orchid", "Korvan Aerospace Trading FZE"}
    assert all(CAVEAT in r["caveat"].lower() for r in rows)
    pdf = officer.get("/api/v1/editions/2005-2009/export", params={"format": "pdf"})
    assert pdf.content.startswith(b"%PDF") and pdf.headers["content-type"] == "application/pdf"
    assert officer.get("/api/v1/editions/nope/export").status_code == 404
    assert officer.get("/api/v1/entities/export", params={"format": "xml"}).status_code == 422
    trail = audit.search(web.store, AuditQuery(actor="t-officer", action="export"))
    assert trail[0].details["format"] == "pdf" and trail[0].target == "edition 2005-2009"
    assert audit.search(web.store, AuditQuery(actor="t-editor", action="edition"))


def test_an_edition_holds_only_what_its_maker_may_read(web: WebEnv) -> None:
    french = web.client(Role.LIST_EDITOR, bearer=True)
    for candidate in french.get("/api/v1/candidates").json():
        decided = french.post(
            f"/api/v1/candidates/{candidate['candidate_id']}/decision",
            json={"decision": "include", "reason": "circulated by a Partner"},
        )
        assert decided.status_code == 201
    made = french.post("/api/v1/editions", json={"name": "fr-view", "include_public": True}).json()
    items = french.get("/api/v1/editions/fr-view").json()["items"]
    assert made["entities"] == len(items) and not leaks(json.dumps(items), ["Orvalis", *DE_ONLY_DETAILS])
    assert made["marking"]["banner"] == "CONFIDENTIAL // REL MTCR"


def test_reads_and_searches_are_on_the_audit_trail(web: WebEnv) -> None:
    officer = web.client(Role.OFFICER)
    entity = entity_with(officer, KORVAN)
    reads = audit.search(web.store, AuditQuery(actor="t-officer", action="entity.read"))
    assert reads[0].target == entity["entity_id"]
    searches = audit.search(web.store, AuditQuery(actor="t-officer", action="entity.search"))
    assert searches[0].details["filters"]["text"] == KORVAN and searches[0].details["results"] == 1


# -- the demo ------------------------------------------------------------------------------------------------
def test_epoc_demo_resolves_after_importing(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("EPOC_IMPORT_DIR", str(tmp_path / "no-such-folder"))  # the demo list only
    monkeypatch.setenv("EPOC_CORPUS_DIR", str(tmp_path / "no-such-folder"))  # the demo documents only
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert main(["--db", url, "demo"]) == 0
    out = capsys.readouterr().out
    assert "entities (full run" in out and "demo denial notifications: 2" in out
    assert "documents: 2 added or already there" in out
    # every desk has something to open: the Partner's proposals, and an application whose consignee is the
    # German denial's in another spelling (so a consultation with Germany is open)
    desks = "meeting plenary-2026 with 2 proposals; application 1 with 1 consultation(s) open"
    assert desks in out
    assert main(["--db", url, "demo"]) == 0  # again: nothing new
    again = capsys.readouterr().out
    assert "0 records re-clustered" in again and desks in again
    store = Store.open(url)
    try:
        app_store = create_app(webapp.web_settings(tmp_path, url), store).state.store
        from epoc.services.documents.views import document_mentions, list_documents
        from epoc.services.list.entities import list_entities

        # the demo list's twelve parties, and three parties only the denials name (two denied parties
        # are on the list already and join their entities)
        assert len(list_entities(app_store)) == 15
        paper = next(d for d in list_documents(app_store) if d.type == "ie_paper")
        mentioned = {m.text for m in document_mentions(app_store, paper.document_id)}
        assert {
            "Korvan Aero Trading FZE",
            "维尔特兰精密仪器有限公司",
            "Brightwater Optronics Limited",
        } <= mentioned
    finally:
        store.close()
