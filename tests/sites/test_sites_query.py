"""Sites queries as of a date, the site card, and GeoJSON export."""

from __future__ import annotations

import json

import pytest

from critmin.dates import DateParseError
from critmin.errors import UnknownEntityError
from critmin.sites import SiteQueryError, resolve_site, site_card, sites, to_geojson


def _status(as_of: str, site: str = "mp_independence"):
    df = sites(country="USA", as_of=as_of)
    row = df[df["site_id"] == site].iloc[0]
    return (None if row["status"] != row["status"] else row["status"]), row["date_uncertain"]


# MP Materials' Independence plant, Fort Worth: ground broken on 13 April 2022 (Fort Worth
# Report, 2022-04-30); commercial NdPr metal production announced January 2025 (PM Review,
# 2025-01-27). The registry dates the latter to the month only.
@pytest.mark.parametrize(("as_of", "expected", "uncertain"), [
    ("2022-04-12", None, None),
    ("2022-04-13", "construction", False),
    ("2024-12-31", "construction", False),
    ("2025-01-15", "operating", True),
    ("2025-02-01", "operating", False),
])
def test_status_as_of_a_hand_checked_case(as_of, expected, uncertain) -> None:
    status, unc = _status(as_of)
    assert status == expected
    if uncertain is not None:
        assert bool(unc) is uncertain


# Showa Denko's Baotou alloy plant: operating (2006 release, AZoM 2006-08-25); Showa Denko
# shut its two China alloy plants (Reuters/Nikkei, 2012-08-28).
@pytest.mark.parametrize(("as_of", "expected"), [
    ("2006-08-24", None), ("2012-08-27", "operating"), ("2012-08-28", "suspended"),
])
def test_status_changes_on_the_dated_day(as_of, expected) -> None:
    df = sites(country="CHN", site_type="metal_alloy_plant", as_of=as_of)
    row = df[df["site_id"] == "showa_denko_baotou"].iloc[0]
    assert (None if row["status"] != row["status"] else row["status"]) == expected


def test_filters_and_sources() -> None:
    df = sites(stage="magnet", as_of="2025-06-01")
    assert len(df) >= 10
    assert all("magnet" in s.split(";") for s in df["stages"])
    assert set(df["country"]) >= {"CHN", "USA", "JPN", "DEU", "EST"}
    assert df["source_ids"].str.len().gt(0).all()
    assert set(df.attrs["source_ids"]) >= set(df["source_id"])
    op = sites(status="operating", as_of="2025-06-01")
    assert (op["status"] == "operating").all()
    unknown = sites(status="unknown", country="UKR", as_of="2025-06-01")
    assert unknown["status"].isna().all() and len(unknown) >= 1
    assert set(sites(site_type="magnet_plant")["site_type"]) == {"magnet_plant"}


def test_country_accepts_names() -> None:
    assert list(sites(country="Ukraine")["site_id"]) == list(sites(country="UKR")["site_id"])


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"stage": "smelting"}, SiteQueryError),
    ({"status": "open"}, SiteQueryError),
    ({"site_type": "factory"}, SiteQueryError),
    ({"country": "Atlantis"}, UnknownEntityError),
    ({"as_of": "2025-02-30"}, DateParseError),
])
def test_bad_filters_raise_named_errors(kwargs, error) -> None:
    with pytest.raises(error):
        sites(**kwargs)


@pytest.mark.parametrize(("text", "site_id"), [
    ("mount_weld", "mount_weld"), ("Mt Weld", "mount_weld"), ("LAMP", "lynas_malaysia"),
    ("Fort Worth", "mp_independence"), ("Baiyun Obo", "bayan_obo"), ("Norra Karr", "norra_karr"),
])
def test_resolve_by_id_name_or_alias(text, site_id) -> None:
    assert resolve_site(text) == site_id


def test_unknown_site_suggests() -> None:
    with pytest.raises(UnknownEntityError) as err:
        resolve_site("mount weldd")
    assert "mount_weld" in (err.value.hint or "")


def test_site_card_lists_history_sources_and_gaps() -> None:
    card = site_card("Lynas Malaysia", as_of="2024-01-01")
    assert card.site["site_id"] == "lynas_malaysia"
    assert card.current_status and card.current_status["status"] == "operating"
    assert "coordinates: no source gave them" in card.gaps
    assert {"site_shared_key"} <= set(card.source_ids)
    assert not card.capacity.empty
    # Mount Weld: Nd2O3 18.07% of REO in the 2022 project table (Paulick and Machacek 2017)
    mw = site_card("mount_weld").ree_distribution.set_index("oxide")["pct_of_treo"]
    assert round(mw["Nd2O3"], 2) == 18.07
    pangwa = site_card("pangwa", as_of="2025-01-01")
    assert pangwa.current_control and pangwa.current_control["status"] == "contested"
    assert site_card("pangwa", as_of="2024-01-01").current_control is None


def test_geojson_places_only_sourced_coordinates() -> None:
    df = sites(as_of="2025-06-01")
    fc = to_geojson(df)
    assert fc["type"] == "FeatureCollection"
    json.dumps(fc)  # serialisable
    assert len(fc["features"]) + len(fc["unplaced"]) == len(df)
    placed = {f["id"] for f in fc["features"]}
    with_xy = set(df.loc[df["latitude"].notna() & df["longitude"].notna(), "site_id"])
    assert placed == with_xy and "mount_weld" in placed
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
        assert "latitude" not in f["properties"] and f["properties"]["source_id"]
    mw = next(f for f in fc["features"] if f["id"] == "mount_weld")
    # Mount Weld: -28.86, 122.54778 (Wikipedia infobox, as recorded in the shared key table)
    assert mw["geometry"]["coordinates"] == [122.54778, -28.86]
