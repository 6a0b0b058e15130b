"""The app's start-up objects are kept out of the garbage collector while it serves."""

from __future__ import annotations

import gc

from fastapi.testclient import TestClient

from critmin.api import Settings, create_app


def test_startup_objects_are_frozen_while_serving_and_released_on_shutdown(bundled_store):
    gc.unfreeze()
    app = create_app(bundled_store, Settings())
    with TestClient(app) as c:
        assert gc.get_freeze_count() > 0
        assert c.get("/healthz").status_code == 200
    assert gc.get_freeze_count() == 0
