"""Batch screening in the background: a file of parties (the ``epoc screen`` input) screened by a worker
thread while the page polls its progress, then the results to download (JSON lines as ``epoc screen``
writes them, or CSV with one row per hit).

Jobs live in the server process's memory (a restart forgets them; the audit trail keeps that they ran) and
belong to the user who started them: anyone else is told there is no such job. One job runs at a time (the
machine's cores are shared with the pages); the others wait in order. Finished jobs are forgotten after
``keep_hours``, and a user keeps at most ``per_user`` of them.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import secrets
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from epoc.model.access import Viewer
from epoc.model.errors import EpocError, InvalidInput, NotFound
from epoc.model.marking import Marking
from epoc.services.screening_io import read_queries
from epoc.services.warm_screening import Screened, WarmScreener, check_options

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


@dataclass
class BatchJob:
    id: str
    owner: str
    filename: str
    total: int
    threshold: float
    limit: int
    created: float = field(default_factory=time.time)
    state: str = "queued"  # queued, running, done, failed
    done: int = 0
    error: str | None = None
    results: list[Screened] = field(default_factory=list)
    finished: float | None = None

    @property
    def marking(self) -> Marking:
        result = Marking.public()
        for screened in self.results:
            result = result.strictest(screened.marking)
        return result

    @property
    def finished_ok(self) -> bool:
        return self.state == "done"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "filename": self.filename,
            "state": self.state,
            "total": self.total,
            "done": self.done,
            "error": self.error,
            "errors": sum(1 for r in self.results if r.hits is None),
            "matched": sum(1 for r in self.results if r.hits and any(h.match for h in r.hits)),
            "marking": self.marking.to_json(),
        }

    def jsonl(self) -> bytes:
        """One ``epoc screen`` output line per input line, in order."""
        lines = (json.dumps(r.to_json(), ensure_ascii=False, separators=(",", ":")) for r in self.results)
        return ("\n".join(lines) + "\n").encode()

    def csv(self) -> bytes:
        """One row per hit (a party without hits, or a bad line: one row with the hit's cells empty)."""
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for screened in self.results:
            ident = "" if screened.query.id is None else screened.query.id
            if screened.hits is None:
                writer.writerow({"id": ident, "error": screened.query.error})
                continue
            if not screened.hits:
                writer.writerow({"id": ident})
            for rank, (hit, marking) in enumerate(zip(screened.hits, screened.markings, strict=True), 1):
                writer.writerow(
                    {
                        "id": ident,
                        "rank": rank,
                        "entity_id": hit.entity_id,
                        "caption": hit.caption,
                        "score": round(hit.score, 4),
                        "match": "yes" if hit.match else "no",
                        "matched_name": hit.matched_name,
                        "query_name": hit.query_name,
                        "record_ids": "|".join(hit.record_ids),
                        "marking": marking.banner,
                    }
                )
        return out.getvalue().encode()


class BatchJobs:
    def __init__(self, screener: WarmScreener, keep_hours: float = 12, per_user: int = 20) -> None:
        self.screener = screener
        self.keep_seconds = keep_hours * 3600
        self.per_user = per_user
        self._jobs: dict[str, BatchJob] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="epoc-batch")

    def start(
        self,
        viewer: Viewer,
        filename: str,
        text: str,
        threshold: float | None = None,
        limit: int | None = None,
        csv_input: bool | None = None,
    ) -> BatchJob:
        """Read the file (a CSV without a ``names`` column is refused here) and queue it; bad lines are
        answered with their error in the results, as ``epoc screen`` does."""
        chosen_threshold, chosen_limit = check_options(threshold, limit)
        try:
            queries = read_queries(text, csv_input)
        except EpocError as exc:
            raise InvalidInput(f"{filename}: {exc.message}") from None
        if not queries:
            raise InvalidInput(f"{filename}: no parties in the file (one JSON object or CSV row per party)")
        job = BatchJob(
            id=secrets.token_urlsafe(12),
            owner=viewer.username,
            filename=filename,
            total=len(queries),
            threshold=chosen_threshold,
            limit=chosen_limit,
        )
        with self._lock:
            self._forget_old(viewer.username)
            self._jobs[job.id] = job
        self._pool.submit(self._run, job, queries, viewer)
        return job

    def get(self, job_id: str, viewer: Viewer) -> BatchJob:
        """The viewer's own job; anyone else's, or one forgotten, is "no such job"."""
        job = self._jobs.get(job_id)
        if job is None or job.owner != viewer.username:
            raise NotFound(f"no screening job {job_id!r} of yours (jobs are kept for a while after they end)")
        return job

    def of(self, viewer: Viewer) -> list[BatchJob]:
        with self._lock:
            mine = [j for j in self._jobs.values() if j.owner == viewer.username]
        return sorted(mine, key=lambda j: -j.created)

    def wait(self, job: BatchJob, timeout: float = 60) -> None:
        """Block until the job has ended (tests and the synchronous API)."""
        deadline = time.monotonic() + timeout
        while job.state in ("queued", "running") and time.monotonic() < deadline:
            time.sleep(0.02)

    def _run(self, job: BatchJob, queries: list[Any], viewer: Viewer) -> None:
        job.state = "running"
        bad = sum(1 for q in queries if q.party is None)  # answered at once with their error

        def progress(screened: int) -> None:
            job.done = bad + screened

        try:
            job.results = self.screener.screen(
                queries,
                viewer,
                threshold=job.threshold,
                limit=job.limit,
                audit_target=f"batch {job.id}",
                audit_details={"file": job.filename},
                progress=progress,
            )
            job.done = job.total
            job.state = "done"
        except EpocError as exc:
            job.error, job.state = exc.message, "failed"
        except Exception:  # a thread's failure must reach the page, not vanish
            log.exception("screening job %s failed", job.id)
            job.error, job.state = (
                "internal error: the administrators can find it in the server log",
                "failed",
            )
        finally:
            job.finished = time.time()

    def _forget_old(self, owner: str) -> None:
        now = time.time()
        for key, job in list(self._jobs.items()):
            if job.finished is not None and now - job.finished > self.keep_seconds:
                del self._jobs[key]
        mine = sorted((j for j in self._jobs.values() if j.owner == owner), key=lambda j: j.created)
        ended = [j for j in mine if j.finished is not None]
        while len(mine) >= self.per_user and ended:
            oldest = ended.pop(0)
            mine.remove(oldest)
            del self._jobs[oldest.id]
        if len(mine) >= self.per_user:
            raise InvalidInput(f"you have {len(mine)} screening jobs waiting or running: wait for one to end")
