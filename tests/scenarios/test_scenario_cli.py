"""The ``critmin scenario`` commands."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from critmin.cli import cli, main

LIBRARY = ("china-2025-controls", "china-2025-expansion", "china-2010-quotas", "china-2023-ga-ge",
           "us-ukraine-agreement", "us-russia-offtake", "us-palladium-duties", "myanmar-supply-loss")


def test_list_has_the_library() -> None:
    r = CliRunner().invoke(cli, ["scenario", "list", "--format", "json"])
    assert r.exit_code == 0, r.output
    names = {row["name"] for row in json.loads(r.output)["rows"]}
    assert set(LIBRARY) <= names


def test_schema_is_json() -> None:
    r = CliRunner().invoke(cli, ["scenario", "schema"])
    assert r.exit_code == 0
    assert "policies" in json.loads(r.output)["properties"]


def test_run_writes_tables_and_charts(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["scenario", "run", "china-2023-ga-ge", "--draws", "20", "--seed", "3", "--out", str(tmp_path),
                                 "--format", "csv", "--charts", "svg"])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader((tmp_path / "summary.csv").open()))
    assert any(row["variable"] == "price_index" and row["region"] == "outside" for row in rows)
    assert (tmp_path / "fan_gallium_refining.svg").exists()
    assert "usgs_mcs2025_gallium" in (tmp_path / "sources.csv").read_text()


def test_bad_file_gives_one_line_per_problem(capsys: pytest.CaptureFixture[str]) -> None:
    bad = Path(__file__).parent / "bad" / "missing_policy_field.toml"
    with pytest.raises(SystemExit) as exc:
        main(["scenario", "run", str(bad), "--draws", "0"])
    err = capsys.readouterr().err
    assert exc.value.code == 1
    lines = [ln for ln in err.splitlines() if "field policies" in ln]
    assert len(lines) == 3
    assert "line 5" in lines[0] and any("policies.1.rate" in ln for ln in lines)
    assert "Traceback" not in err
