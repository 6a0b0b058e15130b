"""Years in sequence: policies, capacity with lead times and ramp-up, stocks, lagged demand.

:func:`simulate` takes a scenario, its baseline and a matrix of uniforms
``U`` (draws x uncertain inputs) and returns per-draw arrays for every output.
It is pure numpy: one call handles any number of draws at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from critmin.errors import ScenarioError
from critmin.scenarios import spec as S
from critmin.scenarios.baseline import (
    ELEMENT_MARKETS,
    Baseline,
    MarketRef,
    element_feeds,
    region_mix,
    zone_mixes,
)
from critmin.scenarios.market import Curves, solve
from critmin.scenarios.parameters import Param, ParamTable, sample

__all__ = ["Inputs", "Outputs", "collect_inputs", "simulate"]

MASS_TOL = 1e-9


@dataclass
class Inputs:
    """Every uncertain number of a run, in a fixed order (one column of U each)."""

    names: list[str] = field(default_factory=list)
    params: list[Param] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, p: Param) -> None:
        if key not in self.index:
            self.index[key] = len(self.names)
            self.names.append(key)
            self.params.append(p)

    def draw(self, key: str, U: np.ndarray | None, n: int) -> np.ndarray:
        p = self.params[self.index[key]]
        if U is None:
            return np.full(n, p.value if p.dist is None or p.dist in ("triangular",) else _central(p))
        return sample(p, U[:, self.index[key]])


def _central(p: Param) -> float:
    if p.dist == "uniform":
        return (float(p.low) + float(p.high)) / 2  # type: ignore[arg-type]
    if p.dist in ("normal", "lognormal"):
        return float(p.mean)  # type: ignore[arg-type]
    return p.value


def _as_param(name: str, v: S.Num | None, default: float = 0.0) -> Param:
    if v is None:
        return Param(name, default)
    if isinstance(v, S.Dist):
        return Param(name, v.central, v.dist, v.low, v.high, v.mean, v.sd)
    return Param(name, float(v))


_MARKET_PARAMS = ("supply_elasticity", "demand_elasticity_short", "demand_elasticity_long", "demand_adjust_rate",
                  "spare_capacity", "inventory_cover", "inventory_draw_rate", "backstop_multiple", "demand_growth")


def _policy_fields(p: Any) -> list[tuple[str, S.Num | None]]:
    out: list[tuple[str, S.Num | None]] = []
    for name in type(p).model_fields:
        v = getattr(p, name)
        if isinstance(v, S.Dist | float | int) and not isinstance(v, bool) and name not in ("start", "life_years"):
            out.append((name, v))
        elif v is None and name == "duration":
            out.append((name, None))
    return out


def _site_share(pol: S.TerritoryLoss, base: Baseline) -> float:
    """Share of the owner's reference production that a lost capacity stands for (capped at 1)."""
    keys = [k for k in base.order if base.markets[k].commodity == pol.commodity
            and base.markets[k].product == (pol.product or ("mining" if f"{pol.commodity}:mining" in base.markets else base.markets[k].product))]
    if not keys:
        raise ScenarioError(f"{pol.kind}: market {pol.commodity}:{pol.product or 'mining'} is not modelled")
    m = base.markets[keys[0]]
    if m.share_inputs is not None:
        raise ScenarioError(f"{pol.kind}: {m.key} is modelled in shares of world output (no tonnages); give share instead of a site/capacity")
    if pol.country not in m.regions:
        raise ScenarioError(f"{pol.kind}: {pol.country} has no reference production in {m.key}; give share instead of a site/capacity")
    ref = float(m.supply[m.regions.index(pol.country)])
    if ref <= 0:
        raise ScenarioError(f"{pol.kind}: {pol.country}'s reference production in {m.key} is 0; give share")
    return min(float(pol.capacity) / ref, 1.0)  # type: ignore[arg-type]


def collect_inputs(sc: S.Scenario, base: Baseline, params: ParamTable) -> Inputs:
    inp = Inputs()
    for key in base.order:
        m = base.markets[key]
        for name in _MARKET_PARAMS:
            if name == "demand_growth":  # one growth path per commodity keeps the chain consistent
                inp.add(f"{name}|{m.commodity}", params.get(name, m.commodity, "*"))
            else:
                inp.add(f"{name}|{key}", params.get(name, m.commodity, m.product))
        if m.share_inputs is not None:
            for name in m.share_inputs:
                inp.add(f"{name}|{key}", params.get(name, m.commodity, m.product))
    for i, pol in enumerate(sc.policies):
        for name, v in _policy_fields(pol):
            default = {"duration": np.inf, "probability": 1.0}.get(name, 0.0)
            inp.add(f"policy{i}.{pol.kind}.{name}", _as_param(f"policy{i}.{name}", v, default))
        if isinstance(pol, S.TerritoryLoss) and pol.share is None:
            inp.add(f"policy{i}.{pol.kind}.share", Param(f"policy{i}.share", _site_share(pol, base)))
        if isinstance(pol, S.NewProject):
            prod = pol.product or "*"
            if pol.lead_time is None:
                inp.add(f"policy{i}.new_project.lead_time", params.get("lead_time_new_mine", pol.commodity, prod))
            if pol.ramp_years is None:
                inp.add(f"policy{i}.new_project.ramp_years", params.get("ramp_years", pol.commodity, prod))
            inp.add(f"policy{i}.new_project.success", Param(f"policy{i}.success", 0.5, "uniform", 0.0, 1.0))
    return inp


@dataclass
class Outputs:
    """Per-draw results: ``series[(market, variable, region)] -> (D, Y)`` arrays."""

    years: list[int]
    draws: int
    series: dict[tuple[str, str, str], np.ndarray]
    markets: dict[str, MarketRef]
    mass_error: float
    solver_residual: float


def _markets_of(pol: Any, base: Baseline) -> list[str]:
    keys = [k for k in base.order if base.markets[k].commodity == pol.commodity]
    if pol.product:
        keys = [k for k in keys if base.markets[k].product == pol.product]
    if not keys:
        avail = ", ".join(base.order)
        raise ScenarioError(f"policy {pol.kind} names market {pol.commodity}:{pol.product or '*'}, which this scenario does not model (modelled: {avail})")
    return keys


def simulate(sc: S.Scenario, base: Baseline, params: ParamTable, U: np.ndarray | None, n: int | None = None,
             blocs: dict[str, list[str]] | None = None) -> Outputs:
    inp = collect_inputs(sc, base, params)
    D = U.shape[0] if U is not None else (n or 1)
    start = sc.start_year or (max(m.year for m in base.markets.values()) + 1)
    years = list(range(start, start + sc.years))
    Y = len(years)
    get = lambda key: inp.draw(key, U, D)  # noqa: E731
    series: dict[tuple[str, str, str], np.ndarray] = {}

    def put(mk: str, var: str, reg: str, k: int, v: np.ndarray) -> None:
        arr = series.get((mk, var, reg))
        if arr is None:  # stored year-major (contiguous rows); returned as (D, Y) views
            arr = series[(mk, var, reg)] = np.full((Y, D), np.nan)
        arr[k] = v

    inside = sc.restricting_country
    # ---- per-market parameters
    mp: dict[str, dict[str, np.ndarray]] = {
        k: {n_: get(f"{n_}|{base.markets[k].commodity}" if n_ == "demand_growth" else f"{n_}|{k}") for n_ in _MARKET_PARAMS}
        for k in base.order
    }
    # ---- policies
    pols = list(enumerate(sc.policies))
    active: dict[int, np.ndarray] = {}
    for i, pol in pols:
        dur = get(f"policy{i}.{pol.kind}.duration")
        yrs = np.array(years)[None, :]
        active[i] = (yrs >= pol.start) & (yrs < pol.start + dur[:, None])  # (D, Y)
        country = getattr(pol, "country", None)
        if isinstance(pol, S.ProductionCap) and country != inside:
            raise ScenarioError(f"policy {i} (production_cap): {country} is not the scenario's restricting_country ({inside}); "
                                "a production cap applies to the restricting country's own price zone only")
        if isinstance(pol, S.ExportBan | S.ExportQuota | S.Licensing | S.ExportTax) and country != inside:
            raise ScenarioError(f"policy {i} ({pol.kind}): exporter {country} is not the scenario's restricting_country ({inside}); set restricting_country = \"{country}\"")
        if isinstance(pol, S.Tariff | S.Sanction) and pol.exporter != inside:
            raise ScenarioError(f"policy {i} ({pol.kind}): exporter {pol.exporter} is not the scenario's restricting_country ({inside})")
        _markets_of(pol, base) if not isinstance(pol, S.Deal) else None
    projects = {pol.name: (i, pol) for i, pol in pols if isinstance(pol, S.NewProject)}
    proj_out: dict[str, np.ndarray] = {}
    for name, (i, pol) in projects.items():
        pre = f"policy{i}.new_project."
        lead, ramp, prob, cap = get(pre + "lead_time"), np.maximum(get(pre + "ramp_years"), 1e-9), get(pre + "probability"), get(pre + "capacity")
        ok = get(pre + "success") < prob
        t = np.array(years)[None, :] - (pol.start + lead[:, None])  # years since first output
        frac = np.clip((t + 1) / ramp[:, None], 0.0, 1.0) * (t >= 0)
        out = cap[:, None] * frac * ok[:, None]
        # territory loss of the project's country moves or removes the output
        for j, tp in pols:
            if isinstance(tp, S.TerritoryLoss | S.TerritoryRecovery) and tp.country == pol.country and tp.commodity == pol.commodity:
                sh = get(f"policy{j}.{tp.kind}.share")[:, None] * active[j]
                if isinstance(tp, S.TerritoryLoss):
                    out = out * (1 - sh)
        proj_out[name] = out
        series[(f"project:{name}", "output", pol.country)] = out.T

    # ---- reference supply by region and demand by zone, per draw where a share market draws them
    ref: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for k in base.order:
        m = base.markets[k]
        if m.share_inputs is None:
            ref[k] = (m.supply[None, :], np.full(D, m.demand_inside), np.full(D, m.demand_outside))
        else:
            sh, ex = (get(f"{n_}|{k}") for n_ in m.share_inputs)
            if np.any((sh <= 0) | (sh >= 1) | (ex <= 0) | (ex > 1)):
                raise ScenarioError(f"{k}: {m.share_inputs[0]} must lie in (0, 1) and {m.share_inputs[1]} in (0, 1]")
            sup = np.zeros((D, len(m.regions)))
            sup[:, m.inside_idx] = sh
            sup[:, 1 - m.inside_idx] = 1 - sh
            ref[k] = (sup, sh * (1 - ex), 1 - sh * (1 - ex))
    state: dict[str, dict[str, np.ndarray]] = {}
    for k in base.order:
        state[k] = {"log_s_in": np.zeros(D), "log_s_out": np.zeros(D), "inv": mp[k]["inventory_cover"] * ref[k][2]}
    zone_cons: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    zone_ref: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    mass_err = 0.0
    resid = 0.0
    blocs = blocs or {}

    for k_y, year in enumerate(years):
        zone_cons.clear()
        zone_ref.clear()
        for key in base.order:
            m = base.markets[key]
            prm = mp[key]
            g = (1 + prm["demand_growth"]) ** (year - m.year)
            R = len(m.regions)
            in_mask = np.array([r == inside for r in m.regions])
            # region base supply (D, R): reference grown, minus lost territory, plus occupiers
            sup_ref, dem_in_ref, dem_out_ref = ref[key]
            base_r = np.broadcast_to(sup_ref, (D, R)) * g[:, None]
            fix_r = np.zeros((D, R))
            floor_r = np.zeros((D, R))
            xcap = np.full(D, np.inf)
            pcap = np.full(D, np.inf)  # cap on the restricting country's elastic output
            wedge = np.zeros(D)
            stock_in = np.zeros(D)
            stock_out = np.zeros(D)
            x_ref = ((sup_ref[:, m.inside_idx] if m.inside_idx >= 0 else 0.0) - dem_in_ref) * g
            extra_regions: dict[str, np.ndarray] = {}
            for i, pol in pols:
                if isinstance(pol, S.Deal) or key not in _markets_of(pol, base):
                    continue
                a = active[i][:, k_y]
                pre = f"policy{i}.{pol.kind}."
                if isinstance(pol, S.ExportBan):
                    frac = np.zeros(D) if not pol.to else 1 - get(pre + "targets_share") * (1 - get(pre + "leakage"))
                    xcap = np.where(a, np.minimum(xcap, np.maximum(frac, 0) * np.maximum(x_ref, 0)), xcap)
                elif isinstance(pol, S.ExportQuota):
                    lim = get(pre + "quota") if pol.quota is not None else get(pre + "share_of_reference") * np.maximum(x_ref, 0)
                    xcap = np.where(a, np.minimum(xcap, lim), xcap)
                elif isinstance(pol, S.Licensing):
                    first = year == pol.start
                    frac = get(pre + "approval_share") * (np.clip(1 - get(pre + "delay_months") / 12, 0, 1) if first else 1.0)
                    xcap = np.where(a, np.minimum(xcap, frac * np.maximum(x_ref, 0)), xcap)
                elif isinstance(pol, S.ProductionCap):
                    pcap = np.where(a, np.minimum(pcap, get(pre + "cap")), pcap)
                elif isinstance(pol, S.ExportTax):
                    wedge = wedge + np.where(a, get(pre + "rate"), 0.0)
                elif isinstance(pol, S.Tariff):
                    wedge = wedge + np.where(a, get(pre + "rate") * get(pre + "importer_share"), 0.0)
                elif isinstance(pol, S.Sanction):
                    frac = 1 - get(pre + "importer_share") * (1 - get(pre + "leakage"))
                    xcap = np.where(a, np.minimum(xcap, np.maximum(frac, 0) * np.maximum(x_ref, 0)), xcap)
                elif isinstance(pol, S.TerritoryLoss):
                    if pol.country in m.regions:
                        j = m.regions.index(pol.country)
                        sh = get(pre + "share") * a
                        sign = -1.0 if isinstance(pol, S.TerritoryRecovery) else 1.0
                        lost = sh * sup_ref[:, j] * g
                        base_r[:, j] -= sign * lost
                        if pol.occupier:
                            occ = sign * lost * get(pre + "occupier_share")
                            if pol.occupier in m.regions:
                                base_r[:, m.regions.index(pol.occupier)] += occ
                            else:
                                extra_regions[pol.occupier] = extra_regions.get(pol.occupier, 0) + occ
                elif isinstance(pol, S.NewProject):
                    out = proj_out[pol.name][:, k_y]
                    if m.product == "mining" or m.link is None:
                        if pol.country in m.regions:
                            fix_r[:, m.regions.index(pol.country)] += out
                        else:
                            extra_regions[pol.country] = extra_regions.get(pol.country, 0) + out
                elif isinstance(pol, S.StockpileRelease):
                    v = np.where(a, get(pre + "volume"), 0.0)
                    if pol.holder == inside:
                        stock_in = stock_in + v
                    else:
                        stock_out = stock_out + v
                elif isinstance(pol, S.PriceFloor) and pol.region in m.regions and m.price:
                    floor_r[:, m.regions.index(pol.region)] = np.where(a, get(pre + "price") / m.price, 0.0)
            base_r = np.maximum(base_r, 0.0)
            regions = list(m.regions)
            if extra_regions:
                for r, v in extra_regions.items():
                    regions.append(r)
                    base_r = np.concatenate([base_r, np.zeros((D, 1))], axis=1)
                    fix_r = np.concatenate([fix_r, np.broadcast_to(np.asarray(v, float), (D,))[:, None]], axis=1)
                    floor_r = np.concatenate([floor_r, np.zeros((D, 1))], axis=1)
                in_mask = np.array([r == inside for r in regions])
            cap_mult = 1 + prm["spare_capacity"]
            cap_mult_out = cap_mult
            if m.capacity is not None:
                # published capacity of the producing regions, zone by zone; idle capacity (a region with
                # capacity but no output, e.g. gallium plants in Germany or Kazakhstan) is not counted: its
                # restart is a new_project with a lead time in the scenario file, not a move along the curve
                zin = np.array([r == inside for r in m.regions])
                live = m.supply > 0
                cap_mult = np.full(D, float(m.capacity[zin & live].sum() / max(m.supply[zin].sum(), 1e-300)) if zin.any() else 1.0)
                cap_mult_out = np.full(D, float(m.capacity[~zin & live].sum() / max(m.supply[~zin].sum(), 1e-300)))
            feed_in = np.full(D, np.inf)
            feed_out = np.full(D, np.inf)
            es = prm["supply_elasticity"]
            if m.link == "coproduct":
                # joint products: output = separated feed x element share of each zone's feed
                c_in, c_out = zone_cons[m.parent]  # type: ignore[index]
                j = list(ELEMENT_MARKETS).index(m.product)
                zm = state["__mix__"]["zm"]
                f_in, f_out = element_feeds(c_in, c_out, *zm)
                feed_e_in, feed_e_out = f_in[:, j], f_out[:, j]
                tot_in = m.supply[in_mask[: len(m.regions)]].sum()
                tot_out = m.supply[~in_mask[: len(m.regions)]].sum()
                w = np.where(in_mask[: len(m.regions)], m.supply / max(tot_in, 1e-300), m.supply / max(tot_out, 1e-300))
                base_r = np.where(in_mask[: len(m.regions)][None, :], feed_e_in[:, None], feed_e_out[:, None]) * w[None, :]
                es = np.zeros(D)
                cap_mult = np.full(D, 1.0)
                cap_mult_out = cap_mult
            elif m.link == "feed":
                # output limited by upstream availability relative to the reference (Leontief on changes)
                fi, fo = np.full(D, np.inf), np.full(D, np.inf)
                for up in m.inputs:
                    ci, co = zone_cons[up]
                    ri, ro = zone_ref[up]
                    fi = np.minimum(fi, np.divide(ci, ri, out=np.full(D, np.inf), where=ri > 0))
                    fo = np.minimum(fo, np.divide(co, ro, out=np.full(D, np.inf), where=ro > 0))
                feed_in = base_r[:, in_mask].sum(1) * np.broadcast_to(cap_mult, (D,)) * fi
                feed_out = base_r[:, ~in_mask].sum(1) * np.broadcast_to(cap_mult_out, (D,)) * fo
            if np.isfinite(pcap).any():
                # production cap (quota, crackdown): total output inside at most the cap
                feed_in = np.minimum(feed_in, np.maximum(pcap - fix_r[:, in_mask].sum(1), 0.0))
            b_in = base_r[:, in_mask].sum(1)
            b_out = base_r[:, ~in_mask].sum(1)
            st = state[key]
            d_in = dem_in_ref * g * np.exp(st["log_s_in"])
            d_out = dem_out_ref * g * np.exp(st["log_s_out"])
            curves = Curves(
                base_in=b_in, base_out=b_out, fix_in=fix_r[:, in_mask].sum(1) + stock_in, fix_out=fix_r[:, ~in_mask].sum(1) + stock_out,
                cap_in=np.broadcast_to(cap_mult, (D,)).astype(float), cap_out=np.broadcast_to(cap_mult_out, (D,)).astype(float),
                feed_in=feed_in, feed_out=feed_out, es=es, d_in=d_in, d_out=d_out, ed=prm["demand_elasticity_short"],
                inv=st["inv"], draw_rate=prm["inventory_draw_rate"], backstop=prm["backstop_multiple"], xcap=xcap, wedge=wedge,
            )
            sol = solve(curves)
            resid = max(resid, float(np.max(sol.residual)) if D else 0.0)
            # region production: elastic part shared by base, feed cap shared pro rata, plus fixed output
            capz = np.where(in_mask[None, :], curves.cap_in[:, None], curves.cap_out[:, None])
            prod = (_region_prod(base_r, es, capz, sol.p_in, in_mask, feed_in)
                    + _region_prod(base_r, es, capz, sol.p_out, ~in_mask, feed_out) + fix_r)
            # price floor: producers sell the surplus at the floor to their government
            gov = np.zeros(D)
            if floor_r.any():
                p_r = np.where(in_mask[None, :], sol.p_in[:, None], sol.p_out[:, None])
                p_f = np.maximum(p_r, floor_r)
                capz = np.where(in_mask[None, :], curves.cap_in[:, None], curves.cap_out[:, None])
                el_f = base_r * np.minimum(np.power(p_f, es[:, None]), capz)
                el_m = base_r * np.minimum(np.power(p_r, es[:, None]), capz)
                extra = np.where(floor_r > 0, el_f - el_m, 0.0)
                prod = prod + extra
                gov = extra.sum(1)
            total_prod = prod.sum(1)
            stocks = stock_in + stock_out
            lhs = total_prod + sol.release + stocks
            rhs = sol.c_in + sol.c_out + sol.unsold_in + sol.unsold_out + gov
            err = float(np.max(np.abs(lhs - rhs) / np.maximum(np.abs(lhs), 1e-300))) if D else 0.0
            mass_err = max(mass_err, err)
            if err > MASS_TOL:
                raise AssertionError(f"mass balance broken in {key} {year}: relative error {err:.3g}")
            # state for children and next year
            zone_cons[key] = (sol.c_in, sol.c_out)
            zone_ref[key] = (np.broadcast_to(dem_in_ref * g, (D,)), np.broadcast_to(dem_out_ref * g, (D,)))
            if m.product == "mining":
                mix_r = np.array([base.mixes.get(r, region_mix(params, r)) for r in regions])  # (R, 5)
                # projects carry their own deposit's mix
                mix_rd = mix_r
                for _name, (_i, pol) in projects.items():
                    if pol.deposit_type and pol.commodity == m.commodity and pol.country in regions:
                        from critmin.scenarios.baseline import _mix

                        if mix_rd.ndim == 2:
                            mix_rd = np.broadcast_to(mix_r, (D, *mix_r.shape)).copy()
                        j = regions.index(pol.country)
                        share = np.divide(proj_out[pol.name][:, k_y], prod[:, j], out=np.zeros(D), where=prod[:, j] > 0)
                        mix_rd[:, j, :] = (1 - share)[:, None] * mix_r[j] + share[:, None] * _mix(params, pol.deposit_type)
                state["__mix__"] = {"zm": zone_mixes(params, regions, prod, inside, mix_rd)}
            lam, de = prm["demand_adjust_rate"], prm["demand_elasticity_long"] - prm["demand_elasticity_short"]
            st["log_s_in"] = (1 - lam) * st["log_s_in"] + lam * de * np.log(sol.p_in)
            st["log_s_out"] = (1 - lam) * st["log_s_out"] + lam * de * np.log(sol.p_out)
            st["inv"] = np.maximum(st["inv"] - sol.release, 0.0)
            # ---- outputs
            out_name = "outside"
            put(key, "price_index", inside, k_y, sol.p_in)
            put(key, "price_index", out_name, k_y, sol.p_out)
            if m.price:
                put(key, "price", inside, k_y, sol.p_in * m.price)
                put(key, "price", out_name, k_y, sol.p_out * m.price)
            put(key, "exports", inside, k_y, sol.exports)
            put(key, "consumption", inside, k_y, sol.c_in)
            put(key, "consumption", out_name, k_y, sol.c_out)
            ref_in, ref_out = dem_in_ref * g, dem_out_ref * g
            put(key, "reference_demand", inside, k_y, ref_in)
            put(key, "reference_demand", out_name, k_y, ref_out)
            put(key, "shortfall", inside, k_y, np.maximum(ref_in - sol.c_in, 0.0))
            put(key, "shortfall", out_name, k_y, np.maximum(ref_out - sol.c_out, 0.0))
            put(key, "stock_draw", out_name, k_y, sol.release + stock_out)
            put(key, "stock_draw", inside, k_y, stock_in)
            put(key, "stock_build", "all", k_y, sol.unsold_in + sol.unsold_out + gov)
            put(key, "self_sufficiency", inside, k_y, np.divide(prod[:, in_mask].sum(1), sol.c_in, out=np.full(D, np.nan), where=sol.c_in > 0))
            put(key, "self_sufficiency", out_name, k_y, np.divide(prod[:, ~in_mask].sum(1), sol.c_out, out=np.full(D, np.nan), where=sol.c_out > 0))
            for j, r in enumerate(regions):
                put(key, "production", r, k_y, prod[:, j])
            shares = prod / np.maximum(total_prod, 1e-300)[:, None]
            put(key, "hhi", "world", k_y, (shares ** 2).sum(1) * 10_000)
            for bloc, members in blocs.items():
                mask = np.array([r in members for r in regions])
                put(key, "bloc_share", bloc, k_y, shares[:, mask].sum(1))
    # ---- deals: secured volume, NPV and IRR of the project under simulated prices
    for i, pol in pols:
        if not isinstance(pol, S.Deal):
            continue
        pi, proj = projects[pol.project]
        pre = f"policy{i}.deal."
        share = get(pre + "offtake_share")
        out = proj_out[proj.name]
        series[(f"deal:{pol.partner}:{proj.name}", "secured_volume", pol.partner)] = (out * share[:, None]).T
        mk = next(iter(_markets_of(proj, base)))
        unit_value = _unit_value(base, series, mk, proj, params)
        if pol.technology_transfer and proj.deposit_type:
            from critmin.scenarios.baseline import _mix

            for j, el in enumerate(ELEMENT_MARKETS):
                if el in ("ndpr", "dy", "tb"):
                    series[(f"deal:{pol.partner}:{proj.name}", f"secured_{el}_oxide", pol.partner)] = (out * share[:, None] * _mix(params, proj.deposit_type)[j]).T
        if unit_value is None:
            continue
        ppre = f"policy{pi}.new_project."
        capex, opex = get(ppre + "capex"), get(ppre + "opex")
        lead = np.maximum(get(ppre + "lead_time"), 1.0)
        rate = get(pre + "discount_rate")
        npv, irr = _npv_irr(years, proj.start, lead, capex, opex, out, unit_value, rate, proj.life_years)
        series[(f"deal:{pol.partner}:{proj.name}", "npv_usd", "project")] = np.repeat(npv[None, :], Y, axis=0)
        series[(f"deal:{pol.partner}:{proj.name}", "irr", "project")] = np.repeat(irr[None, :], Y, axis=0)
    return Outputs(years, D, {k: v.T for k, v in series.items()}, base.markets, mass_err, resid)


def _region_prod(base_r: np.ndarray, es: np.ndarray, capz: np.ndarray, p: np.ndarray, zone: np.ndarray,
                 feed: np.ndarray) -> np.ndarray:
    """Elastic production by region in one zone, scaled down pro rata where the feed limit binds."""
    el = base_r * np.minimum(np.power(p, es)[:, None], capz)
    tot = el[:, zone].sum(1)
    scale = np.where(tot > feed, feed / np.maximum(tot, 1e-300), 1.0)
    return el * scale[:, None] * zone[None, :]


def _unit_value(base: Baseline, series: dict[tuple[str, str, str], np.ndarray], mk: str, proj: S.NewProject, params: ParamTable) -> np.ndarray | None:
    """USD per unit of project output at simulated outside prices (rare-earth mines: priced oxides in the ore)."""
    m = base.markets[mk]
    if m.commodity == "rare_earths" and m.product == "mining":
        from critmin.scenarios.baseline import _mix

        mix = _mix(params, proj.deposit_type or "mount_weld")
        val = None
        for j, el in enumerate(ELEMENT_MARKETS):
            k = f"rare_earths:{el}"
            if k in base.markets and (k, "price", "outside") in series:
                v = series[(k, "price", "outside")].T * 1000.0 * mix[j]  # USD/kg -> USD/t
                val = v if val is None else val + v
        return val
    if (mk, "price", "outside") not in series:
        return None
    unit_factor = {"USD/kg": 1000.0, "USD/t": 1.0, "USD/lb": 2204.62, "USD/troy_oz": 32150.7}.get(m.price_unit or "", np.nan)
    per_unit = {"kg": 1e-3, "t": 1.0}.get(m.unit, 1.0)
    return series[(mk, "price", "outside")].T * unit_factor * per_unit


def _npv_irr(years: list[int], start: int, lead: np.ndarray, capex: np.ndarray, opex: np.ndarray, out: np.ndarray,
             unit_value: np.ndarray, rate: np.ndarray, life: int) -> tuple[np.ndarray, np.ndarray]:
    D, Y = out.shape
    T = max(Y, int(np.ceil(lead.max())) + life + (years[0] - start if years[0] > start else 0)) + 1
    t0 = min(start, years[0])
    cal = np.arange(t0, t0 + T)
    cf = np.zeros((D, T))
    # capex spread evenly over the lead time from the start year
    in_build = (cal[None, :] >= start) & (cal[None, :] < start + lead[:, None])
    cf -= in_build * (capex / np.maximum(np.ceil(lead), 1.0))[:, None]
    idx = {y: j for j, y in enumerate(cal)}
    last_val = unit_value[:, -1]
    last_out = out[:, -1]
    for _j, y in enumerate(cal):
        if y in years:
            k = years.index(y)
            o, v = out[:, k], unit_value[:, k]
        elif y > years[-1]:
            first = start + lead
            o = np.where(y < first + life, last_out, 0.0)
            v = last_val
        else:
            continue
        cf[:, idx[y]] += o * (v - opex)
    disc_t = cal - start
    npv = (cf / (1 + rate[:, None]) ** disc_t[None, :]).sum(1)
    # IRR by vectorised bisection on (-0.99, 2)
    def f(r: np.ndarray) -> np.ndarray:
        return (cf / (1 + r[:, None]) ** disc_t[None, :]).sum(1)
    a, b = np.full(D, -0.99), np.full(D, 2.0)
    fa, fb = f(a), f(b)
    ok = np.sign(fa) != np.sign(fb)
    for _ in range(60):
        mid = 0.5 * (a + b)
        fm = f(mid)
        left = np.sign(fm) == np.sign(fa)
        a, fa = np.where(left, mid, a), np.where(left, fm, fa)
        b = np.where(left, b, mid)
    return npv, np.where(ok, 0.5 * (a + b), np.nan)
