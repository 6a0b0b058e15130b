"""The sites registry: mines, deposits, projects, plants, with dated status and sources.

Tables (package data, validated by :mod:`critmin.dataset`): ``sites``, ``site_status``,
``site_capacity``, ``site_owners``, ``site_resources``, ``site_ree_distribution``. Territorial control of the ground
is in :mod:`critmin.territory`.

* :func:`sites` -- filter by country, stage, type and status *as of a date*; a DataFrame with
  the status in force on that day, its date and source, and every source id of the row.
* :func:`site_card` -- everything about one site, found by id, name or alias.
* :func:`to_geojson` -- a GeoJSON FeatureCollection; sites without coordinates are listed
  under ``unplaced`` and never given a position.

Status as of a day: the latest ``site_status`` row whose date may have begun by that day
(see :mod:`critmin.dates`); ``date_uncertain`` is true when the day falls inside an
imprecise date (e.g. status dated ``2022`` asked for 2022-06-01). No status row by then:
status is empty (a gap), never assumed.

pandas is imported inside functions only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from critmin.dataset import DATA_DIR
from critmin.dates import as_of_day, is_uncertain, started_by
from critmin.errors import CritminError, UnknownEntityError

if TYPE_CHECKING:
    import datetime as dt

    import pandas as pd

__all__ = [
    "SITE_TABLES",
    "SITE_TYPES",
    "STAGES",
    "STATUSES",
    "SiteCard",
    "SiteQueryError",
    "load_site_tables",
    "resolve_site",
    "site_card",
    "sites",
    "status_as_of",
    "to_geojson",
]

SITE_TABLES = ("sites", "site_status", "site_capacity", "site_owners", "site_resources",
               "site_ree_distribution")
SITE_TYPES = ("mine", "deposit", "project", "separation_plant", "refinery", "metal_alloy_plant",
              "magnet_plant", "recycling_plant")
STAGES = ("mining", "refining", "metal", "magnet", "recycling")
STATUSES = ("exploration", "development", "construction", "operating", "care_and_maintenance",
            "closed", "suspended")
UNKNOWN = "unknown"

OUT_COLUMNS = [
    "site_id", "name", "site_type", "stages", "country", "region", "latitude", "longitude",
    "operator", "status", "status_date", "date_uncertain", "status_source_id", "source_id",
    "source_ids",
]


class SiteQueryError(CritminError):
    """A sites query has an invalid filter value."""


@cache
def _tables(data_dir: str) -> dict[str, pd.DataFrame]:
    from critmin.dataset import read_table

    return {name: read_table(name, Path(data_dir)) for name in SITE_TABLES}


def load_site_tables(data_dir: Path = DATA_DIR) -> dict[str, pd.DataFrame]:
    """The site tables, read and validated once per process (copies are returned)."""
    return {k: v.copy() for k, v in _tables(str(data_dir)).items()}


def _split(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and value != value):
        return []
    return [p.strip() for p in str(value).split(";") if p.strip()]


def _check_choice(kind: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    v = value.strip().lower().replace("-", "_").replace(" ", "_")
    if v not in allowed:
        raise SiteQueryError(
            f"unknown {kind} {value!r}",
            hint=f"choose one of: {', '.join(allowed)}",
        )
    return v


def status_as_of(status: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    """One row per site: the latest status begun by ``day`` (columns of site_status plus
    ``date_uncertain``). Sites with no status by then are absent."""
    import pandas as pd

    if status.empty:
        return status.assign(date_uncertain=pd.Series(dtype=bool))
    st = status.copy()
    st["_start"] = [_start(d) for d in st["date"]]
    st = st[[started_by(d, day) for d in st["date"]]]
    if st.empty:
        return st.drop(columns="_start").assign(date_uncertain=pd.Series(dtype=bool))
    st = st.sort_values(["site_id", "_start"], kind="stable").groupby("site_id", sort=False).tail(1)
    st["date_uncertain"] = [is_uncertain(d, day) for d in st["date"]]
    return st.drop(columns="_start").reset_index(drop=True)


def _start(value: Any) -> Any:
    from critmin.dates import parse_date

    return parse_date(value).start


def sites(
    country: str | None = None,
    stage: str | None = None,
    status: str | None = None,
    site_type: str | None = None,
    as_of: Any = None,
    *,
    tables: dict[str, pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """Sites matching the filters, with the status in force on ``as_of`` (default today).

    ``country`` accepts any spelling :func:`critmin.names.resolve_country` knows;
    ``status`` may also be ``unknown`` (no dated status by then). Columns: ``OUT_COLUMNS``.
    ``attrs``: ``as_of``, ``filters``, ``source_ids``, ``method``, ``count``.

    Raises
    ------
    SiteQueryError, UnknownEntityError, DateParseError
        For a filter value that is not known or a date that does not parse.
    """
    day = as_of_day(as_of)
    t = tables if tables is not None else load_site_tables()
    st_f = _check_choice("stage", stage, STAGES)
    ty_f = _check_choice("site type", site_type, SITE_TYPES)
    status_f = _check_choice("status", status, (*STATUSES, UNKNOWN))
    iso = None
    if country is not None:
        from critmin.names import resolve_country

        iso = resolve_country(country)

    df = t["sites"].copy()
    if iso is not None:
        df = df[df["country"] == iso]
    if st_f is not None:
        df = df[[st_f in _split(s) for s in df["stages"]]]
    if ty_f is not None:
        df = df[df["site_type"] == ty_f]

    cur = status_as_of(t["site_status"], day)
    cur = cur.rename(columns={"date": "status_date", "source_id": "status_source_id"})
    df = df.merge(cur[["site_id", "status", "status_date", "status_source_id", "date_uncertain"]],
                  on="site_id", how="left")
    if status_f is not None:
        df = df[df["status"].isna()] if status_f == UNKNOWN else df[df["status"] == status_f]
    df = df.sort_values(["country", "site_id"]).reset_index(drop=True)
    df["source_ids"] = [
        ";".join(sorted({x for x in (r.source_id, r.coord_source_id, r.status_source_id)
                         if isinstance(x, str) and x}))
        for r in df.itertuples()
    ]
    out = df[OUT_COLUMNS].copy()
    out["date_uncertain"] = out["date_uncertain"].astype("boolean")
    ids: set[str] = set()
    for s in out["source_ids"]:
        ids.update(_split(s))
    out.attrs.update(
        method="sites registry; status = latest dated status begun by as_of",
        as_of=day.isoformat(),
        filters={"country": iso, "stage": st_f, "status": status_f, "site_type": ty_f},
        source_ids=sorted(ids),
        count=len(out),
    )
    return out


def resolve_site(text: str, *, tables: dict[str, pd.DataFrame] | None = None) -> str:
    """The site id for an id, a name or an alias (case-insensitive).

    Raises
    ------
    UnknownEntityError
        With close matches as a hint; also when an alias is shared by several sites.
    """
    t = tables if tables is not None else load_site_tables()
    df = t["sites"]
    key = str(text).strip().lower()
    ids = list(df["site_id"])
    if key in ids:
        return key
    slug = key.replace(" ", "_").replace("-", "_")
    if slug in ids:
        return slug
    hits: set[str] = set()
    for r in df.itertuples():
        names = [str(r.name).lower(), *(a.lower() for a in _split(r.aliases))]
        if key in names:
            hits.add(str(r.site_id))
    if len(hits) == 1:
        return hits.pop()
    if len(hits) > 1:
        raise UnknownEntityError("site", text, sorted(hits),
                                 hint=f"{text!r} names several sites: {', '.join(sorted(hits))}")
    known = ids + [str(n) for n in df["name"]]
    err = UnknownEntityError("site", text, known)
    if err.hint is None:
        err.hint = "list sites with `critmin sites` (ids, names and aliases are accepted)"
    raise err


@dataclass
class SiteCard:
    """Everything the registry holds about one site."""

    site: dict[str, Any]
    status_history: pd.DataFrame
    capacity: pd.DataFrame
    owners: pd.DataFrame
    resources: pd.DataFrame
    ree_distribution: pd.DataFrame
    control_history: pd.DataFrame
    current_status: dict[str, Any] | None
    current_control: dict[str, Any] | None
    as_of: str
    source_ids: list[str] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The card as plain JSON-ready values (tables as lists of records)."""
        from critmin.service import jsonable

        def records(df: pd.DataFrame) -> list[dict[str, Any]]:
            return [{k: jsonable(v) for k, v in r.items()} for r in df.to_dict(orient="records")]

        return {
            "site": {k: jsonable(v) for k, v in self.site.items()},
            "as_of": self.as_of,
            "current_status": {k: jsonable(v) for k, v in (self.current_status or {}).items()} or None,
            "current_control": self.current_control,
            "status_history": records(self.status_history),
            "capacity": records(self.capacity),
            "owners": records(self.owners),
            "resources": records(self.resources),
            "ree_distribution": records(self.ree_distribution),
            "control_history": records(self.control_history),
            "gaps": self.gaps,
        }


def site_card(site: str, as_of: Any = None, *,
              tables: dict[str, pd.DataFrame] | None = None) -> SiteCard:
    """The card of ``site`` (id, name or alias): fields, dated status history, capacity,
    owners, resources, rare-earth oxide distribution, territorial-control history, status and control as of ``as_of``,
    every source id and the gaps (missing coordinates, capacity, ...)."""
    from critmin import territory

    day = as_of_day(as_of)
    t = tables if tables is not None else load_site_tables()
    sid = resolve_site(site, tables=t)
    row = t["sites"][t["sites"]["site_id"] == sid].iloc[0].to_dict()
    row = {k: (None if (isinstance(v, float) and v != v) else v) for k, v in row.items()}

    def of(name: str) -> pd.DataFrame:
        f = t[name]
        return f[f["site_id"] == sid].reset_index(drop=True)

    hist = of("site_status")
    if not hist.empty:
        hist = hist.assign(_s=[_start(d) for d in hist["date"]]).sort_values("_s").drop(columns="_s")
        hist = hist.reset_index(drop=True)
    cur = status_as_of(hist, day)
    current = cur.iloc[0].to_dict() if not cur.empty else None
    control_hist = territory.control_history(site_id=sid)
    control = territory.control_as_of(site_id=sid, as_of=day)
    parts = [hist, of("site_capacity"), of("site_owners"), of("site_resources"),
             of("site_ree_distribution"), control_hist]
    ids = {row["source_id"]} | ({row["coord_source_id"]} if row.get("coord_source_id") else set())
    for p in parts:
        if "source_id" in p.columns:
            ids.update(str(x) for x in p["source_id"].dropna())
    if control is not None and control.source_id:
        ids.add(control.source_id)
    gaps = []
    if row.get("latitude") is None or row.get("longitude") is None:
        gaps.append("coordinates: no source gave them")
    if of("site_capacity").empty:
        gaps.append("capacity: none published in the sources read")
    if of("site_owners").empty:
        gaps.append("owners: not recorded")
    if of("site_resources").empty:
        gaps.append("resources: none published in the sources read")
    if current is None:
        gaps.append(f"status as of {day.isoformat()}: no dated status")
    return SiteCard(
        site=row, status_history=hist, capacity=of("site_capacity"), owners=of("site_owners"),
        resources=of("site_resources"), ree_distribution=of("site_ree_distribution"),
        control_history=control_hist, current_status=current,
        current_control=control.as_dict() if control is not None else None,
        as_of=day.isoformat(), source_ids=sorted(ids), gaps=gaps,
    )


def to_geojson(frame: pd.DataFrame) -> dict[str, Any]:
    """A GeoJSON FeatureCollection (RFC 7946) of the sites in ``frame`` (as :func:`sites`
    returns). Sites without both coordinates get no feature: they are listed under the
    foreign member ``unplaced`` (site_id, name, country) so that nothing is silently lost."""
    from critmin.service import jsonable

    features: list[dict[str, Any]] = []
    unplaced: list[dict[str, Any]] = []
    for rec in frame.to_dict(orient="records"):
        props = {k: jsonable(v) for k, v in rec.items() if k not in ("latitude", "longitude")}
        lat, lon = jsonable(rec.get("latitude")), jsonable(rec.get("longitude"))
        if lat is None or lon is None:
            unplaced.append({"site_id": rec["site_id"], "name": rec["name"], "country": rec["country"]})
            continue
        features.append({
            "type": "Feature",
            "id": rec["site_id"],
            "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
            "properties": props,
        })
    meta = {k: v for k, v in frame.attrs.items() if k in ("as_of", "filters", "source_ids")}
    return {"type": "FeatureCollection", "features": features, "unplaced": unplaced, "metadata": meta}
