"""Token-protected writes, request limits, background jobs, briefs and the pages."""

from __future__ import annotations

import threading
import time

import pytest
from fastapi import APIRouter

from critmin.api.jobs import JobManager

GOOD_CSV = (
    "commodity,product,measure,stage,country,year,value,value_high,unit,basis,qualifier,estimate_flag,"
    "edition,source_id,locator,note\n"
    "rare_earths,,mine_production,mining,VNM,2030,1234,,t,REO,,false,my notes,my_src,p.1,\n"
)
BAD_CSV = GOOD_CSV.replace("VNM", "Atlantis")


@pytest.fixture
def writable(fixture_store, make_client):
    return make_client(fixture_store, token="s3cret")


def _post(c, body, token=None, ctype="text/csv"):
    headers = {"content-type": ctype}
    if token is not None:
        headers["authorization"] = f"Bearer {token}"
    return c.post("/api/v1/user/observations", content=body.encode(), headers=headers)


def test_writes_are_refused_without_a_configured_token(fixture_store, make_client):
    c = make_client(fixture_store)
    r = _post(c, GOOD_CSV, token="anything")
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "read_only"


@pytest.mark.parametrize("token", [None, "wrong", ""])
def test_writes_need_the_right_token(writable, token):
    r = _post(writable, GOOD_CSV, token=token)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "unauthorized"


def test_import_with_token_adds_rows_and_refreshes_reads(writable):
    url = "/api/v1/observations?commodity=rare_earths&country=VNM&year=2030"
    assert writable.get(url).json()["data"] == []
    r = _post(writable, GOOD_CSV, token="s3cret")
    assert r.status_code == 201, r.text
    assert r.json()["data"]["rows_added"] == 1
    rows = writable.get(url).json()["data"]
    assert [(x["value"], x["layer"], x["source_id"]) for x in rows] == [(1234, "user", "my_src")]


def test_a_bad_file_is_refused_whole(writable):
    r = _post(writable, GOOD_CSV + BAD_CSV.splitlines()[1] + "\n", token="s3cret")
    assert r.status_code == 422
    err = r.json()["error"]
    assert "line 3" in err["message"] and err["details"]
    assert writable.get("/api/v1/info").json()["data"]["user_rows"] == 0


def test_import_needs_a_csv_content_type(writable):
    r = _post(writable, GOOD_CSV, token="s3cret", ctype="application/json")
    assert r.status_code == 422
    assert "text/csv" in r.json()["error"]["hint"]


def test_body_over_the_limit_is_413(fixture_store, make_client):
    c = make_client(fixture_store, token="s3cret", max_body_bytes=100)
    r = _post(c, GOOD_CSV * 5, token="s3cret")
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "payload_too_large"


def test_slow_request_is_cut_at_the_time_limit(fixture_store, make_client):
    c = make_client(fixture_store, request_timeout_s=0.2)
    slow = APIRouter()

    @slow.get("/api/v1/test-slow")
    async def _slow() -> dict[str, str]:
        import asyncio

        await asyncio.sleep(2)
        return {"late": "yes"}

    c.app.include_router(slow)
    t0 = time.perf_counter()
    r = c.get("/api/v1/test-slow")
    assert r.status_code == 504
    assert r.json()["error"]["code"] == "timeout"
    assert time.perf_counter() - t0 < 1.5


def test_job_progress_then_result(client):
    ctx = client.app.state.critmin
    gate = threading.Event()

    def work(progress, n):
        progress(0.5, "half way")
        gate.wait(5)
        return {"n": n}

    job = ctx.jobs.submit("test", work, 7)
    for _ in range(100):
        if client.get(f"/api/v1/jobs/{job.id}").json()["data"]["message"] == "half way":
            break
        time.sleep(0.01)
    st = client.get(f"/api/v1/jobs/{job.id}").json()["data"]
    assert (st["status"], st["progress"], st["result_url"]) == ("running", 0.5, None)
    early = client.get(f"/api/v1/jobs/{job.id}/result")
    assert early.status_code == 409 and early.json()["error"]["code"] == "job_not_done"
    gate.set()
    ctx.jobs.wait(job.id, 5)
    st = client.get(f"/api/v1/jobs/{job.id}").json()["data"]
    assert st["status"] == "done" and st["progress"] == 1.0
    assert client.get(st["result_url"]).json()["data"] == {"n": 7}
    assert job.id in {j["id"] for j in client.get("/api/v1/jobs").json()["data"]}


def test_failed_job_reports_its_error(client):
    from critmin.errors import ScenarioError

    ctx = client.app.state.critmin

    def work(progress):
        raise ScenarioError("shock of 140% is over 100%", hint="use a fraction")

    job = ctx.jobs.submit("test", work)
    ctx.jobs.wait(job.id, 5)
    st = client.get(f"/api/v1/jobs/{job.id}").json()["data"]
    assert st["status"] == "failed" and st["error"]["code"] == "scenario"
    r = client.get(f"/api/v1/jobs/{job.id}/result")
    assert r.status_code == 422 and "140%" in r.json()["error"]["message"]


def test_job_slots_are_limited():
    jobs = JobManager(workers=1, max_jobs=2)
    gate = threading.Event()
    try:
        jobs.submit("a", lambda p: gate.wait(5))
        jobs.submit("b", lambda p: gate.wait(5))
        from critmin.api.jobs import JobsFullError

        with pytest.raises(JobsFullError):
            jobs.submit("c", lambda p: None)
    finally:
        gate.set()
        jobs.shutdown()


def test_brief_job_returns_a_sourced_report(client):
    r = client.post("/api/v1/briefs", json={"commodity": "rare earths", "country": "Russia", "format": "html"})
    assert r.status_code == 202, r.text
    job = r.json()["data"]
    client.app.state.critmin.jobs.wait(job["id"], 60)
    res = client.get(f"/api/v1/jobs/{job['id']}/result")
    assert res.status_code == 200 and "text/html" in res.headers["content-type"]
    assert "<svg" in res.text and 'id="src-usgs_mcs2026_ree"' in res.text
    assert "Russia" in res.text


def test_brief_with_unknown_commodity_is_404_at_once(client):
    r = client.post("/api/v1/briefs", json={"commodity": "kryptonite"})
    assert r.status_code == 404


@pytest.mark.parametrize("url", ["/", "/?commodity=graphite&measure=reserves", "/country/RUS",
                                 "/country/CHN?commodity=graphite", "/sources"])
def test_pages_render_with_footer_version_and_source_links(client, url):
    r = client.get(url, headers={"accept": "text/html"})
    assert r.status_code == 200
    version = client.get("/api/v1/info").json()["data"]["dataset_version"]
    assert f'data-testid="dataset-version">{version}<' in r.text
    assert 'href="/sources#' in r.text or url == "/sources"
    assert "http://" not in r.text.replace('http://www.w3.org/2000/svg', "") or url == "/sources"


def test_country_names_redirect_to_the_iso_page(client):
    r = client.get("/country/Russian", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/country/RUS"


def test_static_files_do_not_escape_their_folder(client):
    assert client.get("/static/..%2Fpages.py").status_code == 404
    assert client.get("/static/geo/countries-110m.geojson").status_code == 200
    assert client.get("/static/plotly.min.js").headers["content-type"].startswith("text/javascript")


def test_jobs_are_shared_between_server_processes(tmp_path):
    """Two managers on one folder stand for two `critmin serve --workers 2` processes:
    a poll answered by the process that did not run the job still sees its progress and result."""
    from starlette.responses import Response

    from critmin.errors import UnknownEntityError

    ran, polled = JobManager(1, shared_dir=str(tmp_path)), JobManager(1, shared_dir=str(tmp_path))
    gate = threading.Event()

    def work(progress, x):
        progress(0.5, "half way")
        gate.wait(10)
        return {"data": 2 * x}

    job = ran.submit("double", work, 21)
    for _ in range(200):
        if polled.get(job.id).message == "half way":
            break
        time.sleep(0.01)
    seen = polled.get(job.id)
    assert (seen.status, seen.progress, seen.message) == ("running", 0.5, "half way")
    gate.set()
    ran.wait(job.id, timeout=10)
    done = polled.get(job.id)
    assert done.status == "done" and done.result == {"data": 42}
    page = ran.submit("page", lambda progress: Response(b"<p>hi</p>", media_type="text/html"))
    ran.wait(page.id, timeout=10)
    res = polled.get(page.id).result
    assert res.body == b"<p>hi</p>" and res.media_type == "text/html"
    for bad in ("0123456789abcdef", "../../etc/passwd"):
        with pytest.raises(UnknownEntityError):
            polled.get(bad)
    ran.shutdown()
    polled.shutdown()


def test_shared_progress_is_throttled_but_the_latest_message_arrives(tmp_path, monkeypatch):
    from critmin.api.jobs import SharedJobs

    monkeypatch.setattr(SharedJobs, "EVERY_S", 0.1)
    ran, polled = JobManager(1, shared_dir=str(tmp_path)), JobManager(1, shared_dir=str(tmp_path))
    gate = threading.Event()

    def work(progress):
        for i in range(1, 201):  # far faster than one write per EVERY_S
            progress(i / 200, f"{i} of 200")
        gate.wait(10)
        return {"data": "ok"}

    job = ran.submit("burst", work)
    for _ in range(300):
        if polled.get(job.id).message == "200 of 200":
            break
        time.sleep(0.01)
    seen = polled.get(job.id)
    assert (seen.status, seen.message, seen.progress) == ("running", "200 of 200", 1.0)
    gate.set()
    ran.wait(job.id, timeout=10)
    time.sleep(0.3)  # a late timer must not put the finished job back to running
    assert polled.get(job.id).status == "done"
    ran.shutdown()
    polled.shutdown()
