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

    keys = [k for k, v in series.items() if not np.all(np.isnan(v))]
    cols = ["market", "variable", "region", "year", "mean", *[f"p{p}" for p in PERCENTILES]]
    if not keys:
        return pd.DataFrame(columns=cols)
    stack = np.ascontiguousarray(np.stack([series[k] for k in keys]).transpose(0, 2, 1))  # (S, Y, D)
    nan_rows = np.isnan(stack).any(axis=-1)
    pct = np.empty((len(PERCENTILES), *stack.shape[:2]))
    mean = np.empty(stack.shape[:2])
    ok = ~nan_rows
    if ok.any():
        pct[:, ok] = np.percentile(stack[ok], PERCENTILES, axis=-1)
        mean[ok] = stack[ok].mean(axis=-1)
    if nan_rows.any():
        with np.errstate(all="ignore"):
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                pct[:, nan_rows] = np.nanpercentile(stack[nan_rows], PERCENTILES, axis=-1)
                mean[nan_rows] = np.nanmean(stack[nan_rows], axis=-1)
    S, Y = len(keys), len(years)
    df = pd.DataFrame({
        "market": np.repeat([k[0] for k in keys], Y),
        "variable": np.repeat([k[1] for k in keys], Y),
        "region": np.repeat([k[2] for k in keys], Y),
        "year": np.tile(years, S),
        "mean": mean.reshape(-1),
    })
    for j, p in enumerate(PERCENTILES):
        df[f"p{p}"] = pct[j].reshape(-1)
    return df.sort_values(["market", "variable", "region", "year"], ignore_index=True)


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
