"""Documents in a real browser (Debian's Chromium driven by Playwright): the POC administrator uploads a
document and opens it; a list editor accepts one of its mentions with the keyboard (HTMX swaps the decision
in) and another without JavaScript; a guest is refused. Screenshots go to ``test-artifacts/screens/``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from epoc.model.access import Role

from . import webapp
from .test_browser import browser, page, screenshot_on_failure, server, sign_in
from .test_list_browser import shoot
from .webapp import WebEnv

pytestmark = pytest.mark.browser
__all__ = ["browser", "page", "server"]  # the fixtures this module borrows

PAPER = (
    "UNCLASSIFIED // REL MTCR\n\nIE paper: gyroscope brokers\nOriginating Partner: FR\n\n"
    "Korvan Aerospace Trading FZE bought fibre-optic gyroscopes. Choson Pyoljin Trading Corporation "
    "asked for flow-forming machines through Zentara Hydraulic Works Company.\n"
)


@pytest.fixture(scope="module", params=webapp.BACKENDS[:1])
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with webapp.open_web(request.param, tmp_path_factory.mktemp("documents-browser")) as env:
        yield env


def test_upload_open_and_review_a_document(browser, page, server):
    with screenshot_on_failure(page, "documents-upload"):
        sign_in(page, server, Role.POC_ADMIN)
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Documents").click()
        page.get_by_role("heading", name="Documents").wait_for()
        page.get_by_role("link", name="Upload documents").click()
        page.get_by_label("Documents (PDF").set_input_files(
            [
                {"name": "gyroscope-brokers.txt", "mimeType": "text/plain", "buffer": PAPER.encode()},
                {"name": "empty.txt", "mimeType": "text/plain", "buffer": b""},
            ]
        )
        page.get_by_label("Type").select_option("ie_paper")
        page.get_by_role("button", name="Upload").click()
        # added in the background: the progress page follows each file (HTMX polls) until all are in
        page.get_by_role("heading", name="Uploading documents").wait_for()
        page.get_by_role("cell", name="empty.txt: the file is empty").wait_for()
        page.get_by_text("2 of 2 files added or refused").wait_for()
        shoot(page, "documents-upload")
        page.get_by_role("link", name="IE paper: gyroscope brokers").click()
        page.get_by_role("heading", name="IE paper: gyroscope brokers").wait_for()
        # The page shows names from the demo list (CONFIDENTIAL // REL MTCR): it is marked so.
        assert page.locator("#banner-top").inner_text() == "CONFIDENTIAL // REL MTCR"
        entity = page.locator(".doc-text mark.m-entity").filter(has_text="Korvan Aerospace Trading FZE")
        assert entity.get_by_role("link").get_attribute("href").startswith("/entities/ent-")
        assert page.locator(".doc-text sup.annex").filter(has_text="9.A.4").first.is_visible()
        assert page.locator(".doc-text mark.m-candidate").filter(has_text="Zentara").is_visible()
        shoot(page, "document")
        page.get_by_role("link", name="Documents", exact=True).first.click()
        page.get_by_label("Words in the documents").fill("gyroscopes")  # results arrive as you type
        page.locator("#results mark").filter(has_text="gyroscopes").first.wait_for()
        shoot(page, "documents-search")

    editor = browser.new_context(viewport={"width": 1366, "height": 900})
    tab = editor.new_page()
    tab.set_default_timeout(30_000)
    try:
        with screenshot_on_failure(tab, "mentions-review"):
            sign_in(tab, server, Role.LIST_EDITOR)
            tab.get_by_role("navigation", name="Main").get_by_role("link", name="Mentions").click()
            tab.get_by_role("heading", name="Mentions to review").wait_for()
            first = tab.locator("#queue article").first
            name = first.locator("h2 mark").inner_text()
            shoot(tab, "mentions")
            tab.locator("body").press("j")  # the first mention takes the focus ...
            assert tab.evaluate("document.activeElement.tagName") == "ARTICLE"
            tab.keyboard.press("a")  # ... and one key accepts it; HTMX swaps the decision in
            decided = tab.locator("article.mention-accepted").filter(has_text=name)
            decided.get_by_text("accept", exact=True).wait_for()
            assert "by t-editor at" in decided.inner_text()
            shoot(tab, "mention-accepted")
    finally:
        editor.close()

    plain = browser.new_context(java_script_enabled=False)
    tab = plain.new_page()
    try:
        with screenshot_on_failure(tab, "mentions-no-javascript"):
            sign_in(tab, server, Role.LIST_EDITOR)
            tab.goto(f"{server}/mentions")
            card = tab.locator("#queue article").first
            text = card.locator("h2 mark").inner_text()
            card.get_by_label("Why").fill("a shipping agent, not a party")
            card.get_by_role("button", name="Reject").click()
            status = tab.locator("#done")
            status.wait_for()
            assert f"“{text}”" in status.inner_text() and "reject by t-editor" in status.inner_text()
    finally:
        plain.close()


def test_a_guest_is_refused_documents(page, server):
    with screenshot_on_failure(page, "documents-guest"):
        sign_in(page, server, Role.OUTREACH_GUEST)
        assert page.get_by_role("link", name="Documents").count() == 0
        for path in ("/documents", "/mentions", "/denials", "/documents/upload"):
            response = page.goto(f"{server}{path}")
            assert response is not None and response.status == 403
            assert page.get_by_role("heading", name="Not allowed").is_visible()


def test_a_licensing_officer_enters_a_denial(page, server):
    with screenshot_on_failure(page, "denials"):
        sign_in(page, server, Role.LICENSING_OFFICER)
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Denials").click()
        page.get_by_role("heading", name="Enter a denial notification").wait_for()
        page.get_by_label("Denying Partner").fill("FR")
        page.get_by_label("Date of the denial").fill("2026-04-02")
        page.get_by_label("Reference", exact=True).fill("FR-B-2026-3")
        page.get_by_role("textbox", name="Annex codes").fill("9.A.4")
        page.get_by_label("Item description").fill("Fibre-optic gyroscopes")
        page.get_by_label("Consignee", exact=True).fill("Halvern Precision Trading")
        page.get_by_label("Consignee's country").fill("AE")
        page.get_by_label("Intermediaries").fill("Dunmore Freight\nLisko Brokers")
        page.get_by_role("button", name="Enter the denial").click()
        page.get_by_role("status").filter(has_text="Denial FR FR-B-2026-3").wait_for()
        row = page.get_by_role("row").filter(has_text="FR-B-2026-3")
        assert row.get_by_role("link", name="Halvern Precision Trading").is_visible()
        assert "binding" in row.inner_text()
        shoot(page, "denials")
