"""Browser tests: Debian's chromium driven by Playwright, on a server in this process.

The browser starts with an empty profile and background networking off; every page
fails its test on a console error, an uncaught exception, or any request that leaves
localhost. Skipped, with the reason, when chromium is not installed.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}

pytestmark = pytest.mark.e2e


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server_url(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("browser tests skipped: /usr/bin/chromium is missing (run `bash scripts/ensure-chromium.sh` as root)")
    import uvicorn

    from critmin.api import Settings, create_app
    from critmin.store import open_store

    home = tmp_path_factory.mktemp("e2e-home")
    store = open_store(cache_dir=home / "cache", user_dir=home / "user")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store, Settings()), host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(400):
        if server.started:
            break
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}"
    import urllib.request

    for path in ("/", "/country/CHN", "/sources"):  # warm the page cache, as `critmin serve` does
        urllib.request.urlopen(url + path, timeout=120).read()
    yield url
    server.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="session")
def browser_context(server_url, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM),
            headless=True, args=ARGS, viewport={"width": 1280, "height": 900})
        yield ctx
        ctx.close()


@pytest.fixture
def page(browser_context):
    """A page that records console errors, page errors and requests leaving localhost."""
    pg = browser_context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))

    def check(req):
        u = urlparse(req.url)
        if u.scheme in ("data", "blob", "about"):
            return
        if u.hostname not in LOCAL_HOSTS:
            problems.append(f"request left localhost: {req.url}")

    pg.on("request", check)
    yield pg
    pg.close()
    assert not problems, problems
