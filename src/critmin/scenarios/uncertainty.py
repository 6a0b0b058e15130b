"""Random streams, percentiles, fan charts and Sobol sensitivity.

Each draw ``i`` has its own stream ``SeedSequence(seed, spawn_key=(i,))`` (the
``i``-th child that ``SeedSequence(seed).spawn`` would give), so a draw's
numbers do not depend on how draws are split into chunks or workers.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["PERCENTILES", "summarise", "uniforms"]

PERCENTILES = (5, 25, 50, 75, 95)


def uniforms(seed: int, start: int, stop: int, k: int) -> np.ndarray:
    """Uniforms for draws ``start..stop-1`` and ``k`` uncertain inputs, shape (stop-start, k)."""
    out = np.empty((stop - start, k))
    for row, i in enumerate(range(start, stop)):
        bits = np.random.SeedSequence(seed, spawn_key=(i,)).generate_state(k, np.uint64)
        out[row] = ((bits >> np.uint64(11)).astype(np.float64) + 0.5) * 2.0**-53
    return out


def summarise(series: dict[tuple[str, str, str], np.ndarray], years: list[int]) -> Any:
    """Long table: market, variable, region, year, mean and percentiles over draws."""
    import pandas as pd

    rows = []
    for (mk, var, reg), arr in series.items():
        if np.all(np.isnan(arr)):
            continue
        pct = np.nanpercentile(arr, PERCENTILES, axis=0) if arr.shape[0] > 1 else np.repeat(arr, len(PERCENTILES), axis=0)
        mean = np.nanmean(arr, axis=0)
        for k, y in enumerate(years):
            rows.append((mk, var, reg, y, mean[k], *pct[:, k]))
    cols = ["market", "variable", "region", "year", "mean", *[f"p{p}" for p in PERCENTILES]]
    return pd.DataFrame(rows, columns=cols).sort_values(["market", "variable", "region", "year"], ignore_index=True)


def sobol(run_fn: Any, names: list[str], n: int, seed: int) -> Any:
    """First-order and total Sobol indices of ``run_fn(U) -> (N,)`` over the uncertain inputs (unit cube)."""
    import pandas as pd
    from SALib.analyze import sobol as sobol_an
    from SALib.sample import sobol as sobol_sample

    problem = {"num_vars": len(names), "names": names, "bounds": [[0.0, 1.0]] * len(names)}
    X = sobol_sample.sample(problem, n, calc_second_order=False, seed=seed)
    X = np.clip(X, 1e-9, 1 - 1e-9)
    Y = np.asarray(run_fn(X), dtype=float)
    Y = np.where(np.isfinite(Y), Y, np.nanmean(Y))
    res = sobol_an.analyze(problem, Y, calc_second_order=False, seed=seed)
    df = pd.DataFrame({"input": names, "S1": res["S1"], "S1_conf": res["S1_conf"], "ST": res["ST"], "ST_conf": res["ST_conf"]})
    return df.sort_values("ST", ascending=False, ignore_index=True)
