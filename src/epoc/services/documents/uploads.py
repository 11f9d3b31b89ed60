"""Documents uploaded on the web, added in the background while the page shows how far each file is.

A big IE paper takes a minute to read, extract and store (tens of thousands of mentions): the upload page
hands the files' bytes to a worker thread at once and sends the browser to a progress page that HTMX polls
(without JavaScript: a refresh link). Each file is added from its bytes (``ingest.add_upload``: no
temporary file), in a transaction of its own; a file that fails is named with its reason and the others
still go in.

A job's state is a file in the data folder (``upload-jobs/``), not process memory, so that any of several
server processes answers the progress page. A job belongs to the user who started it; anyone else is told
there is no such job. Finished jobs are forgotten after ``keep_hours``; a job whose process stopped while
it ran is shown as failed once its state is stale.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import re
import secrets
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from epoc.documents.extract import Extractor
from epoc.documents.readers.base import Limits
from epoc.model.access import Viewer
from epoc.model.errors import NotFound
from epoc.services.documents.ingest import AddResult, DocumentOptions, NotAdded, add_result, add_upload
from epoc.services.results import plain
from epoc.store import Store

log = logging.getLogger("epoc.documents")
_JOB_ID = re.compile(r"^[A-Za-z0-9_-]{16}$")  # secrets.token_urlsafe(12): never a path
STALE_SECONDS = 900  # a running job whose state has not moved for this long lost its process


@dataclass(slots=True)
class UploadedFile:
    """One file of a job: where it is (``stage``), then its result (as ``add_upload`` gives it)."""

    file: str
    stage: str  # waiting, refused, reading, finding names, storing N mentions, done, failed
    result: AddResult | None = None


@dataclass
class UploadJob:
    """What the progress page shows: each file's stage, then its result. Its state file is its ``plain``
    form."""

    id: str
    owner: str
    files: list[UploadedFile]
    created: float = field(default_factory=time.time)
    updated: float = field(default_factory=time.time)
    state: str = "queued"  # queued, running, done, failed
    error: str | None = None

    @property
    def running(self) -> bool:
        return self.state in ("queued", "running")

    @property
    def done(self) -> int:
        return sum(1 for f in self.files if f.result is not None)

    @property
    def results(self) -> list[AddResult]:
        return [f.result for f in self.files if f.result is not None]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UploadJob:
        """A job back from its state file."""
        files = [
            UploadedFile(f["file"], f["stage"], None if f["result"] is None else add_result(f["result"]))
            for f in data["files"]
        ]
        return cls(**{**data, "files": files})


class UploadJobs:
    def __init__(
        self,
        store: Store,
        folder: Path,
        keep_hours: float = 12,
    ) -> None:
        self.store = store
        self.folder = folder
        self.keep_seconds = keep_hours * 3600
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="epoc-upload")

    def _path(self, job_id: str) -> Path:
        return self.folder / f"{job_id}.json"

    def _save(self, job: UploadJob) -> None:
        """Written whole or not at all (a reader in another process never sees half a file)."""
        job.updated = time.time()
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._path(job.id)
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as sink:
            sink.write(json.dumps(plain(job)))
        os.replace(temporary, target)

    def _load(self, job_id: str) -> UploadJob | None:
        if not _JOB_ID.match(job_id):
            return None
        try:
            job = UploadJob.from_json(json.loads(self._path(job_id).read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, KeyError):
            return None
        if job.running and time.time() - job.updated > STALE_SECONDS:
            job.state, job.error = (
                "failed",
                "the server stopped while the files were added: upload them again",
            )
        return job

    def start(
        self,
        viewer: Viewer,
        files: Sequence[tuple[str, bytes | str]],
        options: DocumentOptions,
        limits: Limits,
        extractor: Callable[[], Extractor],
    ) -> UploadJob:
        """Queue the files (name and bytes, or name and an error said already, e.g. too large); the
        extractor is built (with the names the store holds then) at the first file that is read."""
        self._forget_old()
        job = UploadJob(
            id=secrets.token_urlsafe(12),
            owner=viewer.username,
            files=[
                UploadedFile(name, "waiting")
                if isinstance(data, bytes)
                else UploadedFile(name, "refused", NotAdded(name, data))
                for name, data in files
            ],
        )
        self._save(job)
        payload = [data if isinstance(data, bytes) else None for _, data in files]
        # in a copy of the caller's context: the trail says the documents came from the web session
        self._pool.submit(contextvars.copy_context().run, self._run, job, payload, options, limits, extractor)
        return job

    def get(self, job_id: str, viewer: Viewer) -> UploadJob:
        job = self._load(job_id)
        if job is None or job.owner != viewer.username:
            raise NotFound(f"no upload {job_id!r} of yours (uploads are kept for a while after they end)")
        return job

    def wait(self, job_id: str, viewer: Viewer, timeout: float = 60) -> UploadJob:
        """Block until the job has ended (tests, scripts)."""
        deadline = time.monotonic() + timeout
        job = self.get(job_id, viewer)
        while job.running and time.monotonic() < deadline:
            time.sleep(0.02)
            job = self.get(job_id, viewer)
        return job

    def _run(
        self,
        job: UploadJob,
        payload: list[bytes | None],
        options: DocumentOptions,
        limits: Limits,
        extractor: Callable[[], Extractor],
    ) -> None:
        job.state = "running"
        self._save(job)
        try:
            for entry, data in zip(job.files, payload, strict=True):
                if data is None:
                    continue

                def stage(text: str, entry: UploadedFile = entry) -> None:
                    entry.stage = text
                    self._save(job)

                try:
                    result = add_upload(self.store, entry.file, data, options, limits, extractor, stage)
                except Exception:  # a reader's bug must not take the other files down
                    log.exception("adding the uploaded document %s", entry.file)
                    result = NotAdded(entry.file, f"{entry.file}: could not be read")
                entry.stage = "failed" if result.error else "done"
                entry.result = replace(result, file=entry.file)
                self._save(job)
            job.state = "done"
        except Exception:  # the page must hear of it, not wait for ever
            log.exception("upload job %s failed", job.id)
            job.state, job.error = (
                "failed",
                "internal error: the administrators can find it in the server log",
            )
        self._save(job)

    def _forget_old(self) -> None:
        if not self.folder.is_dir():
            return
        now = time.time()
        for path in self.folder.glob("*.json"):
            job = self._load(path.stem)
            if job is not None and not job.running and now - job.updated > self.keep_seconds:
                path.unlink(missing_ok=True)
