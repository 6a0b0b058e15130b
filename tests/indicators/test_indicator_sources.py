"""Every indicator result names its inputs' sources; every indicator has a methods page."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from critmin.dataset import read_table
from critmin.indicators import INDICATORS, get_indicator
from critmin.indicators.blocs import grouping_from_frame
from critmin.indicators.concentration import shares

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ("## Formula", "## Symbols", "## Source", "## Worked example", "## Limits")


def _gov() -> pd.DataFrame:
    return pd.DataFrame([
        {"country": c, "year": 2024, "indicator": "rule_of_law", "value": v, "edition": "WGI t",
         "source_id": "gov_src", "locator": "t"}
        for c, v in (("CHN", -0.3), ("VNM", -0.2), ("RUS", -1.0))
    ])


def _calls(make_obs):
    obs = make_obs([
        {"country": "CHN", "value": 80.0, "source_id": "src_a"},
        {"country": "VNM", "value": 10.0, "source_id": "src_b"},
        {"country": "RUS", "value": 5.0, "source_id": "src_a"},
        {"country": "WLD", "value": 100.0, "source_id": "src_c"},
    ], commodity="tungsten")
    nir = make_obs([
        {"country": "USA", "measure": "net_import_reliance", "value": 50.0, "unit": "percent", "source_id": "src_n"},
    ], commodity="tungsten")
    grouping = grouping_from_frame(read_table("blocs"))
    imports = read_table("import_sources")
    return {
        "shares": ((obs,), {}, {"src_a", "src_b", "src_c"}),
        "hhi": ((obs,), {}, {"src_a", "src_b", "src_c"}),
        "bloc_share": ((shares(obs), grouping), {}, {"src_a", "src_b", "src_c", "ind_msp_founding"}),
        "bloc_dependence": ((imports, "USA", "rare_earths", grouping), {"edition": "MCS 2025"},
                            {"ind_usgs_mcs2025_ree"}),
        "eu_supply_risk": ((obs, read_table("eu_crm_2023"), _gov(), "tungsten"),
                           {"trade": read_table("eu_crm_2023_trade")},
                           {"src_a", "src_b", "gov_src", "eu_crm2023_results", "eu_crm2023_trade"}),
        "net_import_reliance": ((nir, "tungsten", "USA"), {}, {"src_n"}),
        # Azovske's resource (GeoNews) and its occupation (Mariupol's capture, Japan Times)
        "conflict_exposure": (("UKR",), {"as_of": "2025-06-01"},
                              {"site_geonews_azovske", "terr_japantimes_mariupol_2022"}),
    }


def test_every_registered_indicator_is_exercised(make_obs) -> None:
    assert {i.name for i in INDICATORS} == set(_calls(make_obs))


@pytest.mark.parametrize("name", [i.name for i in INDICATORS])
def test_result_names_inputs_sources(make_obs, name: str) -> None:
    args, kwargs, expected = _calls(make_obs)[name]
    res = get_indicator(name).func(*args, **kwargs)
    assert isinstance(res, pd.DataFrame) and not res.empty
    assert expected <= set(res.attrs["source_ids"]), (name, res.attrs["source_ids"])
    assert res.attrs.get("method")
    per_row = "source_id" if "source_id" in res.columns else "source_ids"
    assert per_row in res.columns
    assert res[per_row].fillna("").astype(str).str.len().gt(0).any()


@pytest.mark.parametrize("ind", INDICATORS, ids=lambda i: i.name)
def test_every_indicator_has_a_methods_page(ind) -> None:
    page = ROOT / ind.method_doc
    assert page.exists(), f"missing {ind.method_doc}"
    text = page.read_text(encoding="utf-8")
    for section in SECTIONS:
        assert section in text, f"{ind.method_doc} lacks '{section}'"


def test_unknown_indicator_suggests_a_name() -> None:
    from critmin.errors import UnknownEntityError

    with pytest.raises(UnknownEntityError) as err:
        get_indicator("hhhi")
    assert "hhi" in (err.value.hint or "")


# --- the same on the bundled store, through the API the CLI uses --------------------------

def _service_calls():
    from critmin.indicators import service as ind

    return {
        "shares": lambda st: ind.shares_of(st, "rare_earths", year=2024),
        "hhi": lambda st: ind.concentration_of(st, "rare_earths", year=2024),
        "bloc_share": lambda st: ind.bloc_shares_of(st, "rare_earths", year=2024),
        "bloc_dependence": lambda st: ind.dependence_of(st, "USA", "rare_earths"),
        "eu_supply_risk": lambda st: ind.eu_risk_of(st, "tungsten"),
        "net_import_reliance": lambda st: ind.reliance_of(st, "USA", "rare_earths"),
    }


@pytest.mark.parametrize("name", sorted(_service_calls()))
def test_store_results_name_their_sources(bundled_store, name: str) -> None:
    assert name in {i.name for i in INDICATORS}
    res = _service_calls()[name](bundled_store)
    assert isinstance(res, pd.DataFrame) and not res.empty
    assert res.attrs.get("method") and res.attrs.get("inputs")
    ids = set(res.attrs["source_ids"])
    known = set(read_table("sources")["source_id"])
    assert ids and ids <= known, (name, ids - known)
    per_row = "source_id" if "source_id" in res.columns else "source_ids"
    row_ids = {s for v in res[per_row].dropna() for s in str(v).split(";") if s}
    assert row_ids and row_ids <= ids, (name, row_ids - ids)
