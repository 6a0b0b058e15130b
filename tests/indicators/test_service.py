"""The indicator API on the bundled store: selection rules, gaps, revisions, and sources.

Expected figures are the published USGS values (MCS 2025 Rare Earths p. 145; MCS 2024 and MCS 2023
from the USGS data-release files mcs2024-raree_world.csv and mcs2023-raree_world.csv), computed by
hand here.
"""

from __future__ import annotations

import pandas as pd
import pytest

from critmin.dataset import read_table
from critmin.errors import DataError
from critmin.indicators import service as ind


@pytest.fixture(scope="module")
def store(bundled_store):
    return bundled_store


def test_shares_default_year_is_the_newest_with_figures(store) -> None:
    sh = ind.shares_of(store, "rare earths")
    newest = int(read_table("observations").query(
        "commodity == 'rare_earths' and measure == 'mine_production' and country == 'CHN'")["year"].max())
    assert sh.attrs["year"] == newest
    assert sh.attrs["measure"] == "mine_production" and sh.attrs["stage"] == "mining"


def test_concentration_of_2024_in_mcs_2025(store) -> None:
    c = ind.concentration_of(store, "rare_earths", year=2024, edition="MCS 2025", top=3).iloc[0]
    world = 390_000
    named = [270_000, 45_000, 31_000, 13_000, 13_000, 13_000, 2_900, 2_500, 2_000, 300, 130, 20]
    assert c["hhi"] == pytest.approx(10_000 * sum((v / world) ** 2 for v in named))
    assert c["top3_share"] == pytest.approx(346_000 / world)
    assert c["leader"] == "CHN"


def test_compare_editions_2023_mcs_2024_vs_2025(store) -> None:
    wide, summary = ind.compare_editions(store, "rare_earths", ["MCS 2024", "MCS 2025"], year=2023)
    s = summary.set_index("edition")
    # MCS 2024 data release (mcs2024-raree_world.csv, column Prod_t_est_2023): every listed country
    mcs2024 = (240_000, 43_000, 38_000, 18_000, 7_100, 2_900, 2_600, 960, 600, 80, 80)
    old = 10_000 * sum((v / 350_000) ** 2 for v in mcs2024)
    assert s.loc["MCS 2024", "hhi"] == pytest.approx(old)
    assert s.loc["MCS 2025", "hhi_change"] == pytest.approx(s.loc["MCS 2025", "hhi"] - old)
    assert s.loc["MCS 2025", "hhi_change"] < 0  # the revision made 2023 look less concentrated
    usa = wide.set_index("country").loc["USA"]
    assert usa["share_change"] == pytest.approx(41_600 / 376_000 - 43_000 / 350_000)


def test_compare_editions_picks_the_common_year(store) -> None:
    _, summary = ind.compare_editions(store, "rare_earths", ["MCS 2025", "MCS 2026"])
    assert set(summary["year"]) == {2024}


def test_series_has_one_row_per_year(store) -> None:
    s = ind.concentration_series(store, "rare_earths")
    assert s["year"].is_unique and len(s) >= 20
    assert s["hhi"].between(0, 10_000).all()


def test_series_per_edition(store) -> None:
    s = ind.concentration_series(store, "rare_earths", editions=["MCS 2025", "MCS 2026"])
    assert set(s["edition"]) == {"MCS 2025", "MCS 2026"}
    assert set(s[s["edition"] == "MCS 2026"]["year"]) >= {2024, 2025}


def test_unknown_stage_measure_combination_is_a_clear_error(store) -> None:
    with pytest.raises(DataError, match="no capacity at stage magnet figures for rare_earths"):
        ind.concentration_of(store, "rare_earths", stage="magnet", measure="capacity")


def test_edition_and_as_of_together(store) -> None:
    with pytest.raises(DataError, match="either an edition or an as-of date"):
        ind.shares_of(store, "rare_earths", edition="MCS 2025", as_of="2025-06-01")


def test_as_of_before_any_edition_is_a_gap(store) -> None:
    with pytest.raises(DataError, match="published by 1990-01-01"):
        ind.shares_of(store, "rare_earths", as_of="1990-01-01")


def _calls(store):
    return {
        "shares_of": lambda: ind.shares_of(store, "rare_earths", year=2024),
        "concentration_of": lambda: ind.concentration_of(store, "rare_earths", year=2024),
        "risk_of": lambda: ind.risk_of(store, "rare_earths", year=2024)[1],
        "concentration_series": lambda: ind.concentration_series(store, "tungsten"),
        "compare_editions": lambda: ind.compare_editions(store, "rare_earths", ["MCS 2024", "MCS 2025"], year=2023)[1],
        "eu_risk_of": lambda: ind.eu_risk_of(store, "tungsten"),
        "bloc_shares_of": lambda: ind.bloc_shares_of(store, "rare_earths", year=2024),
        "dependence_of": lambda: ind.dependence_of(store, "USA", "rare_earths"),
        "reliance_of": lambda: ind.reliance_of(store, "USA", "rare_earths"),
    }


def test_every_service_function_is_exercised(store) -> None:
    assert set(_calls(store)) == set(ind.__all__) - {"DEFAULT_MEASURES", "RELIANCE_MEASURES"}


@pytest.mark.parametrize("name", ["shares_of", "concentration_of", "risk_of", "concentration_series", "compare_editions",
                                  "eu_risk_of", "bloc_shares_of", "dependence_of", "reliance_of"])
def test_service_results_name_method_inputs_and_known_sources(store, name: str) -> None:
    res = _calls(store)[name]()
    assert isinstance(res, pd.DataFrame) and not res.empty
    assert res.attrs.get("method") and res.attrs.get("inputs")
    ids = set(res.attrs["source_ids"])
    assert ids, name
    known = set(read_table("sources")["source_id"])
    assert ids <= known, ids - known  # every source is a row of sources.csv


def test_projections_are_not_the_default_year(store) -> None:
    """IEA outlook rows for 2030-2040 are projections: the default year is one already reported."""
    c = ind.concentration_of(store, "cobalt", stage="refining")
    assert c.attrs["year"] <= 2026
    s = ind.concentration_series(store, "cobalt", stage="refining")
    assert s["year"].max() <= 2026
    eu = ind.eu_risk_of(store, "cobalt")
    assert eu.attrs["year"] <= 2026
    # asked for explicitly, a projection year is still available
    assert ind.concentration_of(store, "cobalt", stage="refining", year=2040).attrs["year"] == 2040


def test_reliance_names_only_its_inputs_sources(store) -> None:
    r = ind.reliance_of(store, "USA", "rare_earths")
    assert "news_koreaherald_2019" not in r.attrs["source_ids"]  # a reserves/production quote, not a balance item


def test_a_year_is_read_from_the_latest_edition_with_a_world_total(store) -> None:
    """2022 is printed in MCS 2023 and MCS 2024 (both with a world total of 300,000 t); the
    default takes the later one, MCS 2024 (mcs2024-raree_world.csv, column Prod_t_est_2022:
    China 210,000 t, USA 42,000 t - MCS 2023 had printed 43,000 t for the USA)."""
    sh = ind.shares_of(store, "rare_earths", year=2022)
    assert sh.attrs["editions"] == ["MCS 2024"]
    rows = sh.set_index("country")
    assert rows.loc["CHN", "base"] == "world"
    assert rows.loc["CHN", "share"] == pytest.approx(210_000 / 300_000)
    assert rows.loc["USA", "share"] == pytest.approx(42_000 / 300_000)
    c = ind.concentration_of(store, "rare_earths", year=2022).iloc[0]
    # the listed countries add up to 296,920 t of the rounded 300,000 t
    assert c["coverage"] == pytest.approx(296_920 / 300_000)


def test_pinned_edition_is_taken_as_published(store) -> None:
    """MCS 2023 (mcs2023-raree_world.csv, column Prod_t_est_2022) printed Vietnam at 4,300 t for
    2022; MCS 2024 revised it to 1,200 t. Pinning the edition keeps the figure as published."""
    sh = ind.shares_of(store, "rare_earths", year=2022, edition="MCS 2023").set_index("country")
    assert set(sh["base"]) == {"world"}
    assert sh.loc["VNM", "share"] == pytest.approx(4_300 / 300_000)
    assert sh.loc["USA", "value"] == 43_000


def test_figures_of_one_product_line_are_used_and_named(store) -> None:
    """Gallium is published as primary low-purity production (MCS): no stage given, mining has
    none, refining has that one line."""
    c = ind.concentration_of(store, "gallium")
    assert c.attrs["stage"] == "refining" and c.attrs["product"] == "low_purity_primary"
    assert c.iloc[0]["leader"] == "CHN"


def test_several_product_lines_need_a_choice(store) -> None:
    with pytest.raises(DataError, match="by product line") as err:
        ind.shares_of(store, "rare_earths", stage="trade", measure="imports")
    assert "--product" in (err.value.hint or "")
    sh = ind.shares_of(store, "rare_earths", stage="trade", measure="imports", product="compounds")
    assert sh.attrs["product"] == "compounds"


def test_risk_of_is_shares_and_concentration_of_the_same_rows(store) -> None:
    sh, co = ind.risk_of(store, "rare_earths", year=2024, edition="MCS 2025", top=5)
    named = sh[~sh["country"].isin(["OTH"])]
    assert co.iloc[0]["hhi"] == pytest.approx(10_000 * (named["share"] ** 2).sum())
    assert co.iloc[0]["top5_share"] == pytest.approx(named["share"].nlargest(5).sum())
    assert sh.attrs["year"] == co.attrs["year"] == 2024
