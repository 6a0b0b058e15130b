"""Every error has one shape: {"error": {"code", "message", "hint"}} with the right status."""

from __future__ import annotations

import pytest

CASES = [
    ("/api/v1/observations?commodity=unobtainium", 404, "unknown_entity"),
    ("/api/v1/observations?commodity=rare_earths&measure=reserv", 404, "unknown_entity"),
    ("/api/v1/observations?commodity=rare_earths&year=abc", 422, "invalid_parameter"),
    ("/api/v1/observations?commodity=rare_earths&year=1200", 422, "invalid_parameter"),
    ("/api/v1/observations", 422, "invalid_parameter"),
    ("/api/v1/observations?commodity=rare_earths&edition=MCS%202025&as_of=2025-03-01", 422, "invalid_data"),
    ("/api/v1/observations?commodity=rare_earths&as_of=yesterday", 422, "invalid_parameter"),
    ("/api/v1/observations?commodity=rare_earths&limit=999999", 422, "invalid_data"),
    ("/api/v1/observations?commodity=rare_earths&limit=0", 422, "invalid_parameter"),
    ("/api/v1/observations?commodity=rare_earths&edition=MCS%201850", 404, "unknown_entity"),
    ("/api/v1/rankings?commodity=rare_earths&edition=x&as_of=2025-01-01", 422, "invalid_data"),
    ("/api/v1/history?commodity=rare_earths&country=Atlantis", 404, "unknown_entity"),
    ("/api/v1/sources/no_such_source", 404, "unknown_entity"),
    ("/api/v1/countries/Atlantis", 404, "unknown_entity"),
    ("/api/v1/commodities/kryptonite", 404, "unknown_entity"),
    ("/api/v1/indicators/nope?commodity=rare_earths", 404, "unknown_entity"),
    ("/api/v1/indicators/eu_supply_risk?commodity=rare_earths&country=USA", 422, "invalid_data"),
    ("/api/v1/indicators/eu_supply_risk?commodity=rare_earths", 422, "invalid_data"),
    ("/api/v1/jobs/0000", 404, "unknown_entity"),
    ("/api/v1/no/such/path", 404, "not_found"),
]


@pytest.mark.parametrize(("url", "status", "code"), CASES)
def test_error_shape(client, url, status, code):
    r = client.get(url)
    assert r.status_code == status, r.text
    doc = r.json()
    assert set(doc) == {"error"}
    assert doc["error"]["code"] == code
    assert doc["error"]["message"]
    assert "hint" in doc["error"]


def test_unknown_name_suggests_a_close_one(client):
    err = client.get("/api/v1/observations?commodity=rare_earths&measure=reserv").json()["error"]
    assert "reserves" in err["hint"]


def test_method_not_allowed(client):
    r = client.delete("/api/v1/commodities")
    assert r.status_code == 405
    assert r.json()["error"]["code"] == "method_not_allowed"


def test_pages_answer_errors_as_html(client):
    r = client.get("/country/Atlantis", headers={"accept": "text/html"})
    assert r.status_code == 404
    assert "text/html" in r.headers["content-type"]
    assert "unknown country" in r.text
