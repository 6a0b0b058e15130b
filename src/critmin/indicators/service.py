"""Indicators on the store: what ``critmin risk``, ``blocs`` and ``dependence`` call.

Each function takes a :class:`~critmin.store.Store`, picks the observations (latest
edition rule, a pinned ``edition`` or the edition current ``as_of`` a date), runs a pure
indicator from this package and returns its DataFrame, whose ``attrs`` carry
``method``, ``inputs``, ``source_ids`` and the selection used (``commodity``,
``measure``, ``stage``, ``year``, ``editions``).

A year without figures is a gap: it raises :class:`~critmin.errors.DataError` naming
the years that do have figures, never a result of 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from critmin.errors import DataError

if TYPE_CHECKING:
    import pandas as pd

    from critmin.store import Store

__all__ = [
    "DEFAULT_MEASURES",
    "RELIANCE_MEASURES",
    "bloc_shares_of",
    "compare_editions",
    "concentration_of",
    "concentration_series",
    "dependence_of",
    "eu_risk_of",
    "reliance_of",
    "risk_of",
    "shares_of",
]

# the observations net import reliance is read or recomputed from
RELIANCE_MEASURES = ("net_import_reliance", "production", "refinery_production", "mine_production",
                     "apparent_consumption", "imports", "exports")
# the measures tried, in order, for a stage when none is given
DEFAULT_MEASURES: dict[str, tuple[str, ...]] = {
    "mining": ("mine_production", "production"),
    "refining": ("refinery_production", "production", "capacity"),
    "metal": ("production",),
    "magnet": ("production", "production_share"),
}


def _select(
    store: Store,
    commodity: str,
    *,
    measure: str | None,
    stage: str | None,
    year: int | None,
    edition: str | None,
    as_of: str | dt.date | None,
    product: str | None = None,
    latest: bool = True,
) -> tuple[pd.DataFrame, str, str, str]:
    """Observations of one measure and stage (all years unless ``year``), with gap errors.

    Without ``stage``, mining is tried first, then refining. Without ``product``, the rows
    about the commodity as a whole; if there are none and the figures are of exactly one
    product line (e.g. primary low-purity gallium), that line. Returns the rows, the
    commodity slug, the measure and the stage used.
    """
    if edition and as_of:
        raise DataError("give either an edition or an as-of date, not both")
    slug = store.resolve_commodity(commodity)
    tried: list[str] = []
    obs = None
    chosen, st = measure or "", stage or "mining"
    for st_try in ([stage] if stage else ["mining", "refining"]):
        candidates = (measure,) if measure else DEFAULT_MEASURES.get(st_try, ("production",))
        for m in candidates:
            tried.append(f"{m} at stage {st_try}")
            every = store.observations(slug, m, stage=st_try, product=product or "*", edition=edition,
                                       as_of=as_of, latest=False)
            if product is None and not every.empty:
                whole = every[every["product"].isna() | (every["product"] == "")]
                lines = sorted({str(p) for p in every["product"].dropna() if p})
                if not whole.empty:
                    every = whole
                elif len(lines) > 1:
                    raise DataError(
                        f"{slug} {m} figures at stage {st_try} are by product line: {', '.join(lines)}",
                        hint="pick one with --product (product= in the API)",
                    )
            if edition is None and latest:
                every = _best_tables(every)
            if not every.empty:
                obs, chosen, st = every, m, st_try
                break
        if obs is not None:
            break
    if obs is None:
        what = f"edition {edition}" if edition else (f"editions published by {as_of}" if as_of else "the dataset")
        raise DataError(
            f"no {' or '.join(tried)} figures for {slug} in {what}",
            hint="see `critmin data editions`, or try another --stage/--measure",
        )
    if year is not None:
        have = sorted({int(y) for y in obs["year"].dropna()})
        obs = obs[obs["year"] == year]
        with_value = obs[obs["value"].notna() & ~obs["country"].isin(["WLD"])]
        if with_value.empty:
            ed = f" in edition {edition}" if edition else (f" as of {as_of}" if as_of else "")
            raise DataError(
                f"no {chosen} figures for {slug} ({st}) in {year}{ed}: a gap, not 0",
                hint="years with figures: " + _years(have),
            )
    return obs, slug, chosen, st


def _best_tables(obs: pd.DataFrame) -> pd.DataFrame:
    """One table per year: the latest edition holding a world total for that year.

    A share needs its base: an edition that prints some countries but no world total
    (a news quote of two figures, say) would make the rows' sum the base and a handful
    of countries look like the whole market. So, per year, editions with a world total
    (``WLD`` with a value) come first; among them the store's rule (lowest precedence
    number, i.e. primary series before compilations, then the newest publication). A year
    that no edition gives a world total for takes the latest edition, on the sum of its rows.
    """
    import pandas as pd

    if obs.empty:
        return obs
    world = obs[(obs["country"] == "WLD") & obs["value"].notna()]
    with_world = set(zip(world["year"], world["edition"], strict=True))
    keys = obs.drop_duplicates(["year", "edition"])[["year", "edition"]].copy()
    first = obs.drop_duplicates(["year", "edition"])
    keys["has_world"] = [(y, e) in with_world for y, e in zip(keys["year"], keys["edition"], strict=True)]
    keys["prec"] = (first["precedence"] if "precedence" in first.columns else pd.Series(5, index=first.index)).fillna(5)
    keys["pub"] = pd.to_datetime(first["published"], errors="coerce") if "published" in first.columns else pd.NaT
    keys = keys.sort_values(["year", "has_world", "prec", "pub", "edition"],
                            ascending=[True, False, True, False, False], na_position="last")
    best = keys.drop_duplicates("year")[["year", "edition"]]
    out = obs.merge(best, on=["year", "edition"], how="inner")
    return out


def _years(years: Sequence[int]) -> str:
    """Years as runs: ``2003-2020, 2022``."""
    if not years:
        return "none"
    runs: list[list[int]] = []
    for y in sorted(set(years)):
        if runs and y == runs[-1][1] + 1:
            runs[-1][1] = y
        else:
            runs.append([y, y])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def _reported(obs: pd.DataFrame) -> pd.DataFrame:
    """Rows about years up to their edition's publication: projections (e.g. IEA outlooks'
    2030-2040 base cases) are left out of defaults and series; ask for them with ``year=``."""
    import pandas as pd

    if "published" not in obs.columns or obs.empty:
        return obs
    pub_year = pd.to_datetime(obs["published"], errors="coerce").dt.year
    return obs[pub_year.isna() | (obs["year"] <= pub_year)]


def _newest_year(obs: pd.DataFrame) -> int:
    rep = _reported(obs)
    pool = rep if not rep.empty else obs
    named = pool[pool["value"].notna() & ~pool["country"].isin(["WLD", "OTH"])]
    return int((named if not named.empty else pool)["year"].max())


def _tag(frame: pd.DataFrame, **meta: Any) -> pd.DataFrame:
    frame.attrs.update({k: v for k, v in meta.items() if v is not None})
    return frame


def _one_year(
    store: Store, commodity: str, *, measure: str | None, product: str | None, stage: str | None,
    year: int | None, edition: str | None, as_of: str | dt.date | None,
) -> tuple[pd.DataFrame, dict[str, Any]]:
    obs, slug, m, st = _select(store, commodity, measure=measure, stage=stage, year=year,
                               edition=edition, as_of=as_of, product=product)
    y = year if year is not None else _newest_year(obs)
    meta = {"commodity": slug, "measure": m, "stage": st, "year": y, "as_of": as_of,
            "edition_rule": _rule(edition, as_of), "product": _product(obs)}
    return obs[obs["year"] == y], meta


def _shares_frame(one: pd.DataFrame, meta: dict[str, Any], base: str, other: str) -> pd.DataFrame:
    from critmin.indicators.concentration import shares

    out = shares(one, base=base, other=other)  # type: ignore[arg-type]
    if out.empty:
        raise DataError(f"no {meta['measure']} figures with a value for {meta['commodity']} in {meta['year']}: "
                        "a gap, not 0")
    out = out.sort_values(["rank", "share"], ascending=[True, False], na_position="last").reset_index(drop=True)
    return _tag(out, **meta)


def _concentration_frame(one: pd.DataFrame, meta: dict[str, Any], base: str, other: str, top: int) -> pd.DataFrame:
    from critmin.indicators.concentration import concentration

    out = concentration(one, base=base, other=other, top=sorted({1, int(top)}))  # type: ignore[arg-type]
    return _tag(out, **meta, top=int(top))


def shares_of(
    store: Store,
    commodity: str,
    *,
    measure: str | None = None,
    product: str | None = None,
    stage: str | None = None,
    year: int | None = None,
    edition: str | None = None,
    as_of: str | dt.date | None = None,
    base: str = "auto",
    other: str = "exclude",
) -> pd.DataFrame:
    """Each country's share and rank in one year (default: the newest with figures).

    See :func:`critmin.indicators.concentration.shares` for the columns and bases.
    """
    one, meta = _one_year(store, commodity, measure=measure, product=product, stage=stage, year=year,
                          edition=edition, as_of=as_of)
    return _shares_frame(one, meta, base, other)


def concentration_of(
    store: Store,
    commodity: str,
    *,
    measure: str | None = None,
    product: str | None = None,
    stage: str | None = None,
    year: int | None = None,
    edition: str | None = None,
    as_of: str | dt.date | None = None,
    base: str = "auto",
    other: str = "exclude",
    top: int = 3,
) -> pd.DataFrame:
    """HHI (0-10,000), top-n shares and leader of one year (default: the newest)."""
    one, meta = _one_year(store, commodity, measure=measure, product=product, stage=stage, year=year,
                          edition=edition, as_of=as_of)
    return _concentration_frame(one, meta, base, other, top)


def risk_of(
    store: Store,
    commodity: str,
    *,
    measure: str | None = None,
    product: str | None = None,
    stage: str | None = None,
    year: int | None = None,
    edition: str | None = None,
    as_of: str | dt.date | None = None,
    base: str = "auto",
    other: str = "exclude",
    top: int = 3,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`shares_of` and :func:`concentration_of` of the same rows, selected once."""
    one, meta = _one_year(store, commodity, measure=measure, product=product, stage=stage, year=year,
                          edition=edition, as_of=as_of)
    return _shares_frame(one, meta, base, other), _concentration_frame(one, meta, base, other, top)


def concentration_series(
    store: Store,
    commodity: str,
    *,
    measure: str | None = None,
    product: str | None = None,
    stage: str | None = None,
    edition: str | None = None,
    as_of: str | dt.date | None = None,
    editions: Sequence[str] | None = None,
    base: str = "auto",
    other: str = "exclude",
    top: int = 3,
) -> pd.DataFrame:
    """HHI per year over every year with figures.

    With ``editions``, one line per edition (each edition's own figures for the years it
    prints); otherwise each year from the latest edition holding it (or the pinned
    ``edition`` / the editions current ``as_of``).
    """
    import pandas as pd

    from critmin.indicators.concentration import concentration

    frames = []
    picks: list[str | None] = list(editions) if editions else [edition]
    for ed in picks:
        obs, slug, m, st = _select(store, commodity, measure=measure, stage=stage, year=None,
                                   edition=ed, as_of=as_of, product=product)
        frames.append(concentration(_reported(obs), base=base, other=other,  # type: ignore[arg-type]
                                    top=sorted({1, int(top)})))
    out = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    attrs = dict(frames[0].attrs)
    attrs["source_ids"] = sorted({s for f in frames for s in f.attrs.get("source_ids", [])})
    attrs["editions"] = sorted({e for f in frames for e in f.attrs.get("editions", [])})
    out.attrs.update(attrs)
    out = out.sort_values(["year", "edition"]).reset_index(drop=True)
    out.attrs.update(attrs)
    rule = (f"each edition's own figures ({', '.join(picks)})" if editions  # type: ignore[arg-type]
            else _rule(edition, as_of))
    return _tag(out, commodity=slug, measure=m, stage=st, as_of=as_of, edition_rule=rule, product=_product(obs))


def compare_editions(
    store: Store,
    commodity: str,
    editions: Sequence[str],
    *,
    measure: str | None = None,
    product: str | None = None,
    stage: str | None = None,
    year: int | None = None,
    base: str = "auto",
    other: str = "exclude",
    top: int = 3,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """How a revision moved shares and HHI: the same year in two (or more) editions.

    Returns
    -------
    (shares, summary)
        ``shares``: one row per country with ``value_<edition>`` and ``share_<edition>``
        for each edition and ``share_change`` (last minus first, in share points as a
        fraction; NA where a country is missing from one edition). ``summary``: one row
        per edition with ``hhi``, ``top1_share``, ``top{n}_share``, ``world`` (the
        denominator) and the change from the first edition.
    """
    import pandas as pd

    if len(editions) < 2:
        raise DataError("compare needs at least two editions", hint='e.g. --editions "MCS 2024,MCS 2025"')
    resolved = [store.resolve_edition(e) for e in editions]
    if year is None:
        years = None
        for ed in resolved:
            obs, _, _, _ = _select(store, commodity, measure=measure, stage=stage, year=None, edition=ed,
                                   as_of=None, product=product)
            ys = {int(y) for y in obs.loc[obs["value"].notna(), "year"]}
            years = ys if years is None else years & ys
        if not years:
            raise DataError(f"editions {', '.join(resolved)} have no data year in common",
                            hint="give --year")
        year = max(years)
    sh_frames, summ = [], []
    for ed in resolved:
        sh = shares_of(store, commodity, measure=measure, product=product, stage=stage, year=year, edition=ed,
                       base=base, other=other)
        co = concentration_of(store, commodity, measure=measure, product=product, stage=stage, year=year, edition=ed,
                              base=base, other=other, top=top)
        sh_frames.append(sh)
        r = co.iloc[0]
        summ.append({
            "edition": ed, "year": year, "hhi": float(r["hhi"]), "hhi_high": float(r["hhi_high"]),
            "top1_share": float(r["top1_share"]), f"top{top}_share": float(r[f"top{top}_share"]),
            "leader": r["leader"], "n_countries": int(r["n_countries"]), "coverage": float(r["coverage"]),
            "base": r["base"], "denominator": float(sh["denominator"].iloc[0]),
            "source_ids": r["source_ids"],
        })
    summary = pd.DataFrame(summ)
    for col in ("hhi", "top1_share", f"top{top}_share", "denominator"):
        summary[f"{col}_change"] = summary[col] - summary[col].iloc[0]
    wide = None
    for ed, sh in zip(resolved, sh_frames, strict=True):
        part = sh[["country", "value", "share", "source_id"]].rename(columns={
            "value": f"value {ed}", "share": f"share {ed}", "source_id": f"source {ed}"})
        wide = part if wide is None else wide.merge(part, on="country", how="outer")
    assert wide is not None
    first, last = resolved[0], resolved[-1]
    wide["share_change"] = wide[f"share {last}"] - wide[f"share {first}"]
    wide["value_change"] = wide[f"value {last}"] - wide[f"value {first}"]
    wide = wide.sort_values(f"share {last}", ascending=False, na_position="last").reset_index(drop=True)
    srcs = sorted({s for f in sh_frames for s in f.attrs.get("source_ids", [])})
    meta = {
        "indicator": "hhi", "method": "shares and HHI of the same data year in each edition; change = last - first",
        "inputs": ["observations"], "source_ids": srcs, "editions": resolved, "year": year,
        "commodity": sh_frames[0].attrs.get("commodity"), "measure": sh_frames[0].attrs.get("measure"),
        "stage": sh_frames[0].attrs.get("stage"), "base": sorted({str(b) for b in summary["base"]}),
        "gaps": [g for f in sh_frames for g in f.attrs.get("gaps", [])],
    }
    wide.attrs.update(meta)
    summary.attrs.update(meta)
    return wide, summary


def eu_risk_of(
    store: Store,
    commodity: str,
    *,
    stage: str | None = None,
    year: int | None = None,
    edition: str | None = None,
    as_of: str | dt.date | None = None,
    inputs_file: str | Path | None = None,
) -> pd.DataFrame:
    """EU supply risk of a commodity on critmin's shares, next to the published 2023 values.

    See :func:`critmin.indicators.supply_risk.eu_supply_risk`. ``stage`` (``mining`` or
    ``refining``) keeps that EU stage only. ``inputs_file``: the user's shares (global supply
    and EU sourcing), scaled WGI and trade factors for the stages it names
    (:func:`~critmin.indicators.supply_risk.read_eu_inputs_file`).
    """
    from critmin.indicators.supply_risk import STAGE_OF, eu_supply_risk, read_eu_inputs_file

    if edition and as_of:
        raise DataError("give either an edition or an as-of date, not both")
    slug = store.resolve_commodity(commodity)
    obs = store.observations(slug, None, product="*", edition=edition, as_of=as_of, latest=True)
    ed = store.resolve_edition(edition) if edition else None
    user = read_eu_inputs_file(inputs_file) if inputs_file is not None else None
    out = eu_supply_risk(obs, store.table("eu_crm_2023"), store.table("governance"), slug,
                         trade=store.table("eu_crm_2023_trade"), year=year, edition=ed, inputs=user)
    if stage is not None:
        eu_stage = STAGE_OF.get(stage, stage)
        if eu_stage not in set(out["stage"]):
            raise DataError(f"no EU supply risk for {slug} at stage {stage} ({eu_stage})",
                            hint="stages computed: " + ", ".join(out["stage"]))
        attrs = dict(out.attrs)
        out = out[out["stage"] == eu_stage].reset_index(drop=True)
        out.attrs.update(attrs)
    rule = (f"edition pinned: {edition}" if edition else
            "latest edition holding each figure" + (f" as of {as_of}" if as_of else ""))
    return _tag(out, commodity=slug, edition_rule=rule, as_of=as_of)


def _grouping(store: Store, blocs_file: str | Path | None, as_of: str | dt.date | None = None) -> Any:
    from critmin.indicators.blocs import grouping_from_frame, read_bloc_file

    if blocs_file is not None:
        frame = read_bloc_file(blocs_file)
        name = str(frame["grouping"].iloc[0]) if not frame.empty else Path(blocs_file).stem
        return grouping_from_frame(frame, name, as_of=as_of)
    return grouping_from_frame(store.table("blocs"), "default", as_of=as_of)


def bloc_shares_of(
    store: Store,
    commodity: str,
    *,
    measure: str | None = None,
    product: str | None = None,
    stage: str | None = None,
    year: int | None = None,
    edition: str | None = None,
    as_of: str | dt.date | None = None,
    blocs_file: str | Path | None = None,
) -> pd.DataFrame:
    """Shares of supply held by each bloc (built-in grouping, or a user's bloc file)."""
    from critmin.indicators.blocs import bloc_shares

    sh = shares_of(store, commodity, measure=measure, product=product, stage=stage, year=year, edition=edition,
                   as_of=as_of)
    grouping = _grouping(store, blocs_file, as_of)
    out = bloc_shares(sh, grouping)
    return _tag(out, commodity=sh.attrs["commodity"], measure=sh.attrs["measure"], stage=sh.attrs["stage"],
                year=sh.attrs["year"], as_of=as_of, edition_rule=_rule(edition, as_of))


def dependence_of(
    store: Store,
    buyer: str,
    commodity: str,
    *,
    blocs_file: str | Path | None = None,
    edition: str | None = None,
) -> pd.DataFrame:
    """A buyer's imports by supplying bloc (import sources as published)."""
    from critmin.indicators.blocs import dependence

    iso = store.resolve_country(buyer)
    slug = store.resolve_commodity(commodity)
    grouping = _grouping(store, blocs_file)
    ed = store.resolve_edition(edition) if edition else None
    return dependence(store.table("import_sources"), iso, slug, grouping, edition=ed)


def reliance_of(
    store: Store,
    buyer: str,
    commodity: str,
    *,
    year: int | None = None,
    balances_file: str | Path | None = None,
) -> pd.DataFrame:
    """Net import reliance: the US salient statistics, or the user's balances for any country."""
    from critmin.indicators.reliance import read_balance_file, reliance, reliance_from_balances

    iso = store.resolve_country(buyer)
    slug = store.resolve_commodity(commodity)
    if balances_file is not None:
        bal = read_balance_file(balances_file)
        bal = bal[(bal["country"] == iso) & (bal["commodity"] == slug)]
        if year is not None:
            bal = bal[bal["year"].astype(int) == year]
        if bal.empty:
            raise DataError(f"{Path(balances_file).name} has no balance for {iso} and {slug}"
                            + (f" in {year}" if year else ""),
                            hint="columns: country,commodity,year,production,imports,exports,"
                                 "stock_change,apparent_consumption,unit,source_id")
        out = reliance_from_balances(bal)
        return _tag(out, commodity=slug, country=iso)
    obs = store.observations(slug, None, iso, product="*", latest=True)
    obs = obs[obs["measure"].isin(RELIANCE_MEASURES)]
    out = reliance(obs, slug, iso, year=year)
    return _tag(out, commodity=slug, country=iso)


def _product(obs: pd.DataFrame) -> str | None:
    lines = sorted({str(p) for p in obs["product"].dropna() if p}) if "product" in obs.columns else []
    return lines[0] if len(lines) == 1 else None


def _rule(edition: str | None, as_of: str | dt.date | None) -> str:
    if edition:
        return f"edition pinned: {edition}"
    if as_of:
        return f"per year, the latest edition with a world total as of {as_of}"
    return "per year, the latest edition with a world total"
