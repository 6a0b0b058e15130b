"""Python API: ``run_scenario(name_or_path, draws, seed, workers)`` -> :class:`ScenarioResult`."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from critmin.errors import ScenarioError
from critmin.scenarios import spec as S
from critmin.scenarios.baseline import Baseline, build_baseline
from critmin.scenarios.parameters import Param, ParamTable, load_parameters
from critmin.scenarios.simulate import Outputs

__all__ = ["ScenarioResult", "library", "load", "prepare", "run_scenario"]


def library() -> dict[str, Path]:
    """Bundled scenarios: name -> path."""
    root = resources.files("critmin.scenarios") / "library"
    return {Path(str(p)).stem: Path(str(p)) for p in root.iterdir() if str(p).endswith((".toml", ".yaml", ".yml"))}


def load(name_or_path: str | Path) -> S.Scenario:
    p = Path(name_or_path)
    if p.suffix.lower() in (".toml", ".yaml", ".yml") or p.exists():
        return S.load_scenario(p)
    lib = library()
    if str(name_or_path) not in lib:
        raise ScenarioError(f"no scenario file or library scenario named {name_or_path!r}",
                            hint="Library: " + ", ".join(sorted(lib)))
    return S.load_scenario(lib[str(name_or_path)])


def _blocs() -> dict[str, list[str]]:
    from critmin.dataset import read_table

    b = read_table("blocs")
    b = b[(b.grouping == "default") & (b["left"].isna() | (b["left"].astype(str) == ""))]
    return {str(k): sorted(set(g.country)) for k, g in b.groupby("bloc")}


def prepare(sc: S.Scenario) -> tuple[Baseline, ParamTable]:
    params = load_parameters()
    over: dict[str, Param] = {}
    for k, v in sc.parameters.items():
        if isinstance(v, S.Dist):
            over[k] = Param(k, v.central, v.dist, v.low, v.high, v.mean, v.sd)
        else:
            over[k] = Param(k, float(v))
    params = params.with_overrides(over)
    base = build_baseline(sc.commodities, params, inside=sc.restricting_country, year=sc.reference_year or 2024,
                          chain=sc.chain, reference_exports=sc.reference_exports)
    return base, params


@dataclass
class ScenarioResult:
    scenario: S.Scenario
    baseline: Baseline
    outputs: Outputs
    summary: Any  # pandas DataFrame
    inputs: list[str]
    seed: int
    draws: int

    @property
    def sources(self) -> Any:
        import pandas as pd

        from critmin.dataset import read_table

        src = read_table("sources")
        ids = set(self.baseline.sources) | {"critmin_scenario_assumptions"}
        params = load_parameters()
        for (_n, _c, _p), prm in params.rows.items():
            if prm.source_id:
                ids.add(prm.source_id)
        for pol in self.scenario.policies:
            if getattr(pol, "capacity_source", None) and getattr(pol, "site", None):
                from critmin.scenarios.sites import site_capacity

                ids |= set(site_capacity(str(pol.site), pol.commodity, pol.product).source_ids)  # type: ignore[union-attr]
        known = set(src.source_id)
        # the file's own sources and its policies' source ids, when sources.csv holds them
        ids |= {s.id for s in self.scenario.sources if s.id in known}
        ids |= {str(p.source) for p in self.scenario.policies if getattr(p, "source", None) in known}
        table = src[src.source_id.isin(sorted(ids))].reset_index(drop=True)
        extra = [{"source_id": s.id, "title": s.title, "url": s.url, "table_or_page": s.locator}
                 for s in self.scenario.sources if s.id not in known]
        return pd.concat([table, pd.DataFrame(extra)], ignore_index=True) if extra else table

    def draws_of(self, market: str, variable: str, region: str) -> np.ndarray:
        return self.outputs.series[(market, variable, region)]

    def value(self, market: str, variable: str, region: str, year: int, stat: str = "p50") -> float:
        s = self.summary
        row = s[(s.market == market) & (s.variable == variable) & (s.region == region) & (s.year == year)]
        if row.empty:
            raise ScenarioError(f"no output {market}/{variable}/{region} in {year}")
        return float(row[stat].iloc[0])

    def write(self, out_dir: str | Path, fmt: str = "csv", charts: str | None = "png") -> list[Path]:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        files = []
        if fmt == "parquet":
            p = out / "summary.parquet"
            self.summary.to_parquet(p, index=False)
        else:
            p = out / "summary.csv"
            self.summary.to_csv(p, index=False)
        files.append(p)
        sp = out / "sources.csv"
        self.sources.to_csv(sp, index=False)
        files.append(sp)
        if charts:
            files += fan_charts(self, out, charts)
        return files


def fan_charts(res: ScenarioResult, out: Path, fmt: str = "png") -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    files = []
    s = res.summary
    for mk in res.baseline.order:
        sub = s[(s.market == mk) & (s.variable == "price_index")]
        if sub.empty:
            continue
        fig, ax = plt.subplots(figsize=(6, 3.5))
        for reg, color in ((res.scenario.restricting_country, "tab:red"), ("outside", "tab:blue")):
            r = sub[sub.region == reg]
            ax.fill_between(r.year, r.p5, r.p95, alpha=0.15, color=color)
            ax.fill_between(r.year, r.p25, r.p75, alpha=0.3, color=color)
            ax.plot(r.year, r.p50, color=color, label=f"{reg} (median, 50% and 90% bands)")
        ax.axhline(1.0, color="grey", lw=0.8, ls=":")
        ax.set_title(f"{res.scenario.name}: {mk} price index (reference = 1)")
        ax.set_ylabel("price / reference price")
        ax.legend(fontsize=7)
        fig.tight_layout()
        p = out / f"fan_{mk.replace(':', '_')}.{fmt}"
        fig.savefig(p)
        plt.close(fig)
        files.append(p)
    return files


def run_scenario(name_or_path: str | Path | S.Scenario, draws: int = 1000, seed: int = 0, workers: int | None = None,
                 scheduler: str | None = None, chunk_size: int = 5000, progress: bool = False,
                 on_chunk: Any = None) -> ScenarioResult:
    """Run a scenario. ``draws=0`` runs the central case (every uncertain input at its central value).

    ``on_chunk(outputs)`` is called after each chunk of draws (e.g. to report progress)."""
    from critmin.scenarios.ensemble import run_chunks
    from critmin.scenarios.simulate import collect_inputs, simulate
    from critmin.scenarios.uncertainty import summarise

    sc = name_or_path if isinstance(name_or_path, S.Scenario) else load(name_or_path)
    if draws < 0:
        raise ScenarioError(f"draws must be 0 (central case) or positive, got {draws}")
    base, params = prepare(sc)
    blocs = _blocs()
    if draws == 0:
        out = simulate(sc, base, params, None, n=1, blocs=blocs)
    else:
        out = run_chunks(sc, base, params, draws, seed, blocs=blocs, workers=workers, scheduler=scheduler,
                         chunk_size=chunk_size, progress=progress, on_chunk=on_chunk)
    names = collect_inputs(sc, base, params).names
    return ScenarioResult(sc, base, out, summarise(out.series, out.years), names, seed, draws)


def headline(res: ScenarioResult) -> Any:
    """Per market: first and last simulated year's median price indices, exports and shortfall outside."""
    import pandas as pd

    s = res.summary
    inside = res.scenario.restricting_country
    rows = []
    for mk in res.baseline.order:
        for y in (res.outputs.years[0], res.outputs.years[-1]):
            def v(var: str, reg: str, stat: str = "p50", mk: str = mk, y: int = y) -> float:
                r = s[(s.market == mk) & (s.variable == var) & (s.region == reg) & (s.year == y)]
                return float(r[stat].iloc[0]) if len(r) else float("nan")
            rows.append({"market": mk, "year": y, "price_index_inside": v("price_index", inside),
                         "price_index_outside": v("price_index", "outside"),
                         "price_index_outside_p5": v("price_index", "outside", "p5"),
                         "price_index_outside_p95": v("price_index", "outside", "p95"),
                         "exports_inside": v("exports", inside), "shortfall_outside": v("shortfall", "outside"),
                         "unit": res.baseline.markets[mk].unit})
    return pd.DataFrame(rows)


def compare(a: str | Path, b: str | Path, draws: int = 500, seed: int = 0) -> Any:
    """Median differences (B - A) of prices, exports and shortfalls for the markets both scenarios share."""
    ra, rb = run_scenario(a, draws, seed), run_scenario(b, draws, seed)
    keys = ["market", "variable", "region", "year"]
    sa = ra.summary[ra.summary.variable.isin(["price_index", "exports", "shortfall", "consumption"])]
    m = sa.merge(rb.summary, on=keys, suffixes=("_a", "_b"))
    m["p50_diff"] = m["p50_b"] - m["p50_a"]
    return m[[*keys, "p50_a", "p50_b", "p50_diff"]]


def sensitivity(name_or_path: str | Path, samples: int = 256, seed: int = 0, market: str | None = None,
                variable: str = "price_index", region: str = "outside", year: int | None = None) -> Any:
    """Sobol indices (first order and total) of one output over every uncertain input."""
    from critmin.scenarios.simulate import collect_inputs, simulate
    from critmin.scenarios.uncertainty import sobol

    sc = name_or_path if isinstance(name_or_path, S.Scenario) else load(name_or_path)
    base, params = prepare(sc)
    names = collect_inputs(sc, base, params).names
    if market is None:
        pol_markets = [f"{p.commodity}:{p.product}" for p in sc.policies if getattr(p, "product", None)]
        market = next((k for k in pol_markets if k in base.markets), base.order[0])
    if market not in base.markets:
        raise ScenarioError(f"market {market!r} is not modelled in {sc.name}; modelled: {', '.join(base.order)}")
    blocs = _blocs()

    def run(U: np.ndarray) -> np.ndarray:
        out = simulate(sc, base, params, U, blocs=blocs)
        y = year if year is not None else out.years[0]
        if y not in out.years:
            raise ScenarioError(f"year {y} is outside the simulated years {out.years[0]}-{out.years[-1]}")
        key = (market, variable, region)
        if key not in out.series:
            raise ScenarioError(f"no output {market}/{variable}/{region}")
        return out.series[key][:, out.years.index(y)]

    df = sobol(run, names, samples, seed)
    df.insert(0, "output", f"{market}/{variable}/{region}/{year or 'first year'}")
    return df
