"""new_project policies that name a site take their capacity from site_capacity.csv."""

from __future__ import annotations

import numpy as np
import pytest

from critmin.errors import ScenarioError
from critmin.scenarios.runner import run_scenario
from critmin.scenarios.spec import parse_scenario


def _sc(project: dict) -> dict:
    pol = {"kind": "new_project", "commodity": "rare_earths", "product": "mining", "name": "p", "country": "USA",
           "start": 2025, "lead_time": 0, "ramp_years": 1, **project}
    return {"name": "t", "title": "t", "commodities": ["rare_earths"], "years": 3, "start_year": 2025, "policies": [pol]}


def test_site_gives_capacity_from_site_capacity_csv() -> None:
    # site_capacity.csv: Mountain Pass, more than 45,000 t REO in concentrate delivered in 2024
    # (MP Materials via pm-review, source site_pmreview_mp_independence_2025)
    sc = parse_scenario(_sc({"site": "mountain_pass"}))
    pol = sc.policies[0]
    assert pol.capacity == 45000.0
    assert "site_pmreview_mp_independence_2025" in (pol.capacity_source or "")
    res = run_scenario(sc, draws=0)
    out = res.outputs.series[("project:p", "output", "USA")]
    np.testing.assert_allclose(out[0], 45000.0)
    assert "site_pmreview_mp_independence_2025" in set(res.sources.source_id)


def test_capacity_in_the_file_wins() -> None:
    sc = parse_scenario(_sc({"site": "mountain_pass", "capacity": 1000}))
    assert sc.policies[0].capacity == 1000
    assert sc.policies[0].capacity_source is None


def test_ndpr_market_picks_nameplate_row() -> None:
    # Lynas Malaysia: NdPr capacity ~10,500 t/yr nameplate (2023)
    sc = parse_scenario(_sc({"site": "lynas_malaysia", "product": "ndpr", "country": "MYS"}))
    assert sc.policies[0].capacity == 10500.0


@pytest.mark.parametrize(("project", "msg"), [
    ({"site": "no_such_site"}, "not a site_id"),
    ({"site": "bayan_obo"}, "no capacity for market rare_earths:mining"),
    ({}, "needs a capacity or a site"),
])
def test_bad_site_is_a_scenario_error(project: dict, msg: str) -> None:
    with pytest.raises(ScenarioError, match=msg):
        parse_scenario(_sc(project))


def _loss(extra: dict) -> dict:
    pol = {"kind": "territory_loss", "commodity": "rare_earths", "product": "mining", "country": "USA", "start": 2025, **extra}
    return {"name": "t", "title": "t", "commodities": ["rare_earths"], "years": 2, "start_year": 2025, "policies": [pol]}


def test_territory_loss_of_a_site_equals_the_share_its_capacity_stands_for() -> None:
    from critmin.scenarios.runner import prepare
    from critmin.scenarios.simulate import _site_share

    sc = parse_scenario(_loss({"capacity": 9000.0}))
    base, _params = prepare(sc)
    m = base.markets["rare_earths:mining"]
    ref = float(m.supply[m.regions.index("USA")])
    share = _site_share(sc.policies[0], base)
    assert share == pytest.approx(min(9000.0 / ref, 1.0))
    by_cap = run_scenario(sc, draws=0).outputs.series[("rare_earths:mining", "production", "USA")]
    by_share = run_scenario(parse_scenario(_loss({"share": share})), draws=0).outputs.series[("rare_earths:mining", "production", "USA")]
    np.testing.assert_allclose(by_cap, by_share)


def test_territory_loss_site_capacity_and_share_precedence() -> None:
    sc = parse_scenario(_loss({"site": "mountain_pass"}))
    assert sc.policies[0].capacity == 45000.0  # site_capacity.csv, Mountain Pass 2024 REO in concentrate
    assert parse_scenario(_loss({"site": "mountain_pass", "share": 0.5})).policies[0].capacity is None
    with pytest.raises(ScenarioError, match="needs a share, a capacity or a site"):
        parse_scenario(_loss({}))
