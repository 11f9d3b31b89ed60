"""The list in a real browser (Debian's Chromium driven by Playwright): a list editor opens the list, opens
an entity, and decides a queued pair with the keyboard; screenshots of the list's main pages are saved to
``test-artifacts/screens/`` (and a screenshot on failure to ``test-artifacts/``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from epoc.model.access import Role

from . import webapp
from .list_data import HANSEONG, fill_list
from .test_browser import ARTIFACTS, browser, page, screenshot_on_failure, server, sign_in
from .webapp import WebEnv

pytestmark = pytest.mark.browser
SCREENS = ARTIFACTS / "screens"
__all__ = ["browser", "page", "server"]  # the fixtures this module borrows


@pytest.fixture(scope="module", params=webapp.BACKENDS[:1])
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with webapp.open_web(request.param, tmp_path_factory.mktemp("list-browser")) as env:
        fill_list(env.store)
        yield env


def shoot(page, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


def test_a_list_editor_opens_the_list_an_entity_and_decides_a_pair(page, server):
    with screenshot_on_failure(page, "list-editor"):
        sign_in(page, server, Role.LIST_EDITOR)
        page.get_by_role("heading", name="Review queue").wait_for()  # the dashboard's panel
        shoot(page, "dashboard")
        page.get_by_role("navigation", name="Main").get_by_role("link", name="The list").click()
        page.get_by_role("heading", name="The list").wait_for()
        assert page.get_by_role("note").filter(has_text="not a black list").is_visible()
        assert page.get_by_role("link", name="Korvan Aerospace Trading FZE").is_visible()
        page.get_by_label("Country").select_option("KP")  # the results follow the filter
        expect(page.get_by_role("link", name="Korvan Aerospace Trading FZE")).to_have_count(0)
        assert page.get_by_role("link", name="Choson Pyoljin Trading Corporation").is_visible()
        expect(page).to_have_url(re.compile(r"country=KP"))
        shoot(page, "list")
        page.get_by_role("link", name="Choson Pyoljin Trading Corporation").click()
        page.get_by_role("heading", name="Why it is on the list").wait_for()
        assert page.get_by_role("cell", name="조선별진무역회사").is_visible()
        assert page.locator("#banner-top").inner_text() == "CONFIDENTIAL // REL MTCR"
        shoot(page, "entity")

        page.goto(f"{server}/review")
        page.get_by_role("heading", name="Hanseong Machine Tool Export Corporation").wait_for()
        assert page.get_by_role("heading", name="Hanseong Machine Tool Export", exact=True).is_visible()
        shoot(page, "review")
        page.locator("body").press("s")  # one key: "same", and the focus moves to the reason
        assert page.get_by_role("radio", name="Same s").is_checked()
        assert page.evaluate("document.activeElement.id") == "why"
        page.keyboard.type("same machine-tool exporter, same city")
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")  # "Record judgement"
        page.get_by_role("status").filter(has_text="Recorded as judgement").wait_for()
        assert page.get_by_text("The queue is empty").is_visible()

        page.get_by_role("link", name="Judgements and undo").click()
        row = page.get_by_role("row").filter(has_text="same machine-tool exporter")
        assert row.get_by_role("link", name=HANSEONG).is_visible()
        shoot(page, "judgements")
        page.goto(f"{server}/entities?q=hanseong")
        page.locator("#results").get_by_role("link", name="Hanseong Machine Tool Export").click()  # merged
        page.get_by_role("heading", name="Judgements").wait_for()
        assert page.get_by_role("cell", name="same machine-tool exporter, same city").is_visible()


def test_editions_pages(page, server):
    with screenshot_on_failure(page, "editions"):
        sign_in(page, server, Role.LIST_EDITOR)
        page.goto(f"{server}/editions")
        for name, start, end in (
            ("2000-2004", "2000-01-01", "2004-12-31"),
            ("2005-2009", "2005-01-01", "2009-12-31"),
        ):
            page.get_by_label("Name").fill(name)
            page.get_by_label("Sources dated from").fill(start)
            page.get_by_label("to", exact=True).fill(end)
            page.get_by_label(re.compile("also public lists")).check()  # these test lists are public
            page.get_by_role("button", name="Freeze the edition").click()
            page.get_by_role("heading", name=f"Edition {name}").wait_for()
            page.goto(f"{server}/editions")
        shoot(page, "editions")
        page.get_by_role("link", name="2000-2004").click()
        shoot(page, "edition")
        page.get_by_role("button", name="Compare").click()
        page.get_by_role("heading", name="From 2000-2004 to 2005-2009").wait_for()
        assert page.get_by_text("new source: pub-b").first.is_visible()
        shoot(page, "edition-diff")
        with page.expect_download() as download:
            page.goto(f"{server}/editions")
            row = page.get_by_role("row").filter(has=page.get_by_role("link", name="2005-2009", exact=True))
            row.get_by_role("link", name="PDF").click()
        assert download.value.suggested_filename == "epoc-edition-2005-2009.pdf"
