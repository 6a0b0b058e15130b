"""An app on the bundled dataset (session-wide, read-only) and apps on private stores for writes."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from critmin.api import Settings, create_app


@pytest.fixture(scope="session")
def bundled_store(tmp_path_factory):
    from critmin.store import open_store

    home = tmp_path_factory.mktemp("api-home")
    store = open_store(cache_dir=home / "cache", user_dir=home / "user")
    yield store
    store.close()


@pytest.fixture(scope="session")
def client(bundled_store):
    app = create_app(bundled_store, Settings())
    with TestClient(app) as c:
        yield c


@pytest.fixture
def make_client():
    """A client on a given store with given settings (closed after the test)."""
    made = []

    def _make(store, **settings):
        c = TestClient(create_app(store, Settings(**settings)))
        c.__enter__()
        made.append(c)
        return c

    yield _make
    for c in made:
        c.__exit__(None, None, None)
