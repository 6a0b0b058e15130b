"""Chain behaviour: co-products, projects, deals, file formats."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from critmin.scenarios.runner import run_scenario
from critmin.scenarios.spec import load_scenario, parse_scenario


def _sc(policies: list[dict], **kw: object) -> object:
    return parse_scenario({"name": "t", "title": "t", "commodities": ["rare_earths"], "start_year": 2025, "years": 3,
                           "policies": policies, **kw})


def test_losing_heavy_rare_earth_clays_hits_dy_more_than_ndpr() -> None:
    # Myanmar's ion-adsorption ore is rich in Dy/Tb and poor in Nd/Pr (element distributions, USGS SIR 2010-5220)
    r = run_scenario(_sc([{"kind": "territory_loss", "commodity": "rare_earths", "product": "mining", "country": "MMR",
                           "start": 2025, "share": 1.0}]), draws=0)
    dy = r.value("rare_earths:dy", "price_index", "outside", 2025)
    ndpr = r.value("rare_earths:ndpr", "price_index", "outside", 2025)
    assert dy > 1.0 and dy > ndpr


def test_new_heavy_rare_earth_mine_outside_china_lowers_dy_price() -> None:
    pol = {"kind": "new_project", "name": "clay", "commodity": "rare_earths", "product": "mining", "country": "USA",
           "start": 2025, "capacity": 20000, "lead_time": 0, "ramp_years": 1, "deposit_type": "ionic_clay_hree"}
    r = run_scenario(_sc([pol]), draws=0)
    assert r.value("rare_earths:dy", "price_index", "outside", 2025) < 1.0
    assert r.value("project:clay", "output", "USA", 2025) == pytest.approx(20000)


def test_project_npv_falls_with_capex() -> None:
    def npv(capex: float) -> float:
        proj = {"kind": "new_project", "name": "p", "commodity": "rare_earths", "product": "mining", "country": "AUS",
                "start": 2025, "capacity": 5000, "lead_time": 1, "ramp_years": 1, "capex": capex, "deposit_type": "mount_weld"}
        deal = {"kind": "deal", "commodity": "rare_earths", "partner": "USA", "project": "p", "offtake_share": 0.5, "start": 2025}
        r = run_scenario(_sc([proj, deal], years=5), draws=0)
        return float(np.ravel(r.draws_of("deal:USA:p", "npv_usd", "project"))[0])

    assert npv(1e8) > npv(5e8)


def test_yaml_and_toml_give_the_same_scenario(tmp_path: Path) -> None:
    import tomllib

    import yaml

    src = Path(__file__).resolve().parents[2] / "src" / "critmin" / "scenarios" / "library" / "myanmar-supply-loss.toml"
    data = tomllib.loads(src.read_text())
    y = tmp_path / "m.yaml"
    y.write_text(yaml.safe_dump(data))
    assert load_scenario(y) == load_scenario(src)


def test_loss_and_recovery_of_the_same_share_cancel() -> None:
    loss = {"kind": "territory_loss", "commodity": "rare_earths", "product": "mining", "country": "MMR", "start": 2025,
            "share": 0.5, "occupier": "CHN", "occupier_share": 0.4}
    rec = {**loss, "kind": "territory_recovery"}
    r = run_scenario(_sc([loss, rec]), draws=0)
    for mk in r.baseline.order:
        assert r.value(mk, "price_index", "outside", 2025) == pytest.approx(1.0, abs=1e-9)


def test_stockpile_release_lowers_the_outside_price_during_a_ban() -> None:
    ban = {"kind": "export_ban", "commodity": "rare_earths", "product": "dy", "country": "CHN", "start": 2025}
    rel = {"kind": "stockpile_release", "commodity": "rare_earths", "product": "dy", "holder": "USA", "start": 2025, "volume": 100}
    without = run_scenario(_sc([ban]), draws=0).value("rare_earths:dy", "price_index", "outside", 2025)
    with_release = run_scenario(_sc([ban, rel]), draws=0).value("rare_earths:dy", "price_index", "outside", 2025)
    assert with_release < without


def test_compare_and_sensitivity_commands() -> None:
    import json

    from click.testing import CliRunner

    from critmin.cli import cli

    r = CliRunner().invoke(cli, ["scenario", "compare", "china-2023-ga-ge", "china-ga-total-halt", "--draws", "10", "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)["rows"]
    assert any(row["variable"] == "price_index" for row in rows)
    r = CliRunner().invoke(cli, ["scenario", "sensitivity", "us-palladium-duties", "--samples", "8", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert {row["input"] for row in json.loads(r.output)["rows"]} >= {"policy0.anti_dumping_duty.importer_share"}
