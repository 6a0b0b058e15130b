"""The response cache in front of the app: same bytes as an uncached answer, bounded,
emptied by writes, and never a way around the request limits."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from critmin.api import Settings, create_app
from critmin.api.cache import ResponseCache

READS = [
    "/api/v1/rankings?commodity=rare_earths&measure=reserves",
    "/api/v1/observations?commodity=rare_earths&year=2024",
    "/api/v1/indicators/hhi?commodity=rare_earths",
    "/api/v1/sources",
    "/api/v1/events?type=suspension",
    "/timeline",
]
GOOD_CSV = (
    "commodity,product,measure,stage,country,year,value,value_high,unit,basis,qualifier,estimate_flag,"
    "edition,source_id,locator,note\n"
    "rare_earths,,mine_production,mining,VNM,2031,4321,,t,REO,,false,my notes,my_src,p.1,\n"
)


@pytest.fixture(scope="module")
def uncached(bundled_store):
    with TestClient(create_app(bundled_store, Settings(cache_entries=0))) as c:
        yield c


@pytest.mark.parametrize("url", READS)
def test_cached_answer_is_byte_identical_to_an_uncached_one(client, uncached, url):
    first, second = client.get(url), client.get(url)
    plain = uncached.get(url)
    assert first.status_code == second.status_code == plain.status_code == 200
    assert first.content == second.content == plain.content
    for h in ("content-type", "x-critmin-dataset-version", "content-length"):
        assert first.headers.get(h) == second.headers.get(h) == plain.headers.get(h)


def test_uncached_app_holds_nothing(uncached):
    uncached.get(READS[0])
    assert len(uncached.app.state.critmin.cache) == 0


def test_a_repeated_read_is_a_hit(client):
    cache = client.app.state.critmin.cache
    url = "/api/v1/rankings?commodity=rare_earths&measure=mine_production&limit=3"
    client.get(url)
    hits = cache.hits
    client.get(url)
    assert cache.hits == hits + 1


def test_errors_are_not_cached_and_keep_their_shape(client):
    cache = client.app.state.critmin.cache
    n = len(cache)
    for _ in range(2):
        r = client.get("/api/v1/rankings?commodity=unobtainium")
        assert r.status_code == 404
        assert set(r.json()["error"]) >= {"code", "message", "hint"}
    assert len(cache) == n


def test_an_answer_that_varies_on_nothing_is_shared_whatever_the_accept_headers(client):
    """The page warmed by `critmin serve` (urllib's headers) serves a browser's first visit."""
    cache = client.app.state.critmin.cache
    url = "/timeline?type=quota"
    a = client.get(url, headers={"accept-encoding": "identity"})
    hits = cache.hits
    b = client.get(url, headers={"accept": "text/html,application/xhtml+xml", "accept-encoding": "gzip, br"})
    assert cache.hits == hits + 1 and a.content == b.content
    assert "vary" not in b.headers


def _scope(**headers):
    return {"type": "http", "method": "GET", "path": "/x", "query_string": b"a=1",
            "headers": [(k.encode(), v.encode()) for k, v in headers.items()]}


def test_an_answer_that_declares_vary_is_kept_per_value_of_those_headers():
    cache = ResponseCache(10, state=lambda: 1)
    cache.put(_scope(**{"accept-encoding": "gzip"}), 200, [], b"zipped", vary=("Accept-Encoding",))
    cache.put(_scope(), 200, [], b"plain", vary=("Accept-Encoding",))
    assert cache.get(_scope(**{"accept-encoding": "gzip", "accept": "*/*"}))[2] == b"zipped"  # type: ignore[index]
    assert cache.get(_scope(accept="*/*"))[2] == b"plain"  # type: ignore[index]
    assert cache.get(_scope(**{"accept-encoding": "br"})) is None
    assert (b"vary", b"accept-encoding") in cache.peek(_scope())[1]  # type: ignore[index]
    assert len(cache) == 1  # one (path, query) slot holding both answers


def test_cache_is_bounded_least_recently_used_first(bundled_store):
    with TestClient(create_app(bundled_store, Settings(cache_entries=2))) as c:
        cache = c.app.state.critmin.cache
        urls = [f"/api/v1/sources?limit={n}" for n in (1, 2, 3)]
        c.get(urls[0])
        c.get(urls[1])
        c.get(urls[0])  # now the most recent
        c.get(urls[2])  # drops urls[1]
        assert len(cache) == 2
        held = {k[1] for k in cache._entries}  # (path, query) slots
        assert held == {b"limit=1", b"limit=3"}


def test_a_cached_path_still_refuses_an_oversized_body(fixture_store, make_client):
    c = make_client(fixture_store, max_body_bytes=100)
    url = "/api/v1/sources"
    assert c.get(url).status_code == 200
    r = c.request("GET", url, content=b"x" * 1000)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "payload_too_large"


def test_import_through_the_api_empties_the_cache(fixture_store, make_client):
    c = make_client(fixture_store, token="s3cret")
    url = "/api/v1/observations?commodity=rare_earths&country=VNM&year=2031"
    assert c.get(url).json()["data"] == []
    assert c.get(url).json()["data"] == []  # now held
    r = c.post("/api/v1/user/observations", content=GOOD_CSV.encode(),
               headers={"content-type": "text/csv", "authorization": "Bearer s3cret"})
    assert r.status_code == 201, r.text
    assert [x["value"] for x in c.get(url).json()["data"]] == [4321]


def test_a_write_by_another_process_is_noticed(fixture_store, make_client, tmp_path):
    """Another server process imports: this one sees the user layer's new mtime."""
    from critmin.store import open_store

    c = make_client(fixture_store)
    cache = c.app.state.critmin.cache
    cache._every = 0.0  # check on every request (the default waits up to CHECK_EVERY_S)
    url = "/api/v1/observations?commodity=rare_earths&country=VNM&year=2031"
    assert c.get(url).json()["data"] == []
    csv = tmp_path / "u.csv"
    csv.write_text(GOOD_CSV)
    other = open_store(fixture_store.data_dir, user_dir=fixture_store.user_dir)
    try:
        other.import_observations(csv)
    finally:
        other.close()
    assert [x["value"] for x in c.get(url).json()["data"]] == [4321]


def test_an_answer_built_on_changed_data_is_not_kept():
    cache = ResponseCache(10, state=lambda: 1)
    gen = cache.generation
    cache.clear()  # a write happened while the answer was being built
    cache.put(_scope(), 200, [], b"old", gen)
    assert len(cache) == 0
    cache.put(_scope(), 200, [], b"new", cache.generation)
    assert cache.peek(_scope())[2] == b"new"  # type: ignore[index]


def test_state_change_empties_the_cache_and_calls_back():
    state = {"v": 1}
    changed = []
    cache = ResponseCache(10, state=lambda: state["v"], on_change=lambda: changed.append(1), check_every_s=0)
    cache.get(_scope())
    cache.put(_scope(), 200, [], b"a", cache.generation)
    assert cache.get(_scope()) is not None
    state["v"] = 2
    assert cache.get(_scope()) is None
    assert changed == [1]


def test_pages_are_served_from_the_cache_too(client):
    cache = client.app.state.critmin.cache
    client.get("/timeline?type=suspension")
    hits = cache.hits
    r = client.get("/timeline?type=suspension")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert cache.hits == hits + 1
