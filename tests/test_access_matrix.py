"""Every route of the app (read from its route table) × every role and anonymous: the right answer, and no
Partner material for anyone not allowed it — in pages, JSON, counts or error messages.

A new route is covered the moment it is registered; a route that declares no gate fails here.
"""

from __future__ import annotations

import re

import pytest
from fastapi.routing import APIRoute

from epoc.model.access import Role, may
from epoc.resolution.identity import new_entity_id
from epoc.web import areas
from epoc.web.security import Gate

from . import webapp
from .webapp import DE_ONLY_WORDS, PARTNER_WORDS, USERS, WebEnv, leaks

web = webapp.web  # the module's fixture: the app over a store with marked lists and accounts

# Values for path parameters; any other parameter gets "x" (the route must then answer 404 or 422, not 500).
SAMPLES = {
    "record_id": "demo-fr:D-001",
    "username": "t-matrix-target",
    "token_id": "999999",
    "entity_id": new_entity_id(["demo-fr:D-001"]),  # the entity of the demo list's first party
    "pair_id": "1",
    "judgement_id": "1",
    "document_id": "1",
    "mention_id": "1",
    "year": "2010",
    "country": "IR",
}
# Routes of the framework itself, not of an area: public, and they show no data.
FRAMEWORK = {"/api/v1/openapi.json", "/static/{path}"}
WHO = [None, *Role]


def route_table(app) -> list[tuple[str, str, Gate]]:
    table = []
    for info in areas.route_table(app):
        if isinstance(info.route, APIRoute):
            gates = info.gates
            assert len(gates) == 1, (
                f"{info.path} declares {len(gates)} gates: give it requires(...) exactly once"
            )
            table.append((info.method, info.path, gates[0]))
        else:
            assert info.path in FRAMEWORK, f"unexpected route {info.path}: areas add APIRoutes with a gate"
    return table


def fill(path: str) -> str:
    return re.sub(r"\{(\w+)(:\w+)?\}", lambda m: SAMPLES.get(m.group(1), "x"), path)


def test_every_route_declares_a_gate_and_the_table_is_not_empty(web: WebEnv) -> None:
    table = route_table(web.app)
    assert len(table) >= 25
    # Mutating routes are never public, except signing in and getting a token with a password.
    public_writes = {(m, p) for m, p, g in table if g.permission is None and m != "GET"}
    assert public_writes == {("POST", "/login"), ("POST", "/api/v1/tokens")}


# every role by session and by token; anonymous has no token
CALLERS = [(who, bearer) for who in WHO for bearer in (False, True) if who is not None or not bearer]


@pytest.mark.parametrize(
    ("who", "bearer"),
    CALLERS,
    ids=[f"{w.value if w else 'anonymous'}-{'token' if b else 'session'}" for w, b in CALLERS],
)
def test_access_matrix(web: WebEnv, who: Role | None, bearer: bool) -> None:
    # Someone for the user routes to act on (never the caller: deactivating oneself is refused).
    from epoc.services import accounts

    try:
        accounts.get_user(web.store, SAMPLES["username"])
    except Exception:
        accounts.create_user(web.store, SAMPLES["username"], Role.OFFICER, "matrix target password", "JP")
    problems = []
    for method, path, gate in route_table(web.app):
        api = path.startswith("/api/")
        if bearer and not api:
            continue
        if path == "/logout" and who is not None:
            continue  # ends the shared session; signing out is tested on its own
        client = web.client(who, bearer=bearer)
        url = fill(path)
        response = client.request(method, url, follow_redirects=False)
        status = response.status_code
        allowed = may(who, gate.permission)
        where = f"{method} {url} as {who.value if who else 'anonymous'}: {status}"
        if status >= 500:
            problems.append(f"{where} (server error)")
        elif gate.permission is None:
            pass
        elif allowed:
            if status in (401, 403) or response.headers.get("location", "").startswith("/login"):
                problems.append(f"{where} (should be allowed)")
        elif who is None:
            expected = (
                status == 401 if api else status == 303 and response.headers["location"].startswith("/login")
            )
            if not expected:
                problems.append(f"{where} (anonymous should be sent to sign in)")
        elif status != 403:
            problems.append(f"{where} (should be refused with 403)")
        if not may(who, gate.permission) or who in (None, Role.OUTREACH_GUEST):
            found = leaks(response.text, PARTNER_WORDS + DE_ONLY_WORDS)
            if found:
                problems.append(f"{where} shows Partner material: {found}")
            if response.headers.get("x-epoc-marking", "UNCLASSIFIED") != "UNCLASSIFIED":
                problems.append(f"{where} is marked {response.headers['x-epoc-marking']}")
        if who is Role.LICENSING_OFFICER:  # a French account: never the German-only list
            found = leaks(response.text, DE_ONLY_WORDS)
            if found:
                problems.append(f"{where} shows DE-only material: {found}")
    assert problems == []


def test_guest_gets_refusals_that_say_nothing(web: WebEnv) -> None:
    guest = web.client(Role.OUTREACH_GUEST)
    for url in [
        "/api/v1/records/demo-fr:D-001",
        "/api/v1/records?q=veltrana",
        "/api/v1/dashboard",
        "/api/v1/sources",
    ]:
        response = guest.get(url)
        assert response.status_code == 403
        assert response.json() == {"error": "your role does not allow this"}
    page = guest.get("/records/demo-fr:D-001")
    assert page.status_code == 403 and not leaks(page.text, PARTNER_WORDS)
    home = guest.get("/", follow_redirects=True)
    assert home.url.path == "/outreach" and "Outreach" in home.text and not leaks(home.text, PARTNER_WORDS)
    assert [
        link for link in ("/records", "/sources", "/users", "/audit") if f'href="{link}"' in home.text
    ] == []


def test_each_role_is_known_to_the_matrix() -> None:
    assert set(USERS) == set(Role)
