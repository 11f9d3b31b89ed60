"""Bad files get one clear line naming the file, the place and the reason; nothing is half-written."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from epoc.cli import main

from .conftest import LISTS


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'epoc.db'}"


def sources_in(capsys, db) -> list[str]:
    code, out, _ = run(capsys, "--db", db, "lists", "--json")
    assert code == 0
    return [s["key"] for s in json.loads(out)]


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


CASES = {
    "empty file": (lambda d: write(d / "sdn.csv", b""), [], "the file is empty"),
    "truncated XML": (
        lambda d: write(d / "consolidated.xml", (LISTS / "un" / "consolidated.xml").read_bytes()[:1500]),
        [],
        "malformed XML",
    ),
    "wrong column count": (
        lambda d: write(d / "sdn.csv", b'1,"A B",-0- ,"X"\r\n'),
        [],
        "4 fields where 12 are expected",
    ),
    "not the format claimed": (
        lambda d: write(d / "list.xml", b"<?xml version='1.0'?><OTHER><A/></OTHER>"),
        ["--format", "un-sc"],
        "the root element is <OTHER>",
    ),
    "unknown encoding": (
        lambda d: write(d / "entities.json", bytes(range(256)) * 4),
        ["--format", "restricted-parties"],
        "not in an encoding epoc recognises",
    ),
    "no format recognised": (lambda d: write(d / "notes.tsv", "a\tb\n"), [], "not a list format epoc knows"),
    "malformed JSON": (
        lambda d: write(d / "rp.json", '[{"id": 1, "source": {"list_id": "x"}, '),
        ["--format", "restricted-parties"],
        "malformed JSON",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_file_fails_clearly_and_stores_nothing(case, tmp_path, capsys, db):
    make, extra, reason = CASES[case]
    path = make(tmp_path)
    code, _out, err = run(capsys, "--db", db, "lists", "import", str(path), *extra)
    assert code != 0
    assert str(path.name) in err and reason in err, err
    assert "Traceback" not in err
    assert sources_in(capsys, db) == []


def test_line_number_of_a_bad_row_is_given(tmp_path, capsys, db):
    rows = (
        (LISTS / "ofac" / "sdn.csv")
        .read_bytes()
        .replace(b'7002,"IRVENKO', b'7002,"IRVENKO",x,y,z\r\n7006,"IRVENKO')
    )
    folder = tmp_path / "ofac"
    folder.mkdir()
    write(folder / "sdn.csv", rows)
    code, _out, err = run(capsys, "--db", db, "lists", "import", str(folder / "sdn.csv"))
    assert code == 1
    assert "1 bad rows (first: 2:" in err and "--skip-bad-rows" in err
    assert sources_in(capsys, db) == []
    code, out, _err = run(capsys, "--db", db, "lists", "import", str(folder / "sdn.csv"), "--skip-bad-rows")
    assert code == 0 and "skipped 1 bad rows" in out


def test_oversized_file_is_refused_before_reading(tmp_path, capsys, db, monkeypatch):
    monkeypatch.setenv("EPOC_MAX_IMPORT_MB", "1")
    big = tmp_path / "sdn.csv"
    with big.open("wb") as handle:  # sparse: 2 MiB of nothing, written instantly
        handle.seek(2 * 1024 * 1024)
        handle.write(b"\n")
    code, _out, err = run(capsys, "--db", db, "lists", "import", str(big))
    assert code == 1 and "larger than the 1 MiB limit" in err


def test_missing_path_and_unknown_format(tmp_path, capsys, db):
    code, _out, err = run(capsys, "--db", db, "lists", "import", str(tmp_path / "nope.csv"))
    assert code == 1 and "no such file or folder" in err
    code, _out, err = run(capsys, "--db", db, "lists", "import", str(LISTS / "dpl"), "--format", "xlsx")
    assert code == 1 and "unknown format 'xlsx'" in err


def test_bad_marking_is_refused(capsys, db):
    code, _out, err = run(
        capsys, "--db", db, "lists", "import", str(LISTS / "dpl"), "--marking", "SORT OF SECRET"
    )
    assert code == 1 and "SORT OF SECRET" in err


def test_console_script_exits_non_zero_without_traceback(tmp_path):
    bad = write(tmp_path / "consolidated.xml", "<CONSOLIDATED_LIST><INDIVIDUALS>")
    result = subprocess.run(
        [sys.executable, "-m", "epoc", "--db", f"sqlite:///{tmp_path / 'x.db'}", "lists", "import", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "consolidated.xml" in result.stderr and "Traceback" not in result.stderr
