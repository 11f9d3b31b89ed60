"""An invited guest in a real browser (Debian's Chromium driven by Playwright) signs in and sees exactly its
event's material: its TOM's briefing on the Annex changes, not the Partner-only note added to the same event,
not the other event, not the Partners' pages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from playwright.sync_api import expect

from epoc.model import Marking
from epoc.model.outreach import EventKind
from epoc.services import audit
from epoc.services.audit import AuditQuery
from epoc.services.outreach.events import add_event, add_material, invite
from epoc.services.outreach.planner import set_kind

from . import webapp
from .test_browser import browser, page, screenshot_on_failure, server
from .webapp import PASSWORD, WebEnv

pytestmark = pytest.mark.browser
__all__ = ["browser", "page", "server"]  # the fixtures this module borrows
GUEST = "guest-tom-2027"
PARTNER_NOTE = "Partner-only: delegations' lines on Veltrana"
OTHER_EVENT_TOPIC = "Catch-all controls in practice"


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with webapp.open_web("sqlite", tmp_path_factory.mktemp("outreach-browser")) as env:
        set_kind(env.store, 2027, EventKind.TOM)
        tom = add_event(env.store, 2027, start=date(2027, 4, 15))
        add_material(
            env.store,
            tom.meeting_id,
            PARTNER_NOTE,
            "Not for guests.",
            marking=Marking.parse("CONFIDENTIAL // REL MTCR"),
        )
        rt = add_event(env.store, 2028, start=date(2028, 4, 20))
        add_material(env.store, rt.meeting_id, OTHER_EVENT_TOPIC, "Sharing experience.", kind="topic")
        invite(env.store, tom.meeting_id, GUEST, country="BY", password=PASSWORD)
        yield env


def test_an_invited_guest_sees_exactly_its_events_material(page, server, web):
    with screenshot_on_failure(page, "outreach-guest"):
        page.goto(f"{server}/")
        page.get_by_label("Username").fill(GUEST)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_role("link", name="The material of the event you are invited to").click()
        expect(page.get_by_role("heading", name="Technical Outreach Meeting, Paris")).to_be_visible()
        expect(page.get_by_role("heading", name="3.A.1: amend", exact=False)).to_be_visible()
        expect(page.get_by_text("Likely impact on licensing reviews", exact=False).first).to_be_visible()
        text = page.content()
        assert PARTNER_NOTE not in text and "Veltrana" not in text and OTHER_EVENT_TOPIC not in text
        assert "REL MTCR" not in text
        assert page.get_by_role("heading", level=2).all_inner_texts() == ["Technical Outreach Meeting, Paris"]
        other = page.goto(f"{server}/outreach/events/rt-2028")
        assert other is not None and other.status == 404 and OTHER_EVENT_TOPIC not in page.content()
        for path in ("/denials", "/records", "/screen", "/outreach/plan", "/outreach/brief?country=IR"):
            refused = page.goto(f"{server}{path}")
            assert refused is not None and refused.status == 403, path
    reads = audit.search(web.store, AuditQuery(actor=GUEST, action="outreach.event.read"))
    assert reads and all(r.target == "meeting:tom-2027" for r in reads)
