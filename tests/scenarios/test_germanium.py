"""Germanium as a two-zone market in shares of world output (no production by country exists).

Published figures the inputs must match (sources.csv rows; not our output):
- China's share of world germanium production: 60 % (Critical Raw Materials Alliance via the
  Reuters factbox, ``reuters_2023_ga_ge_factbox``), 68 % (USGS via CSIS, ``csis_2025_beyond_rare_earths``),
  83 % (EU CRM study via Bloomberg, ``bloomberg_2023_ga_ge_explainer``), 91 % (The Conversation,
  ``conversation_2024_ga_ge_us_ban``). The drawn share must span exactly 60-91 %.
- Germanium metal prices: USGS MCS (observations.csv); the reference price is one of them.
"""

from __future__ import annotations

import csv

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from critmin.dataset import DATA_DIR, read_table
from critmin.scenarios.parameters import sample
from critmin.scenarios.runner import _blocs, prepare
from critmin.scenarios.simulate import collect_inputs, simulate
from critmin.scenarios.spec import parse_scenario
from critmin.scenarios.uncertainty import uniforms

KEY = "germanium:refining"
SHARE_LOW, SHARE_HIGH = 0.60, 0.91  # CRMA via Reuters; The Conversation
PUBLISHED_SHARES = {  # source id -> the phrase that carries the figure in its sources.csv note
    "reuters_2023_ga_ge_factbox": ("60 %", 0.60),
    "csis_2025_beyond_rare_earths": ("germanium 68 %", 0.68),
    "bloomberg_2023_ga_ge_explainer": ("83 % of germanium", 0.83),
    "conversation_2024_ga_ge_us_ban": ("91 % of primary germanium", 0.91),
}
SETTINGS = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    phases=[Phase.explicit, Phase.reuse, Phase.generate])


def _scenario(policies: list[dict], **kw: object) -> object:
    return parse_scenario({"name": "t", "title": "t", "commodities": ["germanium"], "years": 4, "start_year": 2025,
                           "reference_year": 2024, "policies": policies, **kw})


def _run(sc: object, seed: int, draws: int = 16) -> tuple[object, object, np.ndarray, np.ndarray]:
    base, params = prepare(sc)  # type: ignore[arg-type]
    inp = collect_inputs(sc, base, params)  # type: ignore[arg-type]
    U = uniforms(seed, 0, draws, len(inp.names))
    out = simulate(sc, base, params, U, blocs=_blocs())  # type: ignore[arg-type]
    share = sample(inp.params[inp.index[f"supply_share_inside|{KEY}"]], U[:, inp.index[f"supply_share_inside|{KEY}"]])
    export = sample(inp.params[inp.index[f"export_share_inside|{KEY}"]], U[:, inp.index[f"export_share_inside|{KEY}"]])
    return base, out, share, export


def _param_row(name: str) -> dict[str, str]:
    with (DATA_DIR / "scenario_parameters.csv").open(encoding="utf-8", newline="") as fh:
        return next(r for r in csv.DictReader(fh) if r["parameter"] == name and r["commodity"] == "germanium")


@SETTINGS
@given(seed=st.integers(0, 2**31))
def test_no_policy_reproduces_the_reference_in_every_draw(seed: int) -> None:
    _, out, s, e = _run(_scenario([]), seed)
    g = out.series[(KEY, "reference_demand", "outside")] / (1 - s * (1 - e))[:, None]  # growth path
    for reg in ("CHN", "outside"):
        np.testing.assert_allclose(out.series[(KEY, "price_index", reg)], 1.0, rtol=0, atol=1e-9)
    np.testing.assert_allclose(out.series[(KEY, "production", "CHN")], s[:, None] * g, rtol=1e-9)
    np.testing.assert_allclose(out.series[(KEY, "production", "OTH")], (1 - s)[:, None] * g, rtol=1e-9)
    np.testing.assert_allclose(out.series[(KEY, "exports", "CHN")], (s * e)[:, None] * g, rtol=1e-9, atol=1e-12)
    assert np.all(out.series[(KEY, "shortfall", "outside")] <= 1e-9)
    # the draws really span the published range (the share is an input, not a constant)
    assert s.min() >= SHARE_LOW and s.max() <= SHARE_HIGH and s.max() - s.min() > 0


@SETTINGS
@given(seed=st.integers(0, 2**31), q=st.floats(0.0, 1.0))
def test_total_halt_never_lowers_the_outside_price(seed: int, q: float) -> None:
    ban = {"kind": "export_ban", "commodity": "germanium", "country": "CHN", "start": 2025}
    quota = {"kind": "export_quota", "commodity": "germanium", "country": "CHN", "start": 2025, "share_of_reference": q}
    # First restricted year with full dynamics; every year with the lagged demand response off.
    # (With it on, a price at the backstop cuts next year's demand so far that the outside price can
    # fall below the reference in a later year, as rare-earth prices fell after 2011; see
    # test_properties.py for the same split.)
    for years, params in ((1, {}), (4, {"demand_adjust_rate": 0.0})):
        _, halt, _, _ = _run(_scenario([ban], parameters=params), seed)
        _, none, _, _ = _run(_scenario([], parameters=params), seed)
        _, part, _, _ = _run(_scenario([quota], parameters=params), seed)
        p_halt = halt.series[(KEY, "price_index", "outside")][:, :years]
        assert np.all(p_halt >= none.series[(KEY, "price_index", "outside")][:, :years] * (1 - 1e-9)), years
        assert np.all(p_halt > 1.0), years  # the outside zone loses imports it had
        assert np.all(p_halt >= part.series[(KEY, "price_index", "outside")][:, :years] * (1 - 1e-9)), years
        assert np.all(np.abs(halt.series[(KEY, "exports", "CHN")][:, :years]) <= 1e-9), years


def test_china_share_range_is_the_published_range() -> None:
    row = _param_row("supply_share_inside")
    assert (float(row["low"]), float(row["high"])) == (SHARE_LOW, SHARE_HIGH)
    assert row["dist"] == "uniform" and row["kind"] == "assumption"  # the distribution is our choice
    notes = {r.source_id: r.note for r in read_table("sources").itertuples()}
    for sid, (phrase, value) in PUBLISHED_SHARES.items():
        assert phrase in notes[sid], sid
        assert sid in row["locator"]
        assert SHARE_LOW <= value <= SHARE_HIGH
    assert min(v for _, v in PUBLISHED_SHARES.values()) == SHARE_LOW
    assert max(v for _, v in PUBLISHED_SHARES.values()) == SHARE_HIGH
    # the customs export tonnage stays a citation (43.7 t), never a modelled volume
    assert "43.7 t" in notes["reuters_2023_ga_ge_factbox"]


def test_reference_price_is_a_published_germanium_price_and_units_are_shares() -> None:
    sc = _scenario([])
    base, _ = prepare(sc)  # type: ignore[arg-type]
    m = base.markets[KEY]
    obs = read_table("observations")
    pub = obs[(obs.commodity == "germanium") & (obs["product"] == "germanium_metal") & (obs.measure == "price")
              & (obs.year == m.price_year)]
    assert m.price in set(pub.value) and m.price_unit == "USD/kg"
    assert set(pub[pub.value == m.price].source_id) & m.sources
    assert m.unit == "share of world output" and m.world == pytest.approx(1.0)


def test_library_scenario_raises_the_outside_price() -> None:
    from critmin.scenarios import run_scenario

    res = run_scenario("china-ge-total-halt", draws=200, seed=1)
    first = res.scenario.start_year
    assert res.value(KEY, "price_index", "outside", first, "p5") > 1.0
    assert res.value(KEY, "price_index", "CHN", first, "p95") < 1.0  # the surplus stays inside
