"""A message read in a real browser (Chromium driven by Playwright): France's officer sees the paragraphs
released to France and not the US-only one; the US officer sees all of them, with the banner of what each
sees. Screenshots go to ``test-artifacts/screens/``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from epoc.model.access import Role
from epoc.services import accounts

from . import webapp
from .test_browser import browser, page, screenshot_on_failure, server
from .test_list_browser import shoot
from .test_portions import MESSAGE, PARTNERS_TEXT, READERS, US_ONLY
from .webapp import PASSWORD, WebEnv

pytestmark = pytest.mark.browser
__all__ = ["browser", "page", "server"]  # the fixtures this module borrows


@pytest.fixture(scope="module", params=webapp.BACKENDS[:1])
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with webapp.open_web(request.param, tmp_path_factory.mktemp("portions-browser")) as env:
        for name, partner in READERS.items():
            accounts.create_user(env.store, name, Role.OFFICER, PASSWORD, partner)
        response = env.client(Role.POC_ADMIN).post(
            "/api/v1/documents",
            files=[("files", ("message.txt", MESSAGE.encode(), "text/plain"))],
            data={"partner": "US"},
        )
        assert response.status_code == 200, response.text
        yield env


def sign_in_as(page, server: str, username: str) -> None:
    page.goto(f"{server}/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def open_message(page, server: str) -> None:
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Documents").click()
    page.get_by_role("link", name="MTCR: PROCUREMENT OF GYROSCOPES BY TIBER PRECISION TRADING").click()
    page.get_by_role("heading", name="MTCR: PROCUREMENT OF GYROSCOPES").wait_for()


def test_france_does_not_see_the_us_only_paragraph(browser, page, server):
    with screenshot_on_failure(page, "portions-fr"):
        sign_in_as(page, server, "fr-officer")
        open_message(page, server)
        text = page.locator(".doc-text").inner_text()
        assert all(word in text for word in PARTNERS_TEXT)
        assert not [word for word in US_ONLY if word in page.content()]
        assert page.locator("#banner-top").inner_text() == "CONFIDENTIAL // REL MTCR"
        assert page.locator(".doc-portion[data-marking='CONFIDENTIAL // REL US']").count() == 0
        assert page.get_by_role("row", name="Declassify on").inner_text().endswith("(10/31/2035)")
        shoot(page, "document-portions-fr")
        page.get_by_role("link", name="Documents", exact=True).first.click()
        page.get_by_label("Words in the documents").fill("Orvan")
        page.locator("#count").filter(has_text="0 documents matching").wait_for()

    us = browser.new_context(viewport={"width": 1366, "height": 900})
    tab = us.new_page()
    tab.set_default_timeout(30_000)
    try:
        with screenshot_on_failure(tab, "portions-us"):
            sign_in_as(tab, server, "us-officer")
            open_message(tab, server)
            text = tab.locator(".doc-text").inner_text()
            assert all(word in text for word in [*US_ONLY, *PARTNERS_TEXT])
            assert tab.locator("#banner-top").inner_text() == "CONFIDENTIAL // REL US"
            assert tab.locator(".doc-portion[data-marking='CONFIDENTIAL // REL US']").count() >= 2
            shoot(tab, "document-portions-us")
    finally:
        us.close()
