"""Element distributions (co-product ratios) used by the baseline rest on sourced rows."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from critmin.dataset import DATA_DIR
from critmin.errors import ScenarioError
from critmin.scenarios.baseline import (
    DEPOSIT_SITES,
    _mix,
    build_baseline,
    deposit_distribution,
    region_mix,
)
from critmin.scenarios.parameters import load_parameters

_UNVERIFIED = ("verify against", "not verified", "from memory", "not re-read", "unverified")


def _sources() -> dict[str, dict[str, str]]:
    with (DATA_DIR / "sources.csv").open(encoding="utf-8", newline="") as fh:
        return {r["source_id"]: r for r in csv.DictReader(fh)}


def _feed_deposits() -> set[str]:
    params = load_parameters()
    return {name.split(":")[2] for (name, _c, _p) in params.rows if name.startswith("feed:")}


def test_every_feed_deposit_has_a_distribution() -> None:
    assert _feed_deposits() <= set(DEPOSIT_SITES)


@pytest.mark.parametrize("deposit", sorted(DEPOSIT_SITES))
def test_mix_sums_to_100_and_cites_an_existing_verified_source(deposit: str) -> None:
    site, pct, srcs = deposit_distribution(deposit)
    # the published shares add up to ~100 % of TREO (rounding in the source allowed)
    assert sum(pct.values()) == pytest.approx(100.0, abs=1.5)
    assert {"La", "Ce", "Pr", "Nd", "Dy", "Tb", "Y"} <= set(pct)
    m = _mix(load_parameters(), deposit)
    assert m.sum() == pytest.approx(1.0, abs=1e-12)
    assert np.all(m >= 0)
    sources = _sources()
    assert srcs, f"{deposit} ({site}) cites no source"
    for s in srcs:
        assert s in sources, f"{deposit}: source {s!r} missing from sources.csv"
        note = (sources[s]["note"] + " " + sources[s]["table_or_page"]).lower()
        assert not any(flag in note for flag in ("verify against", "from memory")), f"{s} is flagged unverified"


def test_no_parameter_row_rests_on_memory() -> None:
    with (DATA_DIR / "scenario_parameters.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        text = f"{r['locator']} {r['note']}".lower()
        if any(flag in text for flag in _UNVERIFIED):
            assert r["kind"] == "assumption", f"{r['parameter']} is not verified but kind={r['kind']}"
    assert not [r for r in rows if r["parameter"].startswith("mix:")], "mix rows were replaced by site_ree_distribution.csv"


def test_mount_weld_ndpr_share_matches_the_published_row() -> None:
    # Paulick and Machacek (2017) via the Kaggle compilation: Pr6O11 5.0736 + Nd2O3 18.0746 % of TREO
    m = _mix(load_parameters(), "mount_weld")
    assert m[0] == pytest.approx((5.0736 + 18.0746) / 100.0, rel=1e-3)


def test_region_mix_and_baseline_sources() -> None:
    params = load_parameters()
    assert region_mix(params, "USA") == pytest.approx(_mix(params, "mountain_pass"))
    base = build_baseline(["rare_earths"], params, year=2024)
    assert "site_kaggle_ree_projects" in base.markets["rare_earths:dy"].sources
    assert "usgs_sir2010_5220" not in base.sources


def test_any_site_id_is_a_deposit_type_and_unknown_names_fail() -> None:
    params = load_parameters()
    assert _mix(params, "lofdal").sum() == pytest.approx(1.0)
    with pytest.raises(ScenarioError, match="no element distribution"):
        _mix(params, "ionic_clay_lree")


def test_mix_override_replaces_one_element() -> None:
    from critmin.scenarios.parameters import Param

    params = load_parameters()
    over = params.with_overrides({"mix:mount_weld:Dy": Param(name="mix:mount_weld:Dy", value=10.0)})
    assert _mix(over, "mount_weld")[1] > _mix(params, "mount_weld")[1]
