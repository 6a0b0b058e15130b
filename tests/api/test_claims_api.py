"""POST /api/v1/check: the claim checker over the API.

Reference figure: USGS Mineral Commodity Summaries 2025, p. 145, World Mine Production and
Reserves table, China 2024 rare-earth mine production 270,000 t REO (source
usgs_mcs2025_ree in sources.csv).
"""

from __future__ import annotations

import pytest

SUPPORTED = "China mined 270,000 tonnes of rare earths in 2024, according to the USGS."
REFUTED = "China mined 90,000 tonnes of rare earths in 2024, according to the USGS."


def _check(client, text, date="2025-06-01"):
    return client.post("/api/v1/check", json={"text": text, "date": date})


def test_supported_claim_with_evidence_and_sources(client):
    r = _check(client, SUPPORTED)
    assert r.status_code == 200, r.text
    body = r.json()
    data, meta = body["data"], body["meta"]
    assert data["date"] == "2025-06-01"
    assert meta["dataset_version"]
    claims = [c for c in data["claims"] if c["claim"]["kind"] == "quantity"]
    assert len(claims) == 1
    c = claims[0]
    assert c["verdict"] == "supported"
    a, b = c["claim"]["span"]
    assert "270,000" in data["text"][a:b]
    assert any(e["source_id"] == "usgs_mcs2025_ree" and e["value"] == 270000 for e in c["evidence"])
    ids = {s["source_id"] for s in meta["sources"]}
    assert "usgs_mcs2025_ree" in ids
    assert all(s.get("publisher") for s in meta["sources"])


def test_refuted_claim(client):
    r = _check(client, REFUTED)
    assert r.status_code == 200, r.text
    verdicts = [c["verdict"] for c in r.json()["data"]["claims"] if c["claim"]["kind"] == "quantity"]
    assert verdicts == ["refuted"]


def test_result_has_the_schema_fields(client):
    from critmin.claims.render import schema

    sch = schema()
    data = _check(client, SUPPORTED + " " + REFUTED).json()["data"]
    assert set(sch.get("required", [])) <= set(data)
    claim_schema = sch["$defs"]["check"]
    for c in data["claims"]:
        assert set(claim_schema.get("required", [])) <= set(c)


def test_contradiction_listed(client):
    data = _check(client, SUPPORTED + " " + REFUTED).json()["data"]
    assert any(x["kind"] == "different_figures" for x in data["contradictions"])


def test_date_defaults_to_today(client):
    import datetime as dt

    r = client.post("/api/v1/check", json={"text": SUPPORTED})
    assert r.status_code == 200
    assert r.json()["data"]["date"] == dt.date.today().isoformat()


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_422(client, text):
    r = _check(client, text)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "invalid_parameter"
    assert "empty" in err["message"]


@pytest.mark.parametrize("date", ["2025-13-01", "June 2025", "2025-6-1", "20250601"])
def test_bad_date_is_422(client, date):
    r = _check(client, SUPPORTED, date)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "invalid_parameter"
    assert "YYYY-MM-DD" in err["message"] and "date" in err["message"]


def test_missing_text_is_422(client):
    r = client.post("/api/v1/check", json={"date": "2025-06-01"})
    assert r.status_code == 422
    assert "text" in r.json()["error"]["message"]


def test_binary_text_is_422(client):
    r = _check(client, "\x00\x01\x02\x03PK\x03\x04" + "\x07" * 200)
    assert r.status_code == 422
    err = r.json()["error"]
    assert "binary" in err["message"]


def test_body_over_the_limit_is_413(make_client, bundled_store):
    c = make_client(bundled_store, max_body_bytes=1000)
    r = c.post("/api/v1/check", json={"text": "China mined rare earths. " * 100})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "payload_too_large"


def test_check_page_renders(client):
    r = client.get("/check", headers={"accept": "text/html"})
    assert r.status_code == 200
    assert 'for="article"' in r.text and "/static/check.js" in r.text
    assert 'href="/check"' in r.text  # in the navigation
