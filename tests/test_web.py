"""The web application in process: signing in, CSRF, tokens, throttling, releasability, admin, audit."""

from __future__ import annotations

from sqlalchemy import delete

from epoc.model.access import Role
from epoc.services import audit
from epoc.services.audit import AuditQuery
from epoc.store.accounts import login_failures
from epoc.store.entities import EntityRepository

from . import webapp
from .webapp import DE_ONLY_WORDS, PARTNER_WORDS, PASSWORD, WebEnv, csrf_of, leaks

web = webapp.web  # the module's fixture: the app over a store with marked lists and accounts


def sign_in(
    web: WebEnv, username: str, password: str, next_path: str = "/", base_url: str = "http://testserver"
):
    client = web.client()
    client.base_url = base_url
    form = client.get("/login")
    response = client.post(
        "/login",
        data={
            "username": username,
            "password": password,
            "csrf_token": csrf_of(form.text),
            "next": next_path,
        },
        follow_redirects=False,
    )
    return client, response


def clear_failures(web: WebEnv) -> None:
    with web.store.transaction() as conn:
        conn.execute(delete(login_failures))


def test_sign_in_sets_a_strict_http_only_session_and_is_audited(web: WebEnv):
    client, response = sign_in(web, "t-officer", PASSWORD, "/records?q=veltrana")
    assert response.status_code == 303 and response.headers["location"] == "/records?q=veltrana"
    cookie = response.headers["set-cookie"]
    assert "epoc_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie  # plain HTTP here; see the HTTPS test
    page = client.get("/records?q=veltrana")
    assert page.status_code == 200 and "Veltrana Precision Instruments" in page.text
    assert audit.search(web.store, AuditQuery(actor="t-officer", action="login"))[0].action == "login"


def test_cookies_are_secure_over_https(web: WebEnv):
    _client, response = sign_in(web, "t-officer", PASSWORD, base_url="https://testserver")
    assert "Secure" in response.headers["set-cookie"]


def test_wrong_password_and_unknown_user_read_the_same(web: WebEnv):
    _c, wrong = sign_in(web, "t-officer", "not the password at all")
    _c, unknown = sign_in(web, "nobody-here", "not the password at all")
    assert wrong.status_code == unknown.status_code == 401
    assert "wrong username or password" in wrong.text and "wrong username or password" in unknown.text
    failed = audit.search(web.store, AuditQuery(action="login.failed"))
    assert {e.target for e in failed} >= {"t-officer", "nobody-here"}
    clear_failures(web)


def test_open_redirects_are_refused(web: WebEnv):
    _c, response = sign_in(web, "t-officer", PASSWORD, "//evil.example/steal")
    assert response.headers["location"] == "/"


def test_sign_in_form_needs_its_csrf_token(web: WebEnv):
    client = web.client()
    client.get("/login")
    response = client.post(
        "/login", data={"username": "t-officer", "password": PASSWORD}, follow_redirects=False
    )
    assert response.status_code == 403 and "epoc_session" not in response.headers.get("set-cookie", "")


def test_failed_sign_ins_are_throttled(web: WebEnv):
    clear_failures(web)
    try:
        for _ in range(web.settings.login_max_failures):
            assert sign_in(web, "t-editor", "wrong wrong wrong")[1].status_code == 401
        _c, refused = sign_in(web, "t-editor", PASSWORD)  # even the right password, for now
        assert refused.status_code == 429 and "too many failed sign-ins" in refused.text
        token = web.client().post("/api/v1/tokens", json={"username": "t-editor", "password": PASSWORD})
        assert token.status_code == 429 and int(token.headers["retry-after"]) > 0
        assert audit.search(web.store, AuditQuery(action="login.throttled"))
    finally:
        clear_failures(web)
    assert sign_in(web, "t-editor", PASSWORD)[1].status_code == 303


def test_state_changing_requests_need_the_session_csrf_token(web: WebEnv):
    admin = web.client(Role.POC_ADMIN)
    csrf = admin.headers.pop("X-CSRF-Token")
    data = {"username": "csrf-victim", "role": "officer", "partner": "IT"}
    assert admin.post("/users", data=data).status_code == 403
    assert admin.post("/users", data={**data, "csrf_token": "forged"}).status_code == 403
    created = admin.post("/users", data={**data, "csrf_token": csrf})
    assert created.status_code == 201 and 'id="new-password"' in created.text


def test_api_tokens_are_issued_used_and_revoked(web: WebEnv):
    anonymous = web.client()
    bad = anonymous.post("/api/v1/tokens", json={"username": "t-officer", "password": "nope nope nope"})
    assert bad.status_code == 401 and bad.json() == {"error": "wrong username or password"}
    assert bad.headers["www-authenticate"] == "Bearer"
    clear_failures(web)
    issued = anonymous.post(
        "/api/v1/tokens", json={"username": "t-officer", "password": PASSWORD, "name": "ci"}
    )
    assert issued.status_code == 201
    token = issued.json()["token"]
    machine = web.client()
    machine.headers["Authorization"] = f"Bearer {token}"
    me = machine.get("/api/v1/me").json()
    assert me["username"] == "t-officer" and me["partner"] == "DE" and "screen" in me["permissions"]
    hits = machine.get("/api/v1/records", params={"q": "korvan"}).json()
    assert [h["id"] for h in hits] == ["demo-fr:D-002"]
    assert machine.delete(f"/api/v1/tokens/{issued.json()['id']}").json()["revoked_at"]
    assert machine.get("/api/v1/me").status_code == 401
    forged = web.client()
    forged.headers["Authorization"] = "Bearer epoc_forged"
    assert forged.get("/api/v1/me").status_code == 401


def test_a_bearer_client_needs_no_csrf_token(web: WebEnv):
    admin = web.client(Role.POC_ADMIN, bearer=True)
    created = admin.post("/api/v1/users", json={"username": "api-made", "role": "officer", "partner": "NL"})
    assert created.status_code == 201 and len(created.json()["password"]) >= 12


def test_releasability_in_search_pages_counts_and_errors(web: WebEnv):
    german = web.client(Role.OFFICER)  # DE
    french = web.client(Role.LICENSING_OFFICER)  # FR
    assert [h["source"] for h in german.get("/api/v1/records", params={"q": "orvalis"}).json()] == ["de-only"]
    assert french.get("/api/v1/records", params={"q": "orvalis"}).json() == []
    record = german.get("/records/de-only:FR-001")
    assert record.status_code == 200 and record.headers["x-epoc-marking"] == "CONFIDENTIAL // REL DE"
    hidden = french.get("/api/v1/records/de-only:FR-001")
    absent = french.get("/api/v1/records/de-only:NO-SUCH")
    assert hidden.status_code == absent.status_code == 404
    assert hidden.json()["error"].replace("FR-001", "X") == absent.json()["error"].replace("NO-SUCH", "X")
    de_count = german.get("/api/v1/dashboard").json()
    fr_count = french.get("/api/v1/dashboard").json()
    assert de_count["records"] == fr_count["records"] + 2 and de_count["sources"] == fr_count["sources"] + 1
    french_pages = [french.get(p).text for p in ("/", "/sources", "/records?q=fr-", "/api/v1/sources")]
    assert [leaks(text, DE_ONLY_WORDS) for text in french_pages] == [[], [], [], []]


def test_pages_carry_the_banner_of_their_most_restricted_content_and_the_caveat(web: WebEnv):
    officer = web.client(Role.OFFICER)
    empty = officer.get("/records")
    assert empty.headers["x-epoc-marking"] == "UNCLASSIFIED" and "not a black list" in empty.text
    found = officer.get("/records?q=veltrana")
    assert found.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR"
    assert found.text.count("CONFIDENTIAL // REL MTCR") >= 2  # top and bottom
    assert "not a black list but a tool" in officer.get("/").text
    assert "not a black list but a tool" in officer.get("/sources").text


def test_search_results_come_as_an_htmx_fragment_with_the_banner_out_of_band(web: WebEnv):
    officer = web.client(Role.OFFICER)
    fragment = officer.get("/records?q=korvan", headers={"HX-Request": "true"})
    assert "<html" not in fragment.text and "Korvan Aerospace Trading FZE" in fragment.text
    assert 'id="banner-top"' in fragment.text and 'hx-swap-oob="true"' in fragment.text


def test_security_headers(web: WebEnv):
    response = web.client(Role.OFFICER).get("/")
    assert response.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"


def test_reads_and_searches_are_audited(web: WebEnv):
    officer = web.client(Role.OFFICER)
    officer.get("/records/demo-fr:D-003")
    officer.get("/api/v1/records", params={"q": "arvand"})
    reads = audit.search(web.store, AuditQuery(actor="t-officer", action="record"))
    assert {(e.action, e.target) for e in reads} >= {
        ("record.read", "demo-fr:D-003"),
        ("record.search", None),
    }
    assert any(e.details.get("text") == "arvand" for e in reads)
    assert all(e.via.startswith("web ") for e in reads)


def test_admin_manages_accounts_and_deactivation_ends_sessions_and_tokens(web: WebEnv):
    admin = web.client(Role.POC_ADMIN)
    made = admin.post("/api/v1/users", json={"username": "leaver", "role": "officer", "partner": "SE"}).json()
    leaver_password = made["password"]
    session, _ = sign_in(web, "leaver", leaver_password)
    token = (
        web.client().post("/api/v1/tokens", json={"username": "leaver", "password": leaver_password}).json()
    )
    machine = web.client()
    machine.headers["Authorization"] = f"Bearer {token['token']}"
    assert session.get("/api/v1/me").status_code == 200 and machine.get("/api/v1/me").status_code == 200
    edit = admin.get("/users/leaver")
    assert edit.status_code == 200 and 'value="SE"' in edit.text
    saved = admin.post("/users/leaver", data={"role": "officer", "partner": "SE", "display_name": "Leaver"})
    assert saved.status_code == 200 and "Saved." in saved.text  # no "active" box ticked: deactivated
    assert session.get("/api/v1/me").status_code == 401 and machine.get("/api/v1/me").status_code == 401
    assert sign_in(web, "leaver", leaver_password)[1].status_code == 401
    clear_failures(web)
    changes = audit.search(web.store, AuditQuery(action="user.update", target="leaver"))
    assert changes[0].details["changes"]["active"] == [True, False]


def test_admin_reset_and_bad_input(web: WebEnv):
    admin = web.client(Role.POC_ADMIN)
    reset = admin.post("/users/t-guest/reset")
    assert reset.status_code == 200 and 'id="new-password"' in reset.text
    assert (
        admin.post("/api/v1/users", json={"username": "x y", "role": "officer", "partner": "FR"}).status_code
        == 422
    )
    guest_from_partner = admin.post(
        "/api/v1/users", json={"username": "g2", "role": "outreach_guest", "partner": "FR"}
    )
    assert guest_from_partner.status_code == 422 and "non-Partner" in guest_from_partner.json()["error"]
    dup = admin.post("/api/v1/users", json={"username": "t-officer", "role": "officer", "partner": "FR"})
    assert dup.status_code == 409
    assert admin.patch("/api/v1/users/t-admin", json={"active": False}).status_code == 409  # not oneself
    assert admin.get("/api/v1/users/nobody").status_code == 404


def test_audit_page_and_verification(web: WebEnv):
    admin = web.client(Role.POC_ADMIN)
    page = admin.get("/audit?action=login")
    assert page.status_code == 200 and "login" in page.text
    assert admin.get("/api/v1/audit/verify").json()["ok"] is True
    assert "Intact" in admin.get("/audit/verify").text
    bad = admin.get("/api/v1/audit", params={"since": "yesterday"})
    assert bad.status_code == 422 and "since" in bad.json()["error"]


def test_logout_ends_the_session(web: WebEnv):
    client, _ = sign_in(web, "t-officer", PASSWORD)
    csrf = csrf_of(client.get("/").text)
    assert client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False).status_code == 303
    assert client.get("/api/v1/me").status_code == 401
    assert client.get("/", follow_redirects=False).headers["location"].startswith("/login")


def test_own_password_and_tokens_page(web: WebEnv):
    client, _ = sign_in(web, "t-licensing", PASSWORD)
    csrf = csrf_of(client.get("/account").text)
    made = client.post("/account/tokens", data={"name": "laptop script", "csrf_token": csrf})
    assert made.status_code == 200 and 'id="new-token"' in made.text
    wrong = client.post(
        "/account/password", data={"current": "nope", "new": "a" * 14, "repeat": "a" * 14, "csrf_token": csrf}
    )
    assert wrong.status_code == 422 and "not right" in wrong.text
    new = "another long passphrase"
    changed = client.post(
        "/account/password", data={"current": PASSWORD, "new": new, "repeat": new, "csrf_token": csrf}
    )
    assert (
        changed.status_code == 200 and "Your password is changed; your API tokens are revoked" in changed.text
    )
    assert sign_in(web, "t-licensing", new)[1].status_code == 303
    from epoc.services import accounts

    accounts.reset_password(web.store, "t-licensing", PASSWORD)


def test_unknown_pages_and_json_errors_say_little(web: WebEnv):
    officer = web.client(Role.OFFICER)
    assert officer.get("/no/such/page").status_code == 404
    assert officer.get("/api/v1/nothing").json() == {"error": "no such page"}
    assert web.client().get("/healthz").json() == {"ok": True}
    assert not leaks(web.client().get("/api/v1/openapi.json").text, PARTNER_WORDS[:3])


def test_a_poc_administrator_uploads_a_marked_list(web: WebEnv, tmp_path):
    admin = web.client(Role.POC_ADMIN)
    csv = (webapp.LISTS / "partner" / "fr_national_list.csv").read_bytes()
    form = {
        "source": "fr-only",
        "partner": "FR",
        "marking": "RESTRICTED // REL FR",
        "list_date": "2026-01-15",
    }
    done = admin.post("/sources/upload", data=form, files={"file": ("fr list.csv", csv, "text/csv")})
    assert done.status_code == 200 and "fr-only" in done.text and "version" in done.text
    # resolved in the background, and the page says so: "resolving…" (polled) until it is, then "added"
    assert 'id="resolution"' in done.text
    web.app.state.resolver.wait()
    with web.store.read() as conn:
        assert EntityRepository(conn).membership(["fr-only:FR-001"])  # in an entity without `epoc resolve`
    status = admin.get("/sources/resolution", headers={"HX-Request": "true"})
    assert "Added to the list" in status.text and "hx-trigger" not in status.text
    assert admin.get("/api/v1/resolution").json() == {"state": "done", "pending": False, "error": None}
    entry = audit.search(web.store, AuditQuery(action="source.import", target="fr-only"))[0]
    assert entry.actor == "t-admin" and entry.details["files"][0].endswith("fr_list.csv")
    french, german = web.client(Role.LICENSING_OFFICER), web.client(Role.OFFICER)
    assert [h["id"] for h in french.get("/api/v1/records", params={"q": "orvalis"}).json()] == [
        "fr-only:FR-001"
    ]
    assert [h["source"] for h in german.get("/api/v1/records", params={"q": "orvalis"}).json()] == ["de-only"]
    bad = admin.post(
        "/api/v1/sources", data={"format": "un-sc"}, files={"file": ("un.xml", b"<not xml", "text/xml")}
    )
    assert (
        bad.status_code == 422
        and "un.xml" in bad.json()["error"]
        and "epoc-upload-" not in bad.json()["error"]
    )
    refused = german.post("/api/v1/sources", files={"file": ("x.csv", csv, "text/csv")})
    assert refused.status_code == 403
