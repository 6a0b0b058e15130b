"""The indicators of :mod:`critmin.indicators` computed on the store, as Answers.

The indicator functions take DataFrames; these take a store and names (what the API,
the dashboard and the briefings have), pick the observations with the usual edition
rule, and return an :class:`~critmin.service.Answer` with the sources of the inputs.

>>> from critmin.exposure import indicator
>>> indicator(store, "hhi", commodity="rare_earths")      # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from critmin import service
from critmin.errors import DataError, UnknownEntityError

if TYPE_CHECKING:
    import pandas as pd

    from critmin.store import Store

__all__ = [
    "PARAMETERS",
    "bloc_dependence",
    "bloc_share",
    "eu_supply_risk",
    "hhi",
    "indicator",
    "net_import_reliance",
    "shares",
    "stage_shares",
]

STAGE_ORDER = {"mining": 0, "refining": 1, "metal": 2, "magnet": 3}


def frame_answer(store: Store, df: pd.DataFrame, title: str = "", caption: str = "",
                 extra_sources: list[str] = ()) -> service.Answer:  # type: ignore[assignment]
    """An Answer from an indicator frame; its ``attrs`` become the metadata."""
    attrs = dict(df.attrs)
    ids = [*map(str, attrs.pop("source_ids", []) or []), *extra_sources]
    if "source_id" in df.columns:
        ids += [str(s) for s in df["source_id"].dropna()]
    rows = [tuple(_scalar(v) for v in r) for r in df.itertuples(index=False, name=None)]
    meta = {"dataset_version": store.dataset_version, **{k: v for k, v in attrs.items() if _plain(v)}}
    return service.Answer(list(map(str, df.columns)), rows, title=title, caption=caption,
                          sources=service.sources_for(store, ids), meta=meta)


def _scalar(v: Any) -> Any:
    """numpy scalars -> Python; pandas NA -> None."""
    if v is None or isinstance(v, (str, bool, int, float)):
        return v
    try:
        if v != v:
            return None
    except (TypeError, ValueError):
        return None
    return v.item() if hasattr(v, "item") else v


def _plain(v: Any) -> bool:
    return v is None or isinstance(v, (str, int, float, bool, list, tuple, dict))


def _obs(store: Store, commodity: str, measure: str, *, edition: str | None = None,
         as_of: str | dt.date | None = None, stage: str | None = None) -> pd.DataFrame:
    if edition and as_of:
        raise DataError("give either an edition or an as-of date, not both")
    df = store.observations(commodity, measure, stage=stage, edition=edition, as_of=as_of)
    if df.empty:
        raise DataError(f"no {measure.replace('_', ' ')} observations of {store.resolve_commodity(commodity)}"
                        + (f" in edition {edition}" if edition else "") + (f" as of {as_of}" if as_of else ""),
                        hint="GET /api/v1/commodities/<commodity> lists the measures the dataset holds")
    return _plain_strings(df)


def _plain_strings(df: pd.DataFrame) -> pd.DataFrame:
    """Arrow-backed string columns as Python objects: the indicators' row-wise pandas work
    on them is several times faster, and the values are the same."""
    cols = [c for c in df.columns if str(df[c].dtype) in ("string", "str", "large_string[pyarrow]")]
    return df.astype(dict.fromkeys(cols, object)) if cols else df


def shares(store: Store, commodity: str, measure: str = "mine_production", *, year: int | None = None,
           edition: str | None = None, as_of: str | dt.date | None = None) -> service.Answer:
    """Each country's share of the figure set (newest year by default)."""
    from critmin.indicators import shares as shares_fn

    df = _obs(store, commodity, measure, edition=edition, as_of=as_of)
    y = int(df["year"].max()) if year is None else year
    out = shares_fn(df, year=y)
    out = out.sort_values(["rank", "share"], ascending=[True, False], na_position="last")
    return frame_answer(store, out, f"Shares of {measure.replace('_', ' ')}: {commodity}, {y}")


def hhi(store: Store, commodity: str, measure: str = "mine_production", *, year: int | None = None,
        edition: str | None = None, as_of: str | dt.date | None = None) -> service.Answer:
    """HHI and top-n shares for every data year (or one), each year from its latest edition."""
    from critmin.indicators import concentration

    df = _obs(store, commodity, measure, edition=edition, as_of=as_of)
    if year is not None:
        df = df[df["year"] == year]
    out = concentration(df)
    if "year" in out.columns:
        out = out.sort_values("year")
    return frame_answer(store, out, f"Concentration (HHI) of {measure.replace('_', ' ')}: {commodity}",
                        "HHI on a 0-10,000 scale over named countries; 'hhi_high' counts the unattributed rest as one supplier.")


def _grouping(store: Store, grouping: str, as_of: str | dt.date | None) -> Any:
    from critmin.indicators.blocs import grouping_from_frame

    return grouping_from_frame(store.table("blocs"), grouping, as_of=as_of)


def bloc_share(store: Store, commodity: str, measure: str = "mine_production", *, year: int | None = None,
               edition: str | None = None, as_of: str | dt.date | None = None,
               grouping: str = "default") -> service.Answer:
    """Share of supply held by each bloc."""
    from critmin.indicators import bloc_shares
    from critmin.indicators import shares as shares_fn

    df = _obs(store, commodity, measure, edition=edition, as_of=as_of)
    y = int(df["year"].max()) if year is None else year
    out = bloc_shares(shares_fn(df, year=y), _grouping(store, grouping, as_of))
    return frame_answer(store, out, f"Bloc shares of {measure.replace('_', ' ')}: {commodity}, {y}")


def bloc_dependence(store: Store, commodity: str, country: str = "USA", *, edition: str | None = None,
                    grouping: str = "default", as_of: str | dt.date | None = None) -> service.Answer:
    """A buyer's imports by supplying bloc."""
    from critmin.indicators import dependence

    buyer = store.resolve_country(country)
    out = dependence(store.table("import_sources"), buyer, store.resolve_commodity(commodity),
                     _grouping(store, grouping, as_of), edition=edition)
    return frame_answer(store, out, f"Import dependence of {buyer} on each bloc: {commodity}")


def eu_supply_risk(store: Store, commodity: str, *, year: int | None = None) -> service.Answer:
    """EU CRM supply risk (2017 method) per stage, with the published value beside it."""
    import pandas as pd

    from critmin.indicators import eu_supply_risk as sr_fn

    slug = store.resolve_commodity(commodity)
    parts = [store.observations(slug, m) for m in ("mine_production", "refinery_production")]
    obs = pd.concat([p for p in parts if not p.empty], ignore_index=True) if any(
        not p.empty for p in parts) else parts[0]
    tables = set(store.tables())
    trade = store.table("eu_crm_2023_trade") if "eu_crm_2023_trade" in tables else None
    out = sr_fn(obs, store.table("eu_crm_2023"), store.table("governance"), slug, trade=trade, year=year)
    return frame_answer(store, out, f"EU supply risk: {slug}", str(out.attrs.get("limits", "")))


def net_import_reliance(store: Store, commodity: str, country: str = "USA", *,
                        year: int | None = None) -> service.Answer:
    """Published net import reliance and the value recomputed from the balance."""
    import pandas as pd

    from critmin.indicators import reliance

    slug, iso = store.resolve_commodity(commodity), store.resolve_country(country)
    parts = [store.observations(slug, m, iso, product="*") for m in (
        "net_import_reliance", "production", "mine_production", "refinery_production",
        "apparent_consumption", "imports", "exports")]
    parts = [p for p in parts if not p.empty]
    if not parts:
        raise DataError(f"no import-reliance inputs for {iso} and {slug}",
                        hint="the dataset has net import reliance for the United States (USGS MCS)")
    out = reliance(pd.concat(parts, ignore_index=True), slug, iso, year=year)
    return frame_answer(store, out, f"Net import reliance of {iso}: {slug}")


def stage_shares(store: Store, commodity: str, country: str = "CHN") -> service.Answer:
    """A country's share at each supply-chain stage: published shares (newest per stage),
    and at mining the share computed from the latest mine-production table when no share
    is published. Stages without a sourced figure are listed with an empty share (gap)."""
    iso = store.resolve_country(country)
    slug = store.resolve_commodity(commodity)
    _, rows = store._run(
        "SELECT stage, value, qualifier, year, edition, commodity, source_id, locator FROM obs_all "
        "WHERE measure = 'production_share' AND country = ? AND coalesce(qualifier, '') <> 'projection' "
        "AND (commodity = ? OR commodity IN (SELECT slug FROM commodities WHERE parent = ?)) "
        "ORDER BY stage, year DESC, published DESC", [iso, slug, slug], output="rows")
    best: dict[str, tuple[Any, ...]] = {}
    for r in rows:
        best.setdefault(r[0], (*r, "published share"))
    out_cols = ["stage", "share", "qualifier", "year", "edition", "commodity", "source_id", "locator", "basis"]
    if "mining" not in best:
        rk = service.rank(store, slug, "mine_production").records()
        mine = next((r for r in rk if r["country"] == iso and r.get("share_of_world") is not None), None)
        if mine:
            best["mining"] = ("mining", mine["share_of_world"], mine["qualifier"], mine["year"], mine["edition"],
                              slug, mine["source_id"], None, "computed: country / world mine production")
    for st in STAGE_ORDER:
        best.setdefault(st, (st, None, None, None, None, slug, None, None, "gap: no sourced figure"))
    ordered = sorted(best.values(), key=lambda r: STAGE_ORDER.get(str(r[0]), 9))
    from critmin.names import country_name

    return service.Answer(out_cols, ordered, title=f"{country_name(iso)}'s share per stage: {slug}",
                          sources=service.sources_for(store, [str(r[6]) for r in ordered if r[6]]),
                          meta={"dataset_version": store.dataset_version, "country": iso, "commodity": slug})


# name -> (function, parameters it accepts besides the store)
PARAMETERS: dict[str, tuple[Callable[..., service.Answer], tuple[str, ...]]] = {
    "shares": (shares, ("commodity", "measure", "year", "edition", "as_of")),
    "hhi": (hhi, ("commodity", "measure", "year", "edition", "as_of")),
    "bloc_share": (bloc_share, ("commodity", "measure", "year", "edition", "as_of", "grouping")),
    "bloc_dependence": (bloc_dependence, ("commodity", "country", "edition", "grouping", "as_of")),
    "eu_supply_risk": (eu_supply_risk, ("commodity", "year")),
    "net_import_reliance": (net_import_reliance, ("commodity", "country", "year")),
    "stage_shares": (stage_shares, ("commodity", "country")),
}


def indicator(store: Store, name: str, **params: Any) -> service.Answer:
    """Compute the indicator ``name`` (a key of :data:`PARAMETERS`) on the store.

    Parameters that are None are left to the function's default; a parameter the
    indicator does not take is an error.
    """
    if name not in PARAMETERS:
        raise UnknownEntityError("indicator", name, list(PARAMETERS))
    fn, accepted = PARAMETERS[name]
    given = {k: v for k, v in params.items() if v is not None}
    extra = sorted(set(given) - set(accepted))
    if extra:
        raise DataError(f"indicator {name} does not take {', '.join(extra)}",
                        hint=f"it takes: {', '.join(accepted)}")
    if "commodity" not in given:
        raise DataError(f"indicator {name} needs a commodity", hint="e.g. commodity=rare_earths")
    return fn(store, given.pop("commodity"), **given)
