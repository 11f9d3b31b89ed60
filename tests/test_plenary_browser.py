"""The Plenary's scripted round in a real browser (Debian's Chromium driven by Playwright): the POC adds the
Plenary and imports a message of four proposals; three Partners' feedback with an objection; adopting over
it refused; an amended version; silence; the decision and its tasking; the tasking closed by a list
edition; the record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from epoc.model.access import Role
from epoc.services.list.editions import create_edition

from . import webapp
from .entity_helpers import include_candidates
from .test_browser import browser, page, screenshot_on_failure, server, sign_in
from .webapp import WebEnv

pytestmark = pytest.mark.browser
__all__ = ["browser", "page", "server"]  # the fixtures this module borrows
MESSAGE = Path(__file__).parent / "fixtures" / "plenary" / "four_proposals.txt"


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with webapp.open_web("sqlite", tmp_path_factory.mktemp("plenary-browser")) as env:
        include_candidates(env.store)  # the IE Co-Chairs include the Partner-circulated entities
        create_edition(env.store, "2010-rpoc", None, None, include_public=True)
        yield env


def _feedback(page, partner: str, position: str, text: str = "") -> None:
    page.locator("#position").select_option(position)
    page.locator("#c-partner").fill(partner)
    page.locator("#c-text").fill(text)
    page.get_by_role("button", name="Send").click()
    page.get_by_role("cell", name=position).last.wait_for()


def test_the_scripted_round_in_the_browser(page, server):
    with screenshot_on_failure(page, "plenary-round"):
        sign_in(page, server, Role.POC_ADMIN)
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Meetings").click()
        page.locator("#kind").select_option("plenary")
        page.locator("#name").fill("Plenary, Rio de Janeiro")
        page.locator("#start").fill("2009-11-09")
        page.locator("#end").fill("2009-11-13")
        page.locator("#chair").fill("BR")
        page.get_by_role("button", name="Add the meeting").click()
        page.get_by_role("heading", name="Plenary, Rio de Janeiro").wait_for()

        page.get_by_role("navigation", name="Main").get_by_role("link", name="Proposals").click()
        page.locator("#file").set_input_files(str(MESSAGE))
        page.locator("#meeting").select_option("plenary-2009")
        page.get_by_role("button", name="Import").click()
        for subject in ("INTANGIBLE TECHNOLOGY TRANSFERS", "BROKERING CONTROLS", "CATCH-ALL CONSULTATIONS"):
            # waits for the page the import answers with (is_visible() asks once: on a loaded machine the
            # form's page was still shown)
            page.get_by_role("link", name=subject).wait_for(state="visible")

        page.get_by_role("link", name="BROKERING CONTROLS").click()
        assert page.locator(".alternative").count() == 2  # [agreed to establish] [agreed to consider …]
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Proposals").click()
        page.get_by_role("link", name="TO UPDATE THE RISK TECHNOLOGY LIST").click()
        _feedback(page, "FR", "support")
        _feedback(page, "DE", "amend", "name the 2010 RPOC")
        _feedback(page, "GB", "object", "too soon")
        assert page.get_by_text("Standing objection: GB.").is_visible()

        page.locator("#d-outcome").select_option("adopted")
        page.get_by_role("button", name="Record the decision").click()
        assert "GB objects" in page.get_by_role("alert").inner_text()

        page.locator("#r-text").fill(
            "The Plenary tasked the IE Co-Chairs with updating the 2005 list, with a view to distributing it "
            "to all Partners at the 2010 RPOC meeting."
        )
        page.locator("#r-note").fill("German amendment")
        page.get_by_role("button", name="Save the version").click()
        page.get_by_role("heading", name="Version 2 — German amendment").wait_for()
        assert page.locator(".diff ins").count() > 0

        page.locator("#s-deadline").fill("2099-01-01")
        page.get_by_role("button", name="Start the silence procedure").click()
        assert "running" in page.locator(".silence").inner_text()

        page.locator("#d-outcome").select_option("adopted")
        page.get_by_label("For the public extract").check()
        page.get_by_role("button", name="Record the decision").click()
        assert page.locator(".status").first.inner_text() == "adopted"
        assert page.get_by_text("IE Co-Chairs: updating the 2005 list").is_visible()

        page.get_by_role("navigation", name="Main").get_by_role("link", name="Taskings").click()
        page.locator("input[name=edition]").first.fill("2010-rpoc")
        page.get_by_role("button", name="Close").click()
        assert "done (edition:2010-rpoc)" in page.locator("td.status").first.inner_text()

        page.goto(f"{server}/meetings/plenary-2009/record")
        assert page.locator(".outcome").first.inner_text() == "Adopted"
        assert page.locator("#banner-top").inner_text().startswith("CONFIDENTIAL")
