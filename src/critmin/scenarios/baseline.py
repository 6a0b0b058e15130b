"""Reference year of every market from the dataset on main.

A market is one product at one stage of one commodity. For rare earths the chain
is element-resolved: mining (mixed concentrate, t REO) -> separation into NdPr
oxide, Dy oxide, Tb oxide, La+Ce oxide and other oxides (co-products in the
ratios of each region's ore: the sourced per-site oxide distribution in
``site_ree_distribution.csv``, see ``DEPOSIT_SITES``) -> NdPr
metal -> NdFeB magnets. Other commodities have the stages the dataset covers.

Every quantity is the latest edition of a published figure; where the dataset
has no figure the market is a gap and is not modelled (never filled with 0).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from critmin.errors import ScenarioError
from critmin.scenarios.parameters import ParamTable

__all__ = ["ELEMENT_MARKETS", "SHARE_MARKETS", "Baseline", "MarketRef", "build_baseline", "latest_series"]

ELEMENT_MARKETS: dict[str, tuple[str, ...]] = {
    "ndpr": ("Pr", "Nd"),
    "dy": ("Dy",),
    "tb": ("Tb",),
    "lace": ("La", "Ce"),
    "other": (),  # the remainder of 100 %
}
_MIX_ELEMENTS = ("La", "Ce", "Pr", "Nd", "Sm", "Eu", "Gd", "Tb", "Dy", "Y")
# Deposit types the feed parameters name, and the site of site_ree_distribution.csv
# whose published oxide distribution stands for each. Any other site id of that
# table can be named as a deposit type too (e.g. by a new_project).
DEPOSIT_SITES: dict[str, str] = {
    "bayan_obo": "bayan_obo",
    "mountain_pass": "mountain_pass",
    "mount_weld": "mount_weld",
    "ionic_clay_hree": "south_china_ionic_clays",
}
DEPOSITS = tuple(DEPOSIT_SITES)
_OXIDE_ELEMENT = {
    "La2O3": "La", "Ce2O3": "Ce", "Pr6O11": "Pr", "Nd2O3": "Nd", "Sm2O3": "Sm", "Eu2O3": "Eu", "Gd2O3": "Gd",
    "Tb4O7": "Tb", "Dy2O3": "Dy", "Ho2O3": "Ho", "Er2O3": "Er", "Tm2O3": "Tm", "Yb2O3": "Yb", "Lu2O3": "Lu", "Y2O3": "Y",
}

# Markets of the other commodities: (product, stage, observation product, measure, price product)
_SIMPLE: dict[str, list[tuple[str, str, str, str, str]]] = {
    "gallium": [("refining", "refining", "low_purity_primary", "production", "low_purity_primary")],
    "graphite": [("mining", "mining", "", "production", "flake"), ("refining", "refining", "", "production", "")],
    "antimony": [("mining", "mining", "", "mine_production", "antimony_metal")],
    "tungsten": [("mining", "mining", "", "mine_production", "concentrate")],
    "palladium": [("mining", "mining", "", "mine_production", "")],
}


@dataclass
class MarketRef:
    """Reference year of one market."""

    key: str
    commodity: str
    product: str
    stage: str
    unit: str
    year: int
    regions: list[str]
    supply: np.ndarray  # (R,) reference production by region
    inside: str  # restricting country (its own price zone)
    demand_inside: float  # reference consumption inside
    demand_outside: float
    price: float | None  # reference price (None: not in the dataset; index only)
    price_unit: str | None
    price_year: int | None
    capacity: np.ndarray | None = None  # (R,) where the dataset has it
    # share market: supply and demand are shares of world output (world = 1), and the restricting
    # country's share and export share are uncertain inputs drawn per draw (names of parameters)
    share_inputs: tuple[str, str] | None = None
    parent: str | None = None  # upstream market key
    link: str | None = None  # "coproduct" | "feed"
    inputs: dict[str, float] = field(default_factory=dict)  # upstream key -> t input per t output
    sources: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)

    @property
    def world(self) -> float:
        return float(self.supply.sum())

    @property
    def inside_idx(self) -> int:
        return self.regions.index(self.inside) if self.inside in self.regions else -1

    @property
    def exports_inside(self) -> float:
        """Reference net exports of the restricting country."""
        i = self.inside_idx
        s = float(self.supply[i]) if i >= 0 else 0.0
        return s - self.demand_inside


@dataclass
class Baseline:
    markets: dict[str, MarketRef]
    order: list[str]
    mixes: dict[str, np.ndarray]  # region -> element shares (sum 1) for rare-earth mining
    sources: set[str]


@lru_cache(maxsize=1)
def _observations() -> Any:
    from critmin.dataset import read_table

    obs = read_table("observations")
    ed = read_table("editions")[["edition", "precedence", "published"]]
    obs = obs.merge(ed, on="edition", how="left")
    obs = obs[obs["value"].notna()]
    return obs


def latest_series(commodity: str, measure: str, stage: str, product: str = "", year: int | None = None) -> Any:
    """Best figure per (country, year): lowest precedence number, then newest edition."""
    obs = _observations()
    sel = obs[(obs.commodity == commodity) & (obs.measure == measure) & (obs.stage == stage)]
    sel = sel[sel["product"].fillna("") == product]
    if year is not None:
        sel = sel[sel.year == year]
    if sel.empty:
        return sel
    sel = sel.sort_values(["country", "year", "precedence", "published"], ascending=[True, True, True, False])
    return sel.drop_duplicates(["country", "year"], keep="first")


def _production(commodity: str, measure: str, stage: str, product: str, year: int | None) -> tuple[int, dict[str, float], set[str]]:
    s = latest_series(commodity, measure, stage, product)
    if s.empty:
        raise ScenarioError(f"{commodity}: no {measure} ({stage}) figures by country in the dataset; this market is a gap")
    years = sorted(set(s[s.country != "WLD"].year))
    if year is not None:
        years = [y for y in years if y <= year]
    if not years:
        raise ScenarioError(f"{commodity}: no {measure} ({stage}) figures up to {year}")
    y = years[-1]
    s = s[s.year == y]
    by = {r.country: float(r.value) for r in s.itertuples() if r.country != "WLD"}
    wld = s[s.country == "WLD"]
    total = sum(by.values())
    if not wld.empty and float(wld.value.iloc[0]) > total * (1 + 1e-9):
        by["OTH"] = by.get("OTH", 0.0) + float(wld.value.iloc[0]) - total
    by = {k: v for k, v in by.items() if v > 0}
    return y, by, set(s.source_id)


def _price(commodity: str, product: str, year: int) -> tuple[float | None, str | None, int | None, set[str]]:
    if not product:
        s = latest_series(commodity, "price", "refining", "")
    else:
        s = latest_series(commodity, "price", "refining", product)
    if s.empty:
        return None, None, None, set()
    s = s[s.year <= year] if (s.year <= year).any() else s
    r = s.sort_values("year").iloc[-1]
    return float(r.value), str(r.unit), int(r.year), {str(r.source_id)}


@lru_cache(maxsize=1)
def _site_distributions() -> dict[str, tuple[dict[str, float], frozenset[str]]]:
    from critmin.dataset import read_table

    df = read_table("site_ree_distribution")
    out: dict[str, tuple[dict[str, float], frozenset[str]]] = {}
    for site, g in df.groupby("site_id"):
        out[str(site)] = ({_OXIDE_ELEMENT[o]: float(v) for o, v in zip(g.oxide, g.pct_of_treo, strict=True)},
                          frozenset(str(x) for x in g.source_id))
    return out


def deposit_distribution(deposit: str) -> tuple[str, dict[str, float], frozenset[str]]:
    """Published oxide distribution (percent of TREO, by element) standing for a deposit type.

    Returns the site id, the shares as published and their source ids. Raises
    ScenarioError when neither ``DEPOSIT_SITES`` nor the site table knows the name.
    """
    site = DEPOSIT_SITES.get(deposit, deposit)
    dists = _site_distributions()
    if site not in dists:
        raise ScenarioError(
            f"deposit type {deposit!r} has no element distribution: use one of {', '.join(DEPOSIT_SITES)} "
            "or a site_id of site_ree_distribution.csv"
        )
    pct, src = dists[site]
    return site, pct, src


def deposit_sources(deposits: tuple[str, ...] | list[str] = DEPOSITS) -> set[str]:
    """Source ids behind the element distributions of the given deposit types."""
    return {s for d in deposits for s in deposit_distribution(d)[2]}


def _mix(params: ParamTable, deposit: str) -> np.ndarray:
    """Shares of the markets (ndpr, dy, tb, lace, other) in a deposit's REO; sums to 1.

    Shares come from the site's published distribution (normalised by its total, so
    rounding in the source does not leak into the "other" market); a scenario may
    override single elements with ``mix:<deposit>:<element>`` parameters (percent).
    """
    _site, pct, _src = deposit_distribution(deposit)
    el = dict(pct)
    for e in _MIX_ELEMENTS:
        key = (f"mix:{deposit}:{e}", "rare_earths", "*")
        if key in params.rows:
            el[e] = params.rows[key].value
    total = sum(el.values())
    if total <= 0:
        raise ScenarioError(f"deposit type {deposit!r}: element distribution sums to {total}")
    out = []
    for _m, els in ELEMENT_MARKETS.items():
        out.append(sum(el.get(e, 0.0) for e in els) / total)
    out[-1] = 1.0 - sum(out[:-1])
    return np.array(out)


def region_mix(params: ParamTable, region: str) -> np.ndarray:
    weights = {d: params.value(f"feed:{region}:{d}", "rare_earths", "mining") for d in DEPOSITS if params.has(f"feed:{region}:{d}", "rare_earths", "mining") and (f"feed:{region}:{d}", "rare_earths", "mining") in params.rows}
    if not weights:
        weights = {"mount_weld": 1.0}
    tot = sum(weights.values())
    return sum(w / tot * _mix(params, d) for d, w in weights.items())  # type: ignore[return-value]


def element_feeds(c_in, c_out, s_in, mix_in, p_pref, mix_pref, p_np, mix_np):
    """Element content (t REO per market, last axis) of the concentrate separated in each zone.

    Outside separators take concentrate first from the priority producers
    (``sep_priority:<region>`` parameters: Australia for Lynas, the United States
    for Mountain Pass), then from the other outside producers; the restricting
    country separates its own output first and imports the rest of what it
    separates from what outside separators leave.
    """
    c_in, c_out, s_in, p_pref, p_np = (np.asarray(x, float)[..., None] for x in (c_in, c_out, s_in, p_pref, p_np))
    from_pref = np.minimum(c_out, p_pref)
    from_np = np.minimum(np.maximum(c_out - from_pref, 0.0), p_np)
    from_in_to_out = np.maximum(c_out - from_pref - from_np, 0.0)
    feed_out = from_pref * mix_pref + from_np * mix_np + from_in_to_out * mix_in
    own = np.minimum(s_in, c_in)
    imp = np.maximum(c_in - own, 0.0)
    left_pref = p_pref - from_pref
    left_np = p_np - from_np
    left = left_pref + left_np
    mix_imp = np.where(left > 0, (left_pref * mix_pref + left_np * mix_np) / np.maximum(left, 1e-300), mix_np)
    feed_in = own * mix_in + imp * mix_imp
    return feed_in, feed_out


def zone_mixes(params: ParamTable, regions: list[str], prod: np.ndarray, inside: str, mixes: np.ndarray):
    """Split outside production into priority and other producers; return the zone mixes and volumes.

    ``prod`` is (..., R); ``mixes`` is (..., R, 5). Returns s_in, mix_in, p_pref, mix_pref, p_np, mix_np.
    """
    inside_m = np.array([r == inside for r in regions])
    pref_m = np.array([r != inside and params.has(f"sep_priority:{r}", "rare_earths", "mining") and (f"sep_priority:{r}", "rare_earths", "mining") in params.rows for r in regions])
    np_m = ~inside_m & ~pref_m

    def agg(mask):
        pm = prod * mask
        v = pm.sum(-1)
        # elementwise sum, not a matrix product: BLAS results may depend on the number of rows,
        # which would make a draw's result depend on its chunk
        w = (pm[..., None] * mixes).sum(-2)
        mix = np.where(v[..., None] > 0, w / np.maximum(v, 1e-300)[..., None], mixes.mean(-2))
        return v, mix

    s_in, mix_in = agg(inside_m)
    p_pref, mix_pref = agg(pref_m)
    p_np, mix_np = agg(np_m)
    return s_in, mix_in, p_pref, mix_pref, p_np, mix_np


# Commodities without production by country in the dataset, modelled in share terms:
# (product, stage, price product, parameter of the inside share, parameter of its export share)
SHARE_MARKETS: dict[str, tuple[str, str, str, str, str]] = {
    "germanium": ("refining", "refining", "germanium_metal", "supply_share_inside", "export_share_inside"),
}


def _share_market(com: str, params: ParamTable, inside: str, year: int | None) -> MarketRef:
    """A two-zone market in shares of world output (world = 1; no tonnages are invented).

    USGS prints no germanium production by country, so the market is normalised: the
    restricting country (China, the only country the published shares describe) supplies
    ``supply_share_inside`` of world refined output and exports ``export_share_inside`` of
    its own output; the outside zone consumes its own output plus those exports. Both
    are uncertain inputs drawn per draw in :func:`critmin.scenarios.simulate.simulate`; the
    reference values here are their central values. The price index of a constant-elasticity
    market depends on these shares only, not on the absolute volume.
    """
    prod, stage, price_prod, p_share, p_export = SHARE_MARKETS[com]
    if inside != "CHN":
        raise ScenarioError(f"{com}: modelled in shares of world output with China's published share; "
                            f"restricting_country must be CHN, not {inside}")
    s = params.value(p_share, com, prod)
    e = params.value(p_export, com, prod)
    if not (0 < s < 1 and 0 < e <= 1):
        raise ScenarioError(f"{com}: {p_share} must lie in (0, 1) and {p_export} in (0, 1]; got {s:g} and {e:g}")
    y = year if year is not None else 2024
    p, pu, py, ps = _price(com, price_prod, y)
    srcs = {params.get(p_share, com, prod).source_id, params.get(p_export, com, prod).source_id}
    return MarketRef(f"{com}:{prod}", com, prod, stage, "share of world output", y, [inside, "OTH"],
                     np.array([s, 1 - s]), inside, s * (1 - e), 1 - s * (1 - e), p, pu, py,
                     share_inputs=(p_share, p_export),
                     sources={str(x) for x in srcs if x} | ps | {"critmin_scenario_assumptions"},
                     notes=["normalised: quantities are shares of world refined output (world = 1), not tonnes; "
                            "USGS publishes no germanium production by country"])


def build_baseline(commodities: list[str], params: ParamTable, *, inside: str = "CHN", year: int | None = 2024,
                   chain: str = "elements", reference_exports: dict[str, float] | None = None) -> Baseline:
    reference_exports = reference_exports or {}
    markets: dict[str, MarketRef] = {}
    order: list[str] = []
    mixes: dict[str, np.ndarray] = {}

    def share_in(com: str, prod: str) -> float:
        return params.value("demand_share_inside", com, prod)

    def add(m: MarketRef) -> None:
        key = m.key
        if key in reference_exports and m.share_inputs is not None:
            raise ScenarioError(f"reference_exports: {key} is modelled in shares of world output, not tonnes; "
                                f"set its export share with the parameter {m.share_inputs[1]} instead")
        if key in reference_exports:
            # demand inside set so that reference exports equal the stated figure
            m.demand_inside = float(m.supply[m.inside_idx]) - reference_exports[key] if m.inside_idx >= 0 else m.demand_inside
            m.demand_outside = m.world - m.demand_inside
            m.notes.append(f"reference exports set by the scenario file: {reference_exports[key]:g} {m.unit}")
        if m.demand_inside < 0 or m.demand_outside <= 0:
            raise ScenarioError(f"{key}: reference demand split gives negative consumption; check reference_exports")
        markets[key] = m
        order.append(key)

    for com in commodities:
        if com == "rare_earths":
            y, by, src = _production("rare_earths", "mine_production", "mining", "", year)
            regions = list(by)
            supply = np.array([by[r] for r in regions])
            world = supply.sum()
            if chain == "aggregate":
                p, pu, py, ps = _price("rare_earths", "dysprosium_oxide", y)
                sh = share_in("rare_earths", "aggregate")
                add(MarketRef(f"{com}:aggregate", com, "aggregate", "mining", "t REO", y, regions, supply, inside,
                              sh * world, (1 - sh) * world, None, None, None, sources=src | {"critmin_scenario_assumptions"},
                              notes=["aggregate REO market; price reported as an index"]))
                continue
            # separation shares by region from IEA (magnet REEs, refining) applied to world REO
            _sy, sep_by, ssrc = _production("magnet_rees", "production", "refining", "", year)
            sep_regions = list(sep_by)
            sep_share = np.array([sep_by[r] for r in sep_regions]) / sum(sep_by.values())
            sep_in = float(sep_share[sep_regions.index(inside)]) if inside in sep_regions else 0.0
            add(MarketRef(f"{com}:mining", com, "mining", "mining", "t REO", y, regions, supply, inside,
                          sep_in * world, (1 - sep_in) * world, None, None, None, sources=src | ssrc,
                          notes=["concentrate demand by zone = separation throughput (IEA refining shares of magnet REEs)"]))
            for r in regions:
                mixes[r] = region_mix(params, r)
            # feed mixes by zone (imports carry the outside producers' average mix)
            zm = zone_mixes(params, regions, supply, inside, np.array([mixes[r] for r in regions]))
            feed_in_ref, feed_out_ref = element_feeds(sep_in * world, (1 - sep_in) * world, zm[0], zm[1], zm[2], zm[3], zm[4], zm[5])
            magnet_share = latest_series("ndfeb_magnets", "production_share", "magnet", "")
            mag_in = float(magnet_share[magnet_share.country == inside].sort_values("year").value.iloc[-1]) if not magnet_share.empty and (magnet_share.country == inside).any() else 0.9
            msrc = set(magnet_share.source_id) if not magnet_share.empty else set()
            for j, (name, _els) in enumerate(ELEMENT_MARKETS.items()):
                w_in = sep_share * np.array([r == inside for r in sep_regions])
                w_out = sep_share * np.array([r != inside for r in sep_regions])
                sup = w_in / max(w_in.sum(), 1e-300) * feed_in_ref[j] + w_out / max(w_out.sum(), 1e-300) * feed_out_ref[j]
                price_product = {"ndpr": "ndpr_oxide", "dy": "dysprosium_oxide", "tb": "terbium_oxide", "lace": "lanthanum_oxide", "other": ""}[name]
                p, pu, py, ps = _price("rare_earths", price_product, y) if price_product else (None, None, None, set())
                if name == "lace":
                    pc, _, _, ps2 = _price("rare_earths", "cerium_oxide", y)
                    if p is not None and pc is not None:
                        p, ps = (p + pc) / 2, ps | ps2
                wsup = sup.sum()
                d_in_share = mag_in if name in ("ndpr", "dy", "tb") else sep_in
                add(MarketRef(f"{com}:{name}", com, name, "refining", "t REO", y, sep_regions, sup, inside,
                              d_in_share * wsup, (1 - d_in_share) * wsup, p, pu, py, parent=f"{com}:mining", link="coproduct",
                              sources=src | ssrc | ps | deposit_sources() | msrc))
            ndpr = markets[f"{com}:ndpr"]
            k_metal = params.value("intensity_metal_per_ndpr", com, "metal")
            metal_world = ndpr.world * k_metal
            mag_regions = [inside, "OTH"]
            msh = np.array([mag_in, 1 - mag_in])
            add(MarketRef(f"{com}:metal", com, "metal", "metal", "t metal", y, mag_regions, msh * metal_world, inside,
                          mag_in * metal_world, (1 - mag_in) * metal_world, None, None, None,
                          inputs={f"{com}:ndpr": 1 / k_metal}, link="feed", sources=msrc | {"critmin_scenario_assumptions"},
                          notes=["metal making located like magnet making (no separate data)"]))
            k_ndpr = params.value("intensity_ndpr_per_magnet", com, "magnet")
            mag_world = metal_world / k_ndpr
            sh_mag = share_in(com, "magnet")
            add(MarketRef(f"{com}:magnet", com, "magnet", "magnet", "t NdFeB", y, mag_regions, msh * mag_world, inside,
                          sh_mag * mag_world, (1 - sh_mag) * mag_world, None, None, None,
                          inputs={f"{com}:metal": k_ndpr, f"{com}:dy": params.value("intensity_dy_per_magnet", com, "magnet"),
                                  f"{com}:tb": params.value("intensity_tb_per_magnet", com, "magnet")},
                          link="feed", sources=msrc | {"critmin_scenario_assumptions"}))
            continue
        if com in SHARE_MARKETS:
            add(_share_market(com, params, inside, year))
            continue
        if com not in _SIMPLE:
            raise ScenarioError(f"commodity {com!r} is not modelled; modelled: rare_earths, {', '.join(sorted([*_SIMPLE, *SHARE_MARKETS]))}")
        for prod, stage, obs_prod, measure, price_prod in _SIMPLE[com]:
            y, by, src = _production(com, measure, stage, obs_prod, year)
            regions = list(by)
            supply = np.array([by[r] for r in regions])
            unit = str(latest_series(com, measure, stage, obs_prod).unit.iloc[0])
            cap = None
            caps = latest_series(com, "capacity", stage, obs_prod, y)
            if not caps.empty:
                cby = {r.country: float(r.value) for r in caps.itertuples()}
                cap = np.array([max(cby.get(r, by[r]), by[r]) for r in regions])
                src |= set(caps.source_id)
            p, pu, py, ps = _price(com, price_prod, y) if price_prod or com == "palladium" else (None, None, None, set())
            sh = share_in(com, prod)
            world = supply.sum()
            add(MarketRef(f"{com}:{prod}", com, prod, stage, unit, y, regions, supply, inside, sh * world, (1 - sh) * world,
                          p, pu, py, capacity=cap, sources=src | ps | {"critmin_scenario_assumptions"}))
    srcs: set[str] = set()
    for m in markets.values():
        srcs |= m.sources
    return Baseline(markets, order, mixes, srcs)
