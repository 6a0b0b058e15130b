"""Integrity of the bundled dataset (critmin/data): it loads, it is sourced, it adds up."""

from __future__ import annotations

import csv
import importlib.util
import math
from pathlib import Path

import pandas as pd
import pytest

from critmin.dataset import (
    DATA_DIR,
    check_keys,
    file_hashes,
    load_dataset,
    read_manifest,
    reconcile_world_totals,
)

HERE = Path(__file__).parent
EXCEPTIONS = HERE / "known_reconciliation_exceptions.csv"
GAP_QUALIFIERS = {"NA", "W", "E"}
GROUP = ["commodity", "product", "measure", "stage", "year", "edition", "basis", "unit"]


@pytest.fixture(scope="module")
def data() -> dict[str, pd.DataFrame]:
    return load_dataset()


@pytest.fixture(scope="module")
def obs(data: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return data["observations"]


def test_dataset_loads_without_problems(data: dict[str, pd.DataFrame]) -> None:
    for name in ("observations", "sources", "editions", "governance", "units", "countries", "commodities"):
        assert name in data and len(data[name]) > 0, name


def test_unique_keys(data: dict[str, pd.DataFrame]) -> None:
    assert check_keys(data) == []


def test_every_source_and_edition_resolves(data: dict[str, pd.DataFrame]) -> None:
    sources = set(data["sources"]["source_id"])
    editions = set(data["editions"]["edition"])
    for table in ("observations", "governance"):
        frame = data[table]
        assert set(frame["source_id"]) <= sources, table
        assert set(frame["edition"]) <= editions, table
    assert set(data["editions"]["source_id"].dropna()) <= sources
    assert set(data["sources"]["edition"].dropna()) <= editions
    # every source of a dated edition is cited by some table (no dangling edition sources)
    used: set[str] = set()
    for name, frame in data.items():
        if name != "sources" and "source_id" in frame.columns:
            used |= set(frame["source_id"].dropna())
    edition_sources = set(data["sources"].loc[data["sources"]["edition"].notna(), "source_id"])
    assert edition_sources - used == set()


def test_every_row_has_a_locator(obs: pd.DataFrame) -> None:
    assert obs["locator"].notna().all()
    assert (obs["locator"].str.strip() != "").all()


def test_units_are_in_the_vocabulary(data: dict[str, pd.DataFrame]) -> None:
    assert set(data["observations"]["unit"]) <= set(data["units"]["unit"])


def test_edition_dates_are_consistent(data: dict[str, pd.DataFrame]) -> None:
    ed = data["editions"]
    for _, row in ed.iterrows():
        parts = str(row["published"]).split("-")
        assert len(parts) == {"day": 3, "month": 3, "year": 3}[row["date_precision"]], row["edition"]
        if row["date_precision"] == "month":
            assert parts[2] == "01", row["edition"]
        if row["date_precision"] == "year":
            assert parts[1:] == ["01", "01"], row["edition"]
    mcs = ed[ed["series"] == "USGS MCS"].copy()
    mcs["number"] = mcs["edition"].str[-4:].astype(int)
    mcs = mcs.sort_values("number")
    # an edition is published in its own year, and editions come out in order
    assert (mcs["published"].str[:4].astype(int) == mcs["number"]).all()
    assert list(mcs["published"]) == sorted(mcs["published"])


def test_values_non_negative_and_gaps_empty(obs: pd.DataFrame) -> None:
    assert (obs["value"].dropna() >= 0).all()
    qual = obs["qualifier"].fillna("")
    gap = qual.isin(GAP_QUALIFIERS)
    assert obs.loc[gap, "value"].isna().all(), "NA/W/E rows must leave value empty (a gap is never 0)"
    assert obs.loc[~gap, "value"].notna().all(), "an empty value needs qualifier NA, W or E"


def test_ranges_have_a_high_end(obs: pd.DataFrame) -> None:
    is_range = obs["qualifier"].fillna("") == "range"
    assert obs.loc[is_range, "value_high"].notna().all()
    assert (obs.loc[is_range, "value_high"] >= obs.loc[is_range, "value"]).all()
    assert obs.loc[~is_range, "value_high"].isna().all()


def test_shares_are_fractions(obs: pd.DataFrame) -> None:
    shares = obs[obs["unit"] == "fraction"]
    assert len(shares) > 0
    assert shares["value"].between(0, 1).all()
    assert set(shares["measure"]) <= {"production_share", "capacity_share"}


def test_aggregate_codes_only_for_aggregates(data: dict[str, pd.DataFrame]) -> None:
    countries = data["countries"].set_index("iso3")
    used = set(data["observations"]["country"])
    aggregates = {c for c in used if bool(countries.at[c, "is_aggregate"])}
    assert aggregates <= {"WLD", "OTH"}


def _half_unit(value: float) -> float:
    """Half a unit in the last printed significant digit of a rounded figure.

    Trailing zeros of an integer are taken as rounding, but no coarser than two
    significant figures (USGS rounds totals and estimates to two or three).
    """
    if value == 0 or math.isnan(value):
        return 0.0
    if float(value).is_integer():
        v, zeros = int(abs(value)), 0
        while v % 10 == 0:
            v //= 10
            zeros += 1
        two_sig = 0.5 * 10 ** max(len(str(int(abs(value)))) - 2, 0)
        return min(0.5 * 10**zeros, two_sig)
    decimals = len(repr(float(value)).split(".")[1])
    return 0.5 * 10**-decimals


def rounding_bound(obs: pd.DataFrame) -> pd.DataFrame:
    """Per table, how far country rows may miss the world total through printed rounding."""
    df = obs.copy()
    for k in GROUP:
        df[k] = df[k].fillna("")
    df["half"] = df["value"].map(lambda v: _half_unit(v) if pd.notna(v) else 0.0)
    return df.groupby(GROUP)["half"].sum().rename("bound").reset_index()


def _exceptions() -> list[dict[str, str]]:
    with EXCEPTIONS.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _matches(exc: dict[str, str], row: pd.Series) -> bool:
    for col in ("commodity", "product", "measure", "stage", "edition"):
        if exc[col] != "*" and exc[col] != str(row[col]):
            return False
    return not exc["year"] or int(exc["year"]) == int(row["year"])


def test_country_rows_reconcile_with_world_totals(obs: pd.DataFrame) -> None:
    rec = reconcile_world_totals(obs)
    rec = rec.merge(rounding_bound(obs), on=GROUP, how="left")
    # A world total printed as a lower bound (">90,000,000") cannot be contradicted by the
    # country rows: both it and their sum are lower bounds of the true world figure.
    lower_bound = rec["qualifier"].fillna("") == ">"
    ok = rec["within_rounding"] | (rec["residual"].abs() <= rec["bound"]) | lower_bound
    bad = rec[~ok]
    exceptions = _exceptions()
    unexplained = [
        f"{r.commodity}/{r.product}/{r.measure}/{r.stage} {r.year} {r.edition}: world {r.world:g}, "
        f"countries {r.countries_sum:g}, residual {r.residual:g} ({r.residual_share:+.1%}), bound {r.bound:g}"
        for r in bad.itertuples()
        if not any(_matches(e, pd.Series(r._asdict())) for e in exceptions)
    ]
    assert unexplained == [], "residuals beyond rounding and not listed in known_reconciliation_exceptions.csv:\n" + "\n".join(unexplained)
    # every listed exception still explains at least one residual (no stale entries)
    stale = [e for e in exceptions if not any(_matches(e, pd.Series(r._asdict())) for r in bad.itertuples())]
    assert stale == []
    # the reconciliation covers the main tables
    assert len(rec) > 50


def test_no_country_exceeds_its_world_row(obs: pd.DataFrame) -> None:
    df = obs.copy()
    for k in GROUP:
        df[k] = df[k].fillna("")
    world = df[df["country"] == "WLD"][[*GROUP, "value"]].rename(columns={"value": "world"})
    parts = df[(df["country"] != "WLD") & df["value"].notna()].merge(world, on=GROUP)
    tol = parts["world"].map(_half_unit)
    over = parts[parts["value"] > parts["world"] + tol]
    assert over.empty, over[[*GROUP, "country", "value", "world"]].to_string()


def test_known_exceptions_cite_real_sources(data: dict[str, pd.DataFrame]) -> None:
    sources = set(data["sources"]["source_id"])
    for e in _exceptions():
        assert e["reason"].strip()
        assert e["source_ref"] in sources


def test_manifest_hashes_match_files() -> None:
    manifest = read_manifest()
    assert manifest.get("dataset_version"), "MANIFEST.json needs a dataset_version"
    recorded = {rel: entry["sha256"] for rel, entry in manifest["files"].items()}  # type: ignore[union-attr]
    assert recorded == file_hashes(), "MANIFEST.json is stale: run critmin.dataset.write_manifest(version)"


def test_manifest_row_counts_match() -> None:
    manifest = read_manifest()
    for rel, entry in manifest["files"].items():  # type: ignore[union-attr]
        if rel.endswith(".csv"):
            with (DATA_DIR / rel).open(encoding="utf-8", newline="") as fh:
                rows = sum(1 for _ in csv.reader(fh)) - 1
            assert entry["rows"] == rows, rel


def test_governance_covers_every_country_in_observations(data: dict[str, pd.DataFrame]) -> None:
    used = set(data["observations"]["country"]) - {"WLD", "OTH"}
    covered = set(data["governance"]["country"])
    # New Caledonia is not among the economies the WGI covers
    assert used - covered <= {"NCL"}
    per_country = data["governance"].groupby("country")["indicator"].nunique()
    assert (per_country == 6).all()
    assert data["governance"]["value"].between(-3, 3).all()


def test_projections_lie_beyond_the_base_year(obs: pd.DataFrame, data: dict[str, pd.DataFrame]) -> None:
    proj = obs[obs["qualifier"].fillna("") == "projection"]
    assert len(proj) > 0
    base = data["editions"].set_index("edition")["data_years"].str[:4].astype(int)
    assert (proj["year"].astype(int) > proj["edition"].map(base)).all()
    # and no figure for a year after its edition's publication is presented as data
    published = data["editions"].set_index("edition")["published"].str[:4].astype(int)
    future = obs[obs["year"].astype(int) > obs["edition"].map(published)]
    assert (future["qualifier"].fillna("") == "projection").all(), future[["commodity", "year", "edition"]]


def test_docs_data_md_is_current() -> None:
    root = HERE.parents[1]
    spec = importlib.util.spec_from_file_location("gen_data_docs", root / "scripts" / "gen_data_docs.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    current = (root / "docs" / "data.md").read_text(encoding="utf-8")
    assert current == mod.render(), "docs/data.md is stale: run python scripts/gen_data_docs.py"
