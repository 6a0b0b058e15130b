"""Store build: cache keyed by content, atomic build, read-only queries, formats."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from critmin.errors import DataError, StoreError
from critmin.store import open_store
from critmin.store.build import build_store


def test_store_is_rebuilt_when_the_dataset_changes(fixture_data_dir, cache_env):
    first = build_store(fixture_data_dir)
    assert build_store(fixture_data_dir) == first  # reused
    obs = fixture_data_dir / "observations.csv"
    obs.write_text(obs.read_text().replace("270000", "270001", 1))
    second = build_store(fixture_data_dir)
    assert second != first
    assert second.exists()
    assert not first.exists()  # stale store removed


def test_a_failed_build_leaves_the_previous_store_usable(fixture_data_dir, cache_env):
    good = open_store(fixture_data_dir)
    n = len(good.observations(latest=False))
    good.close()
    obs = fixture_data_dir / "observations.csv"
    obs.write_text(obs.read_text() + "rare_earths,,mine_production,mining,CHN,2024,\"12,000\",,t,REO,,false,MCS 2025,usgs_mcs2025_ree,x,\n")
    with pytest.raises(DataError, match="thousands separator"):
        build_store(fixture_data_dir)
    stores = list(cache_env.glob("store-*.duckdb"))
    assert len(stores) == 1
    assert not list(cache_env.glob("*.tmp"))
    from critmin.store import Store

    again = Store(path=stores[0], user_dir=cache_env / "user", data_dir=fixture_data_dir)
    assert len(again.observations(latest=False)) == n


def test_queries_are_read_only(fixture_store):
    with pytest.raises(StoreError):
        fixture_store.sql("DELETE FROM observations")
    assert len(fixture_store.table("observations")) > 0


def test_arrow_output(fixture_store):
    t = fixture_store.observations("rare earths", "reserves", output="arrow")
    assert t.num_rows > 0 and "edition" in t.column_names


def test_info_names_version_and_tables(fixture_store, fixture_data_dir):
    info = fixture_store.info()
    with (fixture_data_dir / "observations.csv").open(encoding="utf-8", newline="") as fh:
        rows = sum(1 for _ in csv.DictReader(fh))
    assert info["tables"]["observations"] == rows
    assert Path(info["store_path"]).exists()


def test_unwritable_cache_dir_is_a_store_error(fixture_data_dir, tmp_path):
    if os.geteuid() == 0:
        blocker = tmp_path / "file"
        blocker.write_text("x")
        with pytest.raises(StoreError):
            build_store(fixture_data_dir, blocker / "sub")
    else:
        ro = tmp_path / "ro"
        ro.mkdir(mode=0o500)
        with pytest.raises(StoreError):
            build_store(fixture_data_dir, ro / "sub")
