"""The screening contracts as the evaluation uses them: `epoc pairs`, `epoc screen`, `epoc algorithms`."""

import json
from pathlib import Path

from typer.testing import CliRunner

from epoc.cli import app
from epoc.services.records.imports import import_paths
from epoc.sources.base import ImportOptions
from epoc.store import Store

SCREENING = Path(__file__).parent / "fixtures" / "screening"
runner = CliRunner()


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_pairs_contract_in_order_with_bad_lines(tmp_path):
    lines = [
        {
            "schema": "Person",
            "left": {"names": ["Kim Jong Un"], "countries": ["KP"], "birth_dates": ["1984"]},
            "right": {"names": ["김정은"], "countries": ["North Korea"], "birth_dates": ["1984-01-08"]},
        },
        {"schema": "Person", "left": {"names": ["Kim Jong Un"]}, "right": {"names": ["Kim Jong Il"]}},
        "not json at all",
        {"id": "p4", "schema": "Person", "left": {"names": [7]}, "right": {"names": ["x"]}},
        {
            "schema": "Company",
            "left": {"names": ["Рособоронэкспорт"]},
            "right": {"names": ["Rosoboronexport"]},
        },
    ]
    text = "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    result = runner.invoke(app, ["pairs"], input=text)
    assert result.exit_code == 0, result.output
    out = _lines(result.stdout)
    assert len(out) == 5
    assert out[0]["match"] is True and 0.0 <= out[0]["score"] <= 1.0
    assert {e["feature"] for e in out[0]["explanation"]} >= {"name_match", "birth_date_overlap"}
    assert out[1]["match"] is False
    assert "error" in out[2] and "line 3" in out[2]["error"]
    assert out[3]["id"] == "p4" and "names" in out[3]["error"]
    assert out[4]["match"] is True
    assert set(out[0]) == {"score", "match", "explanation"}


def test_pairs_reads_a_file(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text(
        json.dumps(
            {
                "schema": "Company",
                "left": {"names": ["SHIG"]},
                "right": {"names": ["Shahid Hemmat Industrial Group"]},
            }
        )
        + "\n"
    )
    result = runner.invoke(app, ["pairs", "-i", str(path)])
    assert result.exit_code == 0
    assert _lines(result.stdout)[0]["match"] is True


def _db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'epoc.db'}"
    store = Store.open(url)
    try:
        assert import_paths(store, [SCREENING / "partner_a.csv"], ImportOptions()).ok
    finally:
        store.close()
    return url


def test_screen_contract_jsonl(tmp_path, monkeypatch):
    monkeypatch.setenv("EPOC_DATA_DIR", str(tmp_path / "data"))
    url = _db(tmp_path)
    text = (
        "\n".join(
            [
                json.dumps(
                    {
                        "id": "q1",
                        "schema": "Company",
                        "names": ["Vantorek Guidance Systems"],
                        "countries": ["IR"],
                        "birth_dates": [],
                        "addresses": [],
                    }
                ),
                json.dumps({"id": "q2", "schema": "Person", "names": []}),
                "{broken",
                json.dumps({"id": "q4", "schema": "Company", "names": ["조선별망무역회사"]}),
            ]
        )
        + "\n"
    )
    result = runner.invoke(app, ["--db", url, "screen", "--limit", "2"], input=text)
    assert result.exit_code == 0, result.output
    out = _lines(result.stdout)
    assert [o.get("id") for o in out] == ["q1", "q2", None, "q4"]
    hit = out[0]["matches"][0]
    assert set(hit) == {
        "entity_id",
        "caption",
        "score",
        "match",
        "matched_name",
        "query_name",
        "record_ids",
        "explanation",
    }
    assert hit["entity_id"] == "partner-a:A-001" and hit["record_ids"] == ["partner-a:A-001"] and hit["match"]
    assert all(set(e) == {"feature", "score", "detail"} for e in hit["explanation"])
    assert "error" in out[1] and "error" in out[2]
    assert out[3]["matches"][0]["entity_id"] == "partner-a:A-002"
    assert len(out[0]["matches"]) <= 2


def test_screen_contract_csv(tmp_path, monkeypatch):
    monkeypatch.setenv("EPOC_DATA_DIR", str(tmp_path / "data"))
    url = _db(tmp_path)
    path = tmp_path / "parties.csv"
    path.write_text(
        "id,schema,names,countries,birth_dates,addresses\n"
        "c1,Person,Dariusz Quellenberg|D. Quellenberg,Germany,1971-04-09,\n"
        "c2,Company,Nobody Known At All Ltd,,,\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["--db", url, "screen", "-i", str(path), "--threshold", "0.9"])
    assert result.exit_code == 0, result.output
    out = _lines(result.stdout)
    assert out[0]["id"] == "c1" and out[0]["matches"][0]["entity_id"] == "partner-a:A-003"
    assert out[0]["matches"][0]["match"] is True
    assert out[1] == {"id": "c2", "matches": []}


def test_algorithms_lists_every_feature_with_its_docstring():
    result = runner.invoke(app, ["algorithms", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["threshold"] == 0.7
    names = {f["name"] for f in data["features"]}
    assert {"name_match", "weak_alias", "identifier_match", "country_overlap", "birth_date_overlap"} <= names
    assert all(f["description"] for f in data["features"])
