"""Read endpoints: one data shape, filters, editions, pagination, and the published figures.

Reference values are from USGS Mineral Commodity Summaries 2025, Rare Earths (pp. 144-145,
World Mine Production and Reserves): China reserves 44,000,000 t REO; China mine production
2024 270,000 t REO (estimated); world mine production 2024 390,000 t REO.
"""

from __future__ import annotations

import pytest

READS = [
    "/api/v1/info",
    "/api/v1/commodities",
    "/api/v1/commodities/rare-earths",
    "/api/v1/countries",
    "/api/v1/countries?search=russia",
    "/api/v1/countries/Russian",
    "/api/v1/sources",
    "/api/v1/sources/usgs_mcs2025_ree",
    "/api/v1/editions",
    "/api/v1/observations?commodity=rare_earths",
    "/api/v1/history?commodity=rare_earths&country=RUS",
    "/api/v1/rankings?commodity=rare_earths",
    "/api/v1/indicators",
    "/api/v1/indicators/shares?commodity=rare_earths",
    "/api/v1/indicators/hhi?commodity=rare_earths",
    "/api/v1/indicators/bloc_share?commodity=rare_earths",
    "/api/v1/indicators/bloc_dependence?commodity=rare_earths&country=USA",
    "/api/v1/indicators/net_import_reliance?commodity=rare_earths&country=USA",
    "/api/v1/indicators/stage_shares?commodity=rare_earths&country=CHN",
    "/api/v1/jobs",
]


@pytest.mark.parametrize("url", READS)
def test_every_read_has_the_data_shape(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text
    doc = r.json()
    assert set(doc) == {"data", "meta"}
    assert doc["meta"]["dataset_version"] == client.get("/api/v1/info").json()["data"]["dataset_version"]
    assert isinstance(doc["meta"]["sources"], list)


@pytest.mark.parametrize("url", [u for u in READS if "observations" in u or "rankings" in u or "indicators/" in u])
def test_data_reads_name_the_sources_of_their_rows(client, url):
    doc = client.get(url).json()
    cited = {s["source_id"] for s in doc["meta"]["sources"]}
    assert cited
    for row in doc["data"]:
        for key in ("source_id", "source_ids"):
            for sid in str(row.get(key) or "").split(";"):
                if sid:
                    assert sid in cited, (sid, url)


def test_as_of_picks_the_edition_current_on_that_date(client):
    doc = client.get("/api/v1/observations", params={"commodity": "rare earths", "measure": "reserves",
                                                    "country": "China", "year": 2024, "as_of": "2025-03-19"}).json()
    assert [(r["edition"], r["value"], r["unit"]) for r in doc["data"]] == [("MCS 2025", 44_000_000, "t")]
    assert doc["meta"]["as_of"] == "2025-03-19"


def test_pinned_edition_and_year(client):
    doc = client.get("/api/v1/observations", params={"commodity": "rare_earths", "year": 2024,
                                                    "edition": "MCS 2025"}).json()
    by = {r["country"]: r for r in doc["data"]}
    assert by["CHN"]["value"] == 270_000 and by["CHN"]["estimate_flag"] is True
    assert by["WLD"]["value"] == 390_000
    assert {r["edition"] for r in doc["data"]} == {"MCS 2025"}


def test_pagination_walks_every_row_once(client):
    base = {"commodity": "rare_earths", "year": 2024, "edition": "MCS 2025"}
    whole = client.get("/api/v1/observations", params=base).json()["data"]
    seen, url, params = [], "/api/v1/observations", {**base, "limit": 4}
    while url:
        doc = client.get(url, params=params).json()
        assert len(doc["data"]) <= 4
        seen += [r["country"] for r in doc["data"]]
        url, params = doc["meta"]["pagination"]["next"], None
    assert seen == [r["country"] for r in whole]
    assert len(seen) > 4


def test_rankings_rank_inside_one_edition(client):
    doc = client.get("/api/v1/rankings", params={"commodity": "rare_earths", "measure": "reserves",
                                                "edition": "MCS 2025"}).json()
    assert doc["data"][0]["country"] == "CHN" and doc["data"][0]["rank"] == 1
    assert {r["edition"] for r in doc["data"]} == {"MCS 2025"}


def test_history_marks_revisions(client):
    doc = client.get("/api/v1/history", params={"commodity": "rare_earths", "country": "RUS",
                                               "measure": "reserves"}).json()
    assert len({r["edition"] for r in doc["data"]}) >= 2
    assert all("revision" in r for r in doc["data"])


def test_hhi_agrees_with_the_shares_it_is_built_on(client):
    sh = client.get("/api/v1/indicators/shares", params={"commodity": "rare_earths", "year": 2024,
                                                        "edition": "MCS 2025"}).json()["data"]
    hh = client.get("/api/v1/indicators/hhi", params={"commodity": "rare_earths", "year": 2024,
                                                     "edition": "MCS 2025"}).json()["data"]
    named = [r["share"] for r in sh if r["country"] not in ("OTH", "WLD")]
    assert len(hh) == 1
    assert hh[0]["hhi"] == pytest.approx(10_000 * sum(s * s for s in named))


def test_indicator_list_covers_the_registry(client):
    from critmin.indicators import INDICATORS

    names = {d["name"] for d in client.get("/api/v1/indicators").json()["data"]}
    served = {"shares", "hhi", "bloc_share", "bloc_dependence", "eu_supply_risk", "net_import_reliance"}
    assert served <= names
    assert served <= {i.name for i in INDICATORS}


def test_repeated_read_is_served_from_the_cache(client):
    url = "/api/v1/rankings?commodity=rare_earths&measure=mine_production"
    a, b = client.get(url), client.get(url)
    assert a.content == b.content
    assert b.headers["x-critmin-dataset-version"] == a.json()["meta"]["dataset_version"]


def test_openapi_and_docs_are_local(client):
    spec = client.get("/openapi.json").json()
    assert "/api/v1/observations" in spec["paths"]
    html = client.get("/docs").text
    assert "/docs-assets/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower() and "https://" not in html
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    assert "https://fonts" not in client.get("/redoc").text


def test_index_lists_the_endpoints(client):
    paths = {d["path"] for d in client.get("/api/v1").json()["data"]}
    assert {"/api/v1/observations", "/api/v1/rankings", "/api/v1/indicators/{name}"} <= paths
