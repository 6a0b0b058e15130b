"""Capacities of named sites (sites.csv, site_capacity.csv) for scenario policies.

A ``new_project`` may name a ``site`` instead of (or besides) a ``capacity``; the
capacity then comes from ``site_capacity.csv``: the rows whose product belongs to the
project's market (see ``MARKET_PRODUCTS``), preferring nameplate over planned over a
year's production and, within a basis, the latest stated year. Rows of one basis and
year for different product lines of the site (sintered and bonded magnets) are added.
A capacity written in the scenario file always wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from critmin.errors import ScenarioError

__all__ = ["MARKET_PRODUCTS", "SiteCapacity", "site_capacity", "site_ids"]

# Products of site_capacity.csv that measure output in a market's unit (t REO, t oxide, t magnet).
MARKET_PRODUCTS: dict[str, tuple[str, ...]] = {
    "mining": ("REO in concentrate", "REO in loparite concentrate"),
    "aggregate": ("REO in concentrate", "REO in loparite concentrate"),
    "refining": ("separated REO", "rare earth oxides", "separated light REE", "REE products (TR2O3)"),
    "ndpr": ("NdPr oxide",),
    "magnet": ("NdFeB magnets", "sintered NdFeB", "bonded NdFeB", "sintered magnets", "rare earth magnets"),
}
_BASIS_ORDER = ("nameplate", "planned", "production")


@dataclass(frozen=True)
class SiteCapacity:
    site_id: str
    value: float
    unit: str
    basis: str
    year: int | None
    products: tuple[str, ...]
    source_ids: tuple[str, ...]


@lru_cache(maxsize=1)
def site_ids() -> frozenset[str]:
    from critmin.dataset import read_table

    return frozenset(str(s) for s in read_table("sites").site_id)


@lru_cache(maxsize=1)
def _capacity_rows() -> list[dict[str, Any]]:
    from critmin.dataset import read_table

    df = read_table("site_capacity")
    return [dict(r._asdict()) for r in df.itertuples(index=False)]


def site_capacity(site: str, commodity: str, product: str | None) -> SiteCapacity:
    """Capacity of ``site`` in the market ``commodity:product`` (ScenarioError if the table has none)."""
    if site not in site_ids():
        raise ScenarioError(f"site {site!r} is not in sites.csv")
    market = product or "mining"
    if commodity != "rare_earths" or market not in MARKET_PRODUCTS:
        raise ScenarioError(f"site capacities are only mapped for rare_earths markets {', '.join(MARKET_PRODUCTS)}; "
                            f"give the capacity of {site!r} for {commodity}:{market} in the scenario file")
    rows = [r for r in _capacity_rows() if r["site_id"] == site]
    fit = [r for r in rows if r["product"] in MARKET_PRODUCTS[market]]
    if not fit:
        have = ", ".join(sorted({str(r["product"]) for r in rows})) or "none"
        raise ScenarioError(f"site {site!r} has no capacity for market {commodity}:{market} in site_capacity.csv "
                            f"(its products: {have}); give capacity in the scenario file")

    def year_of(r: dict[str, Any]) -> int | None:
        y = r["year"]
        return None if y is None or y != y else int(y)

    def rank(r: dict[str, Any]) -> tuple[int, int]:
        y = year_of(r)
        return (_BASIS_ORDER.index(str(r["basis"])), -(y if y is not None else -10**6))

    best = min(fit, key=rank)
    same = [r for r in fit if rank(r) == rank(best)]
    return SiteCapacity(site, float(sum(float(r["value"]) for r in same)), str(best["unit"]), str(best["basis"]), year_of(best),
                        tuple(str(r["product"]) for r in same), tuple(sorted({str(r["source_id"]) for r in same})))
