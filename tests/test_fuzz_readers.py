"""Fuzzed readers: every list and document reader, on mutations of small valid files (hypothesis), reads
correctly or refuses with a clear error naming the file — never a crash or a hang; decompression bombs are
refused within bounded memory. The in-suite runs are small; `bench/fuzz.py` runs 100,000 inputs a reader."""

from __future__ import annotations

import random
import resource
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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

FUZZ = settings(
    max_examples=25, deadline=10_000, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


def test_the_seeds_read_correctly():
    with tempfile.TemporaryDirectory() as folder:
        for reader in LIST_SEEDS:
            assert read_list(reader, LIST_SEEDS[reader][1].read_bytes(), Path(folder)).kind == "read", reader
    for reader, (_name, data) in document_seeds().items():
        assert read_document(reader, data).kind == "read", reader


@pytest.mark.parametrize("reader", sorted(LIST_SEEDS))
@FUZZ
@given(seed=st.integers(0, 2**32 - 1), rounds=st.integers(1, 8))
def test_list_readers_read_or_refuse_clearly(reader, seed, rounds):
    data = mutate(LIST_SEEDS[reader][1].read_bytes(), random.Random(seed), rounds)
    with tempfile.TemporaryDirectory() as folder:
        outcome = read_list(reader, data, Path(folder))
    assert outcome.kind != "crash", outcome.detail


@pytest.mark.parametrize("reader", ["text", "html", "pdf", "docx", "email"])
@FUZZ
@given(seed=st.integers(0, 2**32 - 1), rounds=st.integers(1, 8))
def test_document_readers_read_or_refuse_clearly(reader, seed, rounds):
    data = mutate(document_seeds()[reader][1], random.Random(seed), rounds)
    outcome = read_document(reader, data)
    assert outcome.kind != "crash", outcome.detail


@settings(max_examples=30, deadline=10_000, derandomize=True)
@given(st.binary(max_size=2048), st.sampled_from(["text", "html", "pdf", "docx", "email"]))
def test_arbitrary_bytes_under_any_document_name(data, reader):
    if not data:
        return
    assert read_document(reader, data).kind != "crash"


@pytest.mark.parametrize(
    ("reader", "bomb"), [("docx", zip_bomb), ("pdf", pdf_stream_bomb), ("text", gzip_bomb)]
)
def test_decompression_bombs_stay_bounded(reader, bomb):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    outcome = read_document(reader, bomb())
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert outcome.kind != "crash", outcome.detail
    assert grown_mib < 400, f"reading the bomb grew the process by {grown_mib:.0f} MiB"


def test_an_address_the_standard_library_cannot_parse_is_read_as_written():
    """Found by bench/fuzz.py: `From: poc@` made the e-mail parser raise IndexError."""
    assert read_document("email", b"From: poc@\nSubject: Gyros\n\nA note on gyros.\n").kind == "read"
