"""Calibration on the 2010-11 rare-earth export-quota episode (and only on it).

Target: the price of rare earths outside China rose about 1,500 % (a ~16-fold
rise) between October 2009 and June 2011 (Wyoming State Geological Survey, as
recorded in shared/data/prices/market_reactions.csv). Inputs: 2009 mine
production (USGS, dataset), derived 2009 exports of 33,350 t (MOFCOM Jan-Nov
2010 figure scaled, see the ``china-2010-quotas`` scenario) and the binding
2011 export volume of 18,593 t (30,184 t quota x 61.6 % utilisation).

One number is fitted: the short-run demand elasticity of the aggregate
rare-earth market, with every other input at its central value. The fitted
value and the range from fitting 10- and 25-fold rises are written into
``scenario_parameters.csv`` (kind ``calibrated``).
"""

from __future__ import annotations

from dataclasses import dataclass

from critmin.scenarios.runner import load, run_scenario

__all__ = ["TARGET_RATIO_2011", "Calibration", "calibrate_2010", "episode_2010"]

TARGET_RATIO_2011 = 16.0  # +1,500 % (WSGS), Oct 2009 -> Jun 2011
_KEY = "rare_earths:aggregate"


@dataclass
class Calibration:
    elasticity: float
    target_ratio: float
    outside_ratio: dict[int, float]
    inside_ratio: dict[int, float]
    wedge: dict[int, float]
    exports: dict[int, float]


def episode_2010(elasticity: float | None = None) -> Calibration:
    """Central run of ``china-2010-quotas`` (optionally with a given elasticity)."""
    sc = load("china-2010-quotas")
    if elasticity is not None:
        sc = sc.model_copy(update={"parameters": {**sc.parameters, "demand_elasticity_short:rare_earths:aggregate": float(elasticity)}})
    res = run_scenario(sc, draws=0)
    out = res.outputs
    p_out = out.series[(_KEY, "price_index", "outside")][0]
    p_in = out.series[(_KEY, "price_index", "CHN")][0]
    ex = out.series[(_KEY, "exports", "CHN")][0]
    yrs = out.years
    el = elasticity if elasticity is not None else float("nan")
    return Calibration(el, TARGET_RATIO_2011, dict(zip(yrs, p_out.tolist(), strict=True)), dict(zip(yrs, p_in.tolist(), strict=True)),
                       {y: a / b for y, a, b in zip(yrs, p_out.tolist(), p_in.tolist(), strict=True)}, dict(zip(yrs, ex.tolist(), strict=True)))


def calibrate_2010(target: float = TARGET_RATIO_2011) -> Calibration:
    """Fit the short-run demand elasticity so that the 2011 outside price index equals ``target``."""
    import numpy as np
    from scipy.optimize import brentq

    def f(e: float) -> float:
        return float(np.log(episode_2010(e).outside_ratio[2011]) - np.log(target))

    e = brentq(f, -1.5, -0.02, xtol=1e-6)
    return episode_2010(e)
