"""Batch screening in the background: a file of parties (the ``epoc screen`` input) screened by a worker
thread while the page polls its progress, then the results to download (JSON lines as ``epoc screen``
writes them, or CSV with one row per hit).

A job's state and results are files in the data folder (``screen-jobs/``), not process memory, so that any
of several server processes (``epoc serve --workers N``) answers the progress page and the downloads. A job
belongs to the user who started it: anyone else is told there is no such job. One job runs at a time per
process (the cores are shared with the pages); others wait in order. Finished jobs are forgotten after
``keep_hours``; a job whose process stopped while it ran is shown as failed once its state is stale.
"""

from __future__ import annotations

import contextlib
import contextvars
import csv
import io
import itertools
import json
import logging
import os
import re
import secrets
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from epoc.model.access import Viewer
from epoc.model.audit import Action
from epoc.model.errors import EpocError, InvalidInput, NotFound
from epoc.model.marking import Marking
from epoc.services import audit
from epoc.services.screening.manifest import open_manifest
from epoc.services.screening.stream import screen_stream
from epoc.services.screening.warm import WarmScreener, check_options
from epoc.store import Store
from epoc.store.screening import record_markings

log = logging.getLogger("epoc.screening")
CSV_FIELDS = (
    "id",
    "error",
    "rank",
    "entity_id",
    "caption",
    "score",
    "match",
    "matched_name",
    "query_name",
    "record_ids",
    "marking",
)
_JOB_ID = re.compile(r"^[A-Za-z0-9_-]{16}$")  # secrets.token_urlsafe(12): never a path
STALE_SECONDS = 600  # a running job whose state has not moved for this long lost its process
JOB_CHUNK_ROWS = 500  # rows per chunk of a job on the web: its progress moves this often


@dataclass
class BatchJob:
    """What the progress page shows of a job (the state file's content)."""

    id: str
    owner: str
    filename: str
    total: int
    threshold: float
    limit: int
    created: float = field(default_factory=time.time)
    updated: float = field(default_factory=time.time)
    state: str = "queued"  # queued, running, done, failed
    done: int = 0
    error: str | None = None
    errors: int = 0  # lines that could not be read
    matched: int = 0  # parties with at least one match
    banner: str = "UNCLASSIFIED"  # the results' marking: the strictest of the records they show
    finished: float | None = None

    @property
    def marking(self) -> Marking:
        return Marking.parse(self.banner)

    @property
    def running(self) -> bool:
        return self.state in ("queued", "running")

    @property
    def finished_ok(self) -> bool:
        return self.state == "done"

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "marking": self.marking.to_json()}


def _csv_rows(line: dict[str, Any], banners: dict[str, Marking]) -> list[dict[str, Any]]:
    """The CSV rows of one output line: one per hit (a party without hits, or a bad line: one row with the
    hit's cells empty), each hit marked with the strictest marking of the records it shows. Dicts on
    purpose: they are the CSV download's rows as ``csv.DictWriter`` writes them, read from a JSON line."""
    ident = "" if line.get("id") is None else line["id"]
    if "matches" not in line:
        return [{"id": ident, "error": line.get("error")}]
    if not line["matches"]:
        return [{"id": ident}]
    rows = []
    for rank, hit in enumerate(line["matches"], 1):
        marking = Marking.public()
        for record_id in hit["record_ids"]:
            if record_id in banners:
                marking = marking.strictest(banners[record_id])
        rows.append(
            {
                "id": ident,
                "rank": rank,
                "entity_id": hit["entity_id"],
                "caption": hit["caption"],
                "score": hit["score"],
                "match": "yes" if hit["match"] else "no",
                "matched_name": hit["matched_name"],
                "query_name": hit["query_name"],
                "record_ids": "|".join(hit["record_ids"]),
                "marking": marking.banner,
            }
        )
    return rows


@dataclass
class _CsvSummary:
    banner: Marking
    matched: int


def jsonl_to_csv(jsonl: Path, sink: IO[str], store: Store, batch: int = 2000) -> _CsvSummary:
    """The CSV of a job's JSON lines (``epoc screen``'s output, read back a batch of lines at a time, so
    memory does not grow with the file): the records' markings looked up once each."""
    writer = csv.DictWriter(sink, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    known: dict[str, Marking] = {}
    parsed: dict[str, Marking] = {}
    banner, matched = Marking.public(), 0
    with jsonl.open(encoding="utf-8") as source:
        while True:
            lines = [json.loads(text) for text in itertools.islice(source, batch)]
            if not lines:
                break
            wanted = {
                r for line in lines for hit in line.get("matches", ()) for r in hit["record_ids"]
            } - known.keys()
            if wanted:
                with store.read() as conn:
                    for record_id, text in record_markings(conn, wanted).items():
                        known[record_id] = parsed.get(text) or parsed.setdefault(text, Marking.parse(text))
            for line in lines:
                hits = line.get("matches", ())
                matched += any(hit["match"] for hit in hits)
                for hit in hits:
                    for record_id in hit["record_ids"]:
                        if record_id in known:
                            banner = banner.strictest(known[record_id])
                writer.writerows(_csv_rows(line, known))
    return _CsvSummary(banner, matched)


def count_rows(data: bytes, filename: str, fmt: str | None) -> tuple[int, int]:
    """The rows of an uploaded file and how many of them are bad lines, read as ``epoc screen`` reads
    them (streamed: nothing kept); a file that cannot be read at all says why, naming it."""
    rows = errors = 0
    try:
        manifest = open_manifest(io.BytesIO(data), name=filename, fmt=fmt)
        try:
            for query in manifest:
                rows += 1
                errors += query.party is None
        finally:
            manifest.close()
    except EpocError as exc:
        message = exc.message if exc.message.startswith(filename) else f"{filename}: {exc.message}"
        raise InvalidInput(message) from None
    return rows, errors


class BatchJobs:
    def __init__(
        self, screener: WarmScreener, folder: Path, keep_hours: float = 12, per_user: int = 20
    ) -> None:
        self.screener = screener
        self.folder = folder
        self.keep_seconds = keep_hours * 3600
        self.per_user = per_user
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="epoc-batch")

    # -- files ----------------------------------------------------------------------------------------------
    def _path(self, job_id: str, suffix: str) -> Path:
        return self.folder / f"{job_id}.{suffix}"

    def _write(self, path: Path, text: str) -> None:
        """Write whole or not at all (a reader in another process never sees half a file)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as sink:
            sink.write(text)
        os.replace(temporary, path)

    @contextlib.contextmanager
    def _writing(self, path: Path) -> Iterator[IO[str]]:
        """A file written a piece at a time, in place whole once done (never half a file to a reader)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as sink:
                yield sink
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)

    def _save(self, job: BatchJob) -> None:
        job.updated = time.time()
        self._write(self._path(job.id, "json"), json.dumps(asdict(job)))

    def _load(self, job_id: str) -> BatchJob | None:
        if not _JOB_ID.match(job_id):
            return None
        try:
            job = BatchJob(**json.loads(self._path(job_id, "json").read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None
        if job.running and time.time() - job.updated > STALE_SECONDS:
            job.state, job.error = "failed", "the server stopped while the job ran: start it again"
        return job

    # -- jobs -----------------------------------------------------------------------------------------------
    def start(
        self,
        viewer: Viewer,
        filename: str,
        data: str | bytes,
        threshold: float | None = None,
        limit: int | None = None,
        csv_input: bool | None = None,
    ) -> BatchJob:
        """Read the file (CSV, JSON lines or Parquet, as ``epoc screen`` reads them; a CSV without a
        ``names`` column is refused here) and queue it; bad lines are answered with their error in the
        results, as ``epoc screen`` does."""
        chosen_threshold, chosen_limit = check_options(threshold, limit)
        if isinstance(data, str):  # text (a form's field): JSON lines unless it reads as CSV
            if csv_input is None:
                first = next((line for line in data.splitlines() if line.strip()), "")
                csv_input = bool(first) and not first.lstrip().startswith("{")
            data = data.encode("utf-8")
        fmt = None if csv_input is None else ("csv" if csv_input else "jsonl")
        total, errors = count_rows(data, filename, fmt)
        if not total:
            raise InvalidInput(f"{filename}: no parties in the file (one JSON object or CSV row per party)")
        self._forget_old()
        waiting = [j for j in self.of(viewer) if j.running]
        if len(waiting) >= self.per_user:
            raise InvalidInput(
                f"you have {len(waiting)} screening jobs waiting or running: wait for one to end"
            )
        job = BatchJob(
            id=secrets.token_urlsafe(12),
            owner=viewer.username,
            filename=filename,
            total=total,
            threshold=chosen_threshold,
            limit=chosen_limit,
            errors=errors,  # answered with their error, in their place
        )
        self._save(job)
        # run in a copy of the caller's context: the trail says the job came from where it was started
        # (``web <address> session``), not from the command line
        self._pool.submit(contextvars.copy_context().run, self._run, job, data, fmt, viewer)
        return job

    def get(self, job_id: str, viewer: Viewer) -> BatchJob:
        """The viewer's own job; anyone else's, or one forgotten, is "no such job"."""
        job = self._load(job_id)
        if job is None or job.owner != viewer.username:
            raise NotFound(f"no screening job {job_id!r} of yours (jobs are kept for a while after they end)")
        return job

    def results(self, job_id: str, viewer: Viewer, fmt: str) -> tuple[BatchJob, bytes]:
        """A finished job of the viewer's and its results as ``jsonl`` or ``csv``."""
        job = self.get(job_id, viewer)
        if fmt not in ("jsonl", "csv"):
            raise InvalidInput(f"format: {fmt!r} is not jsonl or csv")
        if not job.finished_ok:
            raise InvalidInput(f"the job is {job.state}: its results are not ready")
        try:
            return job, self._path(job.id, fmt).read_bytes()
        except OSError:
            raise NotFound(f"the results of job {job_id!r} are gone: screen the file again") from None

    def of(self, viewer: Viewer) -> list[BatchJob]:
        """The viewer's jobs, newest first."""
        if not self.folder.is_dir():
            return []
        jobs = [self._load(p.stem) for p in self.folder.glob("*.json")]
        mine = [j for j in jobs if j is not None and j.owner == viewer.username]
        return sorted(mine, key=lambda j: -j.created)

    def wait(self, job_id: str, viewer: Viewer, timeout: float = 60) -> BatchJob:
        """Block until the job has ended (tests, scripts)."""
        deadline = time.monotonic() + timeout
        job = self.get(job_id, viewer)
        while job.running and time.monotonic() < deadline:
            time.sleep(0.02)
            job = self.get(job_id, viewer)
        return job

    def _run(self, job: BatchJob, data: bytes, fmt: str | None, viewer: Viewer) -> None:
        """Screen the file on the path ``epoc screen`` takes (streamed, repeated parties screened once, the
        same lines), for ``viewer``; then its CSV, its marking and one audit entry."""
        job.state = "running"
        self._save(job)

        def progress(_done: int, _total: int | None, rows: int) -> None:
            job.done = rows
            self._save(job)

        jsonl, table = self._path(job.id, "jsonl"), self._path(job.id, "csv")
        try:
            screener = self.screener.fresh()
            with self._writing(jsonl) as sink:
                screen_stream(
                    screener.store,
                    Path(),
                    io.BytesIO(data),
                    sink.write,
                    threshold=job.threshold,
                    limit=job.limit,
                    fmt=fmt,
                    name=job.filename,
                    progress=progress,
                    chunk_rows=JOB_CHUNK_ROWS,
                    screener=screener,
                    viewer=viewer,
                )
            with self._writing(table) as sink:
                summary = jsonl_to_csv(jsonl, sink, screener.store)
            job.banner, job.matched = summary.banner.banner, summary.matched
            with screener.store.transaction() as conn:
                audit.record(
                    conn,
                    viewer,
                    Action.SCREEN,
                    f"batch {job.id}",
                    {
                        "parties": job.total,
                        "errors": job.errors,
                        "threshold": job.threshold,
                        "limit": job.limit,
                        "matched_parties": job.matched,
                        "file": job.filename,
                    },
                )
            job.done, job.state = job.total, "done"
        except EpocError as exc:
            job.error, job.state = exc.message, "failed"
        except Exception:  # a thread's failure must reach the page, not vanish
            log.exception("screening job %s failed", job.id)
            job.error, job.state = (
                "internal error: the administrators can find it in the server log",
                "failed",
            )
        job.finished = time.time()
        self._save(job)

    def _forget_old(self) -> None:
        if not self.folder.is_dir():
            return
        now = time.time()
        for path in self.folder.glob("*.json"):
            job = self._load(path.stem)
            if job is not None and job.finished is not None and now - job.finished > self.keep_seconds:
                for suffix in ("json", "jsonl", "csv"):
                    self._path(job.id, suffix).unlink(missing_ok=True)
