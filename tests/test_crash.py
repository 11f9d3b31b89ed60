"""Crash safety with real processes: `epoc` killed (SIGKILL) at a random moment of an import, a resolution,
a documents upload, a screening job, an edition and an export; `epoc check` then finds the store
consistent, and the operation run again gives what a clean run gives. A few kills here (each operation
once, on SQLite and PostgreSQL); `bench/crash.py` does hundreds."""

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import POSTGRES_URL, postgres_schema_url
from tests.crash_harness import OPERATIONS, Harness


def _sqlite(folder: Path):
    counter = iter(range(10_000))

    def new_database() -> Iterator[str]:
        yield f"sqlite:///{folder / f'db-{next(counter)}.db'}"

    return new_database


def _postgres() -> Iterator[str]:
    yield from postgres_schema_url(POSTGRES_URL)


@pytest.mark.parametrize("dialect", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_killed_at_a_random_moment_leaves_a_consistent_store(operation, dialect, tmp_path):
    if dialect == "postgresql" and not POSTGRES_URL:
        pytest.skip("EPOC_TEST_POSTGRES_URL is not set (.ci/run sets it)")
    new_database = _sqlite(tmp_path) if dialect == "sqlite" else _postgres
    harness = Harness(OPERATIONS[operation], new_database, tmp_path)
    harness.prepare()
    rng = random.Random(f"{operation}-{dialect}")
    trial = harness.trial(delay=rng.uniform(0.3, 0.9) * harness.clean_seconds)
    assert trial.consistent, trial.problems
