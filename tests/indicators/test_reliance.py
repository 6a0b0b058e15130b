"""Net import reliance: reference values from USGS MCS 2025 (rare earths, United States)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from critmin.errors import DataError
from critmin.indicators.reliance import (
    net_import_reliance,
    read_balance_file,
    reliance,
    reliance_from_balances,
)

DATA = Path(__file__).parent / "data"


def test_recomputed_reliance_matches_published_mcs2025_values() -> None:
    """(apparent consumption - production) / apparent consumption vs the published NIR.

    Published values are rounded to whole percent; '>95' is a lower bound.
    """
    ref = pd.read_csv(DATA / "usgs_mcs2025_ree_us_balance.csv", keep_default_na=False)
    for _, r in ref.iterrows():
        ours = 100 * net_import_reliance(production=r["production_t_reo"],
                                         apparent_consumption=r["apparent_consumption_t_reo"])
        if r["published_qualifier"] == ">":
            assert ours > r["published_nir"], r["year"]
        else:
            assert round(ours) == r["published_nir"], r["year"]


def test_net_exporter_has_negative_reliance() -> None:
    assert net_import_reliance(production=100, imports=10, exports=60) < 0


def test_missing_balance_item_is_not_taken_as_zero() -> None:
    with pytest.raises(DataError, match="needs production"):
        net_import_reliance(production=10, imports=5)


def test_reliance_from_observations_shows_published_and_computed(make_obs) -> None:
    common = {"commodity": "rare_earths", "country": "USA", "product": "compounds_and_metals",
              "year": 2024, "stage": "all", "source_id": "usgs"}
    obs = make_obs([
        {**common, "measure": "net_import_reliance", "value": 80.0, "unit": "percent", "basis": None},
        {**common, "measure": "production", "value": 1300.0},
        {**common, "measure": "apparent_consumption", "value": 6600.0},
    ])
    res = reliance(obs, "rare_earths", "USA")
    row = res.iloc[0]
    assert row["published"] == pytest.approx(0.80)
    assert row["computed"] == pytest.approx(5300 / 6600)
    assert res.attrs["source_ids"] == ["usgs"]


def test_reliance_for_a_country_without_figures_says_how_to_supply_them(make_obs) -> None:
    with pytest.raises(DataError, match="no net import reliance for DEU") as err:
        reliance(make_obs([]), "rare_earths", "DEU")
    assert "balances" in (err.value.hint or "")


def test_user_balance_file(tmp_path: Path) -> None:
    p = tmp_path / "bal.csv"
    p.write_text("country,commodity,year,production,imports,exports,source_id\n"
                 "Germany,gallium,2022,10,40,10,my_report_p3\n", encoding="utf-8")
    bal = read_balance_file(p)
    assert bal.loc[0, "country"] == "DEU"
    res = reliance_from_balances(bal)
    assert res.loc[0, "net_import_reliance"] == pytest.approx(30 / 40)
    assert res.attrs["source_ids"] == ["my_report_p3"]


def test_bad_balance_file_names_line_and_column(tmp_path: Path) -> None:
    p = tmp_path / "bal.csv"
    p.write_text("country,commodity,year,production,imports,exports,source_id\n"
                 "Atlantis,gallium,2022,1O,40,10,\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        read_balance_file(p)
    text = " ".join(err.value.errors)
    assert "line 2, column production" in text and "Atlantis" in text and "source_id" in text
