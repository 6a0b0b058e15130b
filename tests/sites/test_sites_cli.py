"""`critmin sites`, `critmin site` and `critmin exposure`: formats and bad input."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from critmin.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_sites_csv_and_json() -> None:
    res = run("sites", "--country", "UKR", "--as-of", "2025-06-01", "--format", "csv")
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert {r["site_id"] for r in rows} >= {"azovske", "novopoltavske", "yastrubetske"}
    doc = json.loads(run("sites", "--stage", "magnet", "--format", "json").output)
    assert doc["rows"] and doc["sources"] and all("magnet" in r["stages"] for r in doc["rows"])


def test_sites_geojson_to_file(tmp_path) -> None:
    out = tmp_path / "sites.geojson"
    res = run("sites", "--format", "geojson", "--out", str(out))
    assert res.exit_code == 0
    fc = json.loads(out.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and fc["features"] and fc["unplaced"]


def test_site_card_table_and_json() -> None:
    res = run("site", "Mt Weld")
    assert res.exit_code == 0
    assert "Mount Weld" in res.output and "Sources" in res.output and "site_wiki_mount_weld" in res.output
    doc = json.loads(run("site", "azovske", "--as-of", "2025-06-01", "--format", "json").output)
    assert doc["current_control"]["status"] == "occupied"
    assert doc["resources"][0]["treo_t"] == 710000


def test_exposure_table_and_json() -> None:
    res = run("exposure", "UKR", "--as-of", "2025-06-01")
    assert res.exit_code == 0
    assert "5 of 7 sites exposed" in res.output and "Gaps" in res.output
    doc = json.loads(run("exposure", "Ukraine", "--as-of", "2025-06-01", "--format", "json").output)
    assert doc["share"] == 1.0 and doc["listed_treo_t"] == 710000
    assert {r["site_id"] for r in doc["rows"] if r["exposed"]} == set(doc["exposed_sites"])


@pytest.mark.parametrize(("args", "code", "message"), [
    (["sites", "--stage", "smelting"], 2, "Invalid value for '--stage'"),
    (["sites", "--country", "Atlantis"], 2, "unknown country 'Atlantis'"),
    (["sites", "--as-of", "2025-02-30"], 2, "'2025-02-30' is not a real date"),
    (["sites", "--as-of", "June"], 2, "'June' is not a date"),
    (["sites", "--format", "kml"], 2, "Invalid value for '--format'"),
    (["site", "mount weldd"], 1, "unknown site 'mount weldd'"),
    (["exposure", "Narnia"], 2, "unknown country 'Narnia'"),
    (["exposure", "UKR", "--as-of", "2025-13"], 2, "'2025-13' is not a real date"),
])
def test_bad_input_exits_non_zero_with_one_line(cli_failure, args, code, message) -> None:
    exit_code, err = cli_failure(*args)
    assert exit_code == code
    assert message in err
    assert "Traceback" not in err
