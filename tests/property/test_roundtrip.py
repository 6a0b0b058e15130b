"""CSV -> DuckDB -> CSV round trip: the store returns exactly the rows it was built from."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

COLUMNS = ["commodity", "product", "measure", "stage", "country", "year", "value", "value_high", "unit",
           "basis", "qualifier", "estimate_flag", "edition", "source_id", "locator", "note"]

row = st.fixed_dictionaries({
    "commodity": st.sampled_from(["rare_earths", "gallium", "palladium"]),
    "measure": st.sampled_from(["mine_production", "reserves"]),
    "country": st.sampled_from(["CHN", "USA", "RUS", "AUS", "WLD"]),
    "year": st.integers(2015, 2026),
    "value": st.one_of(st.none(), st.integers(0, 10**9), st.floats(0, 1e9, allow_nan=False).map(lambda x: round(x, 3))),
    "edition": st.sampled_from(["MCS 2024", "MCS 2025", "MCS 2026"]),
    "note": st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
})


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(row, min_size=1, max_size=30, unique_by=lambda r: (r["commodity"], r["measure"], r["country"], r["year"], r["edition"])))
def test_csv_to_duckdb_to_csv_round_trip(rows, tmp_path_factory, data_dir_factory):
    from critmin.store import open_store

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({**dict.fromkeys(COLUMNS, ""), **r, "stage": "mining", "unit": "t",
                    "qualifier": "NA" if r["value"] is None else "",
                    "value": "" if r["value"] is None else r["value"],
                    "estimate_flag": "false", "source_id": "usgs_mcs2025_ree", "locator": "t"})
    base = tmp_path_factory.mktemp("rt")
    data = data_dir_factory(base / "data", {"observations": buf.getvalue()})
    store = open_store(data, cache_dir=base / "cache", user_dir=base / "user")
    try:
        got = store.observations(latest=False).sort_values(["commodity", "measure", "country", "year", "edition"])
    finally:
        store.close()
    exp = sorted(rows, key=lambda r: (r["commodity"], r["measure"], r["country"], r["year"], r["edition"]))
    assert len(got) == len(exp)
    for (_, g), e in zip(got.iterrows(), exp, strict=True):
        assert (g["commodity"], g["measure"], g["country"], int(g["year"]), g["edition"]) == (
            e["commodity"], e["measure"], e["country"], e["year"], e["edition"])
        if e["value"] is None:
            assert g["value"] != g["value"] and g["qualifier"] == "NA"
        else:
            assert g["value"] == float(e["value"])
        note = g["note"] if isinstance(g["note"], str) else ""  # NULL comes back as None/NaN
        assert note == e["note"].strip()
