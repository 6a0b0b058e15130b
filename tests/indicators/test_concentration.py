"""Shares, rank, base and OTH handling on hand-made observation frames."""

from __future__ import annotations

import pytest

from critmin.errors import DataError
from critmin.indicators.concentration import concentration, shares


def test_world_base_shares_and_residual_are_reported(make_obs) -> None:
    obs = make_obs([
        {"country": "CHN", "value": 60.0},
        {"country": "USA", "value": 20.0},
        {"country": "OTH", "value": 10.0},
        {"country": "WLD", "value": 100.0},
    ])
    sh = shares(obs)
    got = dict(zip(sh["country"], sh["share"], strict=True))
    assert got == {"CHN": 0.6, "USA": 0.2, "OTH": 0.1}
    assert set(sh["base"]) == {"world"}
    c = concentration(obs)
    row = c.iloc[0]
    assert row["hhi"] == pytest.approx(10_000 * (0.36 + 0.04))  # OTH excluded
    assert row["hhi_low"] == pytest.approx(4000.0)
    # high: OTH (0.1) and the unexplained residual (0.1) each as one supplier
    assert row["hhi_high"] == pytest.approx(10_000 * (0.36 + 0.04 + 0.01 + 0.01))
    assert row["residual_share"] == pytest.approx(0.1)
    assert row["other_share"] == pytest.approx(0.1)
    assert row["base"] == "world"


def test_sum_base_without_world_row(make_obs) -> None:
    obs = make_obs([{"country": "CHN", "value": 3.0}, {"country": "AUS", "value": 1.0}])
    c = concentration(obs)
    assert c.iloc[0]["base"] == "sum"
    assert c.iloc[0]["hhi"] == pytest.approx(10_000 * (0.75**2 + 0.25**2))


def test_world_base_demanded_without_world_row_is_an_error(make_obs) -> None:
    obs = make_obs([{"country": "CHN", "value": 3.0}])
    with pytest.raises(DataError, match="no world total"):
        shares(obs, base="world")


def test_oth_as_single_supplier_raises_hhi(make_obs) -> None:
    obs = make_obs([
        {"country": "CHN", "value": 50.0}, {"country": "OTH", "value": 50.0},
    ])
    assert concentration(obs, other="single").iloc[0]["hhi"] == pytest.approx(5000.0)
    assert concentration(obs, other="exclude").iloc[0]["hhi"] == pytest.approx(2500.0)
    dropped = concentration(obs, other="drop").iloc[0]
    assert dropped["hhi"] == pytest.approx(10_000.0)  # China is all of the named supply


def test_withheld_figure_is_a_gap_not_zero(make_obs) -> None:
    obs = make_obs([
        {"country": "CHN", "value": 80.0},
        {"country": "USA", "value": None, "qualifier": "W"},
        {"country": "WLD", "value": 100.0},
    ])
    sh = shares(obs)
    assert "USA" not in set(sh["country"])
    assert any("USA" in g and "W" in g for g in sh.attrs["gaps"])
    assert concentration(obs).iloc[0]["residual_share"] == pytest.approx(0.2)


def test_rank_gives_ties_the_same_rank_and_skips_oth(make_obs) -> None:
    obs = make_obs([
        {"country": "CHN", "value": 5.0}, {"country": "AUS", "value": 2.0},
        {"country": "USA", "value": 2.0}, {"country": "OTH", "value": 9.0},
    ])
    sh = shares(obs).set_index("country")
    assert sh.loc["CHN", "rank"] == 1
    assert sh.loc["AUS", "rank"] == sh.loc["USA", "rank"] == 2
    assert sh["rank"].isna()["OTH"]


def test_each_edition_is_its_own_figure_set(make_obs) -> None:
    obs = make_obs([
        {"country": "CHN", "value": 270.0, "edition": "MCS 2025"},
        {"country": "WLD", "value": 390.0, "edition": "MCS 2025"},
        {"country": "CHN", "value": 270.0, "edition": "MCS 2026"},
        {"country": "WLD", "value": 380.0, "edition": "MCS 2026"},
    ])
    c = concentration(obs).set_index("edition")
    assert c.loc["MCS 2025", "leader_share"] == pytest.approx(270 / 390)
    assert c.loc["MCS 2026", "leader_share"] == pytest.approx(270 / 380)


def test_range_uses_midpoint(make_obs) -> None:
    obs = make_obs([
        {"country": "CHN", "value": 40.0, "value_high": 60.0, "qualifier": "range"},
        {"country": "WLD", "value": 100.0},
    ])
    assert shares(obs).iloc[0]["share"] == pytest.approx(0.5)


def test_duplicate_country_in_one_set_is_an_error(make_obs) -> None:
    obs = make_obs([{"country": "CHN", "value": 1.0}, {"country": "CHN", "value": 2.0}])
    with pytest.raises(DataError, match="more than once"):
        shares(obs)


def test_missing_columns_are_named(make_obs) -> None:
    obs = make_obs([{"country": "CHN", "value": 1.0}]).drop(columns=["source_id"])
    with pytest.raises(DataError, match="source_id"):
        shares(obs)
