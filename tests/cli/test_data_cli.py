"""The data CLI: formats, exit codes and messages for bad input."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from critmin.cli import cli


@pytest.fixture
def run(fixture_data_dir, cache_env, monkeypatch):
    import critmin.service as service

    monkeypatch.setenv("CRITMIN_DATA_DIR", str(fixture_data_dir))
    monkeypatch.setattr(service, "_STORE", None)
    runner = CliRunner()

    def _run(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    yield _run
    if service._STORE is not None:
        service._STORE.close()
    monkeypatch.setattr(service, "_STORE", None)


def test_json_rows_carry_country_year_value_unit_edition_source(run):
    res = run("production", "rare-earths", "--year", "2024", "--format", "json")
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    china = next(r for r in doc["rows"] if r["country"] == "CHN")
    assert {k: china[k] for k in ("year", "value", "unit", "edition", "source_id")} == {
        "year": 2024, "value": 270000, "unit": "t", "edition": "MCS 2026", "source_id": "usgs_mcs2026_ree"}
    assert doc["sources"][0]["source_id"] == "usgs_mcs2026_ree"
    assert "dataset_version" in doc


def test_csv_output(run):
    res = run("reserves", "rare earths", "--edition", "MCS 2025", "--format", "csv")
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.output)))
    rus = next(r for r in rows if r["country"] == "RUS")
    assert rus["value"] == "3800000" and rus["edition"] == "MCS 2025"


def test_parquet_output_to_file(run, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "p.parquet"
    res = run("production", "rare_earths", "--country", "Russia", "--all-editions", "--format", "parquet", "--out", str(out))
    assert res.exit_code == 0, res.output
    t = pq.read_table(out).to_pylist()
    assert {(r["year"], r["edition"], r["value"]) for r in t} >= {(2023, "MCS 2024", 2600), (2023, "MCS 2025", 2500)}


def test_table_output_names_edition_and_sources(run):
    res = run("rank", "rare-earths", "--as-of", "2025-03-19")
    assert res.exit_code == 0
    assert "MCS 2025" in res.output and "Sources" in res.output and "usgs_mcs2025_ree" in res.output
    assert "Russia" in res.output


def test_history_command(run):
    res = run("history", "rare earths", "--country", "RUS", "--format", "json")
    revs = [(r["year"], r["edition"], r["revision"]) for r in json.loads(res.output)["rows"]]
    assert (2023, "MCS 2025", "revised down") in revs


def test_sql_answers_a_select(run, fixture_data_dir):
    # (that it refuses to write is checked below: "DELETE FROM observations" -> "SQL failed")
    with (fixture_data_dir / "editions.csv").open(encoding="utf-8", newline="") as fh:
        editions = sorted(r["edition"] for r in csv.DictReader(fh))
    res = run("sql", "SELECT edition FROM editions ORDER BY edition", "--format", "json")
    assert [r["edition"] for r in json.loads(res.output)["rows"]] == editions


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["production", "unobtainium"], 2, "unknown commodity 'unobtainium'"),
        (["production", "rare-earths", "--country", "Atlantis"], 2, "unknown country 'Atlantis'"),
        (["production", "rare-earths", "--as-of", "2025-02-30"], 2, "'2025-02-30' is not a date"),
        (["production", "rare-earths", "--year", "20x4"], 2, "'20x4' is not a valid integer"),
        (["production", "rare-earths", "--edition", "MCS 2025", "--as-of", "2025-03-01"], 2, "either --edition or --as-of"),
        (["production", "rare-earths", "--format", "xml"], 2, "'xml' is not one of"),
        (["rank", "rare-earths", "--edition", "MCS 1999"], 1, "unknown edition 'MCS 1999'"),
        (["sql", "DELETE FROM observations"], 1, "SQL failed"),
        (["sources", "nope"], 1, "unknown source 'nope'"),
        (["import", "/nonexistent/file.csv"], 1, "no such file"),
    ],
)
def test_bad_input_exits_non_zero_with_one_line(fixture_data_dir, cache_env, monkeypatch, cli_failure, args, code,
                                                 message):
    import critmin.service as service

    monkeypatch.setenv("CRITMIN_DATA_DIR", str(fixture_data_dir))
    monkeypatch.setattr(service, "_STORE", None)
    exit_code, err = cli_failure(*args)
    assert exit_code == code
    assert message in err
    assert "Traceback" not in err
    monkeypatch.setattr(service, "_STORE", None)


def test_import_then_query_user_layer(run, tmp_path):
    f = tmp_path / "u.csv"
    f.write_text("commodity,product,measure,stage,country,year,value,value_high,unit,basis,qualifier,"
                 "estimate_flag,edition,source_id,locator,note\n"
                 "rare earths,,mine_production,mining,UKR,2024,0,,t,REO,,false,Analyst 2026,mine,p1,\n")
    res = run("import", str(f))
    assert res.exit_code == 0 and "Imported 1 row" in res.output
    res = run("production", "rare earths", "--country", "Ukraine", "--format", "json")
    assert json.loads(res.output)["rows"][0]["layer"] == "user"
