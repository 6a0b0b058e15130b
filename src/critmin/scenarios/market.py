"""One year's equilibrium of one market, vectorised over all draws at once.

Two price zones in the manner of the USGS disruption method: the restricting
country ("inside") and the rest of the world ("outside"), each with
constant-elasticity supply (capped by spare capacity and by upstream feed) and
demand, plus inventories outside. Prices are indices (1 = reference price).

Without restriction the zones trade freely and the outside price is the inside
price times (1 + wedge) (export tax or importers' duties). When the restricting
country's desired exports exceed the export cap, each zone clears on its own
with exports fixed at the cap: the two-price system.

All equations are monotone in price, so a vectorised bisection on log price
solves every draw in the same ~50 steps; demand above the backstop price is
destroyed (substituted) and reported as shortfall.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Curves", "Solution", "solve"]

_LO = 1e-3
_ITER = 50


@dataclass
class Curves:
    """Supply and demand of both zones for one market-year; every field has shape (D,)."""

    base_in: np.ndarray  # elastic supply at the reference price
    base_out: np.ndarray
    fix_in: np.ndarray  # price-inelastic supply (new projects, stockpile releases)
    fix_out: np.ndarray
    cap_in: np.ndarray  # cap of elastic supply as a multiple of base (spare capacity)
    cap_out: np.ndarray
    feed_in: np.ndarray  # absolute cap from upstream feed (inf = none)
    feed_out: np.ndarray
    es: np.ndarray  # supply elasticity
    d_in: np.ndarray  # demand at the reference price (after growth and lagged response)
    d_out: np.ndarray
    ed: np.ndarray  # short-run demand elasticity (negative)
    inv: np.ndarray  # stocks outside that can be drawn
    draw_rate: np.ndarray
    backstop: np.ndarray  # price index where demand becomes unlimitedly elastic
    xcap: np.ndarray  # cap on net exports inside -> outside (inf = none)
    wedge: np.ndarray  # ad valorem wedge on exports inside -> outside


@dataclass
class Solution:
    p_in: np.ndarray
    p_out: np.ndarray
    exports: np.ndarray  # net exports inside -> outside (negative: imports)
    s_in: np.ndarray  # production inside (elastic + fixed)
    s_out: np.ndarray
    release: np.ndarray  # stocks drawn outside
    c_in: np.ndarray  # consumption
    c_out: np.ndarray
    unsold_in: np.ndarray  # supply nobody buys at the floor price (stock build)
    unsold_out: np.ndarray
    demand_in: np.ndarray  # demand at the solved price (before rationing)
    demand_out: np.ndarray
    binding: np.ndarray  # export cap binds
    residual: np.ndarray  # max relative clearing error at interior solutions


def _supply(c: Curves, p: np.ndarray, inside: bool) -> np.ndarray:
    base, fix, cap, feed = (c.base_in, c.fix_in, c.cap_in, c.feed_in) if inside else (c.base_out, c.fix_out, c.cap_out, c.feed_out)
    el = base * np.minimum(np.power(p, c.es), cap)
    return np.minimum(el, feed) + fix


def _release(c: Curves, p: np.ndarray) -> np.ndarray:
    return c.inv * np.clip(c.draw_rate * (p - 1.0), 0.0, 1.0)


def _excess_in(c: Curves, p: np.ndarray) -> np.ndarray:
    return _supply(c, p, True) - c.d_in * np.power(p, c.ed)


def _excess_out(c: Curves, p: np.ndarray) -> np.ndarray:
    return _supply(c, p, False) + _release(c, p) - c.d_out * np.power(p, c.ed)


def _bisect(f, target: np.ndarray, hi: np.ndarray) -> np.ndarray:  # type: ignore[no-untyped-def]
    a = np.full_like(hi, np.log(_LO))
    b = np.log(hi)
    for _ in range(_ITER):
        m = 0.5 * (a + b)
        below = f(np.exp(m)) < target
        a = np.where(below, m, a)
        b = np.where(below, b, m)
    return np.exp(0.5 * (a + b))


def solve(c: Curves) -> Solution:
    t = c.wedge
    hi = c.backstop

    def joint(tau: np.ndarray) -> np.ndarray:
        return _bisect(lambda p: _excess_in(c, p) + _excess_out(c, np.minimum(p * (1 + tau), hi)), np.zeros_like(hi), hi)

    p_in = joint(t)
    x = _excess_in(c, p_in)
    back = (x < 0) & (t > 0)  # inside imports: no export wedge applies
    if back.any():
        t = np.where(back, 0.0, t)
        p_in = np.where(back, joint(t), p_in)
        x = _excess_in(c, p_in)
    p_out = np.minimum(p_in * (1 + t), hi)
    binding = x > c.xcap
    if binding.any():
        cap = np.where(binding, c.xcap, 0.0)
        p_in_b = _bisect(lambda p: _excess_in(c, p), cap, hi)
        p_out_b = _bisect(lambda p: _excess_out(c, p), -cap, hi)
        p_in = np.where(binding, p_in_b, p_in)
        p_out = np.where(binding, p_out_b, p_out)
    # flows at the solved prices; exports fixed at the cap where it binds
    s_in = _supply(c, p_in, True)
    s_out = _supply(c, p_out, False)
    rel = _release(c, p_out)
    dem_in = c.d_in * np.power(p_in, c.ed)
    dem_out = c.d_out * np.power(p_out, c.ed)
    ex_free = np.where(binding, c.xcap, s_in - dem_in)
    # when both zones trade freely the common clearing residual is split by rationing / unsold
    avail_in = s_in - ex_free
    avail_out = s_out + rel + ex_free
    c_in = np.minimum(dem_in, np.maximum(avail_in, 0.0))
    c_out = np.minimum(dem_out, np.maximum(avail_out, 0.0))
    # any remaining imbalance (demand > available at the backstop; tiny solver error) stays unsold or unmet
    unsold_in = avail_in - c_in
    unsold_out = avail_out - c_out
    neg_in = unsold_in < 0  # inside short of its own exports (only at the price floor of the solver)
    if neg_in.any():
        ex_free = np.where(neg_in, ex_free + unsold_in, ex_free)
        avail_out = s_out + rel + ex_free
        c_out = np.minimum(dem_out, np.maximum(avail_out, 0.0))
        unsold_out = avail_out - c_out
        unsold_in = np.where(neg_in, 0.0, unsold_in)
    neg_out = unsold_out < 0  # outside cannot supply the inside's imports (solver bound)
    if neg_out.any():
        ex_free = np.where(neg_out, ex_free - unsold_out, ex_free)
        avail_in = s_in - ex_free
        c_in = np.minimum(dem_in, np.maximum(avail_in, 0.0))
        unsold_in = np.where(neg_out, avail_in - c_in, unsold_in)
        c_out = np.where(neg_out, 0.0, c_out)
        unsold_out = np.where(neg_out, 0.0, unsold_out)
    interior = (p_in > _LO * 1.01) & (p_in < hi * 0.99) & (p_out < hi * 0.99)
    scale = np.maximum(c.d_in + c.d_out, 1e-300)
    residual = np.where(interior, (np.abs(unsold_in) + np.abs(unsold_out)) / scale, 0.0)
    return Solution(p_in, p_out, ex_free, s_in, s_out, rel, c_in, c_out, unsold_in, unsold_out, dem_in, dem_out, binding, residual)
