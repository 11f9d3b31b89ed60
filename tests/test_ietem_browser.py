"""The IE-TEM review page in a real browser (Debian's Chromium driven by Playwright): an officer reviews the
IE papers (charts on the page, technologies by coverage, filtered by year), the IE co-chair confirms a
suggested gap into the register and replies in its thread, a guest is refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from epoc.model import DocumentType, Marking
from epoc.model.access import Role
from epoc.services.documents.extraction import lazy_extractor
from epoc.services.documents.ingest import DocumentOptions, add_documents

from . import webapp
from .test_browser import browser, page, screenshot_on_failure, server, sign_in
from .test_list_browser import shoot
from .webapp import WebEnv

pytestmark = pytest.mark.browser
__all__ = ["browser", "page", "server"]  # the fixtures this module borrows

PAPERS = Path(__file__).resolve().parents[1] / "bench" / "data" / "ietem"


@pytest.fixture(scope="module", params=webapp.BACKENDS[:1])
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with webapp.open_web(request.param, tmp_path_factory.mktemp("ietem-browser")) as env:
        extractor = lazy_extractor(env.store, None)
        for name in ("ie-2020-kr-turbojets", "ie-2025-se-uav-parts", "ie-2019-jp-additive"):
            path = PAPERS / f"{name}.txt"
            labels = json.loads((PAPERS / f"{name}.labels.json").read_text(encoding="utf-8"))
            options = DocumentOptions(
                partner=labels["partner"],
                doc_type=DocumentType.IE_PAPER,
                marking=Marking.parse(labels["marking"]),
            )
            add_documents(env.store, [path], options, env.settings.document_limits, extractor)
        yield env


def test_review_page_charts_filter_and_gap_confirmation(browser, page, server):
    with screenshot_on_failure(page, "ietem-review"):
        sign_in(page, server, Role.OFFICER)
        page.get_by_role("navigation", name="Main").get_by_role("link", name="IE-TEM").click()
        page.get_by_role("heading", name="IE-TEM review of IE papers").wait_for()
        assert "3" in page.locator("#review-summary strong").first.inner_text()
        assert page.locator("#chart-per-year").is_visible() and page.locator("#chart-coverage").is_visible()
        row = (
            page.locator("#technologies tr")
            .filter(has_text="small turbojets")
            .filter(has_text="below-threshold")
        )
        assert row.count() == 1
        shoot(page, "ietem-review")
        page.get_by_label("From year").fill("2020")
        page.get_by_label("To year").fill("2020")
        page.get_by_role("button", name="Review").click()
        page.wait_for_url("**/ietem?start=2020**")
        assert page.locator("#review-summary strong").first.inner_text() == "1"
        assert page.locator("#technologies").get_by_text("multi-axis machine tools").count() == 0

    chair = browser.new_context(viewport={"width": 1366, "height": 900})
    tab = chair.new_page()
    tab.set_default_timeout(30_000)
    try:
        with screenshot_on_failure(tab, "ietem-gaps"):
            sign_in(tab, server, Role.LIST_EDITOR)
            tab.goto(f"{server}/ietem/gaps")
            tab.get_by_role("heading", name="Gap register").wait_for()
            tab.get_by_role("link", name="S-small-turbojets-below-threshold").click()
            tab.get_by_role("button", name="Confirm into the register").click()
            tab.get_by_role("heading", name="G-1 small turbojets").wait_for()
            assert (
                tab.locator("#evidence li").count() == 2
            )  # 0.3 kN (KR) and 220 N (SE), each with its paragraph
            tab.get_by_label("Reply", exact=True).fill("Propose lowering the 3.A.1 threshold at the TEM.")
            tab.get_by_role("button", name="Post").click()
            tab.get_by_text("Propose lowering the 3.A.1 threshold").wait_for()
            reply = (
                "From: Expert <expert@example.org>\nSubject: Re: G-1\nMessage-ID: <x1@example.org>\n"
                "Date: Tue, 04 Mar 2025 10:00:00 +0000\n\nAgreed: 220 N engines power attack drones.\n"
            )
            tab.get_by_label("A reply that came by e-mail (.eml)").set_input_files(
                {"name": "reply.eml", "mimeType": "message/rfc822", "buffer": reply.encode()}
            )
            tab.get_by_role("button", name="Add to the thread").click()
            tab.get_by_text("Agreed: 220 N engines").wait_for()
            shoot(tab, "ietem-gap")
    finally:
        chair.close()

    guest = browser.new_context()
    other = guest.new_page()
    try:
        sign_in(other, server, Role.OUTREACH_GUEST)
        response = other.goto(f"{server}/ietem")
        assert response is not None and response.status == 403
        assert "turbojet" not in other.content()
    finally:
        guest.close()
