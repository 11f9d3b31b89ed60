"""Crash safety: real `epoc` processes killed (SIGKILL) at a random moment of an operation, then `epoc check`
on the store and the operation run again to the end, compared with a clean run.

Used by ``tests/test_crash.py`` (a few kills, SQLite and PostgreSQL) and ``bench/crash.py`` (hundreds).
Each operation starts from a template store made once (the lists imported, resolved, an edition frozen …),
copied for every kill (an SQLite file copied; a PostgreSQL schema restored from the template's dump). Only
the killed process is a real one; the check and the re-run happen in this process.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text
from typer.testing import CliRunner

from epoc.cli import app
from epoc.services.maintenance.backup import backup, restore
from epoc.services.maintenance.check import check
from epoc.store import Store

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
LISTS = [FIXTURES / "lists" / name for name in ("un", "ofac", "uk", "rpl", "dpl", "ftm")]
DOCUMENTS = sorted((FIXTURES / "corpus" / "docs").glob("*.txt"))[:3]
MANIFEST_ROWS = 1500


@dataclass(frozen=True)
class Operation:
    name: str
    prepare: tuple[tuple[str, ...], ...]  # commands making the template store
    command: Callable[[Path], list[str]]  # the operation, given the trial's folder
    again: Callable[[Path], list[str]]  # the re-run after the kill
    result: Callable[[Store, Path, str], Any]  # what a clean run and a re-run must agree on


def _records(store: Store, _folder: Path, _out: str) -> Any:
    with store.read() as conn:
        return sorted(conn.execute(text("SELECT id, status, source_key FROM records")).all())


def _entities(store: Store, _folder: Path, _out: str) -> Any:
    with store.read() as conn:
        rows = conn.execute(
            text(
                "SELECT m.entity_id, m.record_id FROM entity_members m JOIN entities e ON e.id = m.entity_id "
                "WHERE e.status <> 'removed'"
            )
        ).all()
    groups: dict[str, set[str]] = {}
    for entity, record in rows:
        groups.setdefault(entity, set()).add(record)
    return sorted(sorted(g) for g in groups.values())


def _documents(store: Store, _folder: Path, _out: str) -> Any:
    with store.read() as conn:
        return sorted(
            conn.execute(
                text(
                    "SELECT d.title, (SELECT count(*) FROM document_mentions m WHERE m.document_id = d.id) "
                    "FROM documents d"
                )
            ).all()
        )


def _editions(store: Store, _folder: Path, _out: str) -> Any:
    with store.read() as conn:
        return sorted(
            conn.execute(
                text(
                    "SELECT e.name, e.entity_count, count(x.entity_id) FROM editions e "
                    "LEFT JOIN edition_entities x ON x.edition = e.name GROUP BY e.name, e.entity_count"
                )
            ).all()
        )


def _output(_store: Store, _folder: Path, out: str) -> Any:
    return out


def _exported(_store: Store, folder: Path, _out: str) -> Any:
    path = folder / "export.jsonl"
    return path.read_text(encoding="utf-8") if path.exists() else None


def write_manifest(path: Path) -> None:
    names = ["Vantorek Trading House", "Korea Mining Development", "Shahid Hemmat", "Rosoboronexport"]
    with path.open("w", encoding="utf-8") as sink:
        for i in range(MANIFEST_ROWS):
            sink.write(f'{{"id": "m{i}", "schema": "Company", "names": ["{names[i % 4]} {i % 500}"]}}\n')


IMPORT = ("lists", "import", *map(str, LISTS))
OPERATIONS: dict[str, Operation] = {
    "import": Operation("import", (), lambda f: list(IMPORT), lambda f: list(IMPORT), _records),
    "resolve": Operation("resolve", (IMPORT,), lambda f: ["resolve"], lambda f: ["resolve"], _entities),
    "documents": Operation(
        "documents",
        (IMPORT, ("resolve",)),
        lambda f: ["documents", "add", *map(str, DOCUMENTS), "--partner", "US", "--workers", "1"],
        lambda f: ["documents", "add", *map(str, DOCUMENTS), "--partner", "US", "--workers", "1"],
        _documents,
    ),
    "screen-job": Operation(
        "screen-job",
        (IMPORT,),
        lambda f: ["screen", "-i", str(f / "manifest.jsonl"), "--job", "crash"],
        lambda f: ["screen", "-i", str(f / "manifest.jsonl"), "--job", "crash", "--resume"],
        _output,
    ),
    "edition": Operation(
        "edition",
        (IMPORT, ("resolve",)),
        lambda f: ["editions", "create", "crash-edition", "--include-public"],
        lambda f: ["editions", "create", "crash-edition", "--include-public"],
        _editions,
    ),
    "export": Operation(
        "export",
        (IMPORT, ("resolve",), ("editions", "create", "frozen", "--include-public")),
        lambda f: [
            "entities",
            "export",
            "--format",
            "jsonl",
            "--edition",
            "frozen",
            "-o",
            str(f / "export.jsonl"),
        ],
        lambda f: [
            "entities",
            "export",
            "--format",
            "jsonl",
            "--edition",
            "frozen",
            "-o",
            str(f / "export.jsonl"),
        ],
        _exported,
    ),
}


@dataclass(frozen=True)
class Trial:
    operation: str
    delay: float
    killed: bool  # the process was still running when the kill came
    problems: tuple[str, ...]  # what `epoc check` found, and a re-run differing from the clean run

    @property
    def consistent(self) -> bool:
        return not self.problems


def _invoke(url: str, data_dir: Path, argv: list[str]) -> str:
    runner = CliRunner()
    wanted = {"EPOC_DATA_DIR": str(data_dir), "EPOC_SCREEN_CHUNK_ROWS": "50"}
    old = {key: os.environ.get(key) for key in wanted}
    os.environ.update(wanted)
    try:
        result = runner.invoke(app, ["--db", url, *argv])
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    if result.exit_code != 0:
        said = getattr(result.exception, "message", None) or result.output[-500:]
        raise RuntimeError(f"epoc {' '.join(argv)}: {said}")
    return result.stdout


class Harness:
    """Trials of one operation on one kind of database: ``new_database()`` gives an empty one's URL."""

    def __init__(self, operation: Operation, new_database: Callable[[], Iterator[str]], folder: Path) -> None:
        self.operation = operation
        self.new_database = new_database
        self.folder = folder
        self.template_dump = folder / "template.epoc"
        self.template_file: Path | None = None
        self.clean_result: Any = None
        self.clean_seconds = 1.0

    @contextmanager
    def _copy(self, trial: Path) -> Iterator[str]:
        """A database holding the template's content."""
        if self.template_file is not None:
            target = trial / "epoc.db"
            shutil.copyfile(self.template_file, target)
            yield f"sqlite:///{target}"
            return
        with contextmanager(self.new_database)() as url:
            store = Store.open(url)
            try:
                restore(store, self.template_dump)
            finally:
                store.close()
            yield url

    def prepare(self) -> None:
        """The template store, and the clean run's result and duration (as a real process)."""
        with contextmanager(self.new_database)() as url:
            data = self.folder / "template-data"
            for argv in self.operation.prepare:
                _invoke(url, data, list(argv))
            store = Store.open(url)
            try:
                if url.startswith("sqlite"):
                    self.template_file = self.folder / "template.db"
                    store.close()
                    shutil.copyfile(url.removeprefix("sqlite:///"), self.template_file)
                else:
                    backup(store, self.template_dump)
            finally:
                store.close()
        clean = self.folder / "clean"
        clean.mkdir()
        write_manifest(clean / "manifest.jsonl")
        with self._copy(clean) as url:
            started = time.perf_counter()
            out = self._process(url, clean, self.operation.command(clean)).communicate()[0]
            self.clean_seconds = time.perf_counter() - started
            store = Store.open(url)
            try:
                self.clean_result = self.operation.result(store, clean, out.decode("utf-8"))
            finally:
                store.close()

    def _process(self, url: str, folder: Path, argv: list[str]) -> subprocess.Popen[bytes]:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT / "src"),
            "EPOC_DATA_DIR": str(folder / "data"),
            "EPOC_SCREEN_CHUNK_ROWS": "50",
        }
        return subprocess.Popen(
            [sys.executable, "-m", "epoc", "--db", url, *argv],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )

    def trial(self, delay: float) -> Trial:
        folder = Path(tempfile.mkdtemp(dir=self.folder, prefix="trial-"))
        write_manifest(folder / "manifest.jsonl")
        problems: list[str] = []
        with self._copy(folder) as url:
            process = self._process(url, folder, self.operation.command(folder))
            time.sleep(delay)
            killed = process.poll() is None
            process.send_signal(signal.SIGKILL)
            process.communicate()
            store = Store.open(url)
            try:
                report = check(store)
                problems += [f"check: {p}" for p in report.problems]
                exported = folder / "export.jsonl"
                if (
                    self.operation.name == "export"
                    and exported.exists()
                    and exported.read_text(encoding="utf-8") != self.clean_result
                ):
                    problems.append("a half-written export under its real name")
                try:
                    out = _invoke(url, folder / "data", self.operation.again(folder))
                except RuntimeError as exc:  # the killed run had finished: an edition is made once
                    if "exists; editions are frozen" not in str(exc):
                        raise
                    out = ""
                if self.operation.result(store, folder, out) != self.clean_result:
                    problems.append("the re-run's result differs from a clean run's")
            except Exception as exc:  # a re-run that fails is an inconsistency too
                problems.append(f"re-run failed: {exc}")
            finally:
                store.close()
        shutil.rmtree(folder, ignore_errors=True)
        return Trial(self.operation.name, delay, killed, tuple(problems))
