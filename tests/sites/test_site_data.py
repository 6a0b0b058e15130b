"""Integrity of the sites registry and territorial-control tables (package data)."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

import pytest

from critmin.dataset import read_table
from critmin.dates import parse_date
from critmin.sites import SITE_TABLES, STAGES

HERE = Path(__file__).parent
TABLES = (*SITE_TABLES, "territorial_control")


@pytest.fixture(scope="module")
def t():
    return {name: read_table(name) for name in TABLES}


@pytest.fixture(scope="module")
def source_ids():
    return set(read_table("sources")["source_id"])


@pytest.mark.parametrize("name", TABLES)
def test_every_row_has_a_known_source(t, source_ids, name) -> None:
    df = t[name]
    assert df["source_id"].notna().all(), name
    assert set(df["source_id"]) <= source_ids


@pytest.mark.parametrize("name", [n for n in TABLES if n != "sites"])
def test_every_site_reference_resolves(t, name) -> None:
    refs = set(t[name]["site_id"].dropna())
    assert refs <= set(t["sites"]["site_id"]), refs - set(t["sites"]["site_id"])


def test_coverage_of_the_issue(t) -> None:
    ids = set(t["sites"]["site_id"])
    assert len(ids) >= 80
    required = {
        "bayan_obo", "maoniuping", "dalucao", "south_china_ionic_clays", "pangwa", "chipwi",
        "mountain_pass", "mount_weld", "lynas_malaysia", "lynas_kalgoorlie", "solikamsk",
        "lovozero", "npm_silmet", "serra_verde", "dong_pao", "src_saskatoon", "white_mesa",
        "jl_mag_ganzhou", "ningbo_yunsheng", "zksh_beijing", "proterial_neomax", "vac_hanau",
        "vac_south_carolina", "neo_narva", "mp_independence", "noveon_san_marcos",
        "usar_stillwater", "tomtor", "kvanefjeld", "tanbreez", "nolans", "eneabba",
        "browns_range", "songwe_hill", "ngualla", "norra_karr", "fen", "bear_lodge", "round_top",
        "halleck_creek", "araxa", "lofdal", "steenkampskraal", "zandkopsdrift", "phalaborwa",
        "makuutu", "strange_lake", "nechalacho", "novopoltavske", "azovske", "mazurivske",
        "yastrubetske", "shevchenkivske", "kruta_balka", "dobra", "solvay_la_rochelle",
        "kangankunde", "shin_etsu_haiphong", "tdk_rising_guangdong",
    }
    assert required <= ids, required - ids


def test_stages_are_known(t) -> None:
    for sid, stages in zip(t["sites"]["site_id"], t["sites"]["stages"], strict=True):
        parts = stages.split(";")
        assert parts and set(parts) <= set(STAGES), sid


def test_aliases_do_not_name_two_sites(t) -> None:
    seen: dict[str, str] = {}
    for r in t["sites"].itertuples():
        names = {str(r.name).lower(), *(a.strip().lower() for a in str(r.aliases or "").split(";") if a.strip())}
        names.discard("nan")
        for n in names:
            assert seen.setdefault(n, r.site_id) == r.site_id, (n, seen[n], r.site_id)


def test_coordinates_in_range_and_sourced(t) -> None:
    s = t["sites"]
    lat, lon = s["latitude"], s["longitude"]
    assert (lat.isna() == lon.isna()).all(), "a coordinate pair is half given"
    has = lat.notna()
    assert lat[has].between(-90, 90).all() and lon[has].between(-180, 180).all()
    assert s.loc[has, "coord_source_id"].notna().all(), "coordinates without a source"


def test_coordinates_inside_the_country_bbox(t) -> None:
    # Country extents from a public table (tests/sites/country_bbox.csv names it).
    with open(HERE / "country_bbox.csv", encoding="utf-8") as f:
        bbox = {r["iso3"]: tuple(float(r[k]) for k in ("min_lon", "min_lat", "max_lon", "max_lat"))
                for r in csv.DictReader(f)}
    s = t["sites"][t["sites"]["latitude"].notna()]
    assert len(s) >= 5
    for r in s.itertuples():
        assert r.country in bbox, f"add a sourced bounding box for {r.country}"
        x0, y0, x1, y1 = bbox[r.country]
        assert x0 <= r.longitude <= x1 and y0 <= r.latitude <= y1, r.site_id


def test_status_dates_parse_with_the_stated_precision(t) -> None:
    for r in t["site_status"].itertuples():
        assert parse_date(r.date).precision == r.date_precision, (r.site_id, r.date)


def test_status_rows_are_ordered_by_site_and_date(t) -> None:
    st = t["site_status"]
    keys = [(r.site_id, parse_date(r.date).start) for r in st.itertuples()]
    assert keys == sorted(keys)


def test_control_rows_cover_a_region_or_a_site_and_dates_are_ordered(t) -> None:
    sites = t["sites"].set_index("site_id")
    for r in t["territorial_control"].itertuples():
        region, site = r.region if isinstance(r.region, str) else "", r.site_id if isinstance(r.site_id, str) else ""
        assert bool(region) != bool(site), r
        if site:
            assert sites.loc[site, "country"] == r.country
        start = parse_date(r.valid_from)
        if isinstance(r.valid_to, str):
            assert start.start <= parse_date(r.valid_to).end, r


def test_control_rows_for_the_same_ground_do_not_overlap_with_different_status(t) -> None:
    tc = t["territorial_control"].fillna({"region": "", "site_id": ""})
    for _, g in tc.groupby(["region", "site_id", "country"]):
        spans = sorted((parse_date(r.valid_from).start,
                        parse_date(r.valid_to).end if isinstance(r.valid_to, str) and r.valid_to else None,
                        r.status) for r in g.itertuples())
        for (_s0, e0, st0), (s1, _e1, st1) in itertools.pairwise(spans):
            if st0 != st1:
                assert e0 is not None and e0 < s1, (g.iloc[0].to_dict(), st0, st1)


def test_shares_are_fractions(t) -> None:
    sh = t["site_owners"]["share"].dropna()
    assert sh.between(0, 1).all()
    total = t["site_owners"].dropna(subset=["share"]).groupby(["site_id", "as_of"])["share"].sum()
    assert (total <= 1 + 1e-9).all()


def test_ree_distribution_sums_to_at_most_100_percent(t) -> None:
    d = t["site_ree_distribution"]
    assert (d["pct_of_treo"] >= 0).all()
    g = d.groupby("site_id")["pct_of_treo"].agg(["sum", "count"])
    assert (g["sum"] <= 101).all(), g[g["sum"] > 101]
    full = g[g["count"] == 15]  # every oxide published: the shares close to 100 (source rounding)
    assert len(full) >= 30 and full["sum"].between(99, 101).all(), full[~full["sum"].between(99, 101)]


def test_capacity_values_positive_and_gaps_are_missing_rows_not_zero(t) -> None:
    assert (t["site_capacity"]["value"] > 0).all()
    r = t["site_resources"]
    assert (r["treo_t"].dropna() > 0).all() and (r["grade_pct_treo"].dropna() > 0).all()
