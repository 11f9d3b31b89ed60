"""What a new user hit (issue 17, item 7): password changes revoke API tokens; refused requests leave a
trace; a batch started on the web is recorded as from the web; X-Forwarded-For only from trusted proxies;
validation errors answer {"error": ...}."""

from __future__ import annotations

from epoc.cli.serve import proxy_options
from epoc.model.access import Role
from epoc.services import accounts, audit
from epoc.services.audit import AuditQuery

from . import webapp
from .webapp import WebEnv

web = webapp.web


def test_a_password_reset_or_change_revokes_the_accounts_tokens(web: WebEnv):
    bearer = web.client(Role.LICENSING_OFFICER, bearer=True)
    assert bearer.get("/api/v1/me").status_code == 200
    accounts.reset_password(web.store, "t-licensing", webapp.PASSWORD)
    refused = bearer.get("/api/v1/me")
    assert refused.status_code == 401 and "revoked" in refused.json()["error"]
    again = web.client(Role.LICENSING_OFFICER, bearer=True)
    accounts.change_own_password(
        web.store, webapp.viewer(web.store, Role.LICENSING_OFFICER), webapp.PASSWORD, webapp.PASSWORD + "x"
    )
    assert again.get("/api/v1/me").status_code == 401
    accounts.reset_password(web.store, "t-licensing", webapp.PASSWORD)


def test_refused_requests_leave_an_entry_on_the_trail(web: WebEnv):
    guest = web.client(Role.OUTREACH_GUEST, bearer=True)
    assert guest.get("/api/v1/records").status_code == 403
    [entry] = audit.search(web.store, AuditQuery(action="refused", target="GET /api/v1/records"))
    assert entry.actor == "t-guest" and entry.details["status"] == 403
    officer = web.client(Role.OFFICER, bearer=True)
    assert officer.get("/api/v1/records/no-such:record").status_code == 404
    [missing] = audit.search(
        web.store, AuditQuery(action="refused", target="GET /api/v1/records/no-such:record")
    )
    assert missing.details["status"] == 404 and missing.via.startswith("web ")


def test_a_batch_started_on_the_web_is_recorded_as_from_the_web(web: WebEnv):
    officer = web.client(Role.OFFICER)
    upload = officer.post(
        "/screen/batch",
        files={"file": ("via.csv", b"id,names\nv1,Somebody Unknown\n")},
        follow_redirects=False,
    )
    job_id = upload.headers["location"].rsplit("/", 1)[1]
    from epoc.web.routes.screening import _jobs  # the app's jobs

    class _Request:
        app = web.app

    assert _jobs(_Request()).wait(job_id, webapp.viewer(web.store, Role.OFFICER)).state == "done"  # type: ignore[arg-type]
    [entry] = audit.search(web.store, AuditQuery(action="screen", target=f"batch {job_id}"))
    assert entry.via.startswith("web ") and "session" in entry.via


def test_forwarded_for_is_believed_only_from_configured_proxies():
    assert proxy_options("") == {"proxy_headers": False, "forwarded_allow_ips": ""}
    assert proxy_options(" 10.0.0.5, 10.0.0.6 ") == {
        "proxy_headers": True,
        "forwarded_allow_ips": "10.0.0.5,10.0.0.6",
    }


def test_validation_errors_answer_error_not_detail(web: WebEnv):
    officer = web.client(Role.OFFICER, bearer=True)
    bad = officer.post("/api/v1/screen", json={"names": "not a list", "birth_dates": 7})
    assert bad.status_code == 422
    body = bad.json()
    assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"]
