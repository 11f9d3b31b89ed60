"""What the web tests share: a store with marked lists and one account per role, sessions without the cost
of argon2 for every request, and the words that must never reach someone not allowed to read them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from epoc.model import Marking
from epoc.model.access import POC, Role, Viewer
from epoc.services import accounts
from epoc.services.demo import DEMO_MARKING, DEMO_PARTNER, DEMO_SOURCE, demo_list_path
from epoc.services.list.resolve import resolve
from epoc.services.records.imports import import_paths
from epoc.settings import Settings
from epoc.sources.base import ImportOptions
from epoc.store import Store
from epoc.store.accounts import AccountRepository
from epoc.web import create_app
from epoc.web.security import CSRF_HEADER, SESSION_COOKIE

from .conftest import LISTS, POSTGRES_URL, postgres_schema_url

PASSWORD = "correct horse battery staple"
USERS: dict[Role, tuple[str, str | None]] = {
    Role.OFFICER: ("t-officer", "DE"),
    Role.LICENSING_OFFICER: ("t-licensing", "FR"),
    Role.LIST_EDITOR: ("t-editor", "FR"),
    Role.POC_ADMIN: ("t-admin", POC),
    Role.OUTREACH_GUEST: ("t-guest", "TH"),
}
DE_ONLY_SOURCE = "de-only"
# Partner material: the demo list (CONFIDENTIAL // REL MTCR) and a list only Germany may read.
PARTNER_WORDS = ["Veltrana", "Korvan", "Pyoljin", "demo-fr", "REL MTCR", "CONFIDENTIAL //"]
DE_ONLY_WORDS = ["Orvalis", "Keshavarz", DE_ONLY_SOURCE]


def fill_store(store: Store) -> None:
    demo = ImportOptions(source=DEMO_SOURCE, partner=DEMO_PARTNER, marking=Marking.parse(DEMO_MARKING))
    assert import_paths(store, [demo_list_path()], demo, "partner-csv").ok
    de_only = ImportOptions(
        source=DE_ONLY_SOURCE, partner="DE", marking=Marking.parse("CONFIDENTIAL // DE ONLY")
    )
    assert import_paths(store, [LISTS / "partner" / "fr_national_list.csv"], de_only, "partner-csv").ok
    for role, (username, partner) in USERS.items():
        accounts.create_user(store, username, role, PASSWORD, partner, f"Test {role.value}")
    resolve(store, None)  # the list's entities (by list ids only: no engine here)


def web_settings(tmp: Path, url: str) -> Settings:
    return Settings(data_dir=tmp, database_url=url, import_dir=tmp)


@dataclass
class WebEnv:
    store: Store
    settings: Settings
    app: FastAPI
    kind: str

    def client(self, role: Role | None = None, *, bearer: bool = False) -> TestClient:
        """A client of the app, anonymous or signed in as the role's test account (session or token)."""
        client = TestClient(self.app, base_url="http://testserver")
        if role is None:
            return client
        if bearer:
            token = accounts.issue_token(self.store, self.settings, viewer(self.store, role), "test")
            client.headers["Authorization"] = f"Bearer {token.token}"
            return client
        cookie, csrf = session_for(self.store, self.settings, role)
        client.cookies.set(SESSION_COOKIE, cookie)
        client.headers[CSRF_HEADER] = csrf
        return client


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@contextmanager
def open_web(kind: str, tmp: Path) -> Iterator[WebEnv]:
    """The app over a store with the marked lists and one account per role, on ``kind``."""
    schemas = None
    if kind == "sqlite":
        url = f"sqlite:///{tmp / 'web.db'}"
    else:
        if not POSTGRES_URL:
            pytest.skip("EPOC_TEST_POSTGRES_URL is not set (.ci/run sets it)")
        schemas = postgres_schema_url(POSTGRES_URL)
        url = next(schemas)
    store = Store.open(url)
    try:
        fill_store(store)
        settings = web_settings(tmp, url)
        yield WebEnv(store, settings, create_app(settings, store), kind)
    finally:
        store.close()
        if schemas is not None:
            schemas.close()


@pytest.fixture(scope="module", params=BACKENDS)
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    """The app over a store with the marked lists and one account per role (once per module and backend)."""
    with open_web(request.param, tmp_path_factory.mktemp("web")) as env:
        yield env


def viewer(store: Store, role: Role) -> Viewer:
    username = USERS[role][0]
    with store.read() as conn:
        return accounts.viewer_from_row(AccountRepository(conn).get_user(username))


def session_for(store: Store, settings: Settings, role: Role) -> tuple[str, str]:
    """(cookie, csrf) of a new session for the role's test account, without a password check."""
    return accounts.start_session(store, settings, viewer(store, role), "testclient", "pytest")


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def leaks(text: str, words: list[str]) -> list[str]:
    lowered = text.lower()
    return [w for w in words if w.lower() in lowered]
