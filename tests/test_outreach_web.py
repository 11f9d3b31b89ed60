"""Outreach on the web: the country brief's JSON twin and page marked by what they hold; guests invited
through the API read their own event only."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient

from epoc.model.access import Role
from epoc.model.outreach import EventKind
from epoc.services import accounts
from epoc.services.outreach.events import add_event
from epoc.services.outreach.planner import set_kind
from epoc.web.security import CSRF_HEADER, SESSION_COOKIE

from . import webapp

web = webapp.web  # the app over the web tests' marked lists (the demo list: CONFIDENTIAL // REL MTCR)


def test_brief_page_and_json_twin_are_marked_by_what_they_hold(web: webapp.WebEnv) -> None:
    officer = web.client(Role.OFFICER)
    partner = officer.get("/api/v1/outreach/briefs/CN")
    assert partner.status_code == 200 and partner.headers["x-epoc-marking"] == "CONFIDENTIAL // REL MTCR"
    assert any("Veltrana" in e["name"] for e in partner.json()["entities"])
    public = officer.get("/api/v1/outreach/briefs/CN", params={"releasable": "true"})
    assert public.headers["x-epoc-marking"] == "UNCLASSIFIED" and not webapp.leaks(
        public.text, webapp.PARTNER_WORDS
    )
    page = officer.get("/outreach/brief", params={"country": "China", "releasable": "true"})
    assert (
        page.status_code == 200 and "Country brief" in page.text and not webapp.leaks(page.text, ["Veltrana"])
    )
    assert web.client(Role.OUTREACH_GUEST).get("/api/v1/outreach/briefs/CN").status_code == 403


def test_the_poc_invites_a_guest_who_then_reads_its_event_only(web: webapp.WebEnv) -> None:
    set_kind(web.store, 2030, EventKind.TOM)
    tom = add_event(web.store, 2030, start=date(2030, 4, 16))
    rt = add_event(web.store, 2031, start=date(2031, 4, 15))
    body = {"username": "guest-2030", "country": "Belarus"}
    url = f"/api/v1/outreach/events/{tom.meeting_id}/invitations"
    assert web.client(Role.OFFICER).post(url, json=body).status_code == 403
    made = web.client(Role.POC_ADMIN).post(url, json=body)
    assert made.status_code == 201, made.text
    invitation = made.json()
    assert invitation["country"] == "BY" and invitation["expires_at"].startswith("2030-04-17")
    assert invitation["password"]
    client = TestClient(web.app, base_url="http://testserver")
    guest = accounts.authenticate(web.store, web.settings, "guest-2030", invitation["password"], "testclient")
    cookie, csrf = accounts.start_session(web.store, web.settings, guest, "testclient", "pytest")
    client.cookies.set(SESSION_COOKIE, cookie)
    client.headers[CSRF_HEADER] = csrf
    events = client.get("/api/v1/outreach/events")
    assert events.status_code == 200 and [e["meeting_id"] for e in events.json()] == [tom.meeting_id]
    assert events.headers["x-epoc-marking"] == "UNCLASSIFIED"
    assert client.get(f"/api/v1/outreach/events/{rt.meeting_id}").status_code == 404
    assert client.get("/api/v1/outreach/plan/2030").status_code == 403
