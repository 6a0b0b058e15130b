"""Scenario endpoints: library, schema, one scenario, run and compare jobs, and their errors."""

from __future__ import annotations

import tomllib

import pytest

from critmin.api import Settings, create_app
from critmin.scenarios.runner import library

BAD_TOML = """name = "bad"
title = 3
commodities = []

[[policies]]
kind = "export_embargo"
"""


def _finish(client, resp, timeout=120):
    assert resp.status_code == 202, resp.text
    job = resp.json()["data"]
    assert resp.headers["location"] == job["url"] == f"/api/v1/jobs/{job['id']}"
    assert job["kind"] == "scenario"
    client.app.state.critmin.jobs.wait(job["id"], timeout)
    st = client.get(job["url"]).json()["data"]
    assert st["status"] == "done", st
    assert st["progress"] == 1.0
    res = client.get(st["result_url"])
    assert res.status_code == 200
    return res.json()


def test_library_lists_every_bundled_file(client):
    body = client.get("/api/v1/scenarios").json()
    names = [s["name"] for s in body["data"]]
    assert names == sorted(library())
    one = next(s for s in body["data"] if s["name"] == "china-2025-controls")
    raw = tomllib.loads((library()["china-2025-controls"]).read_text())
    assert one["title"] == raw["title"]
    assert [p["kind"] for p in one["policies"]] == [p["kind"] for p in raw["policies"]]
    assert body["meta"]["max_draws"] == 5000


def test_schema_is_the_engines_json_schema(client):
    from critmin.scenarios.spec import scenario_schema

    assert client.get("/api/v1/scenarios/schema").json()["data"] == scenario_schema()


def test_one_scenario_has_text_and_spec(client):
    d = client.get("/api/v1/scenarios/china-2025-controls").json()["data"]
    assert d["text"] == library()["china-2025-controls"].read_text()
    assert d["spec"]["restricting_country"] == tomllib.loads(d["text"])["restricting_country"]
    assert len(d["spec"]["policies"]) == len(tomllib.loads(d["text"])["policies"])


def test_unknown_scenario_is_404_with_close_names(client):
    r = client.get("/api/v1/scenarios/china-2025-control")
    assert r.status_code == 404
    err = r.json()["error"]
    assert err["code"] == "unknown_entity"
    assert "china-2025-controls" in err["hint"]
    r = client.post("/api/v1/scenarios/run", json={"name": "atlantis", "draws": 10})
    assert r.status_code == 404


def test_run_returns_percentiles_per_market_and_region(client):
    r = client.post("/api/v1/scenarios/run", json={"name": "china-2025-controls", "draws": 100, "seed": 1, "years": 2})
    out = _finish(client, r)
    d = out["data"]
    assert d["draws"] == 100 and d["seed"] == 1
    assert d["years"] == [2025, 2026]  # the file's start_year, two years asked for
    variables = {s["variable"] for s in d["series"]}
    assert variables == {"price_index", "production", "shortfall", "exports", "bloc_share", "hhi"}
    markets = {m["market"] for m in d["markets"]}
    assert "rare_earths:dy" in markets and {s["market"] for s in d["series"]} <= markets
    for s in d["series"]:
        assert s["years"] == d["years"]
        for lo, mid, hi in zip(s["p5"], s["p50"], s["p95"], strict=True):
            if None not in (lo, mid, hi):
                assert lo <= mid + 1e-9 and mid <= hi + 1e-9
    hhi = [s for s in d["series"] if s["variable"] == "hhi"]
    assert all(0 < v <= 10_000 for s in hhi for v in s["p50"] if v is not None)
    ids = {s["source_id"] for s in out["meta"]["sources"]}
    assert "mofcom_2025_announcement_18" in ids  # the scenario's own source
    assert all(s.get("title") for s in out["meta"]["sources"])


def test_run_from_text_equals_run_by_name(client):
    text = library()["us-palladium-duties"].read_text()
    by_text = _finish(client, client.post("/api/v1/scenarios/run",
                                          json={"text": text, "draws": 40, "seed": 2, "years": 2}))["data"]
    by_name = _finish(client, client.post("/api/v1/scenarios/run",
                                          json={"name": "us-palladium-duties", "draws": 40, "seed": 2, "years": 2}))["data"]
    assert by_text["series"] == by_name["series"]


def test_yaml_text_is_accepted(client):
    yaml = pytest.importorskip("yaml")
    raw = tomllib.loads(library()["us-palladium-duties"].read_text())
    r = client.post("/api/v1/scenarios/run", json={"text": yaml.safe_dump(raw), "format": "yaml", "draws": 0, "years": 1})
    assert _finish(client, r)["data"]["draws"] == 0


def test_bad_toml_lists_each_problem_with_line_and_field(client):
    r = client.post("/api/v1/scenarios/run", json={"text": BAD_TOML, "draws": 10})
    assert r.status_code == 422
    err = r.json()["error"]
    details = err["details"]
    assert len(details) == 3
    assert any("line 2" in d and "field title" in d for d in details)
    assert any("line 3" in d and "field commodities" in d for d in details)
    assert any("line 6" in d and "policies.0.kind" in d and "export_ban" in d for d in details)
    assert all(d.startswith("<text>: ") for d in details)


def test_unparseable_toml_names_the_line(client):
    r = client.post("/api/v1/scenarios/run", json={"text": 'name = "x"\ntitle = = 2\n', "draws": 10})
    assert r.status_code == 422
    assert "line 2" in r.json()["error"]["message"] and "not valid TOML" in r.json()["error"]["message"]


def test_too_many_draws_is_refused_before_any_work(client):
    n_jobs = len(client.get("/api/v1/jobs").json()["data"])
    r = client.post("/api/v1/scenarios/run", json={"name": "china-2025-controls", "draws": 5001})
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "invalid_parameter" and "5000" in err["message"]
    assert len(client.get("/api/v1/jobs").json()["data"]) == n_jobs
    r = client.post("/api/v1/scenarios/compare", json={"a": {"name": "china-2025-controls"},
                                                       "b": {"name": "china-2025-expansion"}, "draws": 9000})
    assert r.status_code == 422


def test_the_draws_limit_is_an_operator_setting(bundled_store, monkeypatch):
    from fastapi.testclient import TestClient

    monkeypatch.setenv("CRITMIN_API_MAX_DRAWS", "50")
    assert Settings.from_env().max_scenario_draws == 50
    with TestClient(create_app(bundled_store, Settings.from_env())) as c:
        r = c.post("/api/v1/scenarios/run", json={"name": "china-2025-controls", "draws": 51})
        assert r.status_code == 422 and "50" in r.json()["error"]["message"]


def test_name_and_text_together_or_neither_is_refused(client):
    for body in ({"draws": 5}, {"name": "china-2025-controls", "text": "x", "draws": 5}):
        r = client.post("/api/v1/scenarios/run", json=body)
        assert r.status_code == 422
        assert r.json()["error"]["code"] == "invalid_parameter"


def test_out_of_range_parameters_are_422(client):
    for body in ({"name": "china-2025-controls", "draws": -1}, {"name": "china-2025-controls", "years": 0},
                 {"name": "china-2025-controls", "years": 51}):
        r = client.post("/api/v1/scenarios/run", json=body)
        assert r.status_code == 422, body
        assert r.json()["error"]["code"] == "invalid_parameter"


def test_compare_gives_both_results_and_median_differences(client):
    r = client.post("/api/v1/scenarios/compare", json={"a": {"name": "china-2023-ga-ge"}, "b": {"name": "china-ga-total-halt"},
                                                       "draws": 30, "years": 2})
    d = _finish(client, r)["data"]
    assert d["a"]["scenario"]["name"] == "china-2023-ga-ge" and d["b"]["scenario"]["name"] == "china-ga-total-halt"
    a = {(s["market"], s["variable"], s["region"]): s for s in d["a"]["series"]}
    b = {(s["market"], s["variable"], s["region"]): s for s in d["b"]["series"]}
    assert d["differences"]
    for row in d["differences"]:
        key = (row["market"], row["variable"], row["region"])
        i, j = a[key]["years"].index(row["year"]), b[key]["years"].index(row["year"])
        assert row["p50_a"] == a[key]["p50"][i] and row["p50_b"] == b[key]["p50"][j]
        if row["p50_diff"] is not None:
            assert row["p50_diff"] == pytest.approx(row["p50_b"] - row["p50_a"])


def test_compare_with_bad_text_names_which_side(client):
    r = client.post("/api/v1/scenarios/compare", json={"a": {"name": "china-2025-controls"}, "b": {"text": BAD_TOML}, "draws": 5})
    assert r.status_code == 422
    assert all(d.startswith("<b>: ") for d in r.json()["error"]["details"])


def test_scenarios_page_lists_the_library(client):
    r = client.get("/scenarios")
    assert r.status_code == 200
    html = r.text
    for name in library():
        assert f'value="{name}"' in html
    assert 'href="/scenarios"' in html  # in the navigation


def test_validate_answers_200_with_each_problem(client):
    r = client.post("/api/v1/scenarios/validate", json={"text": BAD_TOML})
    assert r.status_code == 200
    d = r.json()["data"]
    assert d["valid"] is False and len(d["errors"]) == 3
    assert any("line 6" in e and "policies.0.kind" in e for e in d["errors"])
    good = client.post("/api/v1/scenarios/validate", json={"text": library()["china-2025-controls"].read_text()}).json()["data"]
    assert good["valid"] is True and good["errors"] == [] and good["name"] == "china-2025-controls"
    assert client.post("/api/v1/scenarios/validate", json={"name": "nowhere"}).status_code == 404


def test_progress_is_reported_per_chunk_of_draws():
    from critmin.api.routes.scenarios import _run
    from critmin.scenarios.runner import load

    sc = load("us-palladium-duties").model_copy(update={"years": 1})
    seen: list[tuple[float, str]] = []
    res = _run(sc, 200, 0, lambda f, m="": seen.append((f, m)), 0.5, 1.0)
    draws = [m for _, m in seen if "draws" in m]
    assert draws == [f"us-palladium-duties: {n} of 200 draws" for n in (50, 100, 150, 200)]  # chunks of 50
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] >= 0.5 and fractions[-1] < 1.0
    assert res.draws == 200
