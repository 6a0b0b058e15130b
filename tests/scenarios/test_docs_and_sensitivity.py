"""The parameter page is current; Sobol ranks inputs and ignores those that cannot matter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_parameter_page_is_current() -> None:
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_parameter_docs.py"), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_every_parameter_cites_a_known_source() -> None:
    from critmin.dataset import read_table

    params = read_table("scenario_parameters")
    assert set(params.source_id) <= set(read_table("sources").source_id)
    assert set(params.kind) <= {"sourced", "assumption", "calibrated", "stoichiometry"}


def test_sobol_ranks_inputs_and_gives_zero_to_irrelevant_ones() -> None:
    from critmin.scenarios.runner import sensitivity

    df = sensitivity("china-ga-total-halt", samples=16, seed=1)
    st = dict(zip(df.input, df.ST, strict=True))
    # the first year's price cannot depend on the lagged demand response (it acts from year two)
    assert abs(st["demand_adjust_rate|gallium:refining"]) < 1e-9
    assert st["demand_elasticity_short|gallium:refining"] > 0.01
