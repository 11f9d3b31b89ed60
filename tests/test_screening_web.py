"""The screening pages and API in process: one party with its explanation (page, HTMX fragment, JSON), the
algorithms, batch jobs (progress, downloads, bad lines, size limit, owner only), releasability of hits for
an officer of a Partner not allowed the German-only list, the guest refused, and the audit trail."""

from __future__ import annotations

import csv
import io
import json
import sys
import threading
from collections.abc import Iterator
from datetime import date

import pytest

from epoc.model.access import Role
from epoc.services import audit
from epoc.services.audit import AuditQuery
from epoc.services.screening.stream import screen_stream
from epoc.web import create_app

from . import webapp
from .entity_helpers import put, rec
from .list_data import DE_ONLY_DETAILS, NADIA, fill_list
from .webapp import WebEnv, csrf_of, leaks

CAVEAT = "not a black list but a tool"
KORVAN = {"schema": "Company", "names": ["Korvan Aerospace Trading"], "countries": ["AE"]}
ORVALIS = {"id": "o-1", "schema": "Company", "names": ["Orvalis Propulsion Components"], "countries": ["FR"]}


@pytest.fixture(scope="module", params=webapp.BACKENDS)
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    """The web tests' store with the list of ``list_data`` (an entity part public, part German-only)."""
    with webapp.open_web(request.param, tmp_path_factory.mktemp("screen-web")) as env:
        fill_list(env.store)
        env.app.state.screener.check_every = 0  # see a list change at once
        yield env


def jobs_of(web: WebEnv):
    return web.app.state.screen_jobs


def test_the_form_screens_a_party_and_explains_each_hit(web: WebEnv) -> None:
    officer = web.client(Role.OFFICER)
    form = officer.get("/screen")
    assert form.status_code == 200 and 'name="names"' in form.text and CAVEAT not in form.text
    assert form.headers["x-epoc-marking"] == "UNCLASSIFIED"
    data = {
        "csrf_token": csrf_of(form.text),
        "schema": "Company",
        "names": "Korvan Aerospace Trading\nKorvan Aero",
        "countries": "AE",
    }
    page = officer.post("/screen", data=data)
    assert page.status_code == 200 and "<html" in page.text and CAVEAT in page.text
    assert "Korvan Aerospace Trading FZE" in page.text and 'href="/entities/ent-' in page.text
    assert 'href="/records/demo-fr%3AD-002"' in page.text or 'href="/records/demo-fr:D-002"' in page.text
    assert "name match" in page.text and "How alike the best pair of names is" in page.text  # docstring
    assert "your “Korvan Aerospace Trading”" in page.text  # which query name met which list name
    assert '<strong class="yes">yes</strong>' in page.text
    assert "Each of your names and the list name it came nearest" in page.text
    assert "<tr><td>Korvan Aero</td><td>Korvan Aero Trading</td>" in page.text  # an alias met an alias
    assert page.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR"  # the demo list's record is shown
    assert (
        'value="Korvan Aerospace Trading\nKorvan Aero"' not in page.text
        and "Korvan Aero</textarea>" in page.text
    )


def test_the_form_answers_htmx_with_the_result_alone_and_says_what_is_wrong(web: WebEnv) -> None:
    officer = web.client(Role.OFFICER)
    fragment = officer.post(
        "/screen", data={"names": "Silver Orchid", "schema": "Vessel"}, headers={"HX-Request": "true"}
    )
    assert fragment.status_code == 200 and "<html" not in fragment.text
    assert (
        'hx-swap-oob="true"' in fragment.text and "Silver Orchid" in fragment.text and CAVEAT in fragment.text
    )
    empty = officer.post("/screen", data={"names": "  ", "threshold": ""})
    assert empty.status_code == 422 and "names: at least one non-empty name is required" in empty.text
    bad = officer.post("/screen", data={"names": "Silver Orchid", "threshold": "lots"})
    assert bad.status_code == 422 and "threshold: &#39;lots&#39; is not a number" in bad.text
    high = officer.post("/screen", data={"names": "Silver Orchid", "threshold": "2"})
    assert high.status_code == 422 and "threshold: 2.0 is not between 0 and 1" in high.text
    date = officer.post("/screen", data={"names": "Silver Orchid", "birth_dates": "yesterday"})
    assert date.status_code == 422 and "yesterday" in date.text


def test_the_api_answers_as_epoc_screen_does(web: WebEnv) -> None:
    for client in (web.client(Role.OFFICER), web.client(Role.OFFICER, bearer=True)):
        response = client.post("/api/v1/screen", json={"id": 7, **KORVAN})
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["id"] == 7 and set(body) == {"id", "matches"}
        best = body["matches"][0]
        assert best["caption"] == "Korvan Aerospace Trading FZE" and best["match"] is True
        assert set(best) == {
            "entity_id",
            "caption",
            "score",
            "match",
            "matched_name",
            "query_name",
            "record_ids",
            "explanation",
        }
        assert {"demo-fr:D-002", "pub-b:B2"} <= set(best["record_ids"])
        assert best["explanation"][0]["feature"] == "name_match" and best["explanation"][0]["detail"]
        assert response.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR"
    officer = web.client(Role.OFFICER, bearer=True)
    typo = {"names": ["Korvan Aerospace Tradng"]}
    strict = officer.post("/api/v1/screen", json=typo, params={"threshold": 1.0, "limit": 1}).json()
    assert len(strict["matches"]) == 1 and strict["matches"][0]["match"] is False
    nothing = officer.post("/api/v1/screen", json={"names": ["Zyxqwv Plorthon"]}).json()
    assert nothing == {"id": None, "matches": []}
    assert officer.post("/api/v1/screen", json={"names": []}).json()["error"].startswith("names:")
    assert officer.post("/api/v1/screen", json={"names": ["x"], "schema": "Spaceship"}).status_code == 422
    assert officer.post("/api/v1/screen", json=KORVAN, params={"limit": 0}).status_code == 422
    batch = officer.post("/api/v1/screen/batch", json={"parties": [KORVAN, {"id": "bad"}, "nope"]}).json()
    assert [sorted(r) for r in batch["results"]] == [["id", "matches"], ["error", "id"], ["error", "id"]]
    assert batch["results"][1] == {
        "id": "bad",
        "error": "party 2: names: at least one non-empty name is required",
    }


def test_the_algorithms_are_those_of_epoc_algorithms(web: WebEnv) -> None:
    from epoc.matching.scorer import default_scorer

    body = web.client(Role.LIST_EDITOR, bearer=True).get("/api/v1/algorithms").json()
    scorer = default_scorer()
    assert body == {"threshold": scorer.threshold, "features": scorer.algorithms()}


def test_hits_come_only_from_records_the_viewer_may_read(web: WebEnv) -> None:
    german = web.client(Role.OFFICER, bearer=True)  # DE: may read the German-only list
    french = web.client(Role.LICENSING_OFFICER, bearer=True)  # FR: may not
    seen = german.post("/api/v1/screen", json=ORVALIS).json()["matches"]
    assert seen and seen[0]["caption"] == "Orvalis Propulsion Components SARL" and seen[0]["match"]
    response = french.post("/api/v1/screen", json=ORVALIS)
    assert response.json() == {"id": "o-1", "matches": []}  # no hit, no count, no explanation
    assert response.headers["x-epoc-marking"] == "UNCLASSIFIED"
    # An entity part public, part German-only: the French officer gets it built from the public record.
    nadia = {"schema": "Person", "names": ["Nadia Keshavarz Rahimi"], "birth_dates": ["1979-11-02"]}
    for_de = german.post("/api/v1/screen", json=nadia).json()["matches"][0]
    assert set(for_de["record_ids"]) == {NADIA, "de-only:FR-002"}
    shown = french.post("/api/v1/screen", json={**nadia, "names": ["نادیا کشاورز رحیمی", "Nadia Keshavarz"]})
    hit = shown.json()["matches"][0]
    assert hit["entity_id"] == for_de["entity_id"] and hit["record_ids"] == [NADIA]
    assert hit["matched_name"] == "Nadia Keshavarz-Rahimi"  # the public name, not the Persian one
    # (the query's own names aside: the German-only record's values)
    assert not leaks(shown.text, [*DE_ONLY_DETAILS[:4], "Orvalis"]), shown.text
    french_pages = web.client(Role.LICENSING_OFFICER)
    page = french_pages.post("/screen", data={"names": "Orvalis Propulsion Components", "countries": "FR"})
    assert page.status_code == 200 and "SARL" not in page.text and "0 hits" in page.text
    data = {"schema": "Person", "names": "Nadia Keshavarz\nN. Keshavarz Rahimi", "birth_dates": "1979"}
    page = french_pages.post("/screen", data=data)
    assert "Nadia Keshavarz-Rahimi" in page.text and "Each of your names" in page.text
    assert not leaks(page.text, DE_ONLY_DETAILS)  # not the German-only record's Persian name either
    assert page.headers["x-epoc-marking"] == "UNCLASSIFIED"
    for_german = web.client(Role.OFFICER).post("/screen", data=data)  # the same page, for Germany
    assert (
        "de-only:FR-002" in for_german.text
        and for_german.headers["x-epoc-marking"] == "CONFIDENTIAL // REL DE"
    )
    batch = french.post("/api/v1/screen/batch", json={"parties": [ORVALIS, nadia]})
    assert "SARL" not in batch.text and not leaks(batch.text, DE_ONLY_DETAILS[:4])


def test_guests_and_strangers_may_not_screen(web: WebEnv) -> None:
    guest = web.client(Role.OUTREACH_GUEST)
    assert guest.get("/screen").status_code == 403
    assert guest.post("/screen", data={"names": "Korvan"}).status_code == 403
    assert web.client(Role.OUTREACH_GUEST, bearer=True).post("/api/v1/screen", json=KORVAN).status_code == 403
    assert web.client().post("/api/v1/screen", json=KORVAN).status_code == 401
    home = guest.get("/outreach")
    assert 'href="/screen"' not in home.text
    assert 'href="/screen"' in web.client(Role.OFFICER).get("/").text  # the menu's "Screen"
    session = web.client(Role.OFFICER)
    del session.headers["X-CSRF-Token"]
    assert session.post("/screen", data={"names": "Korvan"}).status_code == 403  # no CSRF token


def test_each_screening_is_on_the_audit_trail(web: WebEnv) -> None:
    web.client(Role.LIST_EDITOR, bearer=True).post(
        "/api/v1/screen", json={**KORVAN, "names": ["Korvan Aerospace Trading F.Z.E."]}
    )
    [entry] = audit.search(web.store, AuditQuery(action="screen", target="Korvan Aerospace Trading F.Z.E."))
    assert entry.actor == "t-editor" and entry.details["names"] == ["Korvan Aerospace Trading F.Z.E."]
    assert entry.details["parties"] == 1 and entry.details["hits"][0]["entity_id"].startswith("ent-")
    assert "api token" in entry.via


def test_a_batch_file_runs_in_the_background_and_downloads_as_jsonl_and_csv(web: WebEnv) -> None:
    officer = web.client(Role.OFFICER)
    lines = [
        json.dumps({"id": "p1", **KORVAN}),
        "not json",
        json.dumps({"id": "p3", "names": ["Zyxqwv Plorthon"]}),
    ]
    upload = officer.post(
        "/screen/batch",
        files={"file": ("parties.jsonl", "\n".join(lines).encode(), "application/x-ndjson")},
        follow_redirects=False,
    )
    assert upload.status_code == 303 and upload.headers["location"].startswith("/screen/jobs/")
    url = upload.headers["location"]
    job = jobs_of(web).wait(url.rsplit("/", 1)[1], webapp.viewer(web.store, Role.OFFICER))
    assert job.state == "done", job.error
    page = officer.get(url)
    assert page.status_code == 200 and "<progress" in page.text and "3 of 3 parties screened" in page.text
    assert CAVEAT in page.text and page.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR"
    fragment = officer.get(url, headers={"HX-Request": "true"})
    assert (
        "<html" not in fragment.text
        and "results.jsonl" in fragment.text
        and "hx-trigger" not in fragment.text
    )
    results = officer.get(url + "/results.jsonl")
    assert results.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR"
    assert "attachment" in results.headers["content-disposition"]
    rows = [json.loads(line) for line in results.text.splitlines()]
    assert rows[0]["id"] == "p1" and rows[0]["matches"][0]["caption"] == "Korvan Aerospace Trading FZE"
    assert rows[1] == {"id": None, "error": "line 2: not JSON: Expecting value (column 1)"}
    assert rows[2] == {"id": "p3", "matches": []}
    table = list(csv.DictReader(io.StringIO(officer.get(url + "/results.csv").text)))
    assert table[0]["id"] == "p1" and table[0]["match"] == "yes" and table[0]["rank"] == "1"
    assert table[0]["marking"] and any(r["error"].startswith("line 2") for r in table)
    assert table[-1] == {**{k: "" for k in table[-1]}, "id": "p3"}
    # Jobs belong to the one who started them.
    for role in (Role.LICENSING_OFFICER, Role.POC_ADMIN):
        assert web.client(role).get(url).status_code == 404
        assert web.client(role).get(url + "/results.jsonl").status_code == 404
    assert officer.get(url + "/results.xml").status_code == 422
    assert "parties.jsonl" in officer.get("/screen").text  # listed under "Your screening jobs"
    # Another server process (epoc serve --workers 2) answers for the same job: its state is in files.
    other = create_app(web.settings, web.store).state.screen_jobs
    me = webapp.viewer(web.store, Role.OFFICER)
    assert other.get(job.id, me).state == "done" and other.results(job.id, me, "jsonl")[1] == results.content
    assert officer.get("/screen/jobs/..%2F..%2Fweb.db").status_code == 404
    [entry] = audit.search(web.store, AuditQuery(action="screen", target=f"batch {job.id}"))
    assert entry.details["parties"] == 3 and entry.details["errors"] == 1
    assert entry.details["file"] == "parties.jsonl" and entry.details["matched_parties"] == 1
    # The lines are those `epoc screen` writes for this officer: the same streaming path made them.
    streamed = io.StringIO()
    screen_stream(
        web.store,
        web.settings.index_dir,
        io.BytesIO("\n".join(lines).encode()),
        streamed.write,
        threshold=job.threshold,
        limit=job.limit,
        screener=web.app.state.screener.fresh(),
        viewer=me,
    )
    assert streamed.getvalue().encode() == results.content


def test_a_csv_batch_and_the_files_refused(web: WebEnv) -> None:
    officer = web.client(Role.OFFICER)
    text = "id,schema,names,countries\nc1,Vessel,Silver Orchid|Orchid Star,KP\n"
    upload = officer.post(
        "/screen/batch", files={"file": ("parties.csv", text.encode())}, follow_redirects=False
    )
    job = jobs_of(web).wait(
        upload.headers["location"].rsplit("/", 1)[1], webapp.viewer(web.store, Role.OFFICER)
    )
    assert job.state == "done" and (job.total, job.matched, job.errors) == (1, 1, 0)
    result = officer.get(upload.headers["location"] + "/results.jsonl").json()
    assert result["id"] == "c1" and result["matches"][0]["caption"] == "Silver Orchid"
    headerless = officer.post("/screen/batch", files={"file": ("p.csv", b"a,b\n1,2\n")})
    assert (
        headerless.status_code == 422
        and "a header line with at least a &#39;names&#39; column" in headerless.text
    )
    empty = officer.post("/screen/batch", files={"file": ("p.jsonl", b"\n\n")})
    assert empty.status_code == 422 and "no parties in the file" in empty.text
    binary = officer.post("/screen/batch", files={"file": ("p.jsonl", b"\xff\xfe\x00")})
    assert binary.status_code == 422 and "p.jsonl: after line 0: bytes that are not text" in binary.text
    latin = officer.post(
        "/screen/batch",
        files={"file": ("latin.csv", "id,names\nc1,Silver Orchid Société\n".encode("latin-1"))},
        follow_redirects=False,
    )
    assert latin.status_code == 303
    limit = web.settings.max_screen_mb
    web.app.state.settings.max_screen_mb = 1
    try:
        big = officer.post("/screen/batch", files={"file": ("big.jsonl", b"{}\n" * 400_000)})
        assert big.status_code == 422 and "larger than 1 MiB (EPOC_MAX_SCREEN_MB)" in big.text
    finally:
        web.app.state.settings.max_screen_mb = limit


def test_the_app_keeps_one_warm_index_and_follows_new_lists(web: WebEnv) -> None:
    screener = web.app.state.screener
    client = web.client(Role.OFFICER, bearer=True)
    probe = {"schema": "Company", "names": ["Quillvane Rotor Dynamics"]}
    assert client.post("/api/v1/screen", json=probe).json()["matches"] == []
    index = screener.screener.index
    try:
        screener.check_every = 3600  # as if the last check were recent: a new list is not seen yet
        put(
            web.store,
            "pub-late",
            [rec("pub-late", "L1", "Quillvane Rotor Dynamics Ltd")],
            on=date(2024, 1, 1),
        )
        assert client.post("/api/v1/screen", json=probe).json()["matches"] == []
        screener.mark_stale()  # what an upload through the web does
        [hit] = client.post("/api/v1/screen", json=probe).json()["matches"]
        assert hit["record_ids"] == ["pub-late:L1"] and hit["entity_id"] == "pub-late:L1"  # not yet resolved
        assert (
            screener.screener.index is index and "pub-late" in index.versions
        )  # the same index, one segment more
    finally:
        screener.check_every = 0


def test_a_waiting_job_polls_with_htmx_and_offers_a_refresh_link(web: WebEnv) -> None:
    officer = web.client(Role.OFFICER)
    jobs = jobs_of(web)
    gate = threading.Event()
    jobs._pool.submit(gate.wait, 30)  # the one worker is busy: the next job waits its turn
    try:
        upload = officer.post(
            "/screen/batch",
            files={"file": ("wait.jsonl", json.dumps(KORVAN).encode())},
            follow_redirects=False,
        )
        url = upload.headers["location"]
        page = officer.get(url)
        assert "0 of 1 parties screened (queued)" in page.text and f'<a href="{url}">Refresh</a>' in page.text
        assert f'hx-get="{url}" hx-trigger="every 1s"' in page.text and "results.jsonl" not in page.text
        assert officer.get(url + "/results.jsonl").status_code == 422  # not ready yet
    finally:
        gate.set()
    assert jobs.wait(url.rsplit("/", 1)[1], webapp.viewer(web.store, Role.OFFICER)).state == "done"
    assert "results.jsonl" in officer.get(url).text


def test_priming_loads_what_names_load_on_first_use_and_leaves_no_trail(web: WebEnv) -> None:
    """What a served app does at start (``web.app._warm``): no request pays for pypinyin's dictionary or
    countrynames' table, and nobody screened anything, so the trail says nothing."""
    before = audit.verify(web.store).entries
    web.app.state.screener.prime()
    assert {"pypinyin", "countrynames"} <= set(sys.modules)
    assert audit.verify(web.store).entries == before
