"""Territorial control of the ground sites sit on, as of a date, and conflict exposure.

``territorial_control.csv`` holds dated rows for a region (matched against
``sites.region``; a site whose region lists several, ``;``-separated, matches any) or for
one site. Status: ``government``, ``occupied``, ``contested`` (partly occupied, or held by a
non-state armed group), ``frontline`` (active fighting).

Resolution for a site on a day: a site-level row in force that day wins; otherwise the
region-level row in force; otherwise the control is unknown (a gap, never assumed to be
government). A row is in force on day d when ``valid_from`` may have begun by d and
``valid_to`` (inclusive) is not before d; among several, the one with the latest
``valid_from`` wins.

:func:`conflict_exposure` -- which of a country's sites lie in occupied, contested or
frontline ground on a date, and what share of the country's *listed* resources (``treo_t``
in ``site_resources``) they hold. The base is the sum over the country's sites with a
published ``treo_t`` (the largest figure per site when several categories are published);
sites without a figure, or without a known control status, are named as gaps.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from critmin.dataset import DATA_DIR
from critmin.dates import as_of_day, is_uncertain, parse_date

if TYPE_CHECKING:
    import datetime as dt

    import pandas as pd

__all__ = [
    "CONTROL_STATUSES",
    "EXPOSED_STATUSES",
    "Control",
    "conflict_exposure",
    "control_as_of",
    "control_history",
    "load_control",
]

CONTROL_STATUSES = ("government", "occupied", "contested", "frontline")
EXPOSED_STATUSES = ("occupied", "contested", "frontline")


@dataclass(frozen=True)
class Control:
    """The control status of a piece of ground on a day, and where it comes from."""

    status: str
    basis: str  # "site" or "region"
    region: str | None
    controlled_by: str | None
    controller: str | None
    valid_from: str
    valid_to: str | None
    source_id: str
    note: str | None
    date_uncertain: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@cache
def _control(data_dir: str) -> pd.DataFrame:
    from critmin.dataset import read_table

    return read_table("territorial_control", Path(data_dir))


def load_control(data_dir: Path = DATA_DIR) -> pd.DataFrame:
    """The territorial_control table (validated; a copy)."""
    return _control(str(data_dir)).copy()


def _clean(v: Any) -> Any:
    if v is None or (isinstance(v, float) and v != v):
        return None
    try:
        if v != v:  # pandas NA
            return None
    except TypeError:
        return None
    return v


def _regions(value: Any) -> list[str]:
    v = _clean(value)
    return [p.strip() for p in str(v).split(";") if p.strip()] if v else []


class _Resolver:
    """Control rows indexed by site and by (region, country), dates parsed once."""

    def __init__(self, tc: pd.DataFrame) -> None:
        self.by_site: dict[str, list[dict[str, Any]]] = {}
        self.by_region: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for rec in tc.to_dict(orient="records"):
            rec = {k: _clean(v) for k, v in rec.items()}
            rec["_start"] = parse_date(rec["valid_from"]).start
            rec["_end"] = parse_date(rec["valid_to"]).end if rec.get("valid_to") else None
            if rec.get("site_id"):
                self.by_site.setdefault(str(rec["site_id"]), []).append(rec)
            elif rec.get("region"):
                key = (str(rec["region"]).lower(), str(rec["country"]))
                self.by_region.setdefault(key, []).append(rec)

    @staticmethod
    def pick(rows: list[dict[str, Any]], day: dt.date, basis: str) -> Control | None:
        live = [r for r in rows if r["_start"] <= day and (r["_end"] is None or r["_end"] >= day)]
        if not live:
            return None
        r = max(live, key=lambda x: x["_start"])
        return Control(
            status=str(r["status"]), basis=basis, region=r.get("region"),
            controlled_by=r.get("controlled_by"), controller=r.get("controller"),
            valid_from=str(r["valid_from"]), valid_to=r.get("valid_to"),
            source_id=str(r["source_id"]), note=r.get("note"),
            date_uncertain=is_uncertain(r["valid_from"], day),
        )

    def for_site(self, site_id: str, regions: list[str], country: Any, day: dt.date) -> Control | None:
        found = self.pick(self.by_site.get(site_id, []), day, "site")
        if found is not None:
            return found
        rows = [r for reg in regions for r in self.by_region.get((reg.lower(), str(country)), [])]
        return self.pick(rows, day, "region")

    def for_region(self, region: str, country: str | None, day: dt.date) -> Control | None:
        key = region.strip().lower()
        rows = [r for (reg, c), rs in self.by_region.items() if reg == key
                and (country is None or c == country) for r in rs]
        return self.pick(rows, day, "region")


def control_as_of(
    site_id: str | None = None,
    region: str | None = None,
    country: str | None = None,
    as_of: Any = None,
    *,
    control: pd.DataFrame | None = None,
    site_row: dict[str, Any] | None = None,
    _resolver: _Resolver | None = None,
) -> Control | None:
    """Control of a site's ground (site-level row, else its region) or of a region, on
    ``as_of`` (default today). ``None`` when no source covers that ground on that day."""
    day = as_of_day(as_of)
    res = _resolver or _Resolver(control if control is not None else load_control())
    if site_id is not None:
        if site_row is None:
            from critmin.sites import load_site_tables

            s = load_site_tables()["sites"]
            match = s[s["site_id"] == site_id]
            if match.empty:
                from critmin.errors import UnknownEntityError

                raise UnknownEntityError("site", site_id, list(s["site_id"]))
            site_row = match.iloc[0].to_dict()
        return res.for_site(site_id, _regions(site_row.get("region")), site_row.get("country"), day)
    if region is None:
        from critmin.errors import CritminError

        raise CritminError("give a site or a region")
    return res.for_region(region, country, day)


def control_history(site_id: str | None = None, region: str | None = None, *,
                    control: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every control row about a site (its own rows and its region's) or a region, by date."""
    tc = control if control is not None else load_control()
    if site_id is not None:
        from critmin.sites import load_site_tables

        s = load_site_tables()["sites"]
        row = s[s["site_id"] == site_id]
        regions = _regions(row.iloc[0]["region"]) if not row.empty else []
        country = row.iloc[0]["country"] if not row.empty else None
        mask = (tc["site_id"] == site_id) | (
            tc["site_id"].isna() & tc["region"].isin(regions) & (tc["country"] == country))
    elif region is not None:
        mask = tc["site_id"].isna() & (tc["region"].str.lower() == region.strip().lower())
    else:
        mask = tc["status"].notna()
    out = tc[mask].copy()
    if out.empty:
        return out.reset_index(drop=True)
    out["_s"] = [parse_date(v).start for v in out["valid_from"]]
    return out.sort_values(["_s"]).drop(columns="_s").reset_index(drop=True)


def _largest_treo(resources: pd.DataFrame) -> pd.DataFrame:
    r = resources[resources["treo_t"].notna()]
    if r.empty:
        return r[["site_id", "treo_t", "category", "source_id"]]
    r = r.sort_values(["site_id", "treo_t"]).groupby("site_id").tail(1)
    return r[["site_id", "treo_t", "category", "source_id"]]


def conflict_exposure(
    country: str,
    as_of: Any = None,
    *,
    sites: pd.DataFrame | None = None,
    control: pd.DataFrame | None = None,
    resources: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """A country's sites in occupied, contested or frontline ground on ``as_of``.

    One row per site of ``country``: ``site_id, name, region, control_status,
    control_basis, controller, control_source_id, date_uncertain, exposed, treo_t,
    resource_category, resource_source_id, share_of_listed_treo, source_ids``.
    ``exposed`` is empty (NA) when the control is unknown.

    ``attrs``: ``country``, ``as_of``, ``exposed_sites``, ``exposed_treo_t``,
    ``listed_treo_t`` (the base), ``share`` (exposed/base, NA without a base),
    ``share_lower``/``share_upper`` (unknown-control tonnage counted as not exposed/exposed),
    ``base``, ``gaps``, ``source_ids``, ``method``.

    ``sites``, ``control`` and ``resources`` default to the bundled tables (pass frames
    shaped like them to compute on other data).
    """
    import pandas as pd

    from critmin.names import resolve_country

    iso = resolve_country(country)
    day = as_of_day(as_of)
    if sites is None or resources is None:
        from critmin.sites import load_site_tables

        t = load_site_tables()
        sites = t["sites"] if sites is None else sites
        resources = t["site_resources"] if resources is None else resources
    tc = control if control is not None else load_control()

    own = sites[sites["country"] == iso].sort_values("site_id")
    treo = _largest_treo(resources[resources["site_id"].isin(own["site_id"])]).set_index("site_id")
    resolver = _Resolver(tc)
    rows = []
    for rec in own.to_dict(orient="records"):
        c = resolver.for_site(rec["site_id"], _regions(rec.get("region")), rec.get("country"), day)
        t_row = treo.loc[rec["site_id"]] if rec["site_id"] in treo.index else None
        ids = {rec["source_id"]}
        if c is not None:
            ids.add(c.source_id)
        if t_row is not None:
            ids.add(str(t_row["source_id"]))
        rows.append({
            "site_id": rec["site_id"], "name": rec["name"], "region": _clean(rec.get("region")),
            "control_status": c.status if c else None,
            "control_basis": c.basis if c else None,
            "controller": c.controller if c else None,
            "control_source_id": c.source_id if c else None,
            "date_uncertain": c.date_uncertain if c else None,
            "exposed": (c.status in EXPOSED_STATUSES) if c else None,
            "treo_t": float(t_row["treo_t"]) if t_row is not None else None,
            "resource_category": t_row["category"] if t_row is not None else None,
            "resource_source_id": t_row["source_id"] if t_row is not None else None,
            "source_id": rec["source_id"],
            "source_ids": ";".join(sorted(i for i in ids if i)),
        })
    cols = ["site_id", "name", "region", "control_status", "control_basis", "controller",
            "control_source_id", "date_uncertain", "exposed", "treo_t", "resource_category",
            "resource_source_id", "share_of_listed_treo", "source_id", "source_ids"]
    out = pd.DataFrame(rows, columns=[c for c in cols if c != "share_of_listed_treo"])
    out["exposed"] = out["exposed"].astype("boolean")
    out["date_uncertain"] = out["date_uncertain"].astype("boolean")
    out["treo_t"] = pd.to_numeric(out["treo_t"], errors="coerce").astype("Float64")
    base = float(out["treo_t"].sum(skipna=True)) if out["treo_t"].notna().any() else 0.0
    out["share_of_listed_treo"] = (out["treo_t"] / base) if base > 0 else pd.Series(
        [pd.NA] * len(out), dtype="Float64")
    out = out[cols]

    has_t = out["treo_t"].notna()
    exposed_t = float(out.loc[has_t & out["exposed"].fillna(False), "treo_t"].sum())
    unknown_t = float(out.loc[has_t & out["exposed"].isna(), "treo_t"].sum())
    gaps = [f"{r.site_id}: no control status covers its ground on {day.isoformat()}"
            for r in out.itertuples() if pd.isna(r.control_status)]
    gaps += [f"{r.site_id}: no published resource (treo_t) in the registry"
             for r in out.itertuples() if pd.isna(r.treo_t)]
    all_ids: set[str] = set()
    for s in out["source_ids"]:
        all_ids.update(x for x in str(s).split(";") if x)
    out.attrs.update(
        method="conflict exposure: sites in occupied/contested/frontline ground on a date",
        country=iso,
        as_of=day.isoformat(),
        exposed_statuses=list(EXPOSED_STATUSES),
        exposed_sites=[str(s) for s, e in zip(out["site_id"], out["exposed"], strict=True)
                       if not pd.isna(e) and bool(e)],
        n_sites=len(out),
        exposed_treo_t=exposed_t,
        listed_treo_t=base,
        share=(exposed_t / base) if base > 0 else None,
        share_lower=(exposed_t / base) if base > 0 else None,
        share_upper=((exposed_t + unknown_t) / base) if base > 0 else None,
        base=(f"sum of the largest published treo_t per site over {int(has_t.sum())} of "
              f"{len(out)} listed {iso} sites"),
        gaps=gaps,
        source_ids=sorted(all_ids),
    )
    return out
