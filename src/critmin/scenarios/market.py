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


def _supply(c: Curves, m: np.ndarray, inside: bool) -> tuple[np.ndarray, np.ndarray]:
    """Supply and its derivative with respect to log price."""
    base, fix, cap, feed = (c.base_in, c.fix_in, c.cap_in, c.feed_in) if inside else (c.base_out, c.fix_out, c.cap_out, c.feed_out)
    pe = np.exp(c.es * m)
    el = base * np.minimum(pe, cap)
    free = (pe < cap) & (el < feed)
    return np.minimum(el, feed) + fix, np.where(free, c.es * base * pe, 0.0)


def _release(c: Curves, m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    p = np.exp(m)
    x = c.draw_rate * (p - 1.0)
    inner = (x > 0) & (x < 1)
    return c.inv * np.clip(x, 0.0, 1.0), np.where(inner, c.inv * c.draw_rate * p, 0.0)


def _demand(d: np.ndarray, ed: np.ndarray, m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    v = d * np.exp(ed * m)
    return v, ed * v


def _excess_in(c: Curves, m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    s, ds = _supply(c, m, True)
    d, dd = _demand(c.d_in, c.ed, m)
    return s - d, ds - dd


def _excess_out(c: Curves, m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    s, ds = _supply(c, m, False)
    r, dr = _release(c, m)
    d, dd = _demand(c.d_out, c.ed, m)
    return s + r - d, ds + dr - dd


def _solve_log(f, target: np.ndarray, hi: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Root in log price of the increasing function ``f(m) -> (value, slope)``: safeguarded Newton.

    Newton steps from the reference price (m = 0) inside a bracket that shrinks every step;
    a step that leaves the bracket or meets a flat stretch is replaced by bisection. Draws whose
    root lies beyond the bracket end at the bound (backstop or floor price).
    """
    a = np.full_like(hi, np.log(_LO))
    b = np.log(hi)
    fa, _ = f(a)
    fb, _ = f(b)
    out = np.where(fb < target, b, np.where(fa > target, a, 0.0))
    done = (fb < target) | (fa > target)
    m = np.clip(np.zeros_like(hi), a, b)
    tol = 1e-13 * scale
    for _ in range(_ITER * 2):
        g, dg = f(m)
        g = g - target
        conv = (np.abs(g) <= tol) | ((b - a) < 1e-15)
        newly = conv & ~done
        out = np.where(newly, m, out)
        done = done | conv
        if done.all():
            break
        a = np.where(g < 0, m, a)
        b = np.where(g < 0, b, m)
        step = np.divide(g, dg, out=np.zeros_like(g), where=dg > 0)
        nm = m - step
        ok = (dg > 0) & (nm > a) & (nm < b)
        m = np.where(ok, nm, 0.5 * (a + b))
    return np.where(done, out, m)


def _bisect(f, target: np.ndarray, hi: np.ndarray, scale: np.ndarray | None = None) -> np.ndarray:
    sc = scale if scale is not None else np.ones_like(hi)
    return np.exp(_solve_log(f, target, hi, sc))


def solve(c: Curves) -> Solution:
    t = c.wedge
    hi = c.backstop

    scale = np.maximum(c.d_in + c.d_out, 1e-300)
    log_hi = np.log(hi)

    def joint(tau: np.ndarray) -> np.ndarray:
        lt = np.log1p(tau)

        def f(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            vi, di = _excess_in(c, m)
            mo = m + lt
            capped = mo >= log_hi
            vo, do = _excess_out(c, np.minimum(mo, log_hi))
            return vi + vo, di + np.where(capped, 0.0, do)

        return _bisect(f, np.zeros_like(hi), hi, scale)

    p_in = joint(t)
    x = _excess_in(c, np.log(p_in))[0]
    back = (x < 0) & (t > 0)  # inside imports: no export wedge applies
    if back.any():
        t = np.where(back, 0.0, t)
        p_in = np.where(back, joint(t), p_in)
        x = _excess_in(c, np.log(p_in))[0]
    p_out = np.minimum(p_in * (1 + t), hi)
    binding = x > c.xcap
    if binding.any():
        cap = np.where(binding, c.xcap, 0.0)
        p_in_b = _bisect(lambda m: _excess_in(c, m), cap, hi, scale)
        p_out_b = _bisect(lambda m: _excess_out(c, m), -cap, hi, scale)
        p_in = np.where(binding, p_in_b, p_in)
        p_out = np.where(binding, p_out_b, p_out)
    # flows at the solved prices; exports fixed at the cap where it binds
    s_in = _supply(c, np.log(p_in), True)[0]
    s_out = _supply(c, np.log(p_out), False)[0]
    rel = _release(c, np.log(p_out))[0]
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
    residual = np.where(interior, (np.abs(unsold_in) + np.abs(unsold_out)) / scale, 0.0)
    return Solution(p_in, p_out, ex_free, s_in, s_out, rel, c_in, c_out, unsold_in, unsold_out, dem_in, dem_out, binding, residual)
