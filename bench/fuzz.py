"""Benchmark: fuzz every list and document reader with mutations of small valid files.

    python bench/fuzz.py [--inputs 100000] [--readers pdf,docx,...] [--hang-seconds 5] [--seed 1]

Each input is a seed file (``tests/fuzzing.py``: the fixture lists, and a small PDF, DOCX, HTML, e-mail and
text made there) with 1-8 random edits (bit flips, inserted or deleted bytes, duplicated slices, truncation,
format tokens spliced in). An outcome is a correct read, a clear refusal (an error naming the file), a crash
(anything else) or a hang (longer than --hang-seconds, stopped by an alarm). Prints, per reader: inputs,
reads, refusals, crashes, hangs, inputs/s, and the first few crashes; then the decompression bombs.
"""

from __future__ import annotations

import argparse
import random
import resource
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzzing import (
    LIST_SEEDS,
    document_seeds,
    gzip_bomb,
    mutate,
    pdf_stream_bomb,
    read_document,
    read_list,
    zip_bomb,
)


class Hang(BaseException):  # not an Exception: the readers' own handlers must not swallow it
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise Hang


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--readers", default="", help="comma-separated (default: every reader)")
    parser.add_argument("--hang-seconds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    lists = {f"list:{name}": name for name in LIST_SEEDS}
    documents = {f"document:{name}": name for name in document_seeds()}
    chosen = [
        r for r in (*lists, *documents) if not args.readers or r.split(":", 1)[1] in args.readers.split(",")
    ]
    folder = Path(tempfile.mkdtemp(prefix="epoc-fuzz-"))
    total_crashes = total_hangs = 0
    for label in chosen:
        rng = random.Random(f"{args.seed}-{label}")
        seed = (
            LIST_SEEDS[lists[label]][1].read_bytes()
            if label in lists
            else document_seeds()[documents[label]][1]
        )
        counts: Counter[str] = Counter()
        crashes: list[str] = []
        started = time.perf_counter()
        for _ in range(args.inputs):
            data = mutate(seed, rng)
            signal.alarm(args.hang_seconds)
            try:
                outcome = (
                    read_list(lists[label], data, folder)
                    if label in lists
                    else read_document(documents[label], data)
                )
                kind, detail = outcome.kind, outcome.detail
            except Hang:
                kind, detail = "hang", f"{len(data)} bytes"
            finally:
                signal.alarm(0)
            counts[kind] += 1
            if kind in ("crash", "hang") and len(crashes) < 5:
                crashes.append(f"{kind}: {detail}")
        seconds = time.perf_counter() - started
        total_crashes += counts["crash"]
        total_hangs += counts["hang"]
        print(
            f"{label:28} {args.inputs:>8,} inputs  read {counts['read']:>7,}  refused {counts['refused']:>7,}"
            f"  crashes {counts['crash']:>4}  hangs {counts['hang']:>3}  {args.inputs / seconds:,.0f}/s",
            flush=True,
        )
        for line in crashes:
            print(f"    {line}")
    for name, reader, bomb in (
        ("zip (DOCX)", "docx", zip_bomb),
        ("PDF stream", "pdf", pdf_stream_bomb),
        ("gzip", "text", gzip_bomb),
    ):
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        outcome = read_document(reader, bomb())
        grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        print(f"bomb {name:12} {outcome.kind}: {outcome.detail[:90]}; peak memory grew {grown:.0f} MiB")
    print(f"total: {total_crashes} crashes, {total_hangs} hangs")


if __name__ == "__main__":
    main()
