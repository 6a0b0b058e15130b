"""Sites registry and territorial control: API endpoints, the Sites map page and the
country page's "Sites and conflict exposure" section.

Thin calls of :mod:`critmin.sites` and :mod:`critmin.territory` (the same functions as
the ``critmin sites``/``site``/``exposure`` commands), answered in the data shape with
the full source records in ``meta.sources``.
"""

from __future__ import annotations

import re
from html import escape
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from critmin.api import API_PREFIX
from critmin.api.context import get_context
from critmin.api.errors import date_param

router = APIRouter(tags=["sites"])
PAGE = ("/sites", "Sites map")

AsOf = Annotated[str | None, Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD (default today)")]
Filter = Annotated[str | None, Query(max_length=80)]

# A site's note says so when its coordinates are those of a nearby place (docs/sites.md).
_APPROX = re.compile(r"coordinates (are|at)\b|approximate", re.IGNORECASE)


def coords_approximate(note: Any) -> bool:
    """True when the site's note says its coordinates are a nearby place's (a proxy)."""
    return isinstance(note, str) and bool(_APPROX.search(note))


def _records(df: Any) -> list[dict[str, Any]]:
    from critmin.service import jsonable

    return [{k: jsonable(v) for k, v in r.items()} for r in df.to_dict(orient="records")]


def _sources(store: Any, ids: Any) -> list[dict[str, Any]]:
    from critmin.service import sources_for

    return sources_for(store, sorted({str(i) for i in ids if i}))


def _site_notes() -> dict[str, Any]:
    from critmin.sites import load_site_tables

    s = load_site_tables()["sites"]
    return dict(zip(s["site_id"], s["note"], strict=True))


def control_table(as_of: str | None) -> tuple[list[dict[str, Any]], str]:
    """Every region (and site-level ground) the control table covers, with its status on ``as_of``."""
    from critmin.dates import as_of_day
    from critmin.territory import _Resolver, control_as_of, load_control

    day = as_of_day(as_of)
    tc = load_control()
    res = _Resolver(tc)  # built once for every row (control_as_of accepts it)
    out = []
    seen: set[tuple[str, str]] = set()
    for rec in tc.to_dict(orient="records"):
        region = rec["region"] if isinstance(rec["region"], str) and rec["region"] else None
        site = rec["site_id"] if isinstance(rec["site_id"], str) and rec["site_id"] else None
        key = (region or "", site or "")
        if key in seen:
            continue
        seen.add(key)
        c = (control_as_of(site_id=site, as_of=day, _resolver=res) if site
             else control_as_of(region=region, country=rec["country"], as_of=day, _resolver=res))
        row = {"region": region, "site_id": site, "country": rec["country"]}
        if c is None:
            row.update({"status": None, "note": "no row in force on this day (unknown, a gap)"})
        else:
            row.update(c.as_dict())
            row["region"] = region
        out.append(row)
    return out, day.isoformat()


# -- API ---------------------------------------------------------------------------------
@router.get(f"{API_PREFIX}/sites", summary="Sites with their status as of a date (JSON or GeoJSON)")
def list_sites(
    request: Request,
    country: Filter = None,
    stage: Filter = None,
    status: Filter = None,
    type: Filter = None,
    as_of: AsOf = None,
    format: Annotated[Literal["json", "geojson"], Query(description="geojson: a FeatureCollection")] = "json",
) -> Response:
    """Filters: country (any spelling), stage, status (or ``unknown``), type. ``format=geojson``
    answers with a GeoJSON FeatureCollection (sites without coordinates under ``unplaced``),
    its ``meta`` a foreign member holding the sources."""
    from critmin.sites import sites, to_geojson

    ctx = get_context(request)
    as_of = date_param(as_of)

    def build() -> dict[str, Any]:
        df = sites(country=country, stage=stage, status=status, site_type=type, as_of=as_of)
        notes = _site_notes()
        df = df.assign(coords_approximate=[coords_approximate(notes.get(s)) for s in df["site_id"]])
        meta = {"as_of": df.attrs["as_of"], "filters": df.attrs["filters"], "count": len(df),
                "sources": _sources(ctx.store, df.attrs.get("source_ids", []))}
        if format == "geojson":
            fc = to_geojson(df)
            fc["meta"] = meta
            return fc
        return {"data": _records(df), "meta": meta}

    return ctx.respond(request, build)


def card_payload(store: Any, site: str, as_of: str | None) -> dict[str, Any]:
    """The card of one site as a JSON document (what /api/v1/sites/{id} answers)."""
    from critmin.sites import site_card

    card = site_card(site, as_of=as_of)
    data = card.as_dict()
    info = data["site"]
    placed = info.get("latitude") is not None and info.get("longitude") is not None
    info["coords_approximate"] = placed and coords_approximate(info.get("note"))
    return {
        "data": data,
        "meta": {"as_of": card.as_of, "sources": _sources(store, card.source_ids)},
    }


@router.get(f"{API_PREFIX}/sites/{{site}}", summary="One site's card: status history, capacity, owners, control, sources")
def get_site(request: Request, site: str, as_of: AsOf = None) -> Response:
    ctx = get_context(request)
    as_of = date_param(as_of)
    return ctx.respond(request, lambda: card_payload(ctx.store, site, as_of))


@router.get(f"{API_PREFIX}/exposure/{{country}}",
            summary="A country's sites in occupied, contested or frontline ground, and their share of listed resources")
def exposure(request: Request, country: str, as_of: AsOf = None) -> Response:
    from critmin.territory import conflict_exposure

    ctx = get_context(request)
    as_of = date_param(as_of)

    def build() -> dict[str, Any]:
        df = conflict_exposure(country, as_of)
        a = df.attrs
        meta = {k: a.get(k) for k in ("country", "as_of", "exposed_sites", "exposed_treo_t", "listed_treo_t",
                                      "share", "share_lower", "share_upper", "base", "gaps", "method")}
        meta["sources"] = _sources(ctx.store, a.get("source_ids", []))
        return {"data": _records(df), "meta": meta}

    return ctx.respond(request, build)


@router.get(f"{API_PREFIX}/control", summary="Territorial control of every region the dataset covers, as of a date")
def control(request: Request, as_of: AsOf = None) -> Response:
    ctx = get_context(request)
    as_of = date_param(as_of)

    def build() -> dict[str, Any]:
        rows, day = control_table(as_of)
        return {"data": rows, "meta": {"as_of": day, "sources": _sources(ctx.store, [r.get("source_id") for r in rows])}}

    return ctx.respond(request, build)


# -- page --------------------------------------------------------------------------------
def sites_page_context(store: Any, *, country: str | None, stage: str | None, status: str | None,
                       site_type: str | None, as_of: str | None) -> dict[str, Any]:
    """Everything the Sites map page shows."""
    from critmin.names import country_name
    from critmin.sites import SITE_TYPES, STAGES, STATUSES, load_site_tables, sites
    from critmin.territory import EXPOSED_STATUSES, _Resolver, control_as_of, load_control
    from critmin.web.svg import sites_map

    df = sites(country=country, stage=stage, status=status, site_type=site_type, as_of=as_of)
    notes = _site_notes()
    day = df.attrs["as_of"]
    recs = _records(df)
    res = _Resolver(load_control())
    rows_by_id = {r["site_id"]: r for r in load_site_tables()["sites"].to_dict(orient="records")}
    for r in recs:
        c = control_as_of(site_id=r["site_id"], as_of=day, site_row=rows_by_id[r["site_id"]], _resolver=res)
        r["control"] = c.status if c is not None else None
        r["control_source_id"] = c.source_id if c is not None else None
        r["exposed"] = r["control"] in EXPOSED_STATUSES
        r["approximate"] = coords_approximate(notes.get(r["site_id"]))
        r["country_name"] = country_name(r["country"])
    placed = [r for r in recs if r["latitude"] is not None and r["longitude"] is not None]
    unplaced = [r for r in recs if r not in placed]
    rows, _ = control_table(day)
    held = [r for r in rows if r.get("status") in EXPOSED_STATUSES]
    desc = (f"{len(placed)} of {len(recs)} sites placed from sourced coordinates; status and control as of {day}. "
            f"{sum(r['approximate'] for r in placed)} placements are a nearby town or district (approximate).")
    regions = [r for r in rows if r.get("region") and not r.get("site_id")]
    svg = sites_map(placed, title=f"Rare-earth sites, status as of {day}", desc=desc, regions=regions)
    all_countries = sorted({str(c) for c in sites()["country"]})
    return {
        "title": "Sites map", "svg": svg, "placed": placed, "unplaced": unplaced, "as_of": day,
        "n_sites": len(recs), "held": held, "exposed": [r for r in placed if r["exposed"]],
        "filters": {"country": country or "", "stage": stage or "", "status": status or "", "type": site_type or ""},
        "types": SITE_TYPES, "stages": STAGES, "statuses": (*STATUSES, "unknown"),
        "countries": sorted(((c, country_name(c)) for c in all_countries), key=lambda x: x[1]),
        "all_sources": sorted(set(df.attrs.get("source_ids", [])) | {r["source_id"] for r in held if r.get("source_id")}),
    }


@router.get("/sites", include_in_schema=False)
def sites_page(request: Request, country: Filter = None, stage: Filter = None, status: Filter = None,
               type: Filter = None, as_of: AsOf = None) -> Response:
    from critmin.web.pages import _cached
    from critmin.web.render import render_page

    ctx = get_context(request)
    as_of = date_param(as_of)
    return _cached(request, lambda: render_page(
        request, "sites.html", **sites_page_context(ctx.store, country=country or None, stage=stage or None,
                                                    status=status or None, site_type=type or None,
                                                    as_of=as_of)))


# -- country page section -----------------------------------------------------------------
def country_section(store: Any, iso3: str) -> dict[str, Any] | None:
    """The country's sites (count by type, table) and its conflict exposure as of today."""
    from critmin.sites import sites
    from critmin.territory import conflict_exposure

    df = sites(country=iso3)
    if df.empty:
        return {"heading": "Sites", "html": "<p>The sites registry lists no site in this country.</p>",
                "sources": []}
    recs = _records(df)
    counts: dict[str, int] = {}
    for r in recs:
        counts[r["site_type"]] = counts.get(r["site_type"], 0) + 1
    h = ['<div class="sites-section" data-testid="country-sites">',
         f'<p>{len(recs)} site(s) in the registry, status as of {escape(str(df.attrs["as_of"]))}: '
         + ", ".join(f"{n} {escape(t.replace('_', ' '))}" for t, n in sorted(counts.items()))
         + f' (<a href="/sites?country={escape(iso3)}">on the map</a>).</p>',
         '<div class="table-wrap"><table class="compact"><caption class="sr-only">Sites</caption>'
         '<thead><tr><th scope="col">Site</th><th scope="col">Type</th><th scope="col">Region</th>'
         '<th scope="col">Status</th><th scope="col">Since</th><th scope="col">Source</th></tr></thead><tbody>']
    for r in recs:
        src = r.get("status_source_id") or r["source_id"]
        h.append(f'<tr><td><a href="/api/v1/sites/{escape(r["site_id"])}">{escape(r["name"])}</a></td>'
                 f'<td>{escape(r["site_type"].replace("_", " "))}</td><td>{escape(r.get("region") or "")}</td>'
                 f'<td>{escape(r.get("status") or "unknown (gap)")}</td><td>{escape(str(r.get("status_date") or ""))}</td>'
                 f'<td><a href="/sources#{escape(src)}">{escape(src)}</a></td></tr>')
    h.append("</tbody></table></div>")
    ids = set(df.attrs.get("source_ids", []))
    ex = conflict_exposure(iso3)
    a = ex.attrs
    h.append("<h3>Conflict exposure (today)</h3>")
    exposed = list(a.get("exposed_sites") or [])
    if exposed:
        share = a.get("share")
        share_txt = "no base (no site has a published resource)" if share is None else f"{share:.1%}"
        h.append(f"<p>{len(exposed)} site(s) in occupied, contested or frontline ground on {escape(str(a['as_of']))}: "
                 f"{escape(', '.join(map(str, exposed)))}. Share of listed resources (t TREO): {escape(share_txt)}.</p>")
    else:
        known = int(ex["control_status"].notna().sum()) if "control_status" in ex else 0
        h.append(f"<p>No site in occupied, contested or frontline ground on {escape(str(a['as_of']))} "
                 f"({known} of {len(ex)} sites have a sourced control status; the rest are unknown, a gap).</p>")
    ids |= set(a.get("source_ids") or [])
    h.append("</div>")
    return {"heading": "Sites and conflict exposure", "html": "".join(h), "sources": sorted(i for i in ids if i)}
