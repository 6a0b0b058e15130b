"""Sites, territorial control, events, controls, agreements and graph endpoints.

Reference facts (from the sources cited in the data rows, not from our output):
* Mount Weld (Western Australia) lies at about 28.86 S, 122.55 E (Wikipedia coordinate
  template, source site_wiki_mount_weld).
* Russia completed the capture of Mariupol on 20 May 2022 (Japan Times, source
  terr_japantimes_mariupol_2022), so the Azovske deposit (Mariupol raion) is occupied
  ground on 2022-06-01 but not on 2022-05-01.
* China's gallium/germanium export licensing (MOFCOM/GACC announcement No. 23 of 3 July
  2023) took effect on 1 August 2023.
"""

from __future__ import annotations

import csv

import pytest

from critmin.dataset import DATA_DIR


def _csv(name):
    with open(DATA_DIR / f"{name}.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _shape(doc):
    assert set(doc) >= {"data", "meta"}
    assert "dataset_version" in doc["meta"]
    assert isinstance(doc["meta"]["sources"], list)
    return doc


# -- sites --------------------------------------------------------------------------------
def test_sites_filters_by_country_and_type(client):
    doc = _shape(client.get("/api/v1/sites?country=Ukraine").json())
    expected = {r["site_id"] for r in _csv("sites") if r["country"] == "UKR"}
    assert {r["site_id"] for r in doc["data"]} == expected
    mines = client.get("/api/v1/sites?type=mine").json()["data"]
    assert mines and all(r["site_type"] == "mine" for r in mines)
    ids = {s["source_id"] for s in doc["meta"]["sources"]}
    assert {r["source_id"] for r in doc["data"]} <= ids
    assert all(s.get("publisher") for s in doc["meta"]["sources"])


def test_sites_status_as_of_before_any_status_is_a_gap(client):
    doc = client.get("/api/v1/sites?as_of=1900&status=unknown").json()
    assert doc["meta"]["as_of"] == "1900-12-31"
    assert len(doc["data"]) == len(_csv("sites"))
    assert all(r["status"] is None for r in doc["data"])


def test_sites_geojson_places_only_sourced_coordinates(client):
    fc = client.get("/api/v1/sites?format=geojson").json()
    assert fc["type"] == "FeatureCollection"
    rows = _csv("sites")
    with_xy = {r["site_id"] for r in rows if r["latitude"] and r["longitude"]}
    assert {f["id"] for f in fc["features"]} == with_xy
    assert {u["site_id"] for u in fc["unplaced"]} == {r["site_id"] for r in rows} - with_xy
    weld = next(f for f in fc["features"] if f["id"] == "mount_weld")
    lon, lat = weld["geometry"]["coordinates"]
    assert lat == pytest.approx(-28.86, abs=0.02) and lon == pytest.approx(122.55, abs=0.02)
    assert fc["meta"]["sources"]


def test_site_card_by_alias_with_sources_and_approximate_flag(client):
    doc = _shape(client.get("/api/v1/sites/Mt Weld").json())
    d = doc["data"]
    assert d["site"]["site_id"] == "mount_weld"
    assert d["site"]["coords_approximate"] is False  # Wikipedia gives the mine itself
    ids = {s["source_id"] for s in doc["meta"]["sources"]}
    assert {"site_wiki_mount_weld", "site_shared_key"} <= ids
    assert {r["source_id"] for r in d["status_history"]} <= ids
    proxy = client.get("/api/v1/sites/dubbo").json()["data"]["site"]  # note: "coordinates are Dubbo city"
    assert proxy["coords_approximate"] is True


def test_exposure_follows_the_capture_date(client):
    after = _shape(client.get("/api/v1/exposure/UKR?as_of=2022-06-01").json())
    row = next(r for r in after["data"] if r["site_id"] == "azovske")
    assert row["control_status"] == "occupied" and row["exposed"] is True
    before = client.get("/api/v1/exposure/UKR?as_of=2022-05-01").json()
    row = next(r for r in before["data"] if r["site_id"] == "azovske")
    assert row["control_status"] != "occupied"
    assert "terr_japantimes_mariupol_2022" in {s["source_id"] for s in after["meta"]["sources"]}


def test_control_lists_every_region_with_its_status(client):
    doc = _shape(client.get("/api/v1/control?as_of=2025-06-01").json())
    crimea = next(r for r in doc["data"] if r["region"] == "Crimea")
    assert crimea["status"] == "occupied" and crimea["source_id"] == "terr_mfa_crimea"
    early = client.get("/api/v1/control?as_of=2013-01-01").json()["data"]
    assert next(r for r in early if r["region"] == "Crimea")["status"] is None  # no row in force: unknown


# -- events -------------------------------------------------------------------------------
def test_events_filters_narrow(client):
    every = _shape(client.get("/api/v1/events").json())["data"]
    assert len(every) == len(_csv("events"))
    ctl = client.get("/api/v1/events?type=export_control").json()["data"]
    assert 0 < len(ctl) < len(every) and all(r["type"] == "export_control" for r in ctl)
    ga = client.get("/api/v1/events?element=gallium&from=2023&to=2023").json()["data"]
    assert "cn-2023-07-03-ga-ge-controls" in {r["event_id"] for r in ga}
    assert all(r["date"][:4] == "2023" for r in ga)
    assert client.get("/api/v1/events?actor=CHN").json()["data"]


def test_event_detail_has_its_lifecycle(client):
    doc = _shape(client.get("/api/v1/events/cn-2023-07-03-ga-ge-controls").json())
    steps = doc["data"]
    assert steps[0]["event_id"] == "cn-2023-07-03-ga-ge-controls"
    later = {(r["event_id"], r["relation"]) for r in steps[1:]}
    assert ("cn-2024-12-03-us-ga-ge-sb-ban", "expands") in later
    assert doc["meta"]["sources"]


def test_controls_in_force_start_on_the_effective_date(client):
    on = _shape(client.get("/api/v1/controls?as_of=2023-08-01&element=Ga").json())
    assert "cn-2023-07-03-ga-ge-controls" in {r["event_id"] for r in on["data"]}
    before = client.get("/api/v1/controls?as_of=2023-07-31&element=Ga").json()["data"]
    assert "cn-2023-07-03-ga-ge-controls" not in {r["event_id"] for r in before}


def test_agreements_and_graph(client):
    ag = _shape(client.get("/api/v1/agreements/Ukraine").json())["data"]
    assert ag and all(r["type"] in ("agreement", "ratification", "entry_into_force") for r in ag)
    nb = _shape(client.get("/api/v1/graph/neighbours/CHN?relation=party_to").json())["data"]
    assert nb and {r["relation"] for r in nb} == {"party_to"}
    deeper = client.get("/api/v1/graph/neighbours/CHN?depth=2").json()["data"]
    assert len(deeper) > len(client.get("/api/v1/graph/neighbours/CHN").json()["data"])
    g = _shape(client.get("/api/v1/graph").json())
    ids = {n["id"] for n in g["data"]["nodes"]}
    assert "CHN" in ids and "event:cn-2023-07-03-ga-ge-controls" in ids
    assert all(e["source"] in ids and e["target"] in ids for e in g["data"]["links"])


# -- bad input ----------------------------------------------------------------------------
BAD = [
    ("/api/v1/sites?as_of=2025-13-01", 422, "invalid_parameter"),
    ("/api/v1/sites?as_of=yesterday", 422, "invalid_parameter"),
    ("/api/v1/sites?country=Atlantis", 404, "unknown_entity"),
    ("/api/v1/sites?format=kml", 422, "invalid_parameter"),
    ("/api/v1/sites/no_such_site", 404, "unknown_entity"),
    ("/api/v1/sites/mount_weld?as_of=2025-02-30", 422, "invalid_parameter"),
    ("/api/v1/exposure/Atlantis", 404, "unknown_entity"),
    ("/api/v1/exposure/UKR?as_of=soon", 422, "invalid_parameter"),
    ("/api/v1/control?as_of=20250601", 422, "invalid_parameter"),
    ("/api/v1/events?from=2025-99", 422, "invalid_parameter"),
    ("/api/v1/events?type=rumour", 404, "unknown_entity"),
    ("/api/v1/events?element=Xx", 404, "unknown_entity"),
    ("/api/v1/events?actor=Atlantis", 404, "unknown_entity"),
    ("/api/v1/events/no-such-event", 404, "unknown_entity"),
    ("/api/v1/controls?element=unobtainium", 404, "unknown_entity"),
    ("/api/v1/controls?as_of=2025-02-30", 422, "invalid_parameter"),
    ("/api/v1/agreements/Atlantis", 404, "unknown_entity"),
    ("/api/v1/graph/neighbours/nobody-at-all", 404, "unknown_entity"),
    ("/api/v1/graph/neighbours/CHN?depth=0", 422, "invalid_parameter"),
    ("/sites?as_of=nope", 422, "invalid_parameter"),
    ("/timeline?from=nope", 422, "invalid_parameter"),
]


@pytest.mark.parametrize(("url", "status", "code"), BAD)
def test_bad_input_has_the_error_shape(client, url, status, code):
    r = client.get(url, headers={"Accept": "application/json"})
    assert r.status_code == status, r.text
    doc = r.json()
    assert set(doc) == {"error"} and doc["error"]["code"] == code and doc["error"]["message"]


# -- pages --------------------------------------------------------------------------------
def test_sites_page_places_points_and_lists_the_unplaced(client):
    html = client.get("/sites").text
    rows = _csv("sites")
    n_xy = sum(1 for r in rows if r["latitude"] and r["longitude"])
    assert html.count('class="site-pt"') == n_xy
    assert "Not placed: no sourced coordinate (" + str(len(rows) - n_xy) + ")" in html
    assert 'aria-label="Mount Weld: mine, operating"' in html
    filtered = client.get("/sites?country=UKR&as_of=2025-06-01").text
    assert filtered.count('class="site-pt"') < n_xy
    assert "Crimea" in filtered  # occupied region table


def test_timeline_page_filters_and_controls_box(client):
    every = client.get("/timeline").text
    ctl = client.get("/timeline?type=suspension").text
    n = every.count('class="event"')
    assert n == len(_csv("events"))
    assert 0 < ctl.count('class="event"') < n
    box = client.get("/timeline?ctrl_date=2023-08-01&ctrl_element=Ga").text
    assert "#ev-cn-2023-07-03-ga-ge-controls" in box
    assert "suspended 2025-11-09" in every  # lifecycle from event_links (No. 72 suspends No. 46's US ban)


def test_country_page_has_sites_and_events_sections(client):
    html = client.get("/country/UKR").text
    assert "Sites and conflict exposure" in html and 'data-testid="country-sites"' in html
    assert "Events and agreements" in html
    assert "Azovske" in html


def _luminance(hex_colour):
    def ch(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)


def test_site_colours_meet_non_text_contrast():
    """WCAG 2.1 SC 1.4.11: graphical objects need 3:1 against adjacent colours (land, sea, white)."""
    from critmin.web.svg import TYPE_COLOURS

    for name, colour in TYPE_COLOURS.items():
        for bg in ("#e3e3e3", "#f4f8fb", "#ffffff"):
            hi, lo = sorted((_luminance(colour), _luminance(bg)), reverse=True)
            assert (hi + 0.05) / (lo + 0.05) >= 3, (name, bg)
