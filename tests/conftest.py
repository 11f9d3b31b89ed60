"""Shared fixtures: a real store on SQLite (a file in tmp_path) and, where configured, on PostgreSQL (a fresh
schema per test in the database EPOC_TEST_POSTGRES_URL names)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from epoc.store import Store
from epoc.store.db import normalise_url

FIXTURES = Path(__file__).parent / "fixtures"
LISTS = FIXTURES / "lists"
SHARED_RAW = Path(__file__).resolve().parents[2] / "shared" / "data" / "raw"
POSTGRES_URL = os.environ.get("EPOC_TEST_POSTGRES_URL")


def postgres_schema_url(base: str) -> Iterator[str]:
    """A URL whose connections see only a new, empty schema; the schema is dropped afterwards."""
    base = normalise_url(base)
    schema = f"epoc_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, empty database: an SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'epoc.db'}"
        return
    if not POSTGRES_URL:
        pytest.skip("EPOC_TEST_POSTGRES_URL is not set (.ci/run sets it)")
    yield from postgres_schema_url(POSTGRES_URL)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """For tests about behaviour that does not depend on the database."""
    opened = Store.open(f"sqlite:///{tmp_path / 'epoc.db'}")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def shared_raw() -> Path:
    if not SHARED_RAW.is_dir():
        pytest.skip(f"{SHARED_RAW} is not here")
    return SHARED_RAW


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The PostgreSQL half of the suite says loudly when it did not run, and why."""
    skipped = [
        r for r in terminalreporter.stats.get("skipped", []) if "EPOC_TEST_POSTGRES_URL" in str(r.longrepr)
    ]
    if POSTGRES_URL:
        terminalreporter.write_line(
            f"PostgreSQL half: ran against {POSTGRES_URL.rsplit('@', 1)[-1]}", green=True
        )
    elif skipped:
        terminalreporter.write_line(
            f"PostgreSQL half NOT RUN: EPOC_TEST_POSTGRES_URL is not set ({len(skipped)} tests skipped);"
            " set it to a database URL, or run .ci/run, which starts PostgreSQL and sets it",
            red=True,
            bold=True,
        )
