"""The timeline and graph commands: output, and clear errors for bad input."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from critmin.cli import cli


@pytest.fixture
def run(monkeypatch):
    monkeypatch.delenv("CRITMIN_DATA_DIR", raising=False)
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, list(args), catch_exceptions=False)


def test_controls_json_has_rows_and_sources(run):
    res = run("controls", "--as-of", "2025-12-15", "--element", "Dy", "--format", "json")
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert [r["event_id"] for r in doc["rows"]] == ["cn-2025-04-04-no18-medium-heavy-ree"]
    assert doc["rows"][0]["legal_reference"] == "MOFCOM/GAC Announcement No. 18 of 2025"
    assert "ev_mofcom_2025_18_copy" in {s["source_id"] for s in doc["sources"]}
    assert doc["as_of"] == "2025-12-15"


def test_events_filters_and_csv(run):
    res = run("events", "--from", "2025-10-01", "--to", "2025-11-30", "--type", "suspension", "--format", "csv")
    assert res.exit_code == 0, res.output
    lines = res.output.strip().splitlines()
    assert lines[0].startswith("event_id,")
    assert {ln.split(",")[0] for ln in lines[1:]} == {"cn-2025-11-07-no70-suspension", "cn-2025-11-09-no72-suspension"}


def test_event_shows_lifecycle(run):
    res = run("event", "cn-2025-10-09-no57-five-ree")
    assert res.exit_code == 0, res.output
    assert "MOFCOM/GAC Announcement No. 57 of 2025" in res.output
    assert "cn-2025-11-07-no70-suspension" in res.output and "suspends" in res.output


def test_agreements_and_graph(run, tmp_path):
    res = run("agreements", "Ukraine", "--format", "json")
    assert "us-ukr-2025-04-30-reconstruction-fund-agreement" in {r["event_id"] for r in json.loads(res.output)["rows"]}
    res = run("graph", "neighbours", "RDIF", "--format", "json")
    assert res.exit_code == 0, res.output
    assert "RUS" in {r["neighbour"] for r in json.loads(res.output)["rows"]}
    out = tmp_path / "g.graphml"
    res = run("graph", "export", str(out))
    assert res.exit_code == 0 and out.exists() and "nodes" in res.output


def test_bad_date_is_a_usage_error(cli_failure):
    code, err = cli_failure("controls", "--as-of", "2025-13-40")
    assert code == 2 and "--as-of" in err and "not a date" in err and "Traceback" not in err


def test_bad_from_date_names_the_option(cli_failure):
    code, err = cli_failure("events", "--from", "2025-02-30")
    assert code == 1 and "from date '2025-02-30' is not a date" in err


def test_unknown_element_is_named(cli_failure):
    code, err = cli_failure("controls", "--as-of", "2025-06-01", "--element", "Dyy")
    assert code == 1 and "unknown element 'Dyy'" in err and "Traceback" not in err


def test_unknown_event_and_entity(cli_failure):
    code, err = cli_failure("event", "no-such-event")
    assert code == 1 and "unknown event 'no-such-event'" in err
    code, err = cli_failure("graph", "neighbours", "no-such-actor")
    assert code == 1 and "unknown entity 'no-such-actor'" in err


def test_export_bad_suffix(cli_failure, tmp_path):
    code, err = cli_failure("graph", "export", str(tmp_path / "g.txt"))
    assert code == 1 and ".graphml or .json" in err
