"""Scenario engine: policies simulated through the supply chain with prices, shortfalls and uncertainty.

Modules: :mod:`spec` (scenario files), :mod:`parameters` (parameter table),
:mod:`baseline` (reference year from the dataset), :mod:`market` (one year's
two-zone equilibrium, vectorised over draws), :mod:`simulate` (years in
sequence), :mod:`uncertainty` (random streams, percentiles, Sobol),
:mod:`ensemble` (chunks, Dask), :mod:`calibration` (2010-11 quota episode),
:mod:`runner` (``run_scenario``).
"""

from __future__ import annotations

__all__ = ["run_scenario"]


def run_scenario(*args, **kwargs):
    from critmin.scenarios.runner import run_scenario as _run

    return _run(*args, **kwargs)
