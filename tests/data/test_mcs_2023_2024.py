"""MCS 2023 and MCS 2024 rows against the text of the USGS data-release files they were read from.

Each ``LINES`` entry is a line copied verbatim from a USGS Mineral Commodity Summaries data-release
CSV (MCS 2024: doi:10.5066/P144BA54, ver. 2.0; MCS 2023: doi:10.5066/P9WCYUI6), as stored in
github Redliana/cmm-data API_Scripts/usgs_mcs_data/... @d780c5b7 (see sources.csv ``via``). The
test parses each line the way a reader of the release would and checks the bundled row.
"""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from critmin.dataset import load_dataset

# (edition, file, header, line, commodity, reserves commodity, iso3)
LINES = [
    ("MCS 2024", "mcs2024-raree_world.csv", "Source,Country,Type,Prod_t_est_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes",
     'MCS2024,Russia,"Rare earths, mine production, rare-earth-oxide equivalent, metric tons",2600.0,2600.0,,10000000.0,'
     '"Reserves for Australia, Russia, Thailand, and the United States were revised based on company and Government reports."',
     "rare_earths", "rare_earths", "RUS"),
    ("MCS 2024", "mcs2024-raree_world.csv", "Source,Country,Type,Prod_t_est_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes",
     'MCS2024,China,"Rare earths, mine production, rare-earth-oxide equivalent, metric tons",210000.0,240000.0,'
     "Production quota; does not include undocumented production.,44000000.0,",
     "rare_earths", "rare_earths", "CHN"),
    ("MCS 2024", "mcs2024-raree_world.csv", "Source,Country,Type,Prod_t_est_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes",
     'MCS2024,World total (rounded),"Rare earths, mine production, rare-earth-oxide equivalent, metric tons",300000.0,350000.0,,110000000.0,',
     "rare_earths", "rare_earths", "WLD"),
    ("MCS 2023", "mcs2023-raree_world.csv", "Source,Country,Type,Prod_t_2021,Prod_t_est_2022,Prod_notes,Reserves_t,Reserves_notes",
     'MCS2023,Vietnam,"Rare earths, mine production, rare-earth-oxide equivalent, metric tons",400,4300,,22000000,',
     "rare_earths", "rare_earths", "VNM"),
    ("MCS 2023", "mcs2023-raree_world.csv", "Source,Country,Type,Prod_t_2021,Prod_t_est_2022,Prod_notes,Reserves_t,Reserves_notes",
     'MCS2023,Russia,"Rare earths, mine production, rare-earth-oxide equivalent, metric tons",2600,2600,Estimated in 2021 also.,21000000,',
     "rare_earths", "rare_earths", "RUS"),
    ("MCS 2024", "mcs2024-antim_world.csv", "Source,Country,Type,Prod_t_2022,Prod_t_est_2023,Prod_note,Reserves_t,Reserves_notes",
     'MCS2024,Tajikistan,"Mine production, contained antimony",21000,21000,,50000,',
     "antimony", "antimony", "TJK"),
    ("MCS 2023", "mcs2023-graph_world.csv", "Source,Country,Type,Prod_t_2021,Prod_t_est_2022,Prod_notes,Reserves_t,Reserves_notes",
     'MCS2023,China,"Mine production, graphite",820000,850000,,52000000,',
     "graphite", "graphite", "CHN"),
    ("MCS 2024", "mcs2024-lithi_world.csv", "Source,Country,Type,Prod_t_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes",
     'MCS2024,Australia,"Mine production, lithium content",74700,86000,,6200000.0,"For Australia, Joint Ore Reserves '
     'Committee-compliant or equivalent reserves were 4.8 million tons. Reserves for Argentina, Australia, Brazil, China, '
     'the United States, and “Other countries” were revised based on company and Government reports."',
     "lithium", "lithium", "AUS"),
]


@pytest.fixture(scope="module")
def obs() -> pd.DataFrame:
    return load_dataset()["observations"]


def _row(obs: pd.DataFrame, commodity: str, measure: str, country: str, year: int, edition: str) -> pd.Series:
    sel = obs[(obs["commodity"] == commodity) & (obs["measure"] == measure) & (obs["country"] == country)
              & (obs["year"] == year) & (obs["edition"] == edition) & obs["product"].isna()]
    assert len(sel) == 1, (commodity, measure, country, year, edition)
    return sel.iloc[0]


@pytest.mark.parametrize(("edition", "file", "header", "line", "commodity", "rescom", "iso"), LINES,
                         ids=[f"{e[1]}:{e[6]}" for e in LINES])
def test_row_matches_the_release_line(obs, edition, file, header, line, commodity, rescom, iso) -> None:
    rec = next(csv.DictReader(io.StringIO(header + "\n" + line + "\n")))
    prod_cols = [c for c in rec if c.startswith("Prod_") and c[-4:].isdigit()]
    for col in prod_cols:
        row = _row(obs, commodity, "mine_production", iso, int(col[-4:]), edition)
        assert row["value"] == float(rec[col]), col
        assert row["source_id"] == f"usgs_mcs{edition[-4:]}_" + {"rare_earths": "ree"}.get(commodity, commodity)
        assert file in row["locator"] and col in row["locator"]
        if "_est_" in col:
            assert bool(row["estimate_flag"])
    reserves_year = max(int(c[-4:]) for c in prod_cols)
    res = _row(obs, rescom, "reserves", iso, reserves_year, edition)
    assert res["value"] == float(rec["Reserves_t"])


def test_gallium_and_palladium_units_follow_the_release(obs) -> None:
    # mcs2024-galli_world.csv: 'MCS2024,China,Primary production,600000,600000,estimated in 2022 also,1000000,'
    ga = obs[(obs["commodity"] == "gallium") & (obs["edition"] == "MCS 2024") & (obs["country"] == "CHN")]
    prod = ga[ga["measure"] == "production"].set_index("year")
    assert prod.loc[2022, "value"] == 600_000 and prod.loc[2023, "value"] == 600_000
    assert (prod["unit"] == "kg").all() and bool(prod.loc[2022, "estimate_flag"])  # 'estimated in 2022 also'
    assert ga[ga["measure"] == "capacity"]["value"].tolist() == [1_000_000]
    # mcs2024-plati_world.csv: 'MCS2024,Russiae, Mine production: Palladium,87000,92000,,NA,Included with platinum'
    pd_ = obs[(obs["commodity"] == "palladium") & (obs["edition"] == "MCS 2024") & (obs["country"] == "RUS")]
    assert sorted(pd_["value"]) == [87_000, 92_000] and (pd_["unit"] == "kg").all()
    assert pd_["estimate_flag"].astype(bool).all()  # the 'e' after the country name


def test_withheld_and_lower_bound_cells(obs) -> None:
    # mcs2024-lithi_world.csv: 'MCS2024,United States,"Mine production, lithium content",W,W,,1100000.0,...'
    us = obs[(obs["commodity"] == "lithium") & (obs["edition"] == "MCS 2024") & (obs["country"] == "USA")
             & (obs["measure"] == "mine_production")]
    assert set(us["qualifier"]) == {"W"} and us["value"].isna().all()
    # mcs2024-antim_world.csv world row: reserves cell 'NA', note '>2,000,000. In addition to ...'
    wld = _row(obs, "antimony", "reserves", "WLD", 2023, "MCS 2024")
    assert wld["value"] == 2_000_000 and wld["qualifier"] == ">"
    # mcs2023-raree_world.csv: 'MCS2023,Burma,...,35000,12000,Estimated in 2021 also.,NA,'
    mmr = _row(obs, "rare_earths", "reserves", "MMR", 2022, "MCS 2023")
    assert pd.isna(mmr["value"]) and mmr["qualifier"] == "NA"


@pytest.mark.parametrize(("edition", "year", "world", "listed"), [
    ("MCS 2024", 2023, 350_000, 353_320),   # 15 countries; no 'Other countries' row in MCS 2024
    ("MCS 2024", 2022, 300_000, 296_920),
    ("MCS 2023", 2022, 300_000, 301_020),   # 16 countries plus 'Other countries' 80 t
    ("MCS 2023", 2021, 290_000, 290_660),
])
def test_rare_earth_countries_add_up_to_the_rounded_world_total(obs, edition, year, world, listed) -> None:
    sel = obs[(obs["commodity"] == "rare_earths") & (obs["measure"] == "mine_production") & obs["product"].isna()
              & (obs["edition"] == edition) & (obs["year"] == year)]
    assert sel.loc[sel["country"] == "WLD", "value"].item() == world
    total = sel.loc[sel["country"] != "WLD", "value"].sum()
    assert total == listed
    assert abs(total - world) / world < 0.02  # USGS rounds the world total to two significant figures


def test_no_mcs_2023_or_2024_rare_earth_row_rests_on_a_quotation(obs) -> None:
    sel = obs[(obs["commodity"] == "rare_earths") & obs["edition"].isin(["MCS 2023", "MCS 2024"])]
    assert set(sel["source_id"]) == {"usgs_mcs2023_ree", "usgs_mcs2024_ree"}
    assert len(sel[sel["measure"].isin(["mine_production", "reserves"]) & sel["product"].isna()]) == 16 * 3 + 17 * 3


def _price(obs: pd.DataFrame, commodity: str, product: str, year: int, edition: str) -> float:
    sel = obs[(obs["commodity"] == commodity) & (obs["measure"] == "price") & (obs["year"] == year)
              & (obs["edition"] == edition) & (obs["product"].fillna("") == product)]
    assert len(sel) == 1, (commodity, product, year, edition)
    return float(sel.iloc[0]["value"])


def test_prices_follow_the_salient_files(obs) -> None:
    # mcs2024-germa_salient.csv: 'MCS2024,Germanium,2023,0,NA,24000,14000,NA,6300,100,NA,NA,NA,1400,880,>50'
    assert _price(obs, "germanium", "germanium_metal", 2023, "MCS 2024") == 1400
    assert _price(obs, "germanium", "germanium_dioxide", 2023, "MCS 2024") == 880
    # mcs2024-galli_salient.csv: 'MCS2024,Gallium,2023,0,9400,150000,NA,19000,450,290,2700,100';
    # MCS 2025 revised the low-purity 2023 price to 288 (bundled from the MCS 2025 chapter)
    assert _price(obs, "gallium", "low_purity_primary", 2023, "MCS 2024") == 290
    assert _price(obs, "gallium", "low_purity_primary", 2023, "MCS 2025") == 288
    # mcs2023-antim_salient.csv row 2022 ends '...,27000,6.3,83' (price in dollars per pound)
    assert _price(obs, "antimony", "antimony_metal", 2022, "MCS 2023") == 6.3
    # rare earths: neodymium oxide 2021 is 49 $/kg in mcs2023-raree_salient.csv and 98 $/kg in
    # mcs2024-raree_salient.csv (row 2021: '...,2,410,31,2,6,98,1346,293,>95,E'): a revision
    assert _price(obs, "rare_earths", "neodymium_oxide", 2021, "MCS 2023") == 49
    assert _price(obs, "rare_earths", "neodymium_oxide", 2021, "MCS 2024") == 98
    # mcs2022-raree_salient.csv row 2021: 'MCS2022,Rare Earths,2021,43000,230,...,6,49,1300,290,>90,E'
    assert _price(obs, "rare_earths", "terbium_oxide", 2021, "MCS 2022") == 1300
    nir = obs[(obs["commodity"] == "rare_earths") & (obs["measure"] == "net_import_reliance")
              & (obs["edition"] == "MCS 2022") & (obs["year"] == 2021) & (obs["product"] == "compounds_and_metals")]
    assert nir["value"].tolist() == [90] and nir["qualifier"].tolist() == [">"]
