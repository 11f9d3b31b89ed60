"""What every command shares: the settings and store of this invocation, JSON output, the console."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from epoc.settings import Settings
from epoc.store import Store

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


@dataclass
class AppContext:
    settings: Settings
    _store: Store | None = field(default=None, repr=False)

    def store(self) -> Store:
        """The database of this invocation, opened (and migrated) on first use."""
        if self._store is None:
            self._store = Store.open(self.settings.db_url, echo=self.settings.echo_sql)
        return self._store

    def close(self) -> None:
        """Close the database at the end of the command (in-process callers, such as tests, reuse Python)."""
        if self._store is not None:
            self._store.close()
            self._store = None


def app_context(ctx: typer.Context) -> AppContext:
    obj = ctx.find_root().obj
    assert isinstance(obj, AppContext), "the root callback sets the context"
    return obj


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


@contextmanager
def progress_bar(label: str) -> Iterator[Any]:
    """A progress bar on stderr; yields ``update(description, done, total)``."""
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as progress:
        task = progress.add_task(label, total=None)

        def update(description: str, done: int, total: int) -> None:
            progress.update(task, description=description[:80], completed=done, total=total)

        yield update


@contextmanager
def manifest_progress() -> Iterator[Any]:
    """The progress of a manifest being screened, on stderr; yields ``update(done, total, rows)``."""
    with Progress(
        TextColumn("[bold]screening"),
        BarColumn(),
        TextColumn("{task.fields[rows]:,} rows"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as progress:
        task = progress.add_task("screening", total=None, rows=0)

        def update(done: int, total: int | None, rows: int) -> None:
            progress.update(task, completed=done, total=total, rows=rows)

        yield update
