"""Territorial control as of a date and conflict exposure."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.territory import EXPOSED_STATUSES, conflict_exposure, control_as_of


@pytest.mark.parametrize(("site", "as_of", "status", "basis"), [
    # Battle of Volnovakha, 25 Feb - 12 Mar 2022 (WikiMili copy of Wikipedia); the deposit lies
    # 12 km from the town (uk.wikipedia).
    ("mazurivske", "2022-03-01", "frontline", "site"),
    ("mazurivske", "2022-03-12", "occupied", "site"),
    # Mariupol: last Azovstal defenders surrendered 20 May 2022 (Japan Times/Reuters).
    ("azovske", "2022-05-19", "contested", "region"),
    ("azovske", "2022-05-20", "occupied", "site"),
    # Shevchenko: Russian MoD claim 26 Jun 2025, fighting reported 27 Jun (Kyiv Independent).
    ("shevchenkivske", "2025-06-25", "contested", "region"),
    ("shevchenkivske", "2025-06-27", "frontline", "site"),
    # Zhytomyr oblast: not in the Ministry of Reintegration list (Sept 2022).
    ("yastrubetske", "2025-06-01", "government", "region"),
])
def test_control_as_of(site, as_of, status, basis) -> None:
    c = control_as_of(site_id=site, as_of=as_of)
    assert c is not None and (c.status, c.basis) == (status, basis)


def test_no_record_is_a_gap_not_government() -> None:
    assert control_as_of(site_id="yastrubetske", as_of="2021-01-01") is None
    assert control_as_of(site_id="mount_weld", as_of="2025-01-01") is None


def test_region_query() -> None:
    c = control_as_of(region="Crimea", as_of="2015-01-01")
    assert c is not None and c.status == "occupied" and c.controlled_by == "RUS"
    assert control_as_of(region="crimea", as_of="2013-06-01") is None


def test_ukraine_exposure_reference_case() -> None:
    """Ukraine on 2025-06-01, from the cited rows: Azovske occupied since Mariupol's capture
    (20 May 2022) holds the only published resource, 710,000 t TR2O3 (GeoNews: 56 Mt at
    1.27 %); Mazurivske (Volnovakha, 12 Mar 2022) and Novopoltavske (reported Feb 2025) are
    occupied; Shevchenkivske and Kruta Balka lie in oblasts the Ministry of Reintegration
    lists (contested at oblast level); Yastrubetske and Dobra in oblasts it does not."""
    df = conflict_exposure("UKR", "2025-06-01")
    a = df.attrs
    assert set(a["exposed_sites"]) == {"azovske", "mazurivske", "novopoltavske",
                                       "shevchenkivske", "kruta_balka"}
    gov = set(df.loc[df["control_status"] == "government", "site_id"])
    assert gov == {"yastrubetske", "dobra"}
    assert a["listed_treo_t"] == 710_000 and a["exposed_treo_t"] == 710_000
    assert a["share"] == 1.0
    assert {"site_geonews_azovske", "terr_japantimes_mariupol_2022"} <= set(a["source_ids"])
    assert any(g.startswith("novopoltavske: no published resource") for g in a["gaps"])
    assert df["source_ids"].str.len().gt(0).all()


def test_exposure_before_any_record_is_unknown() -> None:
    df = conflict_exposure("UKR", "2013-01-01")
    assert df["exposed"].isna().all()
    assert df.attrs["share"] == 0.0 and df.attrs["share_upper"] == 1.0
    assert len([g for g in df.attrs["gaps"] if "no control status" in g]) == len(df)


def test_country_without_sites_or_resources() -> None:
    df = conflict_exposure("Japan", "2025-01-01")
    assert df.attrs["share"] is None and df.attrs["listed_treo_t"] == 0.0


# --- property tests on synthetic registries -------------------------------------------

STATUS = st.sampled_from(["government", "occupied", "contested", "frontline"])


@st.composite
def registry(draw):
    n = draw(st.integers(1, 8))
    regions = [f"R{i}" for i in range(draw(st.integers(1, 4)))]
    sites = pd.DataFrame({
        "site_id": [f"s{i}" for i in range(n)], "name": [f"S{i}" for i in range(n)],
        "region": [draw(st.sampled_from(regions)) for _ in range(n)],
        "country": "UKR", "source_id": "src_site",
    })
    treo = [draw(st.one_of(st.none(), st.floats(1, 1e8))) for _ in range(n)]
    res = pd.DataFrame({"site_id": sites["site_id"], "treo_t": treo, "category": "c",
                        "source_id": "src_res"})
    control = pd.DataFrame([{
        "region": r, "site_id": None, "country": "UKR", "status": draw(STATUS),
        "controlled_by": None, "controller": None, "valid_from": "2020", "valid_to": None,
        "source_id": "src_ctl", "note": None} for r in regions if draw(st.booleans())],
        columns=["region", "site_id", "country", "status", "controlled_by", "controller",
                 "valid_from", "valid_to", "source_id", "note"])
    return sites, res, control


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(registry(), st.data())
def test_share_is_a_fraction_and_monotone_when_ground_is_occupied(reg, data) -> None:
    sites, res, control = reg
    before = conflict_exposure("UKR", "2025-01-01", sites=sites, control=control, resources=res)
    a = before.attrs
    if a["share"] is not None:
        assert 0.0 <= a["share"] <= a["share_upper"] <= 1.0 + 1e-12
        assert a["exposed_treo_t"] <= a["listed_treo_t"] + 1e-6
    # a site's ground becomes occupied from 2024: exposure cannot fall
    sid = data.draw(st.sampled_from(list(sites["site_id"])))
    extra = pd.DataFrame([{"region": None, "site_id": sid, "country": "UKR", "status": "occupied",
                           "controlled_by": "RUS", "controller": None, "valid_from": "2024-01-01",
                           "valid_to": None, "source_id": "src_new", "note": None}])
    after = conflict_exposure("UKR", "2025-01-01", sites=sites,
                              control=pd.concat([control, extra], ignore_index=True), resources=res)
    assert sid in after.attrs["exposed_sites"]
    assert set(a["exposed_sites"]) <= set(after.attrs["exposed_sites"])
    if a["share"] is not None:
        assert after.attrs["share"] >= a["share"] - 1e-12
    assert after.loc[after["site_id"] == sid, "control_status"].iloc[0] in EXPOSED_STATUSES
