"""The store answers revised figures from the right edition, on the bundled dataset.

Expected values come from ``expected_values.csv`` (typed from the published tables),
never from the store itself.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from critmin.store import open_store

HERE = Path(__file__).parent


def _expected(country: str, year: int, edition: str, measure: str = "mine_production") -> float:
    with (HERE / "expected_values.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if (r["commodity"], r["product"], r["measure"], r["country"], int(r["year"]), r["edition"]) == (
                "rare_earths", "", measure, country, year, edition,
            ):
                return float(r["value"])
    raise KeyError((country, year, edition))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    cache = tmp_path_factory.mktemp("cache")
    with open_store(cache_dir=cache, user_dir=tmp_path_factory.mktemp("user")) as st:
        yield st


def _value(df) -> float:  # type: ignore[no-untyped-def]
    assert len(df) == 1, df
    return float(df.iloc[0]["value"])


@pytest.mark.parametrize(
    ("as_of", "edition"),
    [("2025-03-19", "MCS 2025"), ("2026-01-15", "MCS 2025"), ("2026-03-01", "MCS 2026")],
)
def test_as_of_answers_from_the_edition_current_then(store, as_of: str, edition: str) -> None:  # type: ignore[no-untyped-def]
    for country in ("AUS", "RUS", "NGA", "THA"):
        df = store.observations("rare_earths", "mine_production", country, 2024, as_of=as_of)
        assert _value(df) == _expected(country, 2024, edition), (country, as_of)
        assert df.iloc[0]["edition"] == edition


def test_latest_without_edition_is_mcs_2026(store) -> None:  # type: ignore[no-untyped-def]
    df = store.observations("rare_earths", "mine_production", "AUS", 2024)
    assert _value(df) == _expected("AUS", 2024, "MCS 2026")
    assert df.iloc[0]["edition"] == "MCS 2026"


def test_pinned_edition(store) -> None:  # type: ignore[no-untyped-def]
    df = store.observations("rare_earths", "mine_production", "AUS", 2024, edition="MCS 2025")
    assert _value(df) == _expected("AUS", 2024, "MCS 2025")


def test_history_marks_the_revision(store) -> None:  # type: ignore[no-untyped-def]
    hist = store.history("rare_earths", "mine_production", "AUS", 2024)
    rows = {r["edition"]: r for r in hist.to_dict("records")}
    assert rows["MCS 2025"]["value"] == _expected("AUS", 2024, "MCS 2025")
    assert rows["MCS 2026"]["value"] == _expected("AUS", 2024, "MCS 2026")
    assert rows["MCS 2026"]["revision"] == "revised up"


def test_russia_reserves_history_across_editions(store) -> None:  # type: ignore[no-untyped-def]
    hist = store.history("rare_earths", "reserves", "RUS")
    by_edition = {r["edition"]: r["value"] for r in hist.to_dict("records")}
    assert by_edition["MCS 2023"] == _expected("RUS", 2022, "MCS 2023", "reserves")
    assert by_edition["MCS 2024"] == _expected("RUS", 2023, "MCS 2024", "reserves")
    assert by_edition["MCS 2025"] == _expected("RUS", 2024, "MCS 2025", "reserves")
