"""The scenario parameter table (``data/scenario_parameters.csv``) and uncertain numbers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from critmin.errors import ScenarioError

__all__ = ["Param", "ParamTable", "load_parameters", "sample"]


@dataclass(frozen=True)
class Param:
    """A number that may be uncertain: central value and an optional distribution."""

    name: str
    value: float
    dist: str | None = None
    low: float | None = None
    high: float | None = None
    mean: float | None = None
    sd: float | None = None
    source_id: str | None = None

    @property
    def uncertain(self) -> bool:
        return self.dist is not None and not (self.dist in ("triangular", "uniform") and self.low == self.high)


def sample(p: Param, u: np.ndarray) -> np.ndarray:
    """Inverse-CDF transform of uniforms ``u`` (any shape) into draws of ``p``."""
    if not p.uncertain:
        return np.full(np.shape(u), p.value, dtype=float)
    if p.dist == "uniform":
        lo, hi = float(p.low), float(p.high)  # type: ignore[arg-type]
        return lo + (hi - lo) * u
    if p.dist == "triangular":
        a, c, b = float(p.low), float(p.value), float(p.high)  # type: ignore[arg-type]
        fc = (c - a) / (b - a)
        left = a + np.sqrt(u * (b - a) * (c - a))
        right = b - np.sqrt((1 - u) * (b - a) * (b - c))
        return np.where(u < fc, left, right)
    from scipy.special import ndtri

    z = ndtri(np.clip(u, 1e-12, 1 - 1e-12))
    if p.dist == "normal":
        return float(p.mean) + float(p.sd) * z  # type: ignore[arg-type]
    if p.dist == "lognormal":
        return float(p.mean) * np.exp(float(p.sd) * z)  # type: ignore[arg-type]
    raise ScenarioError(f"unknown distribution {p.dist!r} for {p.name}")


class ParamTable:
    """Lookup with fallback: (name, commodity, product) -> (name, commodity, *) -> (name, *, *)."""

    def __init__(self, rows: dict[tuple[str, str, str], Param]) -> None:
        self.rows = rows

    def get(self, name: str, commodity: str = "*", product: str = "*") -> Param:
        for key in ((name, commodity, product), (name, commodity, "*"), (name, "*", product), (name, "*", "*")):
            if key in self.rows:
                return self.rows[key]
        raise ScenarioError(f"no value for parameter {name!r} ({commodity}/{product}) in scenario_parameters.csv")

    def has(self, name: str, commodity: str = "*", product: str = "*") -> bool:
        try:
            self.get(name, commodity, product)
        except ScenarioError:
            return False
        return True

    def value(self, name: str, commodity: str = "*", product: str = "*") -> float:
        return self.get(name, commodity, product).value

    def with_overrides(self, overrides: dict[str, Param]) -> ParamTable:
        rows = dict(self.rows)
        known = {name for name, _, _ in self.rows}
        for key, p in overrides.items():
            parts = [*key.split(":"), "*", "*"]
            if key.startswith(("mix:", "feed:")):
                rows[(key, "rare_earths", "*")] = p
                continue
            if parts[0] not in known:
                import difflib

                close = difflib.get_close_matches(parts[0], sorted(known), n=3)
                raise ScenarioError(
                    f"[parameters] {key!r}: no such parameter in scenario_parameters.csv"
                    + (f" (did you mean {', '.join(close)}?)" if close else "")
                )
            rows[(parts[0], parts[1] or "*", parts[2] or "*")] = p
        return ParamTable(rows)


@lru_cache(maxsize=1)
def load_parameters() -> ParamTable:
    from critmin.dataset import read_table

    df = read_table("scenario_parameters")
    rows: dict[tuple[str, str, str], Param] = {}
    for r in df.itertuples(index=False):
        dist = r.dist if isinstance(r.dist, str) and r.dist else None
        low = None if r.low is None or np.isnan(r.low) else float(r.low)
        high = None if r.high is None or np.isnan(r.high) else float(r.high)
        rows[(r.parameter, r.commodity, r.product)] = Param(
            name=r.parameter, value=float(r.value), dist=dist, low=low, high=high, source_id=r.source_id
        )
    return ParamTable(rows)
