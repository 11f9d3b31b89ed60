"""Schemathesis against the OpenAPI description: generated requests to every JSON operation, each as a role
that may call it (a POC administrator, a list editor for the review queues and editions, a licensing officer
for denials), must never meet a server error. Kept short: a few examples each."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from epoc.model.access import Role, may
from epoc.services import accounts
from epoc.settings import Settings
from epoc.store import Store
from epoc.web import create_app
from epoc.web.areas import route_table

from .webapp import fill_store, viewer

FUZZERS = (Role.POC_ADMIN, Role.LIST_EDITOR, Role.LICENSING_OFFICER)  # the first that may call it


@pytest.fixture(scope="module")
def fuzz_env(tmp_path_factory: pytest.TempPathFactory):
    tmp: Path = tmp_path_factory.mktemp("fuzz")
    url = f"sqlite:///{tmp / 'fuzz.db'}"
    store = Store.open(url)
    fill_store(store)
    app_settings = Settings(data_dir=tmp, database_url=url, import_dir=tmp, login_max_failures=1000)
    tokens = {
        role: accounts.issue_token(store, app_settings, viewer(store, role), "fuzz").token for role in FUZZERS
    }
    yield create_app(app_settings, store), tokens
    store.close()


def test_no_server_errors(fuzz_env):
    app, tokens = fuzz_env
    needs = {(i.method, i.path): i.gates[0].permission for i in route_table(app) if i.gates}

    def token_for(method: str, path: str) -> str:
        return tokens[next(role for role in FUZZERS if may(role, needs[(method, path)]))]

    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    statuses: list[tuple[str, int]] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=10,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def run(case) -> None:
            if case.method == "DELETE" or case.path.endswith("/password") or case.method == "PATCH":
                # Revoking the fuzzing token, resetting or deactivating accounts would cut the run short.
                case.path_parameters = {
                    **(case.path_parameters or {}),
                    "token_id": 999_999,
                    "username": "nobody",
                }
            token = token_for(case.method.upper(), case.path)
            response = case.call(headers={"Authorization": f"Bearer {token}"})
            statuses.append((case.path, response.status_code))
            case.validate_response(response, checks=(not_a_server_error,))

        run()
    # The fuzzer got through (only a password sent to /tokens may be refused), and reached real answers.
    assert [p for p, status in statuses if status in (401, 403) and p != "/api/v1/tokens"] == []
    assert sum(1 for _p, status in statuses if 200 <= status < 300) >= 15
