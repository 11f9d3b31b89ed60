"""In a real browser (Debian's Chromium driven by Playwright): sign in, search and open a record, a guest
refused, the keyboard, and the essentials without JavaScript. A failing test leaves a screenshot in
``test-artifacts/``."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import expect

from epoc.model.access import Role

from . import webapp
from .webapp import PASSWORD, USERS, WebEnv

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    """SQLite only: the browser tests drive the UI; the store is exercised on both databases elsewhere."""
    with webapp.open_web("sqlite", tmp_path_factory.mktemp("browser")) as env:
        yield env


@pytest.fixture(scope="module")
def server(web: WebEnv) -> Iterator[str]:
    """The app served on a free loopback port in a thread, for the length of the module."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(web.app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not instance.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        instance.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@contextmanager
def screenshot_on_failure(page, name: str) -> Iterator[None]:
    try:
        yield
    except BaseException:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        raise


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    tab = context.new_page()
    # Generous: CI machines are sometimes busy; a real failure still fails, just later.
    tab.set_default_timeout(30_000)
    expect.set_options(timeout=30_000)
    yield tab
    context.close()


def sign_in(page, server: str, role: Role) -> None:
    page.goto(f"{server}/")
    assert "/login" in page.url
    page.get_by_label("Username").fill(USERS[role][0])
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def test_sign_in_search_and_open_a_record(page, server):
    with screenshot_on_failure(page, "sign-in-search-record"):
        sign_in(page, server, Role.OFFICER)
        assert page.get_by_role("heading", name="Dashboard").is_visible()
        # A German officer's dashboard counts the German-only list too: its banner is the strictest.
        assert page.locator("#banner-top").inner_text() == "CONFIDENTIAL // REL DE"
        page.get_by_role("link", name="Records").first.click()
        page.get_by_label("Name, identifier or record id").fill("pyoljin")  # results arrive as you type
        result = page.get_by_role("link", name="Choson Pyoljin Trading Corporation")
        result.wait_for()
        assert "q=pyoljin" in page.url  # the address follows the search, so it can be shared and reloaded
        result.click()
        page.get_by_role("heading", name="Choson Pyoljin Trading Corporation").wait_for()
        assert page.get_by_role("cell", name="조선별진무역회사").is_visible()  # names by script
        assert page.get_by_text("partner_list.csv:").first.is_visible()  # every value's provenance
        assert page.locator("#banner-bottom").inner_text() == "CONFIDENTIAL // REL MTCR"


def test_a_guest_is_refused(page, server):
    with screenshot_on_failure(page, "guest-refused"):
        sign_in(page, server, Role.OUTREACH_GUEST)
        assert page.url.endswith("/outreach")
        assert page.get_by_role("link", name="Records").count() == 0
        response = page.goto(f"{server}/records/demo-fr:D-001")
        assert response is not None and response.status == 403
        assert page.get_by_role("heading", name="Not allowed").is_visible()
        assert "Veltrana" not in page.content()


def test_keyboard_only_sign_in_and_skip_link(page, server):
    with screenshot_on_failure(page, "keyboard"):
        page.goto(f"{server}/login")  # the username field has the focus
        page.keyboard.type(USERS[Role.LIST_EDITOR][0])
        page.keyboard.press("Tab")
        page.keyboard.type(PASSWORD)
        page.keyboard.press("Enter")
        page.get_by_role("heading", name="Dashboard").wait_for()
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == "Skip to content"
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"


def test_search_works_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        with screenshot_on_failure(page, "no-javascript"):
            sign_in(page, server, Role.LICENSING_OFFICER)
            page.goto(f"{server}/records")
            page.get_by_label("Name, identifier or record id").fill("korvan")
            page.get_by_role("button", name="Search").click()
            page.get_by_role("link", name="Korvan Aerospace Trading FZE").wait_for()
    finally:
        context.close()
