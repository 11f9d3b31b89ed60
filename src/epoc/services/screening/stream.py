"""Screening a manifest of any size, streamed in chunks, in order, resumable, on one process or on Dask.

The manifest is read a chunk of rows at a time (``CHUNK_ROWS``); each chunk's distinct parties not already
answered are scored by a backend — in this process, on forked processes sharing the index, or on a Dask
cluster the index is shipped to once — and written out in input order. Only a few chunks are in flight at
once, so memory stays flat in the number of rows. The hits are grouped into entities where they are scored
when the command line runs the workers (the entities of every indexed record are looked up once and shipped
with the index, ``Backend.answer_with``), so that the process reading the manifest and writing the lines is
left little to do besides; in this process, for a viewer (the web's batch jobs), with one SQL query a chunk.

Repeated parties are screened once: a party's canonical key (the party as ``Party.from_query`` normalises
it) maps to its answer in a cache bounded in bytes.

A named job (``job``) keeps its state in the data folder: every finished chunk's output lines in a file
written whole or not at all, and a manifest of the job's options and input. Killed at any point, the job
resumed (``resume``) writes the finished chunks' lines again and screens only the rest, so its output is
the uninterrupted run's, line for line.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol, cast

from epoc.matching.index import CandidateIndex
from epoc.matching.party import Party
from epoc.matching.scorer import Scorer
from epoc.matching.search import best_candidates
from epoc.model import EpocError
from epoc.model.access import Viewer
from epoc.names.translit import prepare
from epoc.services.screening.cluster import DaskCluster, process_scorer
from epoc.services.screening.heap import collector_paused, scoring_pool
from epoc.services.screening.io import Query, matches_text, result_line
from epoc.services.screening.manifest import open_manifest
from epoc.services.screening.screener import (
    RecordHit,
    Screener,
    _from_plain,
    _plain,
    _PlainHit,
    group_hits,
)
from epoc.store import Store
from epoc.store.entity_lookup import HitEntity

CHUNK_ROWS = 2000  # rows per chunk: the unit of work, of parallelism and of a job's saved progress
CACHE_BYTES = 256 * 1024 * 1024  # answers of repeated parties kept at most this big (oldest dropped first)
WINDOW_PER_SLOT = 4  # chunks in flight per worker
FORK_FROM = 500  # a chunk with fewer distinct parties than this is scored in this process
_JOB_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
JOB_FORMAT = 1


@dataclass(frozen=True, slots=True)
class StreamReport:
    rows: int
    screened: int  # distinct parties scored (the rest were repeats, bad rows, or resumed)
    resumed_chunks: int
    chunks: int


class Backend(Protocol):
    """Where a chunk's parties are scored: ``result`` gives each party's record hits, or its finished
    ``matches`` text. ``answer_with(entities)`` (before the first ``submit``; ``entities()`` loads them) lets
    the workers it sends chunks to group their hits into entities themselves and give the text: that work
    then leaves the process that reads the manifest and writes the lines."""

    def submit(self, parties: list[Party]) -> Any: ...

    def result(self, handle: Any) -> list[list[_PlainHit]] | list[str]: ...

    def answer_with(self, entities: Callable[[], Mapping[str, HitEntity]]) -> None: ...

    def close(self) -> None: ...


def party_key(party: Party) -> bytes:
    """The canonical key of a party: two rows with the same key get the same answer."""
    return hashlib.blake2b(repr(party).encode(), digest_size=16).digest()


# -- scoring, wherever it runs -----------------------------------------------------------------------------
def _scorer() -> Scorer:
    return process_scorer()


def score_parties(
    index: CandidateIndex,
    parties: Sequence[Party],
    threshold: float,
    limit: int,
    viewer: Viewer | None = None,
) -> list[list[_PlainHit]]:
    """Each party's best records (as plain tuples); the task a worker runs, with the index it was sent.
    With a ``viewer``, records they may not read are dropped before they are scored."""
    scorer = _scorer()
    may_read = None if viewer is None else viewer.may_read
    return [
        [
            _plain(RecordHit(entry.record_id, entry.caption, comparison))
            for entry, comparison in best_candidates(index, scorer, party, threshold, limit, may_read)
        ]
        for party in parties
    ]


def answer_parties(
    index: CandidateIndex,
    entities: Mapping[str, HitEntity],
    parties: Sequence[Party],
    threshold: float,
    limit: int,
) -> list[str]:
    """Each party's ``matches`` text, its hits grouped into ``entities`` (the command line's, no viewer): the
    task a worker runs when it answers whole (``Backend.answer_with``). The same text as the record hits
    sent back and grouped by the reading process (``_answers``)."""
    scorer = _scorer()
    scored = [
        [
            RecordHit(entry.record_id, entry.caption, comparison)
            for entry, comparison in best_candidates(index, scorer, party, threshold, limit)
        ]
        for party in parties
    ]
    return [matches_text(hits) for hits in group_hits(scored, entities, limit)[0]]


@dataclass(frozen=True, slots=True)
class ShippedEntities:
    """The entities a Dask worker answers with, as one object (Dask scatters a bare mapping by value)."""

    by_record: Mapping[str, HitEntity]


def answer_shipped(
    index: CandidateIndex, shipped: ShippedEntities, parties: Sequence[Party], threshold: float, limit: int
) -> list[str]:
    """``answer_parties`` on a Dask worker, with the entities scattered to it."""
    return answer_parties(index, shipped.by_record, parties, threshold, limit)


class InlineBackend:
    """Scoring in this process (for ``viewer``: the web's batch jobs)."""

    def __init__(
        self, index: CandidateIndex, threshold: float, limit: int, viewer: Viewer | None = None
    ) -> None:
        self.index, self.threshold, self.limit, self.viewer = index, threshold, limit, viewer
        self.entities_of: Callable[[], Mapping[str, HitEntity]] | None = None

    def answer_with(self, entities: Callable[[], Mapping[str, HitEntity]]) -> None:
        """Kept for workers (``ForkBackend``): here the hits are grouped by the caller, one SQL query for the
        chunk's hits, cheaper than loading every entity for a few parties."""
        assert self.viewer is None  # the entities are the command line's
        self.entities_of = entities

    def submit(self, parties: list[Party]) -> Any:
        return parties

    def result(self, handle: Any) -> list[list[_PlainHit]] | list[str]:
        return score_parties(self.index, handle, self.threshold, self.limit, self.viewer)

    def close(self) -> None:
        pass


# what forked workers score with: the index, the threshold and limit, and the entities they answer with
_FORKED: tuple[CandidateIndex, float, int, Mapping[str, HitEntity] | None] | None = None


def _score_forked(parties: list[Party]) -> list[list[_PlainHit]] | list[str]:
    assert _FORKED is not None
    index, threshold, limit, entities = _FORKED
    if entities is not None:
        return answer_parties(index, entities, parties, threshold, limit)
    return score_parties(index, parties, threshold, limit)


class ForkBackend(InlineBackend):
    """Scoring on processes forked once the index is loaded (they share it copy-on-write); small chunks
    stay in this process."""

    def __init__(self, index: CandidateIndex, threshold: float, limit: int, workers: int) -> None:
        super().__init__(index, threshold, limit)
        self.workers = workers
        self._pool: Any = None

    def submit(self, parties: list[Party]) -> Any:
        if len(parties) < FORK_FROM:
            return ("inline", parties)
        if self._pool is None:
            # the transliterators of the scripts seen so far built once here, shared by the workers (each
            # would build its own on its first name of that script); their tables are many objects at once
            with collector_paused():
                prepare(name.script for party in parties for name in party.names)
            _scorer()
            global _FORKED  # noqa: PLW0603  (read by the forked workers only)
            entities = None if self.entities_of is None else self.entities_of()  # loaded once, shared
            _FORKED = (self.index, self.threshold, self.limit, entities)
            self._pool = scoring_pool(self.workers)
        # a share of the chunk for each worker: a chunk given whole to one worker left the others idle
        # while it finished (the last chunk of a manifest, or one of few)
        size = -(-len(parties) // self.workers)
        shares = [parties[start : start + size] for start in range(0, len(parties), size)]
        return ("pool", [self._pool.apply_async(_score_forked, (share,)) for share in shares])

    def result(self, handle: Any) -> list[list[_PlainHit]] | list[str]:
        kind, value = handle
        if kind == "inline":
            return super().result(value)
        return cast(list[list[_PlainHit]] | list[str], [answer for share in value for answer in share.get()])

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None


class DaskBackend:
    """Scoring on a Dask cluster: the one at ``scheduler``, or a ``LocalCluster`` of ``workers`` started
    here. The index (and the entities it answers with) is scattered to every worker once; each chunk is one
    task."""

    def __init__(
        self,
        index: CandidateIndex,
        threshold: float,
        limit: int,
        *,
        scheduler: str | None = None,
        workers: int | None = None,
        processes: bool = True,
    ) -> None:
        self.threshold, self.limit = threshold, limit
        self.cluster = DaskCluster(scheduler, workers, processes)
        self.slots = self.cluster.slots
        self.index = self.cluster.broadcast(index)
        self.entities: Any = None

    def answer_with(self, entities: Callable[[], Mapping[str, HitEntity]]) -> None:
        self.entities = self.cluster.broadcast(ShippedEntities(dict(entities())))

    def submit(self, parties: list[Party]) -> Any:
        if self.entities is not None:
            return self.cluster.client.submit(
                answer_shipped, self.index, self.entities, parties, self.threshold, self.limit, pure=False
            )
        return self.cluster.client.submit(
            score_parties, self.index, parties, self.threshold, self.limit, pure=False
        )

    def result(self, handle: Any) -> list[list[_PlainHit]] | list[str]:
        return cast(list[list[_PlainHit]] | list[str], handle.result())

    def close(self) -> None:
        self.cluster.close()


# -- the job's state ---------------------------------------------------------------------------------------
def _write_whole(path: Path, text: str) -> None:
    """Write a file whole or not at all, and durably (a kill or power cut leaves the old one or the new)."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    with temporary.open("w", encoding="utf-8") as sink:
        sink.write(text)
        sink.flush()
        os.fsync(sink.fileno())
    os.replace(temporary, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


class JobState:
    """A named job's folder: ``job.json`` (options and input) and ``chunk-NNNNNNNN.jsonl`` per finished
    chunk."""

    def __init__(self, root: Path, name: str) -> None:
        if not _JOB_NAME.match(name):
            raise EpocError(
                f"job name {name!r}: use letters, digits, '.', '_' or '-' (at most 64, not starting with '.')"
            )
        self.name = name
        self.folder = root / name

    def chunk_path(self, number: int) -> Path:
        return self.folder / f"chunk-{number:08d}.jsonl"

    def finished_chunks(self) -> int:
        """How many chunks, from the first, are finished."""
        count = 0
        while self.chunk_path(count).exists():
            count += 1
        return count

    def begin(self, description: dict[str, Any], resume: bool) -> int:
        """Start the job (or resume it: the same input and options); the number of chunks already done."""
        manifest = self.folder / "job.json"
        if resume and manifest.exists():
            try:
                before = json.loads(manifest.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                before = None
            if before != description:
                changed = sorted(
                    k for k in description if not isinstance(before, dict) or before.get(k) != description[k]
                )
                raise EpocError(
                    f"job {self.name!r} was started with another input or other options"
                    f" ({', '.join(changed) or 'its state'} differ): run it without --resume to start again"
                )
            return self.finished_chunks()
        if self.folder.exists():  # started again: the old state goes
            for path in self.folder.iterdir():
                path.unlink()
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_whole(manifest, json.dumps(description, sort_keys=True))
        return 0

    def save_chunk(self, number: int, lines: list[str]) -> None:
        _write_whole(self.chunk_path(number), "".join(lines))

    def chunk_text(self, number: int) -> str:
        return self.chunk_path(number).read_text(encoding="utf-8")


def describe_input_json(
    source: str, fmt: str | None, threshold: float, limit: int, chunk_rows: int
) -> dict[str, Any]:
    """What a resumed job must find unchanged: the input (path, size, modification time) and options. A dict
    on purpose: it is the job's manifest file, written as JSON and compared with it on ``--resume``."""
    described: dict[str, Any] = {
        "format": JOB_FORMAT,
        "input_format": fmt,
        "threshold": threshold,
        "limit": limit,
        "chunk_rows": chunk_rows,
    }
    if source == "-":
        described["input"] = "-"
    else:
        path = Path(source)
        try:
            stat = path.stat()
        except OSError as exc:
            raise EpocError(f"cannot read {source}: {exc.strerror}") from None
        described["input"] = {"path": str(path.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    return described


# -- the run -----------------------------------------------------------------------------------------------
class _Answers:
    """Answers of parties by key, bounded in bytes (the oldest go first)."""

    def __init__(self, limit: int = CACHE_BYTES) -> None:
        self._data: OrderedDict[bytes, str] = OrderedDict()
        self._bytes = 0
        self._limit = limit

    def get(self, key: bytes) -> str | None:
        return self._data.get(key)

    def put(self, key: bytes, answer: str) -> None:
        if key in self._data:
            return
        self._data[key] = answer
        self._bytes += len(answer) + 100
        while self._bytes > self._limit and self._data:
            _, dropped = self._data.popitem(last=False)
            self._bytes -= len(dropped) + 100


@dataclass
class _Chunk:
    number: int
    queries: list[Query]
    keys: list[bytes | None]
    asked: list[bytes]  # the distinct keys sent to be scored, in the order of ``handle``'s answers
    parties: list[Party]
    handle: Any


def screen_stream(
    store: Store,
    index_root: Path,
    source: str | IO[bytes],
    out: Callable[[str], object],
    *,
    threshold: float,
    limit: int,
    fmt: str | None = None,
    name: str | None = None,
    backend: Callable[[CandidateIndex], Backend] | None = None,
    job: JobState | None = None,
    resume: bool = False,
    progress: Callable[[int, int | None, int], None] | None = None,
    chunk_rows: int = CHUNK_ROWS,
    screener: Screener | None = None,
    viewer: Viewer | None = None,
) -> StreamReport:
    """Screen every row of ``source`` (a path, or a binary stream) and ``out`` one line per row, in order.

    ``backend(index)`` makes the backend (default: this process). ``progress(done, total, rows)`` is called
    after each chunk, ``done``/``total`` in the manifest's unit (bytes, or Parquet rows). ``screener``: one
    already in step with the store (the web's warm one; else one is made and its index loaded here).
    ``viewer``: only records they may read are scored and shown (the web; the command line reads all)."""
    if screener is None:
        screener = Screener(store, index_root)
        screener.refresh()
    merged = screener.index.searchable
    index = CandidateIndex([merged] if merged is not None else [])
    done_before = 0
    if job is not None:
        described = describe_input_json(
            source if isinstance(source, str) else "-", fmt, threshold, limit, chunk_rows
        )
        done_before = job.begin(described, resume)
    manifest = open_manifest(source if not isinstance(source, str) or source != "-" else _stdin(), name, fmt)
    try:
        scoring = (backend or (lambda ix: InlineBackend(ix, threshold, limit, viewer)))(index)
    except BaseException:
        manifest.close()
        raise
    if viewer is None and backend is not None:  # workers may group and write each party's answer
        try:
            scoring.answer_with(screener.entity_map)
        except BaseException:
            scoring.close()
            manifest.close()
            raise
    # chunks in flight: enough that a worker done with its own is not idle while this process waits for
    # the oldest (a cold worker's first chunks take twice as long as the rest), few enough for flat memory
    window = max(2, WINDOW_PER_SLOT * getattr(scoring, "slots", getattr(scoring, "workers", 1)))
    answers = _Answers()
    pending: deque[_Chunk] = deque()
    rows = screened = chunks = 0

    def finish(chunk: _Chunk) -> None:
        nonlocal screened
        result = scoring.result(chunk.handle)
        if result and isinstance(result[0], str):  # answered whole by the workers
            texts = result
        else:
            found = [[_from_plain(h) for h in hits] for hits in cast(list[list[_PlainHit]], result)]
            texts = _answers(screener, found, limit, viewer)
        fresh = dict(zip(chunk.asked, texts, strict=True))
        screened += len(fresh)
        for asked_key, answer in fresh.items():
            answers.put(asked_key, answer)
        lines = []
        missing = [
            (key, query.party)
            for query, key in zip(chunk.queries, chunk.keys, strict=True)
            if key is not None and query.party is not None and key not in fresh and answers.get(key) is None
        ]
        if missing:  # answered by an earlier chunk, then dropped from the cache: scored again here
            distinct = dict(missing)
            found_again = [
                [_from_plain(h) for h in hits]
                for hits in score_parties(index, list(distinct.values()), threshold, limit, viewer)
            ]
            fresh |= dict(zip(distinct, _answers(screener, found_again, limit, viewer), strict=True))
        for query, key in zip(chunk.queries, chunk.keys, strict=True):
            lines.append(result_line(query, None if key is None else fresh.get(key) or answers.get(key)))
        if job is not None:
            job.save_chunk(chunk.number, lines)
        for line in lines:
            out(line)
        if progress is not None:
            progress(manifest.progress(), manifest.size, rows)

    try:
        rows_iter = iter(manifest)
        number = 0
        while True:
            batch = _take(rows_iter, chunk_rows)
            if not batch:
                break
            rows += len(batch)
            if number < done_before:  # finished before the job was stopped: its saved lines again
                assert job is not None
                out(job.chunk_text(number))
                number += 1
                if progress is not None:
                    progress(manifest.progress(), manifest.size, rows)
                continue
            keys: list[bytes | None] = [None if q.party is None else party_key(q.party) for q in batch]
            asked: dict[bytes, Party] = {}
            in_flight = {k for c in pending for k in c.asked}
            for query, key in zip(batch, keys, strict=True):
                if key is None or query.party is None or key in asked or key in in_flight:
                    continue
                if answers.get(key) is None:
                    asked[key] = query.party
            parties = list(asked.values())
            pending.append(_Chunk(number, batch, keys, list(asked), parties, scoring.submit(parties)))
            number += 1
            chunks += 1
            while len(pending) >= window:
                finish(pending.popleft())
        while pending:
            finish(pending.popleft())
    finally:
        scoring.close()
        manifest.close()
    return StreamReport(rows=rows, screened=screened, resumed_chunks=done_before, chunks=chunks + done_before)


def _stdin() -> IO[bytes]:
    import sys

    return sys.stdin.buffer


def _take(rows: Any, count: int) -> list[Query]:
    batch: list[Query] = []
    for query in rows:
        batch.append(query)
        if len(batch) >= count:
            break
    return batch


def _answers(
    screener: Screener, found: list[list[RecordHit]], limit: int, viewer: Viewer | None
) -> list[str]:
    """Each party's ``matches`` array as the output line holds it, after the entities' SQL check."""
    if not found:
        return []
    return [matches_text(hits) for hits in screener._entities(found, limit, viewer)]
