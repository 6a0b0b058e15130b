"""Why the gallium total-halt case rises far more than the USGS report's +150 %: a decomposition.

Runs ``china-ga-total-halt`` with inputs switched one at a time and prints the first-year median
outside price index (1 = reference price). Usage: ``python scripts/ga_halt_decomposition.py``.
Printed figures are model results, never reference values for tests.
"""

from __future__ import annotations

import math
import sys

from critmin.scenarios import spec as S
from critmin.scenarios.runner import load, run_scenario

MARKET = "gallium:refining"
CENTRAL = {"supply_elasticity": 0.2, "demand_elasticity_short": -0.2, "backstop_multiple": 20.0, "inventory_cover": 0.25}


def _run(base: S.Scenario, *, params: dict | None = None, rexp: dict | None = None, drop_restart: bool = False,
         share: dict | None = None, draws: int = 1000) -> tuple[float, float, float, float]:
    d = base.model_dump(mode="python")
    d["parameters"] = {**d["parameters"], **(params or {}), **(share or {})}
    if rexp is not None:
        d["reference_exports"] = rexp
    if drop_restart:
        d["policies"] = [p for p in d["policies"] if p["kind"] != "new_project"]
    r = run_scenario(S.Scenario.model_validate(d), draws=draws, seed=0)
    bl = r.baseline.markets[MARKET]
    return (bl.demand_outside / 1000, bl.exports_inside / 1000,
            r.value(MARKET, "price_index", "outside", 2025), r.value(MARKET, "price_index", "outside", 2027))


def main() -> int:
    base = load("china-ga-total-halt")
    assumed = {"demand_share_inside:gallium": S.Dist(dist="triangular", low=0.6, mode=0.75, high=0.9, source="assumption")}
    rows = [
        ("assumed consumption split 0.6-0.9 inside, no restart", {"rexp": {}, "drop_restart": True, "share": assumed}),
        ("+ sourced reference exports 94 t (Chinese customs 2022)", {"drop_restart": True}),
        ("+ restart of idle capacity outside China (library case)", {}),
        ("library case, central values of the uncertain inputs", {"params": CENTRAL}),
    ]
    for es, ed in ((0.5, -0.5), (0.2, -1.0), (1.0, -1.0), (0.2, -2.0)):
        rows.append((f"library case, supply elasticity {es}, short-run demand elasticity {ed}",
                     {"params": {**CENTRAL, "supply_elasticity": es, "demand_elasticity_short": ed}}))
    print("| case | outside demand (t) | China's exports (t) | outside price index 2025 (p50) | 2027 (p50) |")
    print("|---|---|---|---|---|")
    for label, kw in rows:
        d_out, x0, p1, p3 = _run(base, **kw)
        print(f"| {label} | {d_out:.0f} | {x0:.0f} | {p1:.2f} | {p3:.2f} |")
    # the same loss as a shock to one world market (no separate zones): p = (1 - X/W)^(-1/(es - ed))
    d = base.model_dump(mode="python")
    r = run_scenario(S.Scenario.model_validate(d), draws=10, seed=0)
    bl = r.baseline.markets[MARKET]
    loss = bl.exports_inside / bl.world
    print()
    print(f"world-market reading: China's exports are {loss:.1%} of world output;")
    print(f"  price index with es=0.2, ed=-0.2: {(1 - loss) ** (-1 / 0.4):.2f}")
    print(f"  es - ed at which the index reaches 2.5: {-math.log(1 - loss) / math.log(2.5):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
