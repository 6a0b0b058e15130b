"""Indicator commands: ``risk`` (concentration or EU supply risk), ``blocs``, ``dependence``.

Every command prints the figures, the method and base used, and the sources of the
inputs; ``--plot FILE.png|svg`` draws the indicator (over time or across countries).
The computation lives in :mod:`critmin.indicators.service`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from critmin.cli.data import MEASURES, edition_options
from critmin.cli.output import emit, format_option, out_option
from critmin.cli.params import COMMODITY, COUNTRY, YEAR

if TYPE_CHECKING:
    import pandas as pd

    from critmin.service import Answer

STAGES = ("mining", "refining", "metal", "magnet")
HHI_MARKS = ((1500.0, "1,500: moderately concentrated"), (2500.0, "2,500: highly concentrated"))


def _store() -> Any:
    from critmin.service import open_default_store

    return open_default_store()


def _plot_option(f: Any) -> Any:
    f = click.option("--plot", "plot", type=click.Path(dir_okay=False, path_type=Path), default=None,
                     help="Also draw the indicator to FILE.png or FILE.svg.")(f)
    return f


def _check_plot(plot: Path | None) -> None:
    """Refuse a bad plot file name before any work."""
    if plot is not None:
        from critmin.indicators.plots import check_plot_path

        check_plot_path(plot)


def _clean(v: Any) -> Any:
    """A plain Python scalar, or None for NaN/NA/NaT (a gap stays a gap)."""
    if v is None:
        return None
    try:
        import pandas as pd

        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        return v
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        try:
            return v.item()
        except (ValueError, AttributeError):
            return v
    return v


def to_answer(
    store: Any, df: pd.DataFrame, *, title: str = "", caption: str = "", display: list[str] | None = None,
    with_sources: bool = True, extra_meta: dict[str, Any] | None = None,
) -> Answer:
    """A DataFrame with indicator ``attrs`` as an :class:`~critmin.service.Answer`."""
    from critmin.service import Answer, jsonable, sources_for

    rows = [tuple(_clean(v) for v in r) for r in df.itertuples(index=False, name=None)]
    meta: dict[str, Any] = {"dataset_version": store.dataset_version}
    for k, v in df.attrs.items():
        if isinstance(v, (str, int, float, bool, list, tuple)) or v is None:
            meta[k] = [jsonable(x) for x in v] if isinstance(v, (list, tuple)) else jsonable(v)
    meta.update(extra_meta or {})
    srcs = sources_for(store, list(df.attrs.get("source_ids", []))) if with_sources else []
    return Answer([str(c) for c in df.columns], rows, title=title, caption=caption, sources=srcs,
                  meta=meta, display=[c for c in (display or []) if c in df.columns] or None)


def _pct(v: Any) -> str:
    v = _clean(v)
    return "" if v is None else f"{float(v):.1%}"


def _edition_label(df: pd.DataFrame) -> str:
    eds = sorted({str(e) for e in df.get("edition", []) if _clean(e)}) if "edition" in df.columns else []
    return ", ".join(eds) or ", ".join(df.attrs.get("editions", []))


def _share_display(df: pd.DataFrame) -> pd.DataFrame:
    from critmin.names import country_name

    out = df.copy()
    out.insert(0, "country_name", [country_name(str(c)) for c in out["country"]])
    if "share" in out.columns:
        out["share_pct"] = out["share"].map(_pct)
    return out


def emit_tables(answers: list[Answer], out: Path | None) -> None:
    """Several tables one after the other, to standard output or to one file."""
    if out is None:
        for ans in answers:
            emit(ans, "table", None)
        return
    import tempfile

    parts = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, ans in enumerate(answers):
            part = Path(tmp) / f"{i}.txt"
            emit(ans, "table", part)
            parts.append(part.read_text(encoding="utf-8"))
    try:
        out.write_text("".join(parts), encoding="utf-8")
    except OSError as err:
        from critmin.errors import CritminError

        raise CritminError(f"cannot write {out}: {err.strerror}") from err


# --- risk ---------------------------------------------------------------------------------

@click.command()
@click.argument("commodity", type=COMMODITY)
@click.option("--method", type=click.Choice(["hhi", "eu"]), default="hhi", show_default=True,
              help="hhi: shares, rank, top-n and HHI; eu: EU CRM supply risk (2017 method, 2023 inputs).")
@click.option("--stage", type=click.Choice(STAGES), default=None,
              help="Supply-chain stage (default: mining; for --method eu, both EU stages).")
@click.option("--measure", type=click.Choice(MEASURES), default=None,
              help="Measure (default: mine production at mining, refinery production at refining).")
@click.option("--product", default=None, help="Product line, where figures are by product (e.g. low_purity_primary).")
@click.option("--year", type=YEAR, default=None, help="Data year (default: the newest with figures).")
@edition_options
@click.option("--editions", default=None,
              help='Compare editions for one data year, e.g. --editions "MCS 2024,MCS 2025".')
@click.option("--top", type=click.IntRange(1, 50), default=3, show_default=True, help="n of the top-n share.")
@click.option("--base", type=click.Choice(["auto", "world", "sum"]), default="auto", show_default=True,
              help="Denominator of shares: the world total row or the sum of the rows.")
@click.option("--other", type=click.Choice(["exclude", "single", "drop"]), default="exclude", show_default=True,
              help="'Other countries' row: out of the HHI, one supplier, or dropped.")
@click.option("--inputs", "inputs_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="With --method eu: your own shares/WGI/trade factors (CSV: stage,scope,country,share,"
                   "wgi_scaled,t,source_id) for the stages it names.")
@click.option("--plot-by", type=click.Choice(["time", "countries"]), default=None,
              help="What --plot draws: HHI per year (time) or shares (countries). "
                   "Default: countries with --year, else time.")
@_plot_option
@format_option()
@out_option()
def risk(commodity: str, method: str, stage: str | None, measure: str | None, product: str | None, year: int | None,
         edition: str | None, as_of: str | None, editions: str | None, top: int, base: str, other: str,
         inputs_file: Path | None, plot_by: str | None, plot: Path | None, fmt: str, out: Path | None) -> None:
    """How concentrated the supply of COMMODITY is, with its method and sources.

    \b
    Examples:
      critmin risk rare-earths --year 2024
      critmin risk rare_earths --measure mine_production --year 2023 --editions "MCS 2024,MCS 2025"
      critmin risk gallium --method eu
      critmin risk tungsten --plot hhi.png
    """
    if edition and as_of:
        raise click.UsageError("give either --edition or --as-of, not both")
    _check_plot(plot)
    store = _store()
    if method == "eu":
        if editions:
            raise click.UsageError("--editions works with --method hhi")
        _risk_eu(store, commodity, stage, year, edition, as_of, inputs_file, plot, fmt, out)
    elif inputs_file is not None:
        raise click.UsageError("--inputs works with --method eu")
    elif editions:
        if edition or as_of:
            raise click.UsageError("give either --editions or --edition/--as-of")
        eds = [e.strip() for e in editions.split(",") if e.strip()]
        _risk_compare(store, commodity, eds, stage, measure, product, year, top, base, other, plot, plot_by, fmt, out)
    else:
        _risk_hhi(store, commodity, stage, measure, product, year, edition, as_of, top, base, other, plot, plot_by,
                  fmt, out)


def _summary_rows(conc: pd.DataFrame, top: int) -> list[tuple[str, str]]:
    r = conc.iloc[0]
    oth = _clean(r.get("other_share")) or 0.0
    resid = _clean(r.get("residual_share")) or 0.0
    rows = [
        ("HHI (0-10,000)", f"{float(r['hhi']):,.0f}"),
        ("HHI range (named only - OTH and residual as suppliers)",
         f"{float(r['hhi_low']):,.0f} - {float(r['hhi_high']):,.0f}"),
        ("leader", f"{r['leader']} ({_pct(r['leader_share'])})"),
        ("top-1 share", _pct(r["top1_share"])),
        (f"top-{top} share", _pct(r[f"top{top}_share"])),
        ("countries named", str(int(r["n_countries"]))),
        ("base", "world total (WLD row)" if r["base"] == "world" else "sum of the country rows"),
        ("other countries (OTH)", _pct(oth)),
        ("world total minus rows (residual)", _pct(resid) if r["base"] == "world" else "n/a (sum base)"),
        ("OTH treatment", str(r["other_treatment"])),
    ]
    return rows


def _risk_hhi(store: Any, commodity: str, stage: str | None, measure: str | None, product: str | None,
              year: int | None,
              edition: str | None, as_of: str | None, top: int, base: str, other: str,
              plot: Path | None, plot_by: str | None, fmt: str, out: Path | None) -> None:
    from critmin.indicators import service as ind
    from critmin.service import Answer

    kw: dict[str, Any] = {"measure": measure, "product": product, "stage": stage, "edition": edition,
                          "as_of": as_of, "base": base, "other": other}
    sh, conc = ind.risk_of(store, commodity, year=year, top=top, **kw)
    what = (f"{sh.attrs['measure'].replace('_', ' ')} of {sh.attrs['commodity']}"
            + (f" ({sh.attrs['product']})" if sh.attrs.get("product") else "")
            + f", {sh.attrs['stage']}, {sh.attrs['year']}")
    eds = _edition_label(sh)
    gaps = sh.attrs.get("gaps", [])
    c0 = conc.iloc[0]
    excess = float(c0["coverage"]) + float(c0["other_share"] or 0.0) - 1.0
    over = (f" The rows add up to {excess:+.1%} more than the published world total (rounding in the "
            "source): shares are of the world total as printed, so they can sum above 100% and the HHI "
            "can exceed 10,000 by that much." if c0["base"] == "world" and excess > 1e-9 else "")
    caption = (f"Edition {eds} ({sh.attrs['edition_rule']}). Method: {conc.attrs['method']}; "
               f"{conc['method'].iloc[0]}. Shares of the "
               + ("published world total; rows need not add up to it." if conc["base"].iloc[0] == "world"
                  else "sum of the rows (no world total used).")
               + over + (f" Gaps (not counted as 0): {'; '.join(gaps)}." if gaps else ""))
    if fmt == "table":
        disp = _share_display(sh)
        summary = Answer(["indicator", "value"], _summary_rows(conc, top), title=f"Concentration: {what}",
                         caption=caption, sources=to_answer(store, conc).sources)
        emit_tables([to_answer(store, disp, title=f"Shares: {what}", with_sources=False,
                               display=["rank", "country_name", "country", "value", "share_pct", "edition",
                                        "source_id"]), summary], out)
    else:
        flat = sh.copy()
        c0 = conc.iloc[0]
        flat["hhi"] = float(c0["hhi"])
        flat["hhi_high"] = float(c0["hhi_high"])
        flat[f"top{top}_share"] = float(c0[f"top{top}_share"])
        flat.attrs.update(sh.attrs)
        conc_rec = [{k: _clean(v) for k, v in rec.items()} for rec in conc.to_dict("records")]
        emit(to_answer(store, flat, title=f"Shares: {what}", caption=caption,
                       extra_meta={"concentration": conc_rec}), fmt, out)
    if plot is not None:
        by = plot_by or ("countries" if year is not None else "time")
        _plot_hhi(store, commodity, sh, by, plot, kw, top)


def _plot_hhi(store: Any, commodity: str, sh: pd.DataFrame, by: str, plot: Path, kw: dict[str, Any],
              top: int, editions: list[str] | None = None) -> None:
    from critmin.indicators import service as ind
    from critmin.indicators.plots import plot_bars, plot_series

    m = sh.attrs["measure"].replace("_", " ")
    srcs = "Sources: " + ", ".join(sh.attrs.get("source_ids", []))
    if by == "countries":
        named = sh[~sh["country"].isin(["OTH", "WLD"])]
        plot_bars(named, plot, x="country", y="share", title=f"Shares of {m}: {sh.attrs['commodity']}, "
                  f"{sh.attrs['year']} ({_edition_label(sh)})", ylabel="share (%)", caption=srcs)
    else:
        kw2 = {k: v for k, v in kw.items() if k != "edition" or not editions}
        series = ind.concentration_series(store, commodity, editions=editions, top=top, **kw2)
        srcs = "Sources: " + ", ".join(series.attrs.get("source_ids", []))
        thin = sorted({int(y) for y, c in zip(series["year"], series["coverage"], strict=True) if float(c) < 0.9})
        if thin:
            from critmin.indicators.service import _years

            srcs += (f". Named countries cover under 90% of the total in {_years(thin)}: "
                     "the HHI there is a lower bound")
        plot_series(series, plot, x="year", y="hhi", label="edition" if editions else None,
                    title=f"HHI of {m}: {series.attrs['commodity']}", ylabel="HHI (0-10,000)",
                    caption=srcs + ". Editions: " + series.attrs["edition_rule"] + ".", hlines=HHI_MARKS)
    click.echo(f"Plot written to {plot}", err=True)


def _risk_compare(store: Any, commodity: str, editions: list[str], stage: str | None, measure: str | None,
                  product: str | None, year: int | None, top: int, base: str, other: str, plot: Path | None, plot_by: str | None,
                  fmt: str, out: Path | None) -> None:
    from critmin.indicators import service as ind
    from critmin.service import Answer

    wide, summary = ind.compare_editions(store, commodity, editions, measure=measure, product=product, stage=stage,
                                         year=year, base=base, other=other, top=top)
    eds = wide.attrs["editions"]
    what = f"{wide.attrs['measure'].replace('_', ' ')} of {wide.attrs['commodity']}, {wide.attrs['year']}"
    caption = (f"Same data year in {', '.join(eds)}; change = {eds[-1]} minus {eds[0]}. "
               f"HHI over named countries (OTH excluded). Gaps (not 0): {'; '.join(wide.attrs['gaps']) or 'none'}.")
    if fmt == "table":
        disp = _share_display(wide)
        for ed in eds:
            disp[f"share {ed}"] = wide[f"share {ed}"].map(_pct)
        disp["share_change"] = [("" if _clean(v) is None else f"{float(v) * 100:+.1f} pts")
                                for v in wide["share_change"]]
        cols = ["country_name", "country", *[f"value {e}" for e in eds], *[f"share {e}" for e in eds],
                "share_change"]
        first = to_answer(store, disp, title=f"Revision of shares: {what}", with_sources=False, display=cols)
        rows: list[tuple[Any, ...]] = []
        for _, r in summary.iterrows():
            rows.append((r["edition"], f"{r['hhi']:,.0f}", f"{r['hhi_change']:+,.0f}", _pct(r["top1_share"]),
                         _pct(r[f"top{top}_share"]), f"{r[f'top{top}_share_change'] * 100:+.1f} pts",
                         f"{r['denominator']:,.0f}", r["leader"], r["n_countries"]))
        emit_tables([first, Answer(["edition", "HHI", "HHI change", "top-1", f"top-{top}", f"top-{top} change",
                                    "base total", "leader", "countries"], rows,
                                   title=f"Concentration by edition: {what}", caption=caption,
                                   sources=to_answer(store, wide).sources)], out)
    else:
        emit(to_answer(store, wide, title=f"Revision of shares: {what}", caption=caption,
                       extra_meta={"summary": [{k: _clean(v) for k, v in rec.items()}
                                               for rec in summary.to_dict("records")]}), fmt, out)
    if plot is not None:
        if (plot_by or "countries") == "countries":
            long = []
            for ed in eds:
                for _, r in wide.iterrows():
                    if _clean(r[f"share {ed}"]) is not None and r["country"] not in ("OTH", "WLD"):
                        long.append({"country": r["country"], "edition": ed, "share": r[f"share {ed}"]})
            _bars_by_edition(long, plot, what, wide.attrs["source_ids"])
            click.echo(f"Plot written to {plot}", err=True)
        else:
            sh = ind.shares_of(store, commodity, measure=measure, product=product, stage=stage,
                               year=wide.attrs["year"], edition=eds[-1])
            _plot_hhi(store, commodity, sh, "time", plot, {"measure": measure, "product": product, "stage": stage,
                                                          "as_of": None, "base": base, "other": other}, top,
                      editions=eds)


def _bars_by_edition(long: list[dict[str, Any]], plot: Path, what: str, sources: list[str]) -> None:
    import pandas as pd

    from critmin.indicators.plots import _pyplot, _save, check_plot_path

    p = check_plot_path(plot)
    df = pd.DataFrame(long)
    piv = df.pivot(index="country", columns="edition", values="share").fillna(0.0) * 100
    piv = piv.loc[piv.max(axis=1).sort_values(ascending=False).index]
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(8, 4.5))
    piv.plot.bar(ax=ax)
    ax.set_ylabel("share (%)")
    ax.set_title(f"Shares by edition: {what}")
    _save(fig, p, "Sources: " + ", ".join(sources) + ". A country missing from an edition is drawn at 0 only "
          "in this chart; the tables leave it empty.")


def _risk_eu(store: Any, commodity: str, stage: str | None, year: int | None, edition: str | None,
             as_of: str | None, inputs_file: Path | None, plot: Path | None, fmt: str, out: Path | None) -> None:
    from critmin.indicators import service as ind

    res = ind.eu_risk_of(store, commodity, stage=stage, year=year, edition=edition, as_of=as_of,
                         inputs_file=inputs_file)
    title = f"EU supply risk (2017 method, 2023 inputs): {res.attrs['material']} ({res.attrs['commodity']})"
    shares_from = (f"your inputs file {inputs_file.name} for the stages it names, else critmin observations"
                   if inputs_file is not None else "critmin observations")
    caption = (f"{res.attrs['method']}. Global supply shares from {shares_from}, {res.attrs.get('year') or ''} "
               f"({res.attrs['edition_rule']}); IR, EoL-RIR, SI_SR and EI as published in the 2023 study; "
               f"scaled WGI from the governance table (data years {', '.join(res.attrs.get('wgi_years', []))}). Limits: {res.attrs.get('limits', '')}.")
    disp = ["stage", "supply_basis", "hhi_wgi_gs", "hhi_wgi_eu", "ir", "eol_rir", "si_sr", "supply_risk",
            "published_supply_risk", "published_basis", "kept", "economic_importance", "critical"]
    if res.attrs.get("products"):
        caption += " Product lines used: " + ", ".join(f"{k}: {v}" for k, v in res.attrs["products"].items()) + "."
    if any(b == "GS+EU" and s == "GS only" for b, s in zip(res["published_basis"], res["supply_basis"], strict=True)):
        caption += (" Where the published SR used EU sourcing (GS+EU) and critmin has none, the SR here is on "
                    "global supply alone and is not comparable with the published value.")
    if fmt == "table":
        import pandas as pd

        inp = pd.DataFrame(res.attrs.get("stage_inputs", []))
        inp.attrs["source_ids"] = res.attrs["source_ids"]
        emit_tables([to_answer(store, res, title=title, with_sources=False, display=disp),
                     to_answer(store, inp, title="Inputs: supply shares, scaled WGI, trade factor",
                               caption=caption)], out)
    else:
        emit(to_answer(store, res, title=title, caption=caption,
                       extra_meta={"stage_inputs": res.attrs.get("stage_inputs", [])}), fmt, out)
    if plot is not None:
        from critmin.indicators.plots import plot_bars

        bars = res.assign(label=res["stage"])
        plot_bars(bars, plot, x="label", y="supply_risk", percent=False, ylabel="supply risk (SR)",
                  title=title, caption="Sources: " + ", ".join(res.attrs["source_ids"]))
        click.echo(f"Plot written to {plot}", err=True)


# --- blocs ----------------------------------------------------------------------------------

@click.command()
@click.argument("commodity", type=COMMODITY)
@click.option("--stage", type=click.Choice(STAGES), default=None, help="Supply-chain stage (default: mining).")
@click.option("--measure", type=click.Choice(MEASURES), default=None, help="Measure (default per stage).")
@click.option("--product", default=None, help="Product line, where figures are by product.")
@click.option("--year", type=YEAR, default=None, help="Data year (default: the newest with figures).")
@edition_options
@click.option("--blocs", "blocs_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Your own grouping: a CSV with columns bloc,country (optional bloc_name, joined, left, source_id).")
@_plot_option
@format_option()
@out_option()
def blocs(commodity: str, stage: str | None, measure: str | None, product: str | None, year: int | None,
          edition: str | None,
          as_of: str | None, blocs_file: Path | None, plot: Path | None, fmt: str, out: Path | None) -> None:
    """Share of COMMODITY supply held by each bloc (China, Russia, US and MSP partners, rest).

    \b
    Examples:
      critmin blocs rare-earths --year 2024
      critmin blocs tungsten --blocs my_blocs.csv
    """
    from critmin.indicators import service as ind

    if edition and as_of:
        raise click.UsageError("give either --edition or --as-of, not both")
    _check_plot(plot)
    store = _store()
    res = ind.bloc_shares_of(store, commodity, measure=measure, product=product, stage=stage, year=year,
                             edition=edition, as_of=as_of, blocs_file=blocs_file)
    res = res.assign(share_pct=res["share"].map(_pct))
    what = f"{res.attrs['measure'].replace('_', ' ')} of {res.attrs['commodity']}, {res.attrs['year']}"
    caption = (f"Grouping {res.attrs['grouping']}. {res.attrs['method']}. Edition {_edition_label(res)} "
               f"({res.attrs['edition_rule']}).")
    emit(to_answer(store, res, title=f"Bloc shares: {what}", caption=caption,
                   display=["bloc", "bloc_name", "share_pct", "countries", "base", "source_ids"]), fmt, out)
    if plot is not None:
        from critmin.indicators.plots import plot_bars

        plot_bars(res, plot, x="bloc", y="share", title=f"Bloc shares: {what}", ylabel="share (%)",
                  caption="Sources: " + ", ".join(res.attrs["source_ids"]))
        click.echo(f"Plot written to {plot}", err=True)


# --- dependence -----------------------------------------------------------------------------

@click.command()
@click.argument("buyer", type=COUNTRY)
@click.argument("commodity", type=COMMODITY)
@click.option("--year", type=YEAR, default=None, help="Only this year of the net import reliance.")
@click.option("--edition", default=None, help='Import sources of this edition only, e.g. "MCS 2025".')
@click.option("--blocs", "blocs_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Your own grouping: a CSV with columns bloc,country.")
@click.option("--balances", "balances_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Your own balances (country,commodity,year,production,imports,exports,"
                   "stock_change,apparent_consumption,unit,source_id) for net import reliance.")
@click.option("--only", type=click.Choice(["dependence", "reliance"]), default=None,
              help="Show one of the two tables (needed for csv and parquet when both exist).")
@_plot_option
@format_option()
@out_option()
def dependence(buyer: str, commodity: str, year: int | None, edition: str | None, blocs_file: Path | None,
               balances_file: Path | None, only: str | None, plot: Path | None, fmt: str, out: Path | None) -> None:
    """How much BUYER depends on each bloc for COMMODITY, and its net import reliance.

    \b
    Examples:
      critmin dependence USA rare-earths
      critmin dependence Germany rare-earths --balances de_balance.csv
    """
    from critmin.errors import DataError
    from critmin.indicators import service as ind

    _check_plot(plot)
    store = _store()
    dep = rel = None
    problems = []
    if only != "reliance":
        try:
            dep = ind.dependence_of(store, buyer, commodity, blocs_file=blocs_file, edition=edition)
        except DataError as err:
            if only == "dependence":
                raise
            problems.append(err)
    if only != "dependence":
        try:
            rel = ind.reliance_of(store, buyer, commodity, year=year, balances_file=balances_file)
        except DataError as err:
            if balances_file is not None or only == "reliance":
                raise
            problems.append(err)
    if dep is None and rel is None:
        first = problems[0]
        raise DataError(f"no dependence figures for {buyer} and {commodity}: {first.message}",
                        hint=" / ".join(p.hint for p in problems if p.hint) or None)
    if fmt in ("csv", "parquet") and dep is not None and rel is not None:
        raise click.UsageError(f"{fmt} holds one table: add --only dependence or --only reliance, or use json")
    parts = []
    if dep is not None:
        dep = dep.assign(share_pct=dep["share"].map(_pct))
        parts.append(("dependence", to_answer(
            store, dep, title=f"Import dependence by bloc: {buyer}, {commodity}",
            caption=f"Grouping {dep.attrs['grouping']}. {dep.attrs['method']}.",
            display=["product", "period", "edition", "bloc", "bloc_name", "share_pct", "partners", "source_ids"])))
    if rel is not None:
        disp = ["product", "year", "edition", "published", "qualifier", "computed", "production",
                "apparent_consumption", "source_ids"] if balances_file is None else [
            "country", "year", "production", "imports", "exports", "stock_change", "apparent_consumption",
            "net_import_reliance", "source_id"]
        parts.append(("reliance", to_answer(
            store, rel, title=f"Net import reliance: {buyer}, {commodity}",
            caption=f"{rel.attrs['method']} (fraction; negative = net exporter).", display=disp)))
    notes = [f"{p.message}" + (f" ({p.hint})" if p.hint else "") for p in problems]
    if fmt == "json":
        import json

        from critmin.service import jsonable

        doc: dict[str, Any] = {"buyer": buyer, "commodity": commodity, "dataset_version": store.dataset_version,
                               "gaps": notes}
        sources: dict[str, Any] = {}
        for name, ans in parts:
            doc[name] = {"method": ans.meta.get("method"), "rows": ans.records()}
            for s in ans.sources:
                sources[s["source_id"]] = {k: jsonable(v) for k, v in s.items()}
        doc["sources"] = list(sources.values())
        text = json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
        if out is None:
            click.echo(text, nl=False)
        else:
            out.write_text(text, encoding="utf-8")
    else:
        if fmt == "table":
            emit_tables([ans for _, ans in parts], out)
        else:
            for _, ans in parts:
                emit(ans, fmt, out)
        for n in notes:
            click.echo(f"Gap: {n}", err=True)
    if plot is not None and dep is not None:
        from critmin.indicators.plots import plot_bars

        latest = dep[dep["edition"] == sorted(dep["edition"])[-1]]
        first_prod = sorted(latest["product"])[0]
        plot_bars(latest[latest["product"] == first_prod], plot, x="bloc", y="share",
                  title=f"{buyer} imports of {commodity} ({first_prod}) by bloc", ylabel="share of imports (%)",
                  caption="Sources: " + ", ".join(dep.attrs["source_ids"]))
        click.echo(f"Plot written to {plot}", err=True)
