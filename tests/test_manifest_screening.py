"""`epoc screen` on manifests: CSV, JSON lines and Parquet streamed in chunks, repeated parties screened once,
the same lines whatever runs them (this process, forked workers, a Dask LocalCluster), and a named job that
resumes after a kill without redoing finished chunks."""

import io
import json
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from epoc.cli import app
from epoc.matching.index import CandidateIndex
from epoc.matching.party import Party
from epoc.matching.scorer import FeatureScore
from epoc.names import frequency
from epoc.services.records.imports import import_paths
from epoc.services.screening.io import Query, dumps_line, matches_text, result_json, result_line
from epoc.services.screening.manifest import read_manifest_bytes
from epoc.services.screening.screener import Hit, Screener, _from_plain
from epoc.services.screening.stream import (
    DaskBackend,
    ForkBackend,
    InlineBackend,
    JobState,
    _answers,
    answer_parties,
    score_parties,
    screen_stream,
)
from epoc.sources.base import ImportOptions
from epoc.store import Store

SCREENING = Path(__file__).parent / "fixtures" / "screening"
SRC = Path(__file__).resolve().parents[1] / "src"
runner = CliRunner()

NAMES = [
    ("Company", "Vantorek Guidance Systems", "IR"),
    ("Company", "조선별망무역회사", ""),
    ("Person", "Dariusz Quellenberg", "Germany"),
    ("Company", "Lumeria Precision Alloys", "CN"),
    ("Company", "Nobody Known At All Ltd", ""),
    ("Person", "Иван Кварцев", "RU"),
]


def _rows(count: int) -> list[dict]:
    """``count`` parties, a third of them repeats, one bad row in every 50."""
    rows = []
    for i in range(count):
        schema, name, country = NAMES[i % len(NAMES)]
        if i % 50 == 49:
            rows.append({"id": f"r{i}", "schema": schema, "names": []})
            continue
        variant = name if i % 3 == 0 else f"{name} {i % 17}"
        rows.append(
            {"id": f"r{i}", "schema": schema, "names": [variant], "countries": [country] if country else []}
        )
    return rows


def _jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def _csv(rows: list[dict]) -> str:
    out = ["id,schema,names,countries"]
    for r in rows:
        out.append(f"{r['id']},{r['schema']},{'|'.join(r['names'])},{'|'.join(r.get('countries', []))}")
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def store_url(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("manifest")
    url = f"sqlite:///{folder / 'epoc.db'}"
    store = Store.open(url)
    try:
        assert import_paths(
            store, [SCREENING / "partner_a.csv", SCREENING / "partner_b.csv"], ImportOptions()
        ).ok
    finally:
        store.close()
    return url


@pytest.fixture
def store(store_url):
    opened = Store.open(store_url)
    yield opened
    opened.close()


def _run(store, tmp_path, source, **options) -> tuple[str, object]:
    out = io.StringIO()
    report = screen_stream(store, tmp_path / "index", source, out.write, threshold=0.7, limit=3, **options)
    return out.getvalue(), report


def test_formats_and_encodings_read_the_same(tmp_path):
    rows = _rows(40)
    jsonl = read_manifest_bytes(_jsonl(rows).encode(), "parties.jsonl")
    for data, name in [
        (_csv(rows).encode("utf-8"), "parties.csv"),
        (_csv(rows).encode("utf-16"), "parties.csv"),
        (_jsonl(rows).encode("utf-8-sig"), "parties.txt"),
    ]:
        read = read_manifest_bytes(data, name)
        assert [(q.id, q.party) for q in read] == [(q.id, q.party) for q in jsonl], name
    latin = "id,names,countries\nx1,Société Générale d'Armement,France\n".encode("latin-1")
    [query] = read_manifest_bytes(latin, "latin.csv")
    assert query.party is not None and query.party.names[0].text == "Société Générale d'Armement"


def test_parquet_reads_lists_and_strings(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "parties.parquet"
    table = pa.table(
        {
            "id": ["p1", "p2", "p3"],
            "schema": ["Company", "Person", None],
            "names": [["Vantorek Guidance Systems", "Vantorek GS"], ["Dariusz Quellenberg"], []],
            "countries": ["IR", "Germany|Poland", None],
        }
    )
    pq.write_table(table, path)
    queries = read_manifest_bytes(path.read_bytes(), "upload.bin")
    assert [q.id for q in queries] == ["p1", "p2", "p3"]
    assert [n.text for n in queries[0].party.names] == ["Vantorek Guidance Systems", "Vantorek GS"]
    assert queries[1].party.countries == ("DE", "PL")
    assert queries[2].party is None and "line 3" in queries[2].error and "names" in queries[2].error


def test_bad_files_say_what_and_where(tmp_path):
    with pytest.raises(Exception, match=r"parties\.csv: needs a header line with at least a 'names' column"):
        read_manifest_bytes(b"id,name\n1,x\n", "parties.csv")
    with pytest.raises(Exception, match=r"broken\.parquet: not a readable Parquet file"):
        read_manifest_bytes(b"PAR1 not really", "broken.parquet")


def test_chunks_repeats_and_workers_give_the_same_lines(store, tmp_path, monkeypatch):
    rows = _rows(300)
    path = tmp_path / "parties.jsonl"
    path.write_text(_jsonl(rows), encoding="utf-8")
    whole, report = _run(store, tmp_path, str(path), chunk_rows=10_000)
    lines = whole.splitlines()
    assert len(lines) == 300 and json.loads(lines[0])["id"] == "r0"
    assert json.loads(lines[0])["matches"][0]["entity_id"] == "partner-a:A-001"
    assert json.loads(lines[49]) == {"id": "r49", "error": json.loads(lines[49])["error"]}
    distinct = len(
        {(r["schema"], tuple(r["names"]), tuple(r.get("countries", []))) for r in rows if r["names"]}
    )
    assert report.screened == distinct < 300  # repeats screened once

    chunked, report = _run(store, tmp_path, str(path), chunk_rows=7)
    assert chunked == whole and report.chunks == 43

    monkeypatch.setattr("epoc.services.screening.stream.FORK_FROM", 1)
    forked, _ = _run(
        store, tmp_path, str(path), chunk_rows=40, backend=lambda ix: ForkBackend(ix, 0.7, 3, workers=2)
    )
    assert forked == whole

    csv_path = tmp_path / "parties.csv"
    csv_path.write_text(_csv(rows), encoding="utf-8")
    as_csv, _ = _run(store, tmp_path, str(csv_path), chunk_rows=64)
    assert [json.loads(x).get("matches") for x in as_csv.splitlines()] == [
        json.loads(x).get("matches") for x in lines
    ]


def test_dask_local_cluster_gives_the_same_lines(store, tmp_path):
    pytest.importorskip("dask.distributed")
    path = tmp_path / "parties.jsonl"
    path.write_text(_jsonl(_rows(120)), encoding="utf-8")
    alone, _ = _run(store, tmp_path, str(path), chunk_rows=10_000)
    on_dask, report = _run(
        store,
        tmp_path,
        str(path),
        chunk_rows=25,
        backend=lambda ix: DaskBackend(ix, 0.7, 3, workers=2, processes=False),
    )
    assert on_dask == alone and report.chunks == 5


def test_workers_answer_with_the_text_the_reading_process_would_write(store, tmp_path):
    """A backend given the command line's entities groups its hits itself and sends each party's finished
    ``matches`` back: the text the reading process makes from the record hits and its own SQL lookup."""
    screener = Screener(store, tmp_path / "index")
    screener.refresh()
    merged = screener.index.searchable
    index = CandidateIndex([merged] if merged is not None else [])
    parties = [Party.from_query(r) for r in _rows(60) if r["names"]]
    found = [[_from_plain(h) for h in hits] for hits in score_parties(index, parties, 0.7, 3)]
    expected = _answers(screener, found, 3, None)
    entities = screener.entity_map()
    assert answer_parties(index, entities, parties, 0.7, 3) == expected
    assert any(text != "[]" for text in expected)
    inline = InlineBackend(index, 0.7, 3)  # here the caller groups: a few parties need not load every entity
    inline.answer_with(screener.entity_map)
    assert inline.result(inline.submit(parties)) == score_parties(index, parties, 0.7, 3)
    # a record in no entity the map knows is not shown, as the SQL check leaves it out
    without = {k: v for k, v in entities.items() if k != "partner-a:A-001"}
    assert all("partner-a:A-001" not in t for t in answer_parties(index, without, parties, 0.7, 3))


def test_a_job_resumes_where_it_stopped(store, tmp_path):
    path = tmp_path / "parties.jsonl"
    path.write_text(_jsonl(_rows(100)), encoding="utf-8")
    clean, _ = _run(store, tmp_path, str(path), chunk_rows=10)
    job = JobState(tmp_path / "jobs", "manifest-1")
    written: list[str] = []

    def stop_after_four(line: str) -> None:
        written.append(line)
        if len(written) == 40:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        screen_stream(
            store,
            tmp_path / "index",
            str(path),
            stop_after_four,
            threshold=0.7,
            limit=3,
            chunk_rows=10,
            job=job,
        )
    assert job.finished_chunks() == 4
    resumed, report = _run(store, tmp_path, str(path), chunk_rows=10, job=job, resume=True)
    assert resumed == clean and report.resumed_chunks == 4 and report.screened < report.rows
    with pytest.raises(Exception, match="another input or other options"):
        _run(store, tmp_path, str(path), chunk_rows=20, job=job, resume=True)


def test_cli_contract_options(store_url, tmp_path, monkeypatch):
    monkeypatch.setenv("EPOC_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "parties.csv"
    path.write_text(_csv(_rows(30)), encoding="utf-8")
    plain = runner.invoke(app, ["--db", store_url, "screen", "-i", str(path)])
    assert plain.exit_code == 0, plain.output
    job = runner.invoke(app, ["--db", store_url, "screen", "-i", str(path), "--job", "j1"])
    assert job.stdout == plain.stdout
    again = runner.invoke(app, ["--db", store_url, "screen", "-i", str(path), "--job", "j1", "--resume"])
    assert again.stdout == plain.stdout
    refused = runner.invoke(app, ["--db", store_url, "screen", "-i", str(path), "--resume"])
    assert refused.exit_code != 0


def test_without_dask_workers_say_so_in_one_line(store_url, tmp_path, monkeypatch, capsys):
    from epoc.cli import main

    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # as if Dask were not installed
    monkeypatch.setenv("EPOC_DATA_DIR", str(tmp_path / "data"))
    assert main(["--db", store_url, "screen", "-i", "-", "--workers", "2"]) == 1
    assert (
        capsys.readouterr().err.strip()
        == "error: --workers and --scheduler need Dask: pip install 'epoc[dask]'"
    )


def test_killed_job_resumes_to_the_uninterrupted_output(store_url, tmp_path, monkeypatch):
    """A real process killed (SIGKILL) mid-job; --resume finishes it with the same lines."""
    path = tmp_path / "big.jsonl"
    rows = [
        {"id": f"k{i}", "schema": "Company", "names": [f"Vantorek Trading House {i}"], "countries": ["IR"]}
        for i in range(1500)
    ]
    path.write_text(_jsonl(rows), encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "EPOC_DATA_DIR": str(tmp_path / "data"),
        "EPOC_SCREEN_CHUNK_ROWS": "30",
    }
    command = [sys.executable, "-m", "epoc", "--db", store_url, "screen", "-i", str(path), "--job", "kill-me"]
    folder = tmp_path / "data" / "jobs" / "kill-me"
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(folder.glob("chunk-*.jsonl"))) < 3:
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    killed_at = len(list(folder.glob("chunk-*.jsonl")))
    assert 3 <= killed_at < 50, "the job was killed part way"
    # the resumed and the clean run in this process (the kill is what needed a real one)
    monkeypatch.setenv("EPOC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EPOC_SCREEN_CHUNK_ROWS", "30")
    resumed = runner.invoke(app, [*command[3:], "--resume"])
    clean = runner.invoke(app, ["--db", store_url, "screen", "-i", str(path)])
    assert resumed.exit_code == 0, resumed.output
    assert resumed.stdout == clean.stdout and len(clean.stdout.splitlines()) == 1500


def test_one_place_assembles_the_output_line():
    hit = Hit(
        "e-1",
        "Vantorek — Guidance",
        0.91234,
        True,
        "Vantorek Guidance",
        "Vantorek",
        ("r-1", "r-2"),
        (FeatureScore("name", 0.9, 'a "quoted" détail'),),
    )
    party = Query(3, "p-3", None, None)
    for query, hits in ((party, [hit]), (party, []), (Query(4, None, None, "line 4: no names"), None)):
        expected = dumps_line(result_json(query, hits)) + "\n"
        assert result_line(query, None if hits is None else matches_text(hits)) == expected


def test_repeats_are_screened_once_and_answered_in_input_order(store, tmp_path):
    one = {"schema": "Company", "names": ["Vantorek Guidance Systems"], "countries": ["IR"]}
    two = {"schema": "Person", "names": ["Dariusz Quellenberg"]}
    rows = [{"id": f"x{i}", **(one if i % 2 else two)} for i in range(40)]
    path = tmp_path / "repeats.jsonl"
    path.write_text(_jsonl(rows), encoding="utf-8")
    out, report = _run(store, tmp_path, str(path), chunk_rows=3)
    lines = [json.loads(x) for x in out.splitlines()]
    assert report.screened == 2 and report.rows == 40
    assert [x["id"] for x in lines] == [f"x{i}" for i in range(40)]
    assert all(x["matches"] == lines[i % 2]["matches"] for i, x in enumerate(lines))


def test_an_index_sent_to_another_process_scores_with_its_own_word_table(store, tmp_path):
    """A copy of the index (Dask scatters it, a worker may fetch it from another worker after that one
    searched it) teaches the process how common each word is, whatever the process learnt before."""
    screener = Screener(store, tmp_path / "index")
    screener.refresh()
    index = CandidateIndex([screener.index.searchable])
    assert index.searchable is not None and frequency.taught_by(index.searchable)
    copy = pickle.loads(pickle.dumps(index))  # after a search: the merged segment is not sent along
    frequency.learn({"vantorek": 1}, 5000)  # the process learnt another table since
    assert not frequency.taught_by(copy.segments[next(iter(copy.segments))])
    segment = copy.searchable
    assert segment is not None and frequency.taught_by(segment)
    frequency.learn({}, 0)
    assert index.searchable is not None and frequency.taught_by(index.searchable)  # searched: taught again


def test_tied_entities_come_in_the_order_of_their_ids(tmp_path):
    """Entities scoring exactly alike come ordered by entity id, not by where their records sit in the
    index or which chunk of a job met them first: a resumed 1M-row job once gave 10 lines with two tied
    entities swapped against the uninterrupted run."""
    header = "id,schema,name,countries,birth_dates"
    born = ["1961-02-03", "1964-05-06", "1967-08-09", "1970-10-11", "1973-12-13", "1976-01-15"]
    rows = [f"T-{n:03d},Person,Orvalen Kestrin Talvor,IR,{day}" for n, day in enumerate(born)]
    listed = tmp_path / "ties.csv"
    listed.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'ties.db'}"
    assert runner.invoke(app, ["--db", url, "lists", "import", str(listed)]).exit_code == 0
    assert runner.invoke(app, ["--db", url, "resolve"]).exit_code == 0
    opened = Store.open(url)
    try:
        found = Screener(opened, tmp_path / "index").screen(
            [Party.from_query({"schema": "Person", "names": ["Orvalen Kestrin Talvor"]})],
            0.7,
            10,
        )[0]
    finally:
        opened.close()
    assert len(found) == 6 and len({h.score for h in found}) == 1, "six distinct entities, one score"
    assert [h.entity_id for h in found] == sorted(h.entity_id for h in found)
