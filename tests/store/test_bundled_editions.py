"""Edition rules on the bundled dataset, against figures typed from the USGS tables.

MCS 2025 Rare Earths, World Mine Production and Reserves (p.145): China 2023 255,000 t REO;
Russia reserves 3,800,000 t REO, fifth after China 44 Mt, Brazil 21 Mt, India 6.9 Mt and
Australia 5.7 Mt.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from critmin.store import open_store

    home = tmp_path_factory.mktemp("bundled")
    s = open_store(cache_dir=home, user_dir=home / "user")
    yield s
    s.close()


def test_a_compilation_never_overrides_a_primary_edition(store):
    df = store.observations("rare earths", "mine_production", country="China", year=2023)
    assert len(df) == 1
    assert (df.iloc[0]["value"], df.iloc[0]["edition"]) == (255000, "MCS 2025")


def test_russia_fifth_in_reserves_as_of_march_2025(store):
    r = store.rank("rare earths", "reserves", as_of="2025-03-19")
    ranked = r.dropna(subset=["value"])
    assert set(r["edition"]) == {"MCS 2025"}
    assert list(ranked["country"][:5]) == ["CHN", "BRA", "IND", "AUS", "RUS"]
    assert list(ranked["value"][:5]) == [44e6, 21e6, 6.9e6, 5.7e6, 3.8e6]


def test_every_edition_date_is_a_full_iso_date_and_usgs_editions_are_ordered(store):
    ed = store.editions()
    usgs = ed[ed["series"] == "USGS MCS"].sort_values("published")
    years = [int(e.split()[-1]) for e in usgs["edition"]]
    assert years == sorted(years)
    assert all(len(p) == 10 for p in ed["published"])
