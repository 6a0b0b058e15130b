"""Figures typed independently from the published tables agree with observations.csv.

``expected_values.csv`` was typed by hand from the chapter texts of USGS MCS 2025
(copies in the project's reference data, line numbers given) and from the MCS 2026
tables as parsed in a public repository, each row with its source. It is never
generated from our own output. Several figures changed between editions, so the
edition a figure comes from matters.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from critmin.dataset import load_dataset

HERE = Path(__file__).parent


def _expected() -> list[dict[str, str]]:
    with (HERE / "expected_values.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


EXPECTED = _expected()


@pytest.fixture(scope="module")
def obs() -> pd.DataFrame:
    return load_dataset(tables=["observations"])["observations"]


def _find(obs: pd.DataFrame, row: dict[str, str]) -> pd.DataFrame:
    mask = (
        (obs["commodity"] == row["commodity"])
        & (obs["product"].fillna("") == row["product"])
        & (obs["measure"] == row["measure"])
        & (obs["country"] == row["country"])
        & (obs["year"] == int(row["year"]))
        & (obs["edition"] == row["edition"])
    )
    return obs[mask]


def test_expected_file_cites_every_row() -> None:
    assert len(EXPECTED) >= 50
    for row in EXPECTED:
        assert row["source"].strip(), row


@pytest.mark.parametrize(
    "row", EXPECTED, ids=[f"{r['commodity']}-{r['measure']}-{r['country']}-{r['year']}-{r['edition']}" for r in EXPECTED]
)
def test_reference_value_matches(obs: pd.DataFrame, row: dict[str, str]) -> None:
    found = _find(obs, row)
    assert len(found) == 1, f"expected exactly one observation for {row}, found {len(found)}"
    got = found.iloc[0]
    assert got["unit"] == row["unit"]
    assert ("" if pd.isna(got["qualifier"]) else got["qualifier"]) == row["qualifier"]
    if row["value"] == "":
        assert pd.isna(got["value"]), "a gap must stay a gap"
    else:
        assert got["value"] == pytest.approx(float(row["value"]), abs=float(row["tolerance"]))


def test_reference_includes_revised_figures() -> None:
    """The reference set pins figures that an edition revised, for the as-of logic."""
    by_key: dict[tuple[str, str, str, str], set[str]] = {}
    for r in EXPECTED:
        if r["value"]:
            by_key.setdefault((r["commodity"], r["measure"], r["country"], r["year"]), set()).add(r["value"])
    revised = {k for k, v in by_key.items() if len(v) > 1}
    assert ("rare_earths", "mine_production", "AUS", "2024") in revised
    assert ("rare_earths", "mine_production", "RUS", "2024") in revised


def _as_of(obs: pd.DataFrame, editions: pd.DataFrame, date: str) -> pd.DataFrame:
    """Rows of the latest USGS MCS edition published on or before ``date`` (reference logic)."""
    mcs = editions[(editions["series"] == "USGS MCS") & (editions["published"] <= date)]
    if mcs.empty:
        return obs.iloc[0:0]
    latest = mcs.sort_values("published").iloc[-1]["edition"]
    return obs[obs["edition"] == latest]


@pytest.mark.parametrize(
    ("date", "expected"),
    [("2025-03-19", 13000.0), ("2026-01-15", 13000.0), ("2026-03-01", 29000.0)],
)
def test_as_of_picks_the_edition_current_on_the_date(date: str, expected: float) -> None:
    data = load_dataset(tables=["observations", "editions"])
    rows = _as_of(data["observations"], data["editions"], date)
    aus = rows[(rows["commodity"] == "rare_earths") & (rows["measure"] == "mine_production")
               & (rows["country"] == "AUS") & (rows["year"] == 2024) & (rows["product"].isna())]
    assert list(aus["value"]) == [expected]
