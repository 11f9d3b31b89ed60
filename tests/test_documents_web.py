"""The documents' pages and their JSON twins in process: upload (several files, per-file errors, the size
limit, markings never lowered), the list with full-text search and filters, a document with its mentions,
the mention review queue (plain forms, HTMX, JSON), denial notifications, and releasability: a document
marked for Germany alone is invisible to everyone else — lists, counts, search snippets, the queue, the
dashboard and the 404s."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from epoc.model.access import Role
from epoc.services import audit
from epoc.services.audit import AuditQuery

from . import webapp
from .webapp import WebEnv, leaks, viewer

# Fictional documents. "Korvan Aerospace Trading FZE" is on the demo list (FR, CONFIDENTIAL // REL MTCR).
PAPER = (
    "UNCLASSIFIED // REL MTCR\n\nIE paper: brokers of gyroscopes\nOriginating Partner: FR\n\n"
    "Korvan Aerospace Trading FZE bought fibre-optic gyroscopes in 2025. A new firm, Zentara Hydraulic "
    "Works Company, asked for flow-forming machines.\n"
)
# Only Germany may read this one; none of its words may reach anyone else.
DE_PAPER = (
    "CONFIDENTIAL // DE ONLY\n\nPlenary paper: Quillmarsh valves\nOriginating Partner: DE\n\n"
    "Orvalis Propulsion Components SARL shipped Quillmarsh valves to Brenvik Dynamics Corporation.\n"
)
DE_WORDS = ["Quillmarsh", "Brenvik", "DE ONLY", "REL DE"]
# A paper every Partner reads that names a party only Germany's list has: to anyone else, just words.
SIGHTINGS = (
    "UNCLASSIFIED // REL MTCR\n\nIE paper: propulsion sightings\nOriginating Partner: NL\n\n"
    "Orvalis Propulsion Components SARL was seen at the fair.\n"
)


@pytest.fixture(scope="module", params=webapp.BACKENDS)
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    """The web tests' app and store, with two documents added by the POC administrator over the web."""
    with webapp.open_web(request.param, tmp_path_factory.mktemp("documents-web")) as env:
        admin = env.client(Role.POC_ADMIN)
        for name, text in [("paper.txt", PAPER), ("de-paper.txt", DE_PAPER), ("sightings.txt", SIGHTINGS)]:
            response = admin.post("/api/v1/documents", files=[("files", (name, text.encode(), "text/plain"))])
            assert response.status_code == 200, response.text
        yield env


def doc_id(env: WebEnv, title_part: str) -> int:
    found = env.client(Role.POC_ADMIN).get("/api/v1/documents", params={"per_page": 200}).json()
    return next(d["document_id"] for d in found["documents"] if title_part in d["title"])


# -- upload --------------------------------------------------------------------------------------------------
def test_upload_several_files_each_with_its_own_result(web: WebEnv) -> None:
    admin = web.client(Role.POC_ADMIN)
    form = admin.get("/documents/upload")
    assert form.status_code == 200 and 'type="file"' in form.text and "multiple" in form.text
    web.app.state.settings = web.settings.model_copy(update={"max_document_mb": 1})
    try:
        check_uploads(web, admin)
    finally:
        web.app.state.settings = web.settings
    # A plain officer reads documents but does not circulate them.
    assert web.client(Role.OFFICER).get("/documents/upload").status_code == 403
    one = [("files", ("x.txt", b"A note on procedure.", "text/plain"))]
    assert web.client(Role.OFFICER).post("/api/v1/documents", files=one).status_code == 403
    # A Partner's list editor circulates documents of their own Partner (French here), never another's.
    editor = web.client(Role.LIST_EDITOR, bearer=True)
    refused = editor.post("/api/v1/documents", files=one, data={"partner": "DE"})
    assert refused.status_code == 403 and "for FR, not DE" in refused.text
    (added,) = editor.post("/api/v1/documents", files=one, data={"marking": "UNCLASSIFIED"}).json()
    assert added["partner"] == "FR" and added["document_id"]
    # Cleared to CONFIDENTIAL, a SECRET paper is refused with the reason, not "added" then "not found".
    secret = [("files", ("s.txt", b"SECRET // REL MTCR\n\nA paper on Tessaly Rotor Works.\n", "text/plain"))]
    (above,) = editor.post("/api/v1/documents", files=secret).json()
    assert (
        above["document_id"] is None
        and "marked SECRET // REL MTCR, above what you may read" in above["error"]
    )


def check_uploads(web: WebEnv, admin) -> None:
    stamped = "CONFIDENTIAL // REL MTCR\n\nPaper on Tessaly Rotor Works\n\nTessaly Rotor Works sold rotors.\n"
    files = [
        ("files", ("stamped.txt", stamped.encode(), "text/plain")),
        ("files", ("empty.pdf", b"", "application/pdf")),
        ("files", ("huge.txt", b"words " * 200_000, "text/plain")),
        ("files", ("broken.pdf", b"%PDF-1.4 this is not really a PDF", "application/pdf")),
    ]
    sent = admin.post(
        "/documents/upload",
        files=files,
        data={"marking": "UNCLASSIFIED", "type": "other"},
        follow_redirects=False,
    )
    # the files go in in the background: the browser is sent to the progress page at once
    assert sent.status_code == 303 and sent.headers["location"].startswith("/documents/uploads/")
    job_id = sent.headers["location"].rsplit("/", 1)[1]
    job = web.app.state.document_uploads.wait(job_id, viewer(web.store, Role.POC_ADMIN))
    assert job.state == "done" and job.done == 4
    page = admin.get(sent.headers["location"])
    assert page.status_code == 200 and 'role="status"' in page.text and "hx-trigger" not in page.text
    assert "empty.pdf: the file is empty" in page.text
    assert "huge.txt: larger than 1 MiB (EPOC_MAX_DOCUMENT_MB)" in page.text
    assert "broken.pdf:" in page.text and "/tmp" not in page.text  # the private folder is never shown
    # Uploaded as UNCLASSIFIED, the text says CONFIDENTIAL: the marking is never lowered below the text.
    added = next(d for d in admin.get("/api/v1/documents").json()["documents"] if d["file"] == "stamped.txt")
    assert added["marking"]["banner"] == "CONFIDENTIAL // REL MTCR" and added["type"] == "other"
    assert page.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR"
    # The JSON twin: one result per file; 207 when some failed, 422 when all did.
    mixed = admin.post(
        "/api/v1/documents",
        files=[
            ("files", ("again.txt", stamped.encode(), "text/plain")),
            ("files", ("e.txt", b"", "text/plain")),
        ],
    )
    assert mixed.status_code == 207
    again, empty = mixed.json()
    assert again["status"] == "unchanged" and again["document_id"] == added["document_id"]
    assert empty["document_id"] is None and empty["error"] == "e.txt: the file is empty"
    bad = admin.post("/api/v1/documents", files=[("files", ("e.txt", b"", "text/plain"))])
    assert bad.status_code == 422
    assert (
        admin.post(
            "/api/v1/documents",
            data={"marking": "TOP FUNNY"},
            files=[("files", ("x.txt", b"x", "text/plain"))],
        )
        .json()["error"]
        .startswith("marking:")
    )


def test_upload_progress_is_polled_and_private(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While a file is being added the page says at which stage it is and polls; the job is its owner's.
    (A store of its own: the shared one's document counts stay as the other tests expect.)"""
    with webapp.open_web("sqlite", tmp_path) as web:
        check_progress(web, monkeypatch)


def check_progress(web: WebEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from epoc.services.documents import uploads

    release = threading.Event()
    real = uploads.add_upload

    def slow(store, name, data, options, limits, extractor, stage):  # type: ignore[no-untyped-def]
        stage("finding names")
        release.wait(10)
        return real(store, name, data, options, limits, extractor, stage)

    monkeypatch.setattr(uploads, "add_upload", slow)
    admin = web.client(Role.POC_ADMIN)
    paper = b"Information exchange paper\n\nOrvane Dynamics bought rotors.\n"
    sent = admin.post("/documents/upload", files=[("files", ("slow.txt", paper, "text/plain"))])
    assert sent.status_code == 200 and "Uploading documents" in sent.text
    where = str(sent.url.path)
    try:
        running = admin.get(where, headers={"HX-Request": "true"})
        assert 'hx-trigger="every 1s"' in running.text and "finding names…" in running.text
        # another user (even one who may upload) is told there is no such upload
        editor = web.client(Role.LIST_EDITOR)
        assert editor.get(where).status_code == 404
    finally:
        release.set()
    job = web.app.state.document_uploads.wait(where.rsplit("/", 1)[1], viewer(web.store, Role.POC_ADMIN))
    assert job.state == "done" and job.results[0].document_id
    done = admin.get(where, headers={"HX-Request": "true"})
    assert "hx-trigger" not in done.text and "slow.txt" in done.text and "added" in done.text


# -- the list and search -------------------------------------------------------------------------------------
def test_list_search_and_filters(web: WebEnv) -> None:
    officer = web.client(Role.OFFICER)  # a German officer: reads both papers
    page = officer.get("/documents")
    assert page.status_code == 200
    assert "IE paper: brokers of gyroscopes" in page.text and "Plenary paper: Quillmarsh valves" in page.text
    listed = officer.get("/api/v1/documents").json()
    ids = [d["document_id"] for d in listed["documents"]]
    assert ids == sorted(ids, reverse=True)  # newest first
    assert listed["total"] == len(ids) and set(listed["partners"]) >= {"DE", "FR"}
    hits = officer.get("/api/v1/documents", params={"q": "gyroscopes"}).json()
    assert [d["title"] for d in hits["documents"]] == ["IE paper: brokers of gyroscopes"]
    (hit,) = hits["documents"]
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end].lower() == "gyroscopes"
    html = officer.get("/documents", params={"q": "gyroscopes"})
    assert "<mark>gyroscopes</mark>" in html.text
    fragment = officer.get("/documents", params={"q": "gyroscopes"}, headers={"HX-Request": "true"})
    assert "<h1>" not in fragment.text and 'hx-swap-oob="true"' in fragment.text
    assert titles(officer, partner="DE") == ["Plenary paper: Quillmarsh valves"]
    assert titles(officer, type="plenary_paper", partner="fr") == []
    assert "IE paper: brokers of gyroscopes" in titles(officer, type="ie_paper")
    assert titles(officer, q="gyroscopes", partner="DE") == []
    bad = officer.get("/api/v1/documents", params={"type": "novel"})
    assert bad.status_code == 422 and bad.json()["error"].startswith("type: 'novel'")
    assert officer.get("/documents", params={"type": "novel"}).status_code == 422
    assert officer.get("/api/v1/documents", params={"q": "…!"}).json()["total"] >= 2  # no words: the list
    dashboard = officer.get("/")
    assert "Latest documents" in dashboard.text and "IE paper: brokers of gyroscopes" in dashboard.text


def titles(client, **params: str) -> list[str]:
    return [d["title"] for d in client.get("/api/v1/documents", params=params).json()["documents"]]


# -- one document --------------------------------------------------------------------------------------------
def test_document_page_highlights_mentions_and_is_audited(web: WebEnv) -> None:
    licensing = web.client(Role.LICENSING_OFFICER)
    paper = doc_id(web, "brokers of gyroscopes")
    page = licensing.get(f"/documents/{paper}")
    assert page.status_code == 200
    assert page.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR"  # the entity mention's list
    assert 'class="m-entity m-pending"' in page.text
    assert '<a href="/entities/ent-' in page.text  # the entity mention links to the entity's page
    assert '<sup class="annex">9.A.4</sup>' in page.text and "Annex 9.A.4" in page.text
    assert 'class="m-candidate m-pending"' in page.text and "Zentara Hydraulic Works Company" in page.text
    doc = licensing.get(f"/api/v1/documents/{paper}").json()
    assert doc["title"] == "IE paper: brokers of gyroscopes" and doc["partner"] == "FR"
    kinds = {m["kind"]: m for m in doc["mentions"]}
    assert set(kinds) == {"entity", "technology", "candidate"}
    assert kinds["entity"]["entity"]["caption"] == "Korvan Aerospace Trading FZE"
    assert kinds["technology"]["annex"][0]["code"] in {"9.A.4", "3.B.3"}
    entries = audit.search(web.store, AuditQuery(action="document.read", target=f"document:{paper}"))
    assert any(e.actor == "t-licensing" for e in entries)
    assert licensing.get("/documents/999999").status_code == 404
    assert licensing.get("/api/v1/documents/999999").json() == {"error": "no document 999999"}


# -- releasability -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("role", [Role.LICENSING_OFFICER, Role.LIST_EDITOR])
def test_a_document_for_germany_alone_is_invisible_to_france(web: WebEnv, role: Role) -> None:
    french = web.client(role)
    german = web.client(Role.OFFICER)
    secret = doc_id(web, "Quillmarsh")
    assert german.get(f"/api/v1/documents/{secret}").status_code == 200
    everything = german.get("/api/v1/documents").json()["total"]
    seen = french.get("/api/v1/documents").json()
    assert seen["total"] == everything - 1 and "DE" not in seen["partners"]
    for response in [
        french.get("/documents", params={"q": "Brenvik valves"}),
        french.get("/api/v1/documents", params={"q": "valves"}),
    ]:  # a search for the words: the words typed come back, nothing else
        assert not leaks(response.text, ["Quillmarsh", "DE ONLY", "REL DE"]), response.url
    for response in [
        french.get("/documents"),
        french.get("/api/v1/documents", params={"partner": "DE"}),
        french.get("/"),
        french.get(f"/documents/{secret}"),
        french.get(f"/api/v1/documents/{secret}"),
    ]:
        assert not leaks(response.text, DE_WORDS), response.url
        assert "REL DE" not in response.headers.get("x-epoc-marking", "")
    assert french.get("/api/v1/documents", params={"q": "Quillmarsh"}).json()["total"] == 0
    # The paper naming a German-listed party: readable, but nothing says the name is on a list.
    sightings = doc_id(web, "propulsion sightings")
    for client, entity_mentions in [(german, 1), (french, 0)]:
        doc = client.get(f"/api/v1/documents/{sightings}")
        assert [m["kind"] for m in doc.json()["mentions"]].count("entity") == entity_mentions
    assert german.get(f"/api/v1/documents/{sightings}").headers["x-epoc-marking"] == "CONFIDENTIAL // REL DE"
    for response in [french.get(f"/documents/{sightings}"), french.get(f"/api/v1/documents/{sightings}")]:
        assert response.headers["x-epoc-marking"] == "UNCLASSIFIED // REL MTCR"
        assert "de-only" not in response.text and "m-entity m-" not in response.text
    assert french.get(f"/api/v1/documents/{secret}").json() == {"error": f"no document {secret}"}
    assert french.get(f"/documents/{secret}").status_code == 404
    if role is Role.LIST_EDITOR:
        queue = french.get("/api/v1/mentions", params={"status": "all"}).json()
        assert all(m["document_id"] != secret for m in queue) and "de-only" not in json.dumps(queue)
        assert not leaks(json.dumps(queue), ["Quillmarsh", "Brenvik", "DE ONLY", "REL DE"])
        assert not leaks(french.get("/mentions").text, ["Quillmarsh", "Brenvik", "de-only"])
        sighted = review_queue_all(web, sightings)
        refused = french.post(f"/api/v1/mentions/{sighted}/decision", json={"decision": "accept"})
        assert refused.status_code == 404 and refused.json()["error"].startswith(f"no mention {sighted};")
        admin_queue = web.client(Role.POC_ADMIN, bearer=True)  # reads everything; may not review
        assert admin_queue.get("/api/v1/mentions").status_code == 403
        hidden = hidden_mention(web, secret)
        refused = french.post(f"/api/v1/mentions/{hidden}/decision", json={"decision": "reject"})
        assert refused.status_code == 404 and refused.json()["error"].startswith(f"no mention {hidden};")
        # ... nor can a French reviewer point a mention at a German-only record, or learn that one exists
        mine = next(m for m in queue if m["kind"] == "candidate" and m["status"] == "pending")
        probe = french.post(
            f"/api/v1/mentions/{mine['id']}/decision",
            json={"decision": "accept", "entity_id": "de-only:FR-NL-0001"},
        )
        assert probe.status_code == 404 and probe.json() == {
            "error": "no entity or record 'de-only:FR-NL-0001'"
        }


def review_queue_all(web: WebEnv, document_id: int) -> int:
    from epoc.services.documents.mentions import review_queue

    return next(m.id for m in review_queue(web.store, None, document_id) if m.kind == "entity")


def hidden_mention(web: WebEnv, document_id: int) -> int:
    from epoc.services.documents.mentions import review_queue

    return review_queue(web.store, None, document_id)[0].id


# -- the review queue ----------------------------------------------------------------------------------------
def test_review_a_mention_with_plain_forms_htmx_and_json(web: WebEnv) -> None:
    editor = web.client(Role.LIST_EDITOR)
    paper = doc_id(web, "brokers of gyroscopes")
    page = editor.get("/mentions", params={"document": paper})
    assert page.status_code == 200 and "Korvan Aerospace Trading FZE" in page.text
    assert 'name="csrf_token"' in page.text and "hx-post=" in page.text and 'data-key="a"' in page.text
    queue = editor.get("/api/v1/mentions", params={"document": paper}).json()
    entity = next(m for m in queue if m["kind"] == "entity")
    candidate = next(m for m in queue if m["kind"] == "candidate")
    # Without JavaScript: the form posts, and the page comes back with the decision, who and when.
    posted = editor.post(
        f"/mentions/{entity['id']}/decision",
        data={"decision": "accept", "note": "the same free-zone address", "document": str(paper)},
        follow_redirects=False,
    )
    assert posted.status_code == 303
    assert posted.headers["location"] == f"/mentions?done={entity['id']}&document={paper}"
    shown = editor.get(posted.headers["location"])
    assert "is <strong>accepted</strong>" in shown.text and "accept by t-editor at" in shown.text
    assert "the same free-zone address" in shown.text
    # Deciding it again: a conflict that says who decided it.
    again = editor.post(f"/api/v1/mentions/{entity['id']}/decision", json={"decision": "reject"})
    assert again.status_code == 409 and "already accepted by t-editor" in again.json()["error"]
    # Correct (it stays pending), with HTMX: the mention's card comes back, alone.
    swapped = editor.post(
        f"/mentions/{candidate['id']}/decision",
        data={"decision": "correct", "start": str(candidate["start"]), "end": str(candidate["end"] - 8)},
        headers={"HX-Request": "true"},
    )
    assert swapped.status_code == 200 and swapped.text.lstrip().startswith("<article")
    assert (
        "<strong>correct</strong> by t-editor" in swapped.text and "Zentara Hydraulic Works" in swapped.text
    )
    bad = editor.post(
        f"/mentions/{candidate['id']}/decision",
        data={"decision": "correct", "start": "90000", "end": "90001"},
        headers={"HX-Request": "true"},
    )
    assert bad.status_code == 200 and "is not inside the document" in bad.text  # HTMX swaps only 2xx
    assert 'role="alert"' in bad.text and bad.text.lstrip().startswith("<article")
    # Create a record from it (JSON): an evidence record of the document's source.
    created = editor.post(
        f"/api/v1/mentions/{candidate['id']}/decision",
        json={"decision": "create", "schema": "Organization", "note": "not on any list yet"},
    )
    assert created.status_code == 200, created.text
    result = created.json()
    assert result["status"] == "created" and result["by"] == "t-editor" and result["evidence_record_id"]
    record = editor.get(f"/api/v1/records/{result['evidence_record_id']}").json()
    assert record["caption"] == "Zentara Hydraulic Works"
    assert (
        editor.post(f"/api/v1/mentions/{candidate['id']}/decision", json={"decision": "maybe"}).status_code
        == 422
    )
    assert editor.post(f"/mentions/{candidate['id']}/decision", data={"decision": "maybe"}).status_code == 422
    decided = editor.get("/api/v1/mentions", params={"document": paper, "status": "all"}).json()
    assert {m["id"]: m["status"] for m in decided}[entity["id"]] == "accepted"
    entries = audit.search(web.store, AuditQuery(action="mention.decision", actor="t-editor"))
    assert {e.details["decision"] for e in entries} >= {"accept", "correct", "create"}
    # Officers read documents but do not decide mentions.
    officer = web.client(Role.OFFICER)
    assert officer.get("/mentions").status_code == 403
    assert (
        officer.post(f"/api/v1/mentions/{candidate['id']}/decision", json={"decision": "reject"}).status_code
        == 403
    )


# -- denials -------------------------------------------------------------------------------------------------
DENIALS_CSV = (
    "partner,reference,date,annex_codes,catch_all,item_description,quantity,consignee_name,consignee_country,"
    "end_user_name,end_user_country,end_use,reason,marking\n"
    "FR,FR-T-2026-1,2026-02-10,9.A.4,no,Gyroscopes,4,Halvern Precision Trading,AE,Ostrava Rocket Bureau,IR,"
    "Research,Diversion risk,CONFIDENTIAL // REL MTCR\n"
    "DE,DE-T-2026-2,2026-02-11,,yes,Lathes (not listed),1,Pellin Machine Works,CN,,,Parts,Catch-all,\n"
)


def test_denials_entered_by_form_imported_and_listed(web: WebEnv) -> None:
    licensing = web.client(Role.LICENSING_OFFICER)
    page = licensing.get("/denials")
    assert page.status_code == 200 and "Enter a denial notification" in page.text
    entered = licensing.post(
        "/denials",
        data={
            "partner": "fr",
            "date": "2026-03-01",
            "reference": "FR-T-2026-9",
            "catch_all": "listed",
            "annex_codes": "9.A.4, 3.B.3",
            "item_description": "Flow-forming machines",
            "quantity": "2",
            "consignee_name": "Marlais Kinetic Trading",
            "consignee_country": "Turkey",
            "end_user_name": "Corvex Missile Institute",
            "intermediaries": "Dunmore Freight\nLisko Brokers",
            "end_use": "rocket motor cases",
            "reason": "listed item to a programme of concern",
        },
    )
    assert entered.status_code == 200, entered.text
    assert "Denial FR FR-T-2026-9: <strong>added</strong>, 4 parties" in entered.text
    assert "Marlais Kinetic Trading" in entered.text and "binding" in entered.text
    wrong = licensing.post(
        "/denials",
        data={
            "partner": "FR",
            "reference": "X",
            "date": "2026-03-01",
            "item_description": "x",
            "annex_codes": "9.A.4",
        },
    )
    assert wrong.status_code == 422 and "a denial names its consignee or end user" in wrong.text
    assert 'value="X"' in wrong.text  # the form keeps what was typed
    refused = licensing.post(
        "/api/v1/denials/import", files={"file": ("denials.csv", DENIALS_CSV.encode(), "text/csv")}
    )  # a French officer notifies France's denials, not Germany's: the whole file is refused
    assert refused.status_code == 422
    assert (
        refused.json()["error"] == "denials.csv: partner: you enter denials of FR (your Partner), not of DE"
    )
    french_rows = "\n".join(line for line in DENIALS_CSV.splitlines() if not line.startswith("DE,")) + "\n"
    imported = licensing.post(
        "/api/v1/denials/import", files={"file": ("denials.csv", french_rows.encode(), "text/csv")}
    )
    assert imported.status_code == 201, imported.text
    assert [d["status"] for d in imported.json()] == ["added"]
    german = licensing.post(
        "/denials",
        data={
            "partner": "DE",
            "reference": "D-1",
            "date": "2026-03-01",
            "item_description": "x",
            "catch_all": "catch_all",
            "end_user_name": "Someone Industries",
        },
    )
    assert german.status_code == 422 and "you enter denials of FR" in german.text
    broken = licensing.post(
        "/denials/import", files={"file": ("bad.csv", b"partner,reference\nFR,1\n", "text/csv")}
    )
    assert broken.status_code == 422 and "bad.csv" in broken.text and "/tmp" not in broken.text
    made = licensing.post(
        "/api/v1/denials",
        json={
            "partner": "FR",
            "reference": "FR-T-2026-10",
            "date": "2026-03-05",
            "catch_all": True,
            "item_description": "Carbon fibre",
            "end_user": {"name": "Tavrin Composite Works", "country": "PK"},
        },
    )
    assert made.status_code == 201 and made.json()[0]["records"] == 1
    listed = licensing.get("/api/v1/denials").json()
    refs = {d["reference"]: d for d in listed}
    assert {"FR-T-2026-9", "FR-T-2026-1", "FR-T-2026-10"} <= set(refs) and "D-1" not in refs
    assert refs["FR-T-2026-9"]["binding"] and not refs["FR-T-2026-10"]["binding"]  # catch-all
    assert [p["name"] for p in refs["FR-T-2026-9"]["intermediaries"]] == ["Dunmore Freight", "Lisko Brokers"]
    party = refs["FR-T-2026-9"]["consignee"][0]
    assert party["country"] == "TR"
    assert (
        licensing.get(f"/api/v1/records/{party['record_id']}").json()["caption"] == "Marlais Kinetic Trading"
    )
    assert licensing.post("/api/v1/denials", json={"partner": "FR"}).status_code == 422
    entries = audit.search(web.store, AuditQuery(action="denial.enter", actor="t-licensing"))
    assert len(entries) >= 3
    for role in (Role.OFFICER, Role.LIST_EDITOR, Role.OUTREACH_GUEST):
        assert web.client(role).get("/denials").status_code == 403
        assert web.client(role).get("/api/v1/denials").status_code == 403


def test_a_guest_sees_none_of_it(web: WebEnv) -> None:
    guest = web.client(Role.OUTREACH_GUEST)
    for url in ["/documents", "/api/v1/documents", f"/documents/{doc_id(web, 'gyroscopes')}", "/mentions"]:
        response = guest.get(url)
        assert response.status_code == 403 and not leaks(response.text, ["gyroscopes", "Korvan", *DE_WORDS])
    assert 'href="/documents"' not in guest.get("/outreach").text
